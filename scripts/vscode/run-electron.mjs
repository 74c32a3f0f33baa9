// Runs the integration suites in a VS Code downloaded by @vscode/test-electron (GROUNDWORK_VSCODE=electron).
// Needs access to update.code.visualstudio.com, so not on our offline machines; on Linux without a
// display, run under xvfb-run. The e2e browser specs need the code-server workbench and are skipped.
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { runnerExtensionDir } from './paths.mjs';
import { planRun, prepareRun, readIntegrationReport } from './prepare-run.mjs';
import { printReport, printTotals } from './report.mjs';

const require = createRequire(import.meta.url);
const { crashReport } = require('../../test/integration/runner/mocha-report.cjs');

// The VS Code that code-server 4.100.3 ships, so both paths test against the same API.
const DEFAULT_VSCODE_VERSION = '1.100.3';

export async function runInElectron({ grep, keep, perTestTimeoutMs }) {
  const startedAt = Date.now();
  const plan = planRun({ e2e: false });
  if (plan.extension.vsix) throw new Error('GROUNDWORK_TEST_VSIX is supported with code-server only');
  const version = process.env.GROUNDWORK_VSCODE_VERSION ?? DEFAULT_VSCODE_VERSION;
  console.log(`Extension under test: ${plan.extension.id} ${plan.extension.version}; VS Code ${version} (@vscode/test-electron)`);
  const run = await prepareRun(plan, { grep, perTestTimeoutMs });
  let report;
  if (plan.suiteFiles.length === 0) {
    report = { passes: 0, failures: 0, pending: 0, durationMs: 0, tests: [] };
  } else {
    let launchError;
    try {
      await runTests({
        version,
        extensionDevelopmentPath: plan.extension.sourceDir,
        extensionTestsPath: path.join(runnerExtensionDir, 'electron-entry.cjs'),
        extensionTestsEnv: run.inHostEnv,
        launchArgs: [
          run.workspaceDir,
          `--user-data-dir=${path.join(run.runDir, 'user-data')}`,
          `--extensions-dir=${path.join(run.runDir, 'extensions')}`,
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
        ],
      });
    } catch (error) {
      // A failing suite also rejects here; then the report says which tests failed and why.
      launchError = error;
    }
    report = existsSync(run.resultsFile)
      ? readIntegrationReport(run)
      : crashReport('electron: run the suite in VS Code', launchError ?? new Error('VS Code wrote no results'));
  }
  printReport('Integration (VS Code, Electron)', report);
  const failed = report.failures > 0;
  if (failed || keep) console.log(`Run folder kept: ${run.runDir}`);
  else rmSync(run.runDir, { recursive: true, force: true });
  console.log(`\nTook ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  printTotals([report]);
  return failed ? 1 : 0;
}
