// Groundwork as a writer sees it in the browser: hover cards, completions, the Problems panel and
// quick fixes on the fixture draft. GROUNDWORK_UPDATE_SCREENSHOTS=1 also writes the README's
// pictures to media/screenshots/ (cropped to the feature, each well under 200 KB).
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { e2eSession, HARNESS_FIXTURE_ID } from './harness/session.js';
import { activeEditor, hoverOver, openFile, problemsPanelRows, runCommand, typeAtEnd, waitForEditorText } from './harness/workbench.js';

const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', 'media', 'screenshots');

describe('Groundwork in the workbench', function () {
  const session = e2eSession();
  const { page } = session;

  before(async function () {
    if (session.extensionId === HARNESS_FIXTURE_ID) this.skip();
    await runCommand(page, 'View: Close All Editors');
    // The integration suites ran "Check All Drafts", which opens the Problems panel.
    await runCommand(page, 'View: Hide Panel').catch(() => {});
    await openFile(page, 'drafts/pax-silica.md');
    // The status bar item appears once the draft has been checked.
    await page.locator('.statusbar-item', { hasText: /\d+\/\d+ grounded/ }).first().waitFor({ timeout: 30_000 });
  });

  afterEach(async () => {
    await page.keyboard.press('Escape');
  });

  after(async () => {
    if (session.extensionId === HARNESS_FIXTURE_ID) return;
    await runCommand(page, 'File: Revert File').catch(() => {});
    await runCommand(page, 'View: Close All Editors');
  });

  /** Saves a picture for the README when asked to, always one for the run record. */
  async function picture(name: string, around: Locator[]): Promise<void> {
    await session.screenshot(name);
    if (!process.env.GROUNDWORK_UPDATE_SCREENSHOTS) return;
    const boxes = (await Promise.all(around.map((l) => l.boundingBox()))).filter((b) => b !== null);
    assert.ok(boxes.length > 0, `something to picture for ${name}`);
    const margin = 16;
    const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
    const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
    const right = Math.min(1400, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
    const bottom = Math.min(900, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), clip: { x, y, width: right - x, height: bottom - y } });
  }

  it('shows the status of the draft in the status bar', async () => {
    const item = page.locator('.statusbar-item', { hasText: /grounded/ }).first();
    assert.match(await item.innerText(), /\d+\/\d+ grounded/);
  });

  it('hovering a name shows its card: canonical name, kind, role and sources', async () => {
    const text = await hoverOver(page, 'Jiakun', { contains: 'Guo Jiakun' });
    assert.match(text, /Guo Jiakun · Person/);
    assert.match(text, /Foreign Ministry Spokesperson/);
    assert.match(text, /seeds\/global-times-pax-silica-alliance\.txt:\d+/);
    await picture('hover-entity', [page.locator('.monaco-hover:visible').first(), activeEditor(page).locator('.view-line', { hasText: 'Jiakun' }).first()]);
  });

  it('hovering a quote shows the source words, the speaker and the source', async () => {
    const text = await hoverOver(page, 'noted relevant', { contains: 'Verbatim' });
    assert.match(text, /Quote · .*Verbatim in the sources/);
    assert.match(text, /— Guo Jiakun/);
    await picture('hover-quote', [page.locator('.monaco-hover:visible').first(), activeEditor(page).locator('.view-line', { hasText: 'noted relevant' }).first()]);
  });

  it('lists every finding in the Problems panel', async () => {
    const rows = await problemsPanelRows(page, { waitFor: '62 does not match the source' });
    // The list is virtualised: a row can be rendered twice while it scrolls; evidence rows name no code.
    const findings = new Set(rows.filter((row) => / groundwork ?\(?[a-z-]+\)? ?\[Ln \d+, Col \d+\]/.test(row)));
    assert.equal(findings.size, 3, `rows: ${JSON.stringify(rows)}`);
    const fileRow = rows.find((row) => row.includes('pax-silica.md'));
    assert.match(fileRow ?? '', /3$/, `the file row counts 3 problems: ${fileRow}`);
    await picture('problems-panel', [page.locator('.markers-panel').first(), activeEditor(page).locator('.view-lines')]);
    await runCommand(page, 'View: Hide Panel').catch(() => {});
  });

  it("a statement's hover card links to the evidence view, which marks the differing figures and links to the source", async () => {
    const text = await hoverOver(page, 'investments under', { contains: 'Number mismatch' });
    assert.match(text, /Statement · .*Number mismatch · support \d\.\d\d/);
    const hover = page.locator('.monaco-hover:visible').first();
    const figureLine = activeEditor(page).locator('.view-line', { hasText: '62 new investments' }).first();
    await picture('hover-statement', [hover, figureLine]);
    await hover.locator('a', { hasText: 'Show evidence' }).first().click();
    const webview = page.locator('iframe.webview.ready').last();
    const view = webview.contentFrame().locator('iframe#active-frame').contentFrame();
    await view.locator('h1', { hasText: 'Number mismatch' }).waitFor();
    // The hover goes once the mouse leaves it.
    await page.mouse.move(1, 450);
    await page.locator('.monaco-hover:visible').waitFor({ state: 'hidden' });
    assert.equal(await view.locator('header mark, header .score meter').count(), 1, 'one score');
    assert.equal(await view.locator('.statement mark.conflict').innerText(), '62');
    assert.equal(await view.locator('.row mark.conflict').innerText(), '26');
    assert.match(await view.locator('.row h3').first().innerText(), /Passage with the figure/);
    await picture('evidence-view', [page.locator('.tabs-container .tab', { hasText: 'Evidence' }).first(), view.locator('section').last()]);
    // Its link opens the source at the passage.
    await view.locator('a.open').first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'global-times-pax-silica-alliance.txt' }).waitFor();
    await session.screenshot('evidence-view-link-opened');
    // Back to the draft alone. The keyboard focus is still inside the webview's frame: a click on
    // the draft's tab gives it to the workbench (the source may have taken the draft's place if
    // both were preview tabs of one group: then open the draft again).
    const draftTab = page.locator('.tabs-container .tab', { hasText: 'pax-silica.md' });
    if (await draftTab.count()) await draftTab.first().click();
    else await openFile(page, 'drafts/pax-silica.md');
    await runCommand(page, 'View: Close Editors in Other Groups');
    await page.locator('.tabs-container .tab.active', { hasText: 'pax-silica.md' }).waitFor();
    assert.equal(await page.locator('.tabs-container .tab').count(), 1);
  });

  it('offers the exact quote after an opening quotation mark, with speaker and citation', async () => {
    await typeAtEnd(page, '\n\nThe spokesperson said “We have');
    const suggest = page.locator('.editor-widget.suggest-widget.visible');
    await suggest.locator('.monaco-list-row', { hasText: 'We have noted relevant reports.' }).first().waitFor();
    await picture('completion-quote', [suggest, activeEditor(page).locator('.view-line', { hasText: 'The spokesperson said' })]);
    await page.keyboard.press('Enter');
    await waitForEditorText(page, /said “We have noted relevant reports\.” — Guo Jiakun/);
  });

  it('completes a misspelt name: "Zhuo" finds Zhou Mi', async () => {
    await typeAtEnd(page, '\n\nAccording to Zhuo');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.editor-widget.suggest-widget.visible');
    await suggest.locator('.monaco-list-row', { hasText: 'Zhou Mi' }).first().waitFor();
    await picture('completion-entity', [suggest, activeEditor(page).locator('.view-line', { hasText: 'According to Zhuo' })]);
    await page.keyboard.press('Enter');
    await waitForEditorText(page, /^According to Zhou Mi$/m);
  });

  it('offers a quick fix that corrects a mismatched figure', async () => {
    await runCommand(page, 'File: Revert File');
    await waitForEditorText(page, /62 new investments/);
    const figure = activeEditor(page).locator('.view-line', { hasText: '62 new investments' }).first();
    const box = await figure.boundingBox();
    assert.ok(box);
    // Put the cursor on "62": the line starts with "The G7 unveiled ".
    await figure.click({ position: { x: 5, y: box.height / 2 } });
    await page.keyboard.press('Home');
    for (let i = 0; i < 'The G7 unveiled 6'.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.locator('.action', { hasText: 'Change 62 to 26' }).first().waitFor();
    await picture('quick-fix', [menu, figure]);
    await page.keyboard.press('Enter');
    await waitForEditorText(page, /The G7 unveiled 26 new investments under/);
  });

  it('in a workspace without sources, the Groundwork Sources view offers to set it up', async () => {
    const settingsFile = path.join(session.workspaceDir, '.vscode', 'settings.json');
    const earlier = existsSync(settingsFile) ? readFileSync(settingsFile, 'utf8') : undefined;
    mkdirSync(path.dirname(settingsFile), { recursive: true });
    writeFileSync(settingsFile, JSON.stringify({ 'groundwork.sources': ['nowhere/**'] }));
    const folded: string[] = [];
    try {
      await page.locator('.statusbar-item', { hasText: 'Groundwork' }).filter({ hasNotText: 'grounded' }).first().waitFor({ timeout: 20_000 });
      await runCommand(page, 'Explorer: Focus on Groundwork Sources View');
      // Room for the welcome content: the other sections of the Explorer folded.
      const others = page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]', { hasNotText: 'Groundwork Sources' });
      while (await others.count()) {
        folded.push((await others.first().getAttribute('aria-label')) ?? '');
        await others.first().click();
      }
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Groundwork Sources' }) }).first();
      const button = pane.locator('.welcome-view-content .monaco-button', { hasText: 'Set Up Workspace' }).first();
      await button.waitFor();
      assert.match(await pane.locator('.welcome-view-content').innerText(), /No source documents here yet/);
      await picture('welcome-view', [pane.locator('.pane-header'), pane.locator('.welcome-view-content')]);
    } finally {
      if (earlier === undefined) rmSync(settingsFile, { force: true });
      else writeFileSync(settingsFile, earlier);
      for (const label of folded) await page.locator(`.explorer-viewlet .pane-header[aria-expanded="false"][aria-label="${label}"]`).first().click();
    }
    await page.locator('.statusbar-item', { hasText: /\d+\/\d+ grounded/ }).first().waitFor({ timeout: 20_000 });
  });
});
