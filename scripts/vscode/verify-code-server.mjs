// Proves an installed code-server starts and serves the workbench page. Used by install.sh.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCodeServer } from './code-server.mjs';

const binary = process.argv[2];
if (!binary) {
  console.error('usage: node verify-code-server.mjs <code-server binary>');
  process.exit(2);
}
const runDir = mkdtempSync(path.join(os.tmpdir(), 'groundwork-verify-'));
const folder = mkdtempSync(path.join(os.tmpdir(), 'groundwork-verify-folder-'));
let server;
try {
  server = await startCodeServer({ binary, runDir, folder });
  const page = await (await fetch(`${server.url}/?folder=${encodeURIComponent(folder)}`)).text();
  if (!page.includes('workbench')) throw new Error('code-server answered, but not with the workbench page');
  console.log(`[install] code-server serves the workbench (${server.url})`);
} finally {
  await server?.stop();
  rmSync(runDir, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
}
