// Runs a compiled mocha suite inside the extension host and writes the outcome to a JSON file.
// code-server has no --extensionTestsPath, so the launcher installs this extension beside the one
// under test and points it at the suite through the environment. Without that environment it is inert.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { collectingReporter, crashReport } = require('./mocha-report.cjs');

const ENV = {
  suite: 'GROUNDWORK_TEST_SUITE', // the bundled suite (CommonJS, `vscode` external)
  results: 'GROUNDWORK_TEST_RESULTS', // where to write the JSON report
  mocha: 'GROUNDWORK_TEST_MOCHA', // the mocha package folder in the repository's node_modules
  grep: 'GROUNDWORK_TEST_GREP',
  timeout: 'GROUNDWORK_TEST_TIMEOUT',
};

function activate() {
  const suiteFile = process.env[ENV.suite];
  const resultsFile = process.env[ENV.results];
  if (!suiteFile || !resultsFile) return;
  // A reloaded window starts a new extension host with the same environment: run once per file.
  const startedFile = `${resultsFile}.started`;
  if (fs.existsSync(startedFile)) return;
  fs.writeFileSync(startedFile, String(process.pid));
  // Not awaited: activation returns at once so the extension under test can start meanwhile.
  runSuite(suiteFile, resultsFile).catch((error) => writeResults(resultsFile, crashReport('test runner: run the suite', error)));
}

function deactivate() {}

/** Runs the suite with mocha and resolves with the report (also written to resultsFile). */
async function runSuite(suiteFile, resultsFile) {
  if (!suiteFile || !resultsFile) throw new Error(`${ENV.suite} and ${ENV.results} must be set`);
  const Mocha = loadMocha(process.env[ENV.mocha]);
  // Stack traces in failures then point into the TypeScript sources (the bundle has inline maps).
  process.setSourceMapsEnabled?.(true);
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env[ENV.timeout] || 20000),
    reporter: collectingReporter(Mocha),
  });
  if (process.env[ENV.grep]) mocha.grep(process.env[ENV.grep]);
  mocha.addFile(suiteFile);
  const startedAt = Date.now();
  const report = await new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.groundworkReport));
    } catch (error) {
      reject(error);
    }
  });
  report.durationMs = Date.now() - startedAt;
  writeResults(resultsFile, report);
  return report;
}

function loadMocha(mochaDir) {
  if (!mochaDir) throw new Error(`${ENV.mocha} must name the mocha package folder`);
  // mocha 11+ is an ES module package with a CommonJS build beside it.
  const cjs = path.join(mochaDir, 'lib', 'mocha.cjs');
  return require(fs.existsSync(cjs) ? cjs : mochaDir);
}

/** Written atomically, so a launcher polling for the file never reads half of it. */
function writeResults(resultsFile, report) {
  const partial = `${resultsFile}.partial`;
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(partial, JSON.stringify(report, null, 2));
  fs.renameSync(partial, resultsFile);
}

module.exports = { activate, deactivate, runSuite };
