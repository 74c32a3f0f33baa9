import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, groundwork, hoverText, openDraft } from './groundwork-session.js';

describe('hover cards', function () {
  let document: vscode.TextDocument;

  before(async () => {
    await groundwork();
    document = (await openDraft()).document;
  });

  after(closeAll);

  async function hoverAt(text: string, into = 1): Promise<{ text: string; hovers: vscode.Hover[] }> {
    const at = document.getText().indexOf(text);
    assert.ok(at >= 0, `"${text}" is in the draft`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(at + into));
    return { text: hoverText(hovers), hovers };
  }

  it('over a name: the canonical name, kind, role, sources and a link to the first mention', async () => {
    const { text } = await hoverAt('Guo said all parties');
    assert.match(text, /\*\*Guo Jiakun\*\* · Person/);
    assert.match(text, /Foreign Ministry Spokesperson/);
    assert.match(text, /Mentioned \d+ times in \d+ sources?/);
    assert.match(text, /\(command:groundwork\.openSource\?[^)]*global-times-pax-silica-alliance\.txt/);
  });

  it('over a verbatim quote: the source words, the speaker and the source', async () => {
    const { text } = await hoverAt('We have noted relevant reports', 3);
    assert.match(text, /\*\*Quote\*\* · \$\(check\) Verbatim in the sources/);
    assert.match(text, /— Guo Jiakun/);
    assert.match(text, /We have noted relevant reports/);
  });

  it('over a quote no source has: not found, with the statement verdict below', async () => {
    const { text } = await hoverAt('the alliance will certainly succeed', 3);
    assert.match(text, /Not found in any source/);
    assert.match(text, /\*\*Statement\*\* · \$\(error\) Misquote/);
  });

  it('over any statement: verdict, score and best evidence', async () => {
    const { text } = await hoverAt('founded by ten African');
    assert.match(text, /\*\*Statement\*\* · \$\(warning\) Unsupported · support \d\.\d\d/);
    const supported = await hoverAt('forming a coalition');
    assert.match(supported.text, /\$\(check\) Supported · support/);
    assert.match(supported.text, /Supporting passage/);
  });

  it('trusts only its own commands (open a source, show the evidence view), renders no HTML, and escapes source text', async () => {
    const { hovers } = await hoverAt('Guo said all parties');
    for (const part of hovers.flatMap((h) => h.contents)) {
      if (typeof part === 'string' || !('isTrusted' in part)) continue;
      const md = part as vscode.MarkdownString;
      assert.equal(md.supportHtml, false);
      assert.deepEqual(md.isTrusted, { enabledCommands: ['groundwork.openSource', 'groundwork.showEvidence'] });
    }
  });
});
