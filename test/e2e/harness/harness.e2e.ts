// Proves the e2e harness: a real workbench in Chromium, with the extension under test loaded.
import * as assert from 'node:assert/strict';
import { e2eSession, HARNESS_FIXTURE_ID } from './session.js';
import { hoverOver, openFile, problemsPanelRows, runCommand, typeAtEnd, waitForEditorText } from './workbench.js';

describe('e2e harness', () => {
  const session = e2eSession();
  const { page } = session;

  after(async () => {
    await runCommand(page, 'File: Revert File').catch(() => {});
    await runCommand(page, 'View: Close All Editors');
  });

  it('loads the workbench with the fixture workspace in the Explorer', async () => {
    await page.locator('.part.statusbar').waitFor();
    await runCommand(page, 'View: Show Explorer');
    const explorer = page.locator('.explorer-folders-view');
    await explorer.locator('.monaco-list-row', { hasText: 'drafts' }).waitFor();
    await explorer.locator('.monaco-list-row', { hasText: 'seeds' }).waitFor();
  });

  it('opens a draft in an editor and shows its text', async () => {
    await openFile(page, 'drafts/pax-silica.md');
    await waitForEditorText(page, /^# The Pax Silica alliance$/m);
    await session.screenshot('workbench-draft');
  });

  it('shows what the user types', async () => {
    await typeAtEnd(page, '\nA sentence typed in the browser.');
    await waitForEditorText(page, /^A sentence typed in the browser\.$/m);
  });

  describe('with the harness fixture extension', () => {
    before(function () {
      if (session.extensionId !== HARNESS_FIXTURE_ID) this.skip();
    });

    it('shows the fixture hover when the mouse rests on a word', async () => {
      const text = await hoverOver(page, 'Jiakun', { contains: 'Fixture hover' });
      assert.match(text, /Fixture hover: Jiakun/);
      await session.screenshot('workbench-hover');
      await page.keyboard.press('Escape');
    });

    it('lists the fixture diagnostic in the Problems panel', async () => {
      await typeAtEnd(page, '\nTODO find a source.');
      const rows = await problemsPanelRows(page, { waitFor: 'Fixture: TODO left in draft' });
      assert.ok(rows.some((row) => row.includes('pax-silica.md')), `rows: ${JSON.stringify(rows)}`);
      assert.ok(rows.some((row) => row.includes('Fixture: TODO left in draft')), `rows: ${JSON.stringify(rows)}`);
      await session.screenshot('workbench-problems');
    });
  });
});
