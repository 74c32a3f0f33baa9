// The extension's entry (package.json `main`): loads the extension's bundle with V8's code cache
// (code-cache.ts) kept in the extension's global storage, so that a start after the first runs
// code compiled in an earlier session instead of compiling it again, then hands over to it.
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { loadWithCodeCache, type LoadedBundle } from './code-cache.js';
import type * as Extension from './extension.js';

/** The extension's bundle, beside this one (esbuild.mjs). */
const BUNDLE = 'extension-bundle.cjs';

let loaded: LoadedBundle<typeof Extension> | undefined;

export function activate(context: vscode.ExtensionContext): Promise<Extension.GroundworkApi> {
  const storage = context.globalStorageUri;
  // Only a folder of this machine's: the host compiles and reads the cache itself.
  const cacheDir = storage.scheme === 'file' && process.env.GROUNDWORK_CODE_CACHE !== 'off' ? join(storage.fsPath, 'code-cache') : undefined;
  loaded = loadWithCodeCache<typeof Extension>(join(__dirname, BUNDLE), cacheDir);
  return loaded.exports.activate(context, { state: loaded.state, save: loaded.save });
}

export function deactivate(): void {
  loaded?.exports.deactivate();
}
