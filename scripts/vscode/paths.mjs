// Where the VS Code test tooling lives. Everything generated goes under .vscode-test/ (git-ignored).
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const testRoot = path.join(repoRoot, '.vscode-test');
export const codeServerRoot = path.join(testRoot, 'code-server');
export const codeServerBinary = path.join(codeServerRoot, 'node_modules', '.bin', 'code-server');
export const codeServerPackage = path.join(codeServerRoot, 'node_modules', 'code-server');
export const screenshotsDir = path.join(testRoot, 'screenshots');
export const chromiumPath = process.env.GROUNDWORK_CHROMIUM ?? '/usr/bin/chromium';

export const runnerExtensionDir = path.join(repoRoot, 'test', 'integration', 'runner');
export const fixtureExtensionDir = path.join(runnerExtensionDir, 'fixture-extension');
export const fixtureWorkspaceDir = path.join(repoRoot, 'test', 'fixtures', 'workspace');
export const integrationSuiteDir = path.join(repoRoot, 'test', 'integration', 'suite');
export const e2eDir = path.join(repoRoot, 'test', 'e2e');
