#!/usr/bin/env node
// Runs Groundwork's integration suites inside a real VS Code extension host and the e2e browser
// specs against the same workbench, offline:
//   1. bundle test/integration/suite/**/*.test.ts (esbuild, cjs, `vscode` external);
//   2. install the extension under test and the test runner (test/integration/runner) into a fresh
//      extensions folder; copy test/fixtures/workspace to a temporary folder;
//   3. start code-server (installed by scripts/vscode/install.sh) and open the workbench in headless
//      Chromium, which starts the extension host; the runner extension runs the suite there and
//      writes a JSON report;
//   4. run test/e2e/**/*.e2e.ts with mocha here, handing them the page (test/e2e/harness/session.ts).
// Ends with "N passed, N failed"; exits 1 on any failure. GROUNDWORK_VSCODE=electron runs the
// suites in a downloaded VS Code instead (scripts/vscode/run-electron.mjs; needs internet).
//
// Options: --grep TEXT (both kinds of test), --no-e2e, --keep (keep the run folder).
// Environment: GROUNDWORK_TEST_EXTENSION=groundwork|fixture, GROUNDWORK_TEST_VSIX=file.vsix,
//   GROUNDWORK_TEST_DEADLINE_MS (whole integration suite, default 600000),
//   GROUNDWORK_TEST_TIMEOUT (per test, default 20000).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, openWorkbench } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { runE2E } from './e2e.mjs';
import { installExtensions } from './extensions.mjs';
import { codeServerBinary, codeServerPackage, screenshotsDir } from './paths.mjs';
import { collectIntegrationReport, planRun, prepareRun } from './prepare-run.mjs';
import { printReport, printTotals } from './report.mjs';

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
const settings = {
  grep: options.grep ?? process.env.GROUNDWORK_TEST_GREP,
  e2e: !options['no-e2e'],
  keep: options.keep,
  perTestTimeoutMs: Number(process.env.GROUNDWORK_TEST_TIMEOUT ?? 20_000),
  deadlineMs: Number(process.env.GROUNDWORK_TEST_DEADLINE_MS ?? 600_000),
};

if (process.env.GROUNDWORK_VSCODE === 'electron') {
  const { runInElectron } = await import('./run-electron.mjs');
  process.exitCode = await runInElectron(settings);
} else if (process.env.GROUNDWORK_VSCODE && process.env.GROUNDWORK_VSCODE !== 'code-server') {
  console.error(`GROUNDWORK_VSCODE must be "code-server" (default) or "electron", not "${process.env.GROUNDWORK_VSCODE}"`);
  process.exitCode = 2;
} else {
  process.exitCode = await runInCodeServer(settings);
}

async function runInCodeServer({ grep, e2e, keep, perTestTimeoutMs, deadlineMs }) {
  if (!existsSync(codeServerBinary)) {
    console.error('code-server is not installed: run `bash scripts/vscode/install.sh` once (1 to 5 minutes, about 300 MB).');
    return 1;
  }
  const startedAt = Date.now();
  const plan = planRun({ e2e });
  const { extension } = plan;
  const vscodeVersion = JSON.parse(readFileSync(path.join(codeServerPackage, 'lib', 'vscode', 'package.json'), 'utf8')).version;
  console.log(`Extension under test: ${extension.id} ${extension.version}${extension.vsix ? ` (${extension.vsix})` : ''}; VS Code ${vscodeVersion} (code-server)`);

  /** @type {[string, import('./report.mjs').Report][]} */
  const reports = [];
  let run;
  let server;
  let browser;
  const cleanUp = async (keepRunDir) => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (!run) return;
    if (keepRunDir) console.log(`Run folder kept: ${run.runDir} (code-server.log, user-data/logs/, integration-results.json)`);
    else rmSync(run.runDir, { recursive: true, force: true });
  };
  const onSignal = (signal) => cleanUp(true).finally(() => process.kill(process.pid, signal));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    run = await prepareRun(plan, { grep, perTestTimeoutMs });
    installExtensions(
      { extensionsDir: path.join(run.runDir, 'extensions'), userDataDir: path.join(run.runDir, 'user-data') },
      extension,
    );
    server = await startCodeServer({
      binary: codeServerBinary,
      runDir: run.runDir,
      folder: run.workspaceDir,
      env: run.inHostEnv,
      userSettings: USER_SETTINGS,
    });
    let serverGone;
    server.exited.then(({ code, signal }) => (serverGone = `code-server exited (${signal ?? code})`));
    browser = await launchChromium();
    // Opening the workbench is what starts the extension host, and with it the in-host runner.
    const page = await openWorkbench(browser, server.url, run.workspaceDir);
    // A Playwright timeout names the element it waited for; let it fire before mocha's bare one.
    page.setDefaultTimeout(Math.round(perTestTimeoutMs * 0.75));

    if (plan.suiteFiles.length > 0) {
      const report = await collectIntegrationReport({ ...run, deadlineMs, serverGone: () => serverGone });
      reports.push(['Integration (VS Code extension host)', report]);
      printReport(...reports.at(-1));
    }
    if (plan.e2eFiles.length > 0) {
      const session = {
        page,
        browser,
        serverUrl: server.url,
        workspaceDir: run.workspaceDir,
        extensionId: extension.id,
        async screenshot(name) {
          mkdirSync(screenshotsDir, { recursive: true });
          const file = path.join(screenshotsDir, `${name}.png`);
          await page.screenshot({ path: file });
          return file;
        },
      };
      reports.push(['E2E (Chromium)', await runE2E(plan.e2eFiles, session, { grep, timeoutMs: perTestTimeoutMs })]);
      printReport(...reports.at(-1));
    }
  } catch (error) {
    reports.push(['Harness', crashReport('harness: run the tests', error)]);
    printReport(...reports.at(-1));
  }
  const failed = reports.some(([, report]) => report.failures > 0);
  await cleanUp(failed || keep);
  console.log(`\nTook ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  printTotals(reports.map(([, report]) => report));
  return failed ? 1 : 0;
}
