// Headless Debian Chromium driven by playwright-core (no browser download needed).
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { chromiumPath } from './paths.mjs';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: run scripts/vscode/install.sh (or set GROUNDWORK_CHROMIUM)`);
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_FLAGS });
}

/** Opens the workbench for folder and resolves once its shell has rendered. */
export async function openWorkbench(browser, serverUrl, folder, { timeoutMs = 60_000, onPageError } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  if (onPageError) page.on('pageerror', onPageError);
  await page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}`, { timeout: timeoutMs });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  return page;
}
