// What an e2e spec gets from the launcher (scripts/vscode/run-integration.mjs): a Chromium page
// showing the VS Code workbench, with the extension under test loaded and the fixture workspace open.
import type { Browser, Page } from 'playwright-core';

export interface E2ESession {
  /** The page showing the workbench. Shared by all specs, in file order. */
  readonly page: Page;
  readonly browser: Browser;
  /** code-server's base URL, e.g. http://127.0.0.1:41234 */
  readonly serverUrl: string;
  /** The workspace folder on disk (a fresh copy of test/fixtures/workspace); specs may edit it. */
  readonly workspaceDir: string;
  /** `publisher.name` of the extension under test: `groundwork.groundwork` or the harness fixture. */
  readonly extensionId: string;
  /** Saves a PNG of the page under .vscode-test/screenshots/ and returns its path. */
  screenshot(name: string): Promise<string>;
}

export const HARNESS_FIXTURE_ID = 'groundwork.harness-fixture';

const SESSION_KEY = Symbol.for('groundwork.e2e.session');

/** The running session. Throws outside the launcher, where there is no browser. */
export function e2eSession(): E2ESession {
  const session = (globalThis as Record<symbol, unknown>)[SESSION_KEY] as E2ESession | undefined;
  if (!session) {
    throw new Error('No e2e session: run e2e specs through `npm run test:integration`.');
  }
  return session;
}
