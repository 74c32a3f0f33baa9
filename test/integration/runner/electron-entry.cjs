// Entry point for @vscode/test-electron's extensionTestsPath (GROUNDWORK_VSCODE=electron): the same
// suite and report as under code-server, started by VS Code instead of by activation.
'use strict';

const { runSuite } = require('./extension.cjs');

async function run() {
  const report = await runSuite(process.env.GROUNDWORK_TEST_SUITE, process.env.GROUNDWORK_TEST_RESULTS);
  if (report.failures > 0) throw new Error(`${report.failures} integration test(s) failed`);
}

module.exports = { run };
