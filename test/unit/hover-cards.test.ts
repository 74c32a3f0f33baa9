import assert from 'node:assert/strict';
import { diffMarkdown, entityMarkdown, escapeMarkdown, openSourceLink } from '../../src/extension/hover-cards.js';
import type { Entity } from '../../src/core/model.js';

describe('hover cards', () => {
  it('escapes source text so that no link, command, HTML or emphasis survives', () => {
    const hostile = 'See [click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** `code` $(zap)';
    const escaped = escapeMarkdown(hostile);
    assert.ok(!/(?<!\\)\[/.test(escaped), 'every [ is escaped');
    assert.ok(!/(?<!\\)</.test(escaped), 'every < is escaped');
    assert.ok(!/(?<!\\)\*/.test(escaped), 'every * is escaped');
    assert.ok(!/(?<!\\)`/.test(escaped), 'every backtick is escaped');
    assert.ok(!/(?<!\\)\$/.test(escaped), 'theme icons cannot be injected');
    assert.ok(!escaped.includes('command:'), 'the scheme is broken up');
    // Removing the escapes gives the text back.
    assert.equal(escaped.replace(/\\(.)/g, '$1'), hostile);
  });

  it('keeps source text on one line', () => {
    assert.equal(escapeMarkdown('a\n\n# b'), 'a \\# b');
  });

  it('links to our own command with the target as encoded JSON', () => {
    const link = openSourceLink('seeds/a.txt:3', { path: 'seeds/a.txt', line: 2, character: 0, endLine: 2, endCharacter: 5 });
    const m = /^\[(.*)\]\(command:groundwork\.openSource\?([^ ]+) "/.exec(link);
    assert.ok(m, link);
    assert.deepEqual(JSON.parse(decodeURIComponent(m[2]!)), [{ path: 'seeds/a.txt', line: 2, character: 0, endLine: 2, endCharacter: 5 }]);
  });

  it('an entity card names the entity, its kind, roles and where sources mention it', () => {
    const entity: Entity = { id: 'person:guo jiakun', name: 'Guo Jiakun', kind: 'person', aliases: ['Guo'], roles: ['Foreign Ministry Spokesperson'], mentions: [] };
    const md = entityMarkdown({
      entity,
      sourceCount: 1,
      firstMentions: [{ docId: 'gt', path: 'seeds/gt.txt', span: { start: 0, end: 3 }, range: { start: { line: 9, character: 0 }, end: { line: 9, character: 3 } }, snippet: 'Guo said [x](command:evil)' }],
    });
    assert.match(md, /^\*\*Guo Jiakun\*\* · Person/);
    assert.match(md, /Foreign Ministry Spokesperson/);
    assert.match(md, /seeds\\\/gt\\\.txt\\:10/);
    assert.ok(!md.includes('](command:evil'));
  });

  it('shows a word diff with deletions struck through and insertions in bold', () => {
    assert.equal(diffMarkdown([{ op: 'equal', text: 'All parties' }, { op: 'delete', text: 'must' }, { op: 'insert', text: 'should' }]), 'All parties ~~must~~ **should**');
  });
});
