// Runs the e2e specs (test/e2e/**/*.e2e.ts) with mocha in this process, against a live workbench page.
import Mocha from 'mocha';
import { createRequire } from 'node:module';
import { register } from 'tsx/esm/api';

const require = createRequire(import.meta.url);
const { collectingReporter, emptyReport } = require('../../test/integration/runner/mocha-report.cjs');

const SESSION_KEY = Symbol.for('groundwork.e2e.session'); // read by test/e2e/harness/session.ts

/**
 * @param {string[]} files
 * @param {import('../../test/e2e/harness/session.ts').E2ESession} session
 * @param {{ grep?: string, timeoutMs: number }} options
 */
export async function runE2E(files, session, { grep, timeoutMs }) {
  if (files.length === 0) return emptyReport();
  const unregister = register();
  globalThis[SESSION_KEY] = session;
  try {
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: timeoutMs, reporter: collectingReporter(Mocha) });
    if (grep) mocha.grep(grep);
    for (const file of files) mocha.addFile(file);
    // A picture of the moment a spec failed says more than its stack trace.
    const screenshots = new Map();
    mocha.suite.afterEach(async function screenshotOnFailure() {
      const test = this.currentTest;
      if (test?.state !== 'failed') return;
      const name = `failed-${test.fullTitle().replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}`;
      const file = await session.screenshot(name).catch(() => undefined);
      if (file) screenshots.set(test.fullTitle(), file);
    });
    await mocha.loadFilesAsync();
    const startedAt = Date.now();
    const report = await new Promise((resolve) => {
      const runner = mocha.run(() => resolve(runner.groundworkReport));
    });
    report.durationMs = Date.now() - startedAt;
    for (const test of report.tests) {
      if (screenshots.has(test.fullTitle)) test.screenshot = screenshots.get(test.fullTitle);
    }
    return report;
  } finally {
    delete globalThis[SESSION_KEY];
    await unregister();
  }
}
