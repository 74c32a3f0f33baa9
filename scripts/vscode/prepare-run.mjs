// What every way of running the integration suites shares: pick the extension under test, build it,
// bundle the suites, copy the fixture workspace, and the environment the in-host runner reads.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chooseExtensionUnderTest } from './extensions.mjs';
import { findFiles } from './find-files.mjs';
import { e2eDir, fixtureWorkspaceDir, integrationSuiteDir, repoRoot } from './paths.mjs';
import { bundleSuites, remapStack } from './suite-bundle.mjs';
import { isRunning, waitForFile } from './wait-for-file.mjs';

const require = createRequire(import.meta.url);
const { crashReport } = require('../../test/integration/runner/mocha-report.cjs');

/**
 * Decides what runs; has no side effects. With the harness fixture standing in for Groundwork, only
 * the harness's own suite and specs run: the Groundwork suites need the real extension.
 */
export function planRun({ e2e }) {
  const extension = chooseExtensionUnderTest();
  const harnessOnly = extension.kind === 'fixture';
  const suiteFiles = findFiles(integrationSuiteDir, '.test.ts').filter((file) => !harnessOnly || path.basename(file).startsWith('harness'));
  const e2eFiles = e2e ? findFiles(harnessOnly ? path.join(e2eDir, 'harness') : e2eDir, '.e2e.ts') : [];
  return { extension, suiteFiles, e2eFiles };
}

/** Builds and lays out everything in a fresh run folder under the system temp folder. */
export async function prepareRun({ extension, suiteFiles }, { grep, perTestTimeoutMs }) {
  if (extension.kind === 'groundwork' && !extension.vsix) buildExtension();
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'groundwork-vscode-'));
  const workspaceDir = path.join(runDir, 'workspace');
  const suiteBundle = path.join(runDir, 'suite.cjs');
  const resultsFile = path.join(runDir, 'integration-results.json');
  try {
    if (suiteFiles.length > 0) await bundleSuites(suiteFiles, suiteBundle);
    cpSync(fixtureWorkspaceDir, workspaceDir, { recursive: true });
  } catch (error) {
    // Nothing in it worth keeping: the error says what went wrong.
    rmSync(runDir, { recursive: true, force: true });
    throw error;
  }
  /** Read by test/integration/runner/extension.cjs and by the suites. */
  const inHostEnv = {
    GROUNDWORK_TEST_EXTENSION_ID: extension.id,
    GROUNDWORK_TEST_WORKSPACE: workspaceDir,
    GROUNDWORK_TEST_TIMEOUT: String(perTestTimeoutMs),
    ...(grep ? { GROUNDWORK_TEST_GREP: grep } : {}),
    ...(suiteFiles.length > 0
      ? {
          GROUNDWORK_TEST_SUITE: suiteBundle,
          GROUNDWORK_TEST_RESULTS: resultsFile,
          GROUNDWORK_TEST_MOCHA: path.dirname(require.resolve('mocha/package.json')),
        }
      : {}),
  };
  return { runDir, workspaceDir, suiteBundle, resultsFile, inHostEnv };
}

/**
 * Waits for the in-host runner (first its sign of life, then its report) and returns the report.
 * Never throws: trouble becomes a failure in the report.
 * @param {{ resultsFile: string, suiteBundle: string, deadlineMs: number, serverGone?: () => string | undefined }} options
 */
export async function collectIntegrationReport({ resultsFile, suiteBundle, deadlineMs, serverGone = () => undefined }) {
  const startedFile = `${resultsFile}.started`;
  try {
    await waitForFile(startedFile, {
      timeoutMs: 60_000,
      what: 'the test runner extension to start (is it installed and activated?)',
      giveUp: serverGone,
    });
    // The runner wrote its extension host's pid: a crashed host will never write the report.
    const hostPid = Number(readFileSync(startedFile, 'utf8'));
    await waitForFile(resultsFile, {
      timeoutMs: deadlineMs,
      what: 'the integration results',
      giveUp: () => serverGone() ?? (isRunning(hostPid) ? undefined : `the extension host (pid ${hostPid}) exited`),
    });
    return readIntegrationReport({ resultsFile, suiteBundle });
  } catch (error) {
    return crashReport('integration: collect results', error);
  }
}

/** The runner's report, with stack traces pointing into the TypeScript sources. */
export function readIntegrationReport({ resultsFile, suiteBundle }) {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  for (const test of report.tests) {
    if (test.error?.stack) test.error.stack = remapStack(test.error.stack, suiteBundle);
  }
  return report;
}

function buildExtension() {
  try {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'pipe' });
  } catch (error) {
    process.stderr.write(String(error.stderr ?? ''));
    throw new Error('building the extension (node esbuild.mjs) failed', { cause: error });
  }
}
