// Entity names looked up by the beginning of any of their words, exactly or with a typo. Nothing
// is gathered until the first lookup; then one pass over the characters of every name files each
// word start under its letter, lower-casing nothing but the rare name outside ASCII.
import type { Entity } from '../model.js';
import { prefixDistance } from './prefix-distance.js';

/** Visits one name: its text, the entity's place in the list, and whether the match is at the name's first word. */
export type NameVisitor = (name: string, position: number, first: boolean) => void;

/** The word starts of one letter: pairs of name index and offset, in list order. */
type WordStarts = number[];

const NO_STARTS: WordStarts = [];

interface Names {
  /** Each name as written. */
  written: string[];
  /** Each name as compared: as written when plain ASCII (compared folding A-Z), else lower-cased. */
  compared: string[];
  /** The place in the entity list of the entity each name belongs to. */
  position: number[];
  /** Word starts by lower-cased first letter. */
  byLetter: Map<number, WordStarts>;
  /** Distinct lower-cased words by first letter, each with the word starts it begins at; on first approximate search. */
  words: Map<number, Map<string, number[]>>;
}

export class NameIndex {
  private names?: Names;

  /** `entities` in the corpus's order, which lists the most mentioned first. */
  constructor(private readonly entities: readonly Entity[]) {}

  /** Every name, canonical and alias, that starts with `typed` (lower case; may hold spaces: "guo ji"). */
  namesStarting(typed: string, visit: NameVisitor): void {
    const names = this.table();
    const starts = names.byLetter.get(typed.charCodeAt(0)) ?? NO_STARTS;
    for (let i = 0; i < starts.length; i += 2) {
      const n = starts[i]!;
      if (starts[i + 1] === 0 && startsWithFolded(names.compared[n]!, 0, typed)) visit(names.written[n]!, names.position[n]!, true);
    }
  }

  /** Names with a word starting with `prefix` (lower case, one word), once per such word. */
  wordsStarting(prefix: string, visit: NameVisitor): void {
    const names = this.table();
    const starts = names.byLetter.get(prefix.charCodeAt(0)) ?? NO_STARTS;
    for (let i = 0; i < starts.length; i += 2) {
      const n = starts[i]!;
      const at = starts[i + 1]!;
      if (startsWithFolded(names.compared[n]!, at, prefix)) visit(names.written[n]!, names.position[n]!, at === 0);
    }
  }

  /**
   * Names with a word that begins within `maxEdits` edits of `prefix` (lower case), but not exactly
   * with it. Only the distinct words sharing its first letter are compared: hundreds, not every name.
   */
  wordsNear(prefix: string, maxEdits: number, visit: (name: string, position: number, edits: number) => void): void {
    const names = this.table();
    for (const [word, at] of this.wordsOf(prefix.charCodeAt(0))) {
      const edits = prefixDistance(prefix, word, maxEdits);
      if (edits === 0 || edits > maxEdits) continue;
      for (const n of at) visit(names.written[n]!, names.position[n]!, edits);
    }
  }

  private table(): Names {
    return (this.names ??= fileNames(this.entities));
  }

  private wordsOf(letter: number): Map<string, number[]> {
    const names = this.table();
    let words = names.words.get(letter);
    if (words) return words;
    words = new Map();
    const starts = names.byLetter.get(letter) ?? NO_STARTS;
    for (let i = 0; i < starts.length; i += 2) {
      const n = starts[i]!;
      const text = names.compared[n]!;
      const at = starts[i + 1]!;
      let end = at;
      while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
      const word = text.slice(at, end).toLowerCase();
      const list = words.get(word);
      if (list) list.push(n);
      else words.set(word, [n]);
    }
    names.words.set(letter, words);
    return words;
  }
}

/** Every name of every entity but figures and dates, each word start filed under its lower-cased letter. */
function fileNames(entities: readonly Entity[]): Names {
  const names: Names = { written: [], compared: [], position: [], byLetter: new Map(), words: new Map() };
  // Plain-ASCII letters by index: a map lookup for every word of every name would cost more than the scan.
  const ascii: (WordStarts | undefined)[] = new Array(128).fill(undefined);
  const startsOf = (letter: number): WordStarts => {
    let starts = letter < 128 ? ascii[letter] : names.byLetter.get(letter);
    if (!starts) {
      starts = [];
      if (letter < 128) ascii[letter] = starts;
      else names.byLetter.set(letter, starts);
    }
    return starts;
  };
  // Letter and offset of each word start of the name being filed, kept until the name proves plain ASCII.
  const found: number[] = [];
  const file = (written: string, position: number): void => {
    const n = names.written.length;
    let plain = true;
    let wordStart = true;
    found.length = 0;
    for (let at = 0; at < written.length; at++) {
      let c = written.charCodeAt(at);
      if (c > 127) {
        plain = false;
        break;
      }
      if (c === 32 || (c >= 9 && c <= 13)) wordStart = true;
      else if (wordStart) {
        wordStart = false;
        if (c >= 65 && c <= 90) c += 32;
        found.push(c, at);
      }
    }
    let compared = written;
    if (!plain) {
      compared = written.toLowerCase();
      found.length = 0;
      for (let at = 0; at < compared.length; at++) {
        if (!isSpace(compared.charCodeAt(at)) && (at === 0 || isSpace(compared.charCodeAt(at - 1)))) found.push(compared.charCodeAt(at), at);
      }
    }
    for (let i = 0; i < found.length; i += 2) startsOf(found[i]!).push(n, found[i + 1]!);
    names.written.push(written);
    names.compared.push(compared);
    names.position.push(position);
  };
  for (let position = 0; position < entities.length; position++) {
    const entity = entities[position]!;
    if (entity.kind === 'number' || entity.kind === 'date') continue;
    file(entity.name, position);
    for (const alias of entity.aliases) file(alias, position);
  }
  ascii.forEach((starts, letter) => starts && names.byLetter.set(letter, starts));
  return names;
}

/** Whether `text` has `prefix` (lower case) at `at`, reading A-Z in `text` as a-z. */
function startsWithFolded(text: string, at: number, prefix: string): boolean {
  if (at + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** What `\s` matches: names split into words where a regular expression would split them. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
