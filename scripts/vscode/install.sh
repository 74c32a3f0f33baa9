#!/usr/bin/env bash
# Installs what the integration and e2e tests need to run a real VS Code offline:
# code-server (the VS Code workbench + Node extension host, from npm) into .vscode-test/code-server,
# plus Debian's chromium, ripgrep and libkrb5-dev. Safe to re-run: finished steps are skipped.
# scripts/vscode/README.md says why each workaround exists.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
RIPGREP_CACHE_VERSION="1.15.11"   # @vscode/ripgrep version nested in code-server 4.100.3
RIPGREP_ARCHIVE="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
APT_PACKAGES=(chromium ripgrep libkrb5-dev g++ make python3)

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
install_root="$repo_root/.vscode-test/code-server"
marker="$install_root/installed-$CODE_SERVER_VERSION"

log() { printf '[install] %s\n' "$*"; }

install_apt_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "apt packages present: ${APT_PACKAGES[*]}"
    return
  fi
  log "installing apt packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
}

# @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this archive in $TMPDIR.
seed_ripgrep_cache() {
  local cache_dir="$TMPDIR/vscode-ripgrep-cache-$RIPGREP_CACHE_VERSION"
  mkdir -p "$cache_dir"
  [ -s "$cache_dir/$RIPGREP_ARCHIVE" ] || tar -czf "$cache_dir/$RIPGREP_ARCHIVE" -C "$(dirname "$(command -v rg)")" rg
}

# node-gyp would download Node's headers from nodejs.org; point it at the local ones instead.
export_local_node_headers() {
  local node_prefix
  node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  for dir in "${npm_config_nodedir:-}" "$node_prefix" /usr /usr/local; do
    if [ -n "$dir" ] && [ -f "$dir/include/node/node.h" ]; then
      export npm_config_nodedir="$dir"
      return
    fi
  done
  log "warning: no local Node headers found; node-gyp may try to download them"
}

install_code_server() {
  if [ -f "$marker" ] && [ -x "$install_root/node_modules/.bin/code-server" ]; then
    log "code-server $CODE_SERVER_VERSION already installed in ${install_root#"$repo_root"/}"
    return
  fi
  log "installing code-server $CODE_SERVER_VERSION (1 to 5 minutes)"
  rm -rf "$install_root"
  mkdir -p "$install_root"
  # A project of its own, so code-server never enters the extension's dependency tree. npm 11 asks
  # for dependency install scripts to be approved in allowScripts: code-server's postinstall builds
  # VS Code's native modules through nested `npm install`s; argon2 (loaded at start-up even with
  # --auth none) builds its binding. verify_code_server checks that the builds really happened.
  cat > "$install_root/package.json" <<JSON
{
  "name": "groundwork-code-server",
  "private": true,
  "description": "code-server for Groundwork's integration tests (scripts/vscode/install.sh)",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
  export_local_node_headers
  (
    cd "$install_root"
    export TMPDIR="$install_root/.tmp"
    mkdir -p "$TMPDIR"
    seed_ripgrep_cache
    # unsafe_perm: code-server's postinstall refuses to run as root without it.
    # yes: a nested install calls `npx node-gyp`, which would otherwise prompt.
    npm_config_unsafe_perm=true npm_config_yes=true npm_config_audit=false npm_config_fund=false \
      npm install
    rm -rf "$TMPDIR"
  )
  verify_code_server
  touch "$marker"
}

# The install can "succeed" with skipped native builds; only a started server proves it works.
verify_code_server() {
  local native
  for native in node-pty/build/Release/pty.node @vscode/spdlog/build/Release/spdlog.node \
                native-watchdog/build/Release/watchdog.node @vscode/ripgrep/bin/rg; do
    if [ ! -e "$install_root/node_modules/code-server/lib/vscode/node_modules/$native" ]; then
      log "error: code-server's postinstall did not build $native"
      exit 1
    fi
  done
  node "$repo_root/scripts/vscode/verify-code-server.mjs" "$install_root/node_modules/.bin/code-server"
}

check_node_dependencies() {
  if [ ! -f "$repo_root/node_modules/playwright-core/package.json" ]; then
    log "error: playwright-core is missing; run 'npm ci' first"
    exit 1
  fi
}

started=$SECONDS
install_apt_packages
install_code_server
check_node_dependencies
log "done in $((SECONDS - started)) s"
