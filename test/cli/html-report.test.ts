// The HTML report as a reviewer opens it: from disk, in real (headless) Chromium.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildCli, groundwork, REPO, Workspaces } from '../helpers/cli-process.js';
// @ts-expect-error: a plain ES module of the e2e scripts, without type declarations
import { launchChromium } from '../../scripts/vscode/browser.mjs';

const DRAFT = readFileSync(path.join(REPO, 'examples', 'pax-silica-draft.md'), 'utf8');
const SEEDS = Object.fromEntries(readdirSync(path.join(REPO, 'seeds')).map((f) => [`seeds/${f}`, readFileSync(path.join(REPO, 'seeds', f), 'utf8')]));

// A source and a draft that try to run script in the report.
const HOSTILE_SOURCE = 'Officials said the <script>window.pwned = 1</script> plan <img src=x onerror="window.pwned = 2"> was approved on Monday.\n';
const HOSTILE_DRAFT = [
  '# Second draft',
  '',
  'Officials said the <script>window.pwned = 3</script> plan <img src=x onerror="window.pwned = 4"> was approved on Monday.',
  '',
  'The [plan](javascript:window.pwned=5) was rejected on "Tuesday" by <b onmouseover="window.pwned = 6">nobody</b>.',
  '',
].join('\n');

interface JsonSummary { statements: number; supported: number; flagged: number; errors: number; warnings: number; info: number; files: number }

describe('the HTML report in Chromium', function () {
  this.timeout(120_000);
  const workspaces = new Workspaces('groundwork-html-');
  let browser: Browser;
  let page: Page;
  let summary: JsonSummary;
  let flaggedKeys: number;
  const problems: string[] = [];
  const requests: string[] = [];

  before(async () => {
    await buildCli();
    const root = workspaces.make({
      ...SEEDS,
      'seeds/hostile.txt': HOSTILE_SOURCE,
      'examples/pax-silica-draft.md': DRAFT,
      'examples/second.md': HOSTILE_DRAFT,
      'groundwork.yaml': 'sources: [ "seeds/**" ]\ndrafts: [ "examples/**/*.md" ]\nrequire-citations: true\n',
    });
    const json = await groundwork(root, ['check', '--format', 'json', '--fail-on', 'none']);
    assert.equal(json.code, 0, json.stderr);
    const report = JSON.parse(json.stdout) as { summary: JsonSummary; files: { statements: { severity: string }[] }[] };
    summary = report.summary;
    flaggedKeys = report.files.flatMap((f) => f.statements).filter((s) => s.severity !== 'none' && s.severity !== 'off').length;
    const html = await groundwork(root, ['check', '--format', 'html', '--output', 'report.html', '--fail-on', 'none']);
    assert.equal(html.code, 0, html.stderr);
    assert.equal(html.stdout, '', 'with --output nothing goes to stdout');
    browser = (await launchChromium()) as Browser;
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(pathToFileURL(path.join(root, 'report.html')).href);
  });

  after(async () => {
    await browser?.close();
    workspaces.removeAll();
  });

  it('the summary counts are those of the JSON output', async () => {
    const counts = await page.$$eval('[data-count]', (els) => Object.fromEntries(els.map((e) => [(e as unknown as { dataset: Record<string, string> }).dataset["count"], e.textContent])));
    assert.deepEqual(
      { statements: counts['statements'], supported: counts['supported'], flagged: counts['flagged'], errors: counts['errors'], warnings: counts['warnings'], info: counts['info'], files: counts['files'] },
      Object.fromEntries(Object.entries({ statements: summary.statements, supported: summary.supported, flagged: summary.flagged, errors: summary.errors, warnings: summary.warnings, info: summary.info, files: summary.files }).map(([k, v]) => [k, String(v)])),
    );
    assert.equal(await page.textContent('[data-count="share"]'), `${Math.round((summary.supported / summary.statements) * 100)}%`);
    const perVerdict = await page.$$eval('[data-verdict]', (els) => els.reduce((n, e) => n + Number(e.textContent), 0));
    assert.equal(perVerdict, summary.statements, 'the bar accounts for every statement');
  });

  it('lists the sources used with their title and date', async () => {
    const rows = await page.$$eval('.sources tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const gt = rows.find((r) => r[2] === 'seeds/global-times-pax-silica-alliance.txt');
    assert.ok(gt, JSON.stringify(rows));
    assert.match(gt[0]!, /^US launches ‘Pax Silica’ alliance/);
    assert.equal(gt[1], '2025-12-12');
  });

  it('every finding in the table has its statement highlighted in the draft, one section per draft', async () => {
    const keys = await page.$$eval('.findings tbody tr', (trs) => trs.map((tr) => (tr as unknown as { dataset: Record<string, string> }).dataset["st"]!));
    assert.equal(keys.length, flaggedKeys);
    for (const key of keys) {
      const flagged = await page.locator(`#st-${key}.st.flagged`).count();
      assert.equal(flagged, 1, `statement ${key} is highlighted`);
    }
    assert.deepEqual(await page.$$eval('.draft-path', (els) => els.map((e) => e.textContent)), ['examples/pax-silica-draft.md', 'examples/second.md']);
  });

  it('clicking a flagged statement shows its verdict, the reason and the evidence with the matching words marked', async () => {
    await page.locator('.st.v-misquote').first().click();
    const panel = page.locator('#panel');
    assert.match((await panel.locator('.verdict').textContent())!, /misquote.*error/);
    assert.match((await panel.locator('.reason').textContent())!, /Quote not verbatim in seeds\/global-times-pax-silica-alliance\.txt/);
    const marked = await panel.locator('.evidence mark').allTextContents();
    assert.ok(marked.includes('Companies') && marked.includes('likely'), JSON.stringify(marked));
    assert.equal(await page.locator('.st.v-misquote.selected').count() > 0, true);
    // The evidence that bears on the verdict, as the editor shows it: the one source quote, named
    // for what it is, and one score scale (the statement's support), not a score per row.
    const rows = await panel.locator('.evidence li .where').allTextContents();
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.match(rows[0]!, /^Source quote: seeds\/global-times-pax-silica-alliance\.txt:45:/);
    assert.ok(!/score/.test(await panel.locator('.evidence').innerText()), 'no score per evidence row');
  });

  it('a finding in the table jumps to its statement and shows it', async () => {
    const link = page.locator('.findings tbody tr a').filter({ hasText: 'examples/pax-silica-draft.md' }).nth(1);
    const key = await link.getAttribute('data-st');
    await link.click();
    assert.equal(await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash), `#st-${key}`);
    assert.equal(await page.locator('#panel .detail').count(), 1);
    assert.equal(await page.locator(`.st.selected[data-st="${key}"]`).count() > 0, true);
    const inView = await page.locator(`#st-${key}`).evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight;
    });
    assert.ok(inView, 'the statement is scrolled into view');
  });

  it('runs nothing from the draft or the sources, loads nothing, and breaks no rule of its policy', async () => {
    for (const el of await page.locator('.st').all()) await el.hover({ trial: false }).catch(() => undefined);
    await page.locator('.st', { hasText: 'approved' }).first().click();
    assert.equal(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned), undefined);
    assert.equal(await page.locator('script').count(), 1);
    assert.equal(await page.locator('img').count(), 0);
    assert.match((await page.locator('#draft-1').textContent())!, /<script>window\.pwned = 3<\/script>/);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    assert.match((await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'))!, /default-src 'none'/);
    assert.deepEqual(requests, []);
    assert.deepEqual(problems, []);
  });
});
