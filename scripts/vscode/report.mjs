// Prints runner reports the way mocha's spec reporter would, and totals them.

/** @typedef {{ passes: number, failures: number, pending: number, durationMs: number,
 *   tests: { title: string, fullTitle: string, state: string, durationMs: number,
 *            error?: { message: string, stack?: string, expected?: string, actual?: string },
 *            screenshot?: string }[] }} Report */

/** @param {string} heading @param {Report} report @param {(line: string) => void} print */
export function printReport(heading, report, print = console.log) {
  print('');
  print(heading);
  for (const test of report.tests) {
    const took = test.durationMs >= 75 ? ` (${test.durationMs}ms)` : '';
    if (test.state === 'passed') print(`  ✔ ${test.fullTitle}${took}`);
    else if (test.state === 'pending') print(`  - ${test.fullTitle} (pending)`);
    else print(`  ✘ ${test.fullTitle}${took}`);
  }
  const failed = report.tests.filter((test) => test.state === 'failed');
  failed.forEach((test, index) => {
    print('');
    print(`  ${index + 1}) ${test.fullTitle}:`);
    print(indent(test.error?.stack || test.error?.message || 'failed', '     '));
    if (test.error?.expected !== undefined || test.error?.actual !== undefined) {
      print('     expected:');
      print(indent(String(test.error.expected), '       '));
      print('     actual:');
      print(indent(String(test.error.actual), '       '));
    }
    if (test.screenshot) print(`     screenshot: ${test.screenshot}`);
  });
  print('');
  print(`  ${report.passes} passing, ${report.failures} failing, ${report.pending} pending (${report.durationMs} ms)`);
}

function indent(text, prefix) {
  return text.split('\n').map((line) => prefix + line).join('\n');
}

/** The last line of every run, in a fixed form that CI logs and people can grep. */
export function printTotals(reports, print = console.log) {
  const passed = reports.reduce((sum, report) => sum + report.passes, 0);
  const failed = reports.reduce((sum, report) => sum + report.failures, 0);
  print(`${passed} passed, ${failed} failed`);
}
