// The word lists that classify names (src/core/index/words/) are data: one entry a line, sorted,
// and no list says of a word the opposite of another.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  NOT_NAMES, ORGANISATION_NAMES, ORGANISATION_WORDS, PLACES, REGION_DEMONYMS, ROLE_WORDS, TITLE_WORDS, WORK_WORDS,
} from '../../src/core/index/gazetteer.js';
import { findNames } from '../../src/core/index/names.js';

const folder = join(import.meta.dirname, '..', '..', 'src', 'core', 'index', 'words');

const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => [...a].filter((w) => b.has(w));

describe('word lists', () => {
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
    it(`${file}: one entry a line, no entry twice${file === 'speech-verbs.json' ? '' : ', sorted'}`, () => {
      const text = readFileSync(join(folder, file), 'utf8');
      const entries = JSON.parse(text) as string[];
      assert.equal(text, `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
      assert.equal(new Set(entries).size, entries.length);
      // Speech verbs are an alternation, tried in order ("pointed out" before "pointed").
      if (file !== 'speech-verbs.json') {
        const sorted = [...entries].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) || a.localeCompare(b));
        assert.deepEqual(entries, sorted);
      }
    });
  }

  it('no name is both a place and an organisation ("Pentagon" is the department)', () => {
    assert.deepEqual(overlap(PLACES, ORGANISATION_NAMES), []);
    assert.equal(findNames('Officials at the Pentagon said the talks went well.').find((n) => n.name === 'Pentagon')?.kind, 'organisation');
  });

  it('no word ends both an organisation\'s name and a work\'s', () => {
    assert.deepEqual(overlap(ORGANISATION_WORDS, WORK_WORDS), []);
  });

  it('every title is a role word, and no place, organisation or region adjective is a word that is never a name', () => {
    assert.deepEqual([...TITLE_WORDS].filter((w) => !ROLE_WORDS.has(w)), []);
    assert.deepEqual(overlap(NOT_NAMES, PLACES), []);
    assert.deepEqual(overlap(NOT_NAMES, ORGANISATION_NAMES), []);
    assert.deepEqual(overlap(REGION_DEMONYMS, PLACES), []);
  });

  it('a demonym the lexicon knows, or a region\'s, starts a formal name: "Chinese Academy of Sciences", "European Commission for ..."', () => {
    assert.ok(findNames('He spoke at the Chinese Academy of Sciences on Monday.').some((n) => n.name === 'Chinese Academy of Sciences'));
    assert.ok(findNames('The European Council for Foreign Relations said so.').some((n) => n.name.startsWith('European Council')));
  });
});
