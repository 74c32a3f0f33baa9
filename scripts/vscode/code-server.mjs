// Starts code-server (VS Code's workbench + extension host) on a free localhost port.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** Asks the OS for a free port. Another process could take it before code-server binds; rare enough. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ binary: string, runDir: string, folder: string, env?: Record<string, string>,
 *           userSettings?: Record<string, unknown>, startTimeoutMs?: number, port?: number }} options
 *   runDir receives user-data/, extensions/ (install extensions there before calling), config.yaml
 *   and code-server.log. `port` asks for a given port (a free one by default): the workbench keys
 *   a folder's workspace storage on its URI, port included, so a second session sees the first
 *   one's storage only on the same port.
 */
export async function startCodeServer({ binary, runDir, folder, env = {}, userSettings = {}, startTimeoutMs = 60_000, port: askedPort }) {
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  const configFile = path.join(runDir, 'config.yaml');
  const logFile = path.join(runDir, 'code-server.log');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  // Without --config, code-server writes a default config (with a password) into the user's home.
  writeFileSync(configFile, 'auth: none\ncert: false\n');

  const port = askedPort ?? await freePort();
  const args = [
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    folder,
  ];
  const log = createWriteStream(logFile);
  const child = spawn(binary, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so stop() also ends the extension host and its children.
    detached: true,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const url = `http://127.0.0.1:${port}`;
  const server = {
    url,
    port,
    logFile,
    userDataDir,
    extensionsDir,
    exited,
    /** Stops the whole process group; resolves when code-server has exited. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child.pid, 'SIGTERM');
      const timedOut = await Promise.race([exited.then(() => false), delay(5000).then(() => true)]);
      if (timedOut) killGroup(child.pid, 'SIGKILL');
      await exited;
    },
  };
  try {
    await waitForHttp(`${url}/healthz`, startTimeoutMs, exited);
  } catch (error) {
    await server.stop();
    throw new Error(`${/** @type {Error} */ (error).message}; see ${logFile}`, { cause: error });
  }
  return server;
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

async function waitForHttp(url, timeoutMs, exited) {
  let gone = false;
  exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error('code-server exited during start-up');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await delay(100);
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms`);
}
