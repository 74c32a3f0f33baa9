// The results format shared by the in-host runner and the e2e runner: counts plus one entry per test.
'use strict';

/**
 * A mocha reporter class that records every test into `runner.groundworkReport`
 * ({ passes, failures, pending, tests: [{ title, fullTitle, state, durationMs, error? }] }).
 */
function collectingReporter(Mocha) {
  const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;
  return class CollectingReporter extends Mocha.reporters.Base {
    constructor(runner, options) {
      super(runner, options);
      const report = emptyReport();
      runner.groundworkReport = report;
      runner.on(EVENT_TEST_PASS, (test) => {
        report.passes += 1;
        report.tests.push(entry(test, 'passed'));
      });
      // Also fires for failing hooks, which is what we want: a broken before() is a failure.
      runner.on(EVENT_TEST_FAIL, (test, error) => {
        report.failures += 1;
        report.tests.push({ ...entry(test, 'failed'), error: describeError(error) });
      });
      runner.on(EVENT_TEST_PENDING, (test) => {
        report.pending += 1;
        report.tests.push(entry(test, 'pending'));
      });
    }
  };
}

function emptyReport() {
  return { passes: 0, failures: 0, pending: 0, durationMs: 0, tests: [] };
}

/** A report with a single failure, for when the suite could not even be loaded or run. */
function crashReport(title, error) {
  const report = emptyReport();
  report.failures = 1;
  report.tests.push({ title, fullTitle: title, state: 'failed', durationMs: 0, error: describeError(error) });
  return report;
}

function entry(test, state) {
  return { title: test.title, fullTitle: test.fullTitle(), state, durationMs: test.duration ?? 0 };
}

function describeError(error) {
  if (!error || typeof error !== 'object') return { message: String(error) };
  const described = { message: String(error.message ?? error), stack: String(error.stack ?? '') };
  if (error.showDiff !== false && ('expected' in error || 'actual' in error)) {
    described.expected = printable(error.expected);
    described.actual = printable(error.actual);
  }
  return described;
}

function printable(value) {
  if (typeof value === 'string') return value;
  if (value instanceof RegExp) return String(value);
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

module.exports = { collectingReporter, crashReport, emptyReport };
