// Driving the VS Code workbench the way a user does: quick open, command palette, typing, hovering,
// the Problems panel. Selectors are VS Code 1.100's DOM; keep them here, not in specs.
import type { Locator, Page } from 'playwright-core';

const NBSP = /\u00a0/g;

/** The editor that has focus (or was last focused) in the editor area. */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
}

/** Runs a command by its palette label, e.g. "View: Close All Editors". */
export async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Opens a workspace file through Quick Open and resolves when its editor shows the file. */
export async function openFile(page: Page, relativePath: string): Promise<Locator> {
  const name = relativePath.split('/').at(-1) ?? relativePath;
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(relativePath);
  // The file search runs in the extension host (ripgrep); wait for the row instead of guessing.
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await input.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  const editor = activeEditor(page);
  await editor.locator('.view-lines').waitFor();
  return editor;
}

/** The text of the active editor's rendered lines (only what is scrolled into view). */
export async function visibleEditorText(page: Page): Promise<string> {
  const lines = await activeEditor(page).locator('.view-lines .view-line').evaluateAll((nodes) =>
    nodes
      // Monaco positions lines absolutely and may render them out of document order.
      .map((node) => ({ top: parseFloat(node.style.top) || 0, text: node.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text),
  );
  return lines.join('\n').replace(NBSP, ' ');
}

/**
 * Resolves with the active editor's visible text once it matches: typing and edits render
 * asynchronously. Throws after timeoutMs with the last text seen.
 */
export async function waitForEditorText(page: Page, expected: RegExp, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await visibleEditorText(page);
    if (expected.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`editor text did not match ${expected} within ${timeoutMs} ms:\n${text}`);
    await page.waitForTimeout(100);
  }
}

/** Moves the mouse over the first rendered occurrence of text and returns the hover's text. */
export async function hoverOver(page: Page, text: string, { contains }: { contains?: string } = {}): Promise<string> {
  const box = await activeEditor(page).locator('.view-lines').evaluate((root, wanted) => {
    const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT; this file is compiled without the DOM library
    const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(wanted);
      if (at < 0) continue;
      const range = root.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return undefined;
  }, text);
  if (!box) throw new Error(`"${text}" is not on screen in the active editor`);
  await page.mouse.move(box.x, box.y);
  const hover = page.locator('.monaco-hover:visible', contains ? { hasText: contains } : {}).first();
  await hover.waitFor({ state: 'visible' });
  return ((await hover.innerText()) ?? '').replace(NBSP, ' ');
}

/** Puts the cursor at the end of the document and types text as key presses. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await activeEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Opens the Problems panel and returns its rows (file rows and problem rows) as text. */
export async function problemsPanelRows(page: Page, { waitFor }: { waitFor?: string } = {}): Promise<string[]> {
  await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  const rows = page.locator('.markers-panel .monaco-list-row');
  if (waitFor) await rows.filter({ hasText: waitFor }).first().waitFor();
  return (await rows.allInnerTexts()).map((row) => row.replace(NBSP, ' ').replace(/\s+/g, ' ').trim());
}
