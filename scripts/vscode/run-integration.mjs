#!/usr/bin/env node
// Runs Groundwork's integration suites inside a real VS Code extension host and the e2e browser
// specs against the same workbench, offline:
//   1. bundle test/integration/suite/**/*.test.ts (esbuild, cjs, `vscode` external);
//   2. install the extension under test and the test runner (test/integration/runner) into a fresh
//      extensions folder; copy test/fixtures/workspace to a temporary folder;
//   3. start code-server (scripts/vscode/install.sh) and open the workbench in headless Chromium,
//      which starts the extension host; the runner extension runs the suite and writes a JSON report;
//   4. run test/e2e/**/*.e2e.ts with mocha here, handing them the page (test/e2e/harness/session.ts).
// Ends with "N passed, N failed"; exits 1 on any failure. GROUNDWORK_VSCODE=electron runs the
// suites in a downloaded VS Code instead (scripts/vscode/run-electron.mjs; needs internet).
//
// Options: --grep TEXT (both kinds of test), --no-e2e, --keep (keep the run folder).
// Environment: GROUNDWORK_TEST_EXTENSION=groundwork|fixture, GROUNDWORK_TEST_VSIX=file.vsix,
//   GROUNDWORK_TEST_DEADLINE_MS (whole integration suite, default 600000),
//   GROUNDWORK_TEST_TIMEOUT (per test, default 20000).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, openWorkbench } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { runE2E } from './e2e.mjs';
import { chooseExtensionUnderTest, installExtensions } from './extensions.mjs';
import { findFiles } from './find-files.mjs';
import {
  codeServerBinary, codeServerPackage, e2eDir, fixtureWorkspaceDir, integrationSuiteDir, repoRoot, screenshotsDir,
} from './paths.mjs';
import { printReport } from './report.mjs';
import { bundleSuites } from './suite-bundle.mjs';
import { waitForFile } from './wait-for-file.mjs';

const require = createRequire(import.meta.url);
const { crashReport } = require('../../test/integration/runner/mocha-report.cjs');

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

const { values: options } = parseArgs({
  options: {
    grep: { type: 'string' },
    'no-e2e': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const grep = options.grep ?? process.env.GROUNDWORK_TEST_GREP;
const perTestTimeoutMs = Number(process.env.GROUNDWORK_TEST_TIMEOUT ?? 20_000);
const suiteDeadlineMs = Number(process.env.GROUNDWORK_TEST_DEADLINE_MS ?? 600_000);

if (process.env.GROUNDWORK_VSCODE === 'electron') {
  const { runElectron } = await import('./run-electron.mjs');
  process.exitCode = await runElectron({ grep });
} else {
  process.exitCode = await runInCodeServer();
}

async function runInCodeServer() {
  if (!existsSync(codeServerBinary)) {
    console.error('code-server is not installed: run scripts/vscode/install.sh (about 2 minutes, once).');
    return 1;
  }
  const startedAt = Date.now();
  const extension = chooseExtensionUnderTest();
  const vscodeVersion = JSON.parse(readFileSync(path.join(codeServerPackage, 'lib', 'vscode', 'package.json'), 'utf8')).version;
  // The harness fixture only proves the harness; the Groundwork suites need the real extension.
  const harnessOnly = extension.kind === 'fixture';
  const suiteFiles = findFiles(integrationSuiteDir, '.test.ts').filter((f) => !harnessOnly || path.basename(f).startsWith('harness'));
  const e2eFiles = options['no-e2e'] ? [] : findFiles(harnessOnly ? path.join(e2eDir, 'harness') : e2eDir, '.e2e.ts');
  console.log(`Extension under test: ${extension.id} ${extension.version}${extension.vsix ? ` (${extension.vsix})` : ''}; VS Code ${vscodeVersion} (code-server)`);

  const runDir = mkdtempSync(path.join(os.tmpdir(), 'groundwork-vscode-'));
  const workspaceDir = path.join(runDir, 'workspace');
  const suiteBundle = path.join(runDir, 'suite.cjs');
  const resultsFile = path.join(runDir, 'integration-results.json');
  let server;
  let browser;
  let ok = false;
  const cleanUp = async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (ok && !options.keep) rmSync(runDir, { recursive: true, force: true });
    else console.log(`Run folder kept: ${runDir} (code-server.log, user-data/logs/, integration-results.json)`);
  };
  const onSignal = (signal) => cleanUp().finally(() => process.kill(process.pid, signal));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const reports = [];
  try {
    if (extension.kind === 'groundwork' && !extension.vsix) buildExtension();
    if (suiteFiles.length > 0) await bundleSuites(suiteFiles, suiteBundle);
    cpSync(fixtureWorkspaceDir, workspaceDir, { recursive: true });
    installExtensions(path.join(runDir, 'extensions'), extension);

    const env = {
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
    server = await startCodeServer({ binary: codeServerBinary, runDir, folder: workspaceDir, env, userSettings: USER_SETTINGS });
    const serverGone = server.exited.then(({ code, signal }) => `code-server exited (${signal ?? code})`);
    browser = await launchChromium();
    const page = await openWorkbench(browser, server.url, workspaceDir);

    if (suiteFiles.length > 0) {
      reports.push(['Integration (VS Code extension host)', await integrationReport(resultsFile, serverGone)]);
      printReport(...reports.at(-1));
    }
    if (e2eFiles.length > 0) {
      const session = {
        page,
        browser,
        serverUrl: server.url,
        workspaceDir,
        extensionId: extension.id,
        async screenshot(name) {
          mkdirSync(screenshotsDir, { recursive: true });
          const file = path.join(screenshotsDir, `${name}.png`);
          await page.screenshot({ path: file });
          return file;
        },
      };
      reports.push(['E2E (Chromium)', await runE2E(e2eFiles, session, { grep, timeoutMs: perTestTimeoutMs })]);
      printReport(...reports.at(-1));
    }
  } catch (error) {
    reports.push(['Harness', crashReport('harness: run the tests', error)]);
    printReport(...reports.at(-1));
  }
  const passed = reports.reduce((sum, [, report]) => sum + report.passes, 0);
  const failed = reports.reduce((sum, [, report]) => sum + report.failures, 0);
  ok = failed === 0;
  await cleanUp();
  console.log(`\nTook ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  return ok ? 0 : 1;
}

/** Waits for the in-host runner: first its sign of life, then its report. */
async function integrationReport(resultsFile, serverGone) {
  try {
    await waitForFile(`${resultsFile}.started`, {
      timeoutMs: 60_000,
      what: 'the test runner extension to start (is it installed and activated?)',
      abandon: serverGone,
    });
    await waitForFile(resultsFile, { timeoutMs: suiteDeadlineMs, what: 'the integration results', abandon: serverGone });
    return JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch (error) {
    return crashReport('integration: collect results', error);
  }
}

function buildExtension() {
  try {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'pipe' });
  } catch (error) {
    process.stderr.write(String(error.stderr ?? ''));
    throw new Error('building the extension (node esbuild.mjs) failed');
  }
}

