#!/usr/bin/env node
// Takes the README's pictures of the HTML report: the sample checked with the repository's own
// groundwork.yaml, opened from disk in headless Chromium, as a reviewer would.
//   npm run build && node scripts/screenshot-report.mjs
// Writes media/screenshots/html-report-summary.png (the top of the report, a misquote selected)
// and html-report-draft.png (the draft, a citation-mismatch selected).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './vscode/browser.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = mkdtempSync(path.join(tmpdir(), 'groundwork-report-'));
const report = path.join(folder, 'report.html');
try {
  execFileSync(process.execPath, [path.join(repo, 'bin', 'groundwork.cjs'), 'check', 'examples/', '--format', 'html', '--output', report, '--fail-on', 'none', '--quiet'], { cwd: repo, stdio: 'inherit' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 940 } });
    await page.goto(pathToFileURL(report).href);
    await page.locator('.st.v-misquote').first().click();
    await page.evaluate(() => globalThis.scrollTo(0, 0));
    await page.screenshot({ path: path.join(repo, 'media', 'screenshots', 'html-report-summary.png') });
    const mismatch = page.locator('.findings tbody tr', { hasText: 'citation-mismatch' }).locator('a').first();
    await mismatch.click();
    await page.screenshot({ path: path.join(repo, 'media', 'screenshots', 'html-report-draft.png') });
  } finally {
    await browser.close();
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
console.log('media/screenshots/html-report-summary.png, media/screenshots/html-report-draft.png');
