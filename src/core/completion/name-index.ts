// Entity names looked up by the beginning of any of their words, exactly or with a typo.
//
// Each entity's names are filed once: every word start under its lower-cased letter. Filings are
// kept per corpus across its versions, keyed by entity object, so a new version only files the
// entities whose names changed and maps the others to their new places in the list: the first
// completion after a change of sources reads the entity list once and no name letter by letter.
import type { Entity } from '../model.js';
import { prefixDistance } from './prefix-distance.js';

/** Visits one name: its text, the entity's place in the list, and whether the match is at the name's first word. */
export type NameVisitor = (name: string, position: number, first: boolean) => void;

/** How the names of one entity were filed. Never changed: an entity whose names change is filed again. */
interface Filing {
  name: string;
  aliases: readonly string[];
  /** Names not compared as written (lower-cased: outside plain ASCII words), by index: 0 the canonical name, then the aliases. */
  lowered?: Map<number, string>;
}

const NO_ALIASES: readonly string[] = [];

/** Name `k` of a filing as written: 0 the canonical name, then the aliases. */
function writtenOf(filing: Filing, k: number): string {
  return k === 0 ? filing.name : filing.aliases[k - 1]!;
}

/** Name `k` of a filing as compared: as written when plain ASCII words (compared folding A-Z), else lower-cased. */
function comparedOf(filing: Filing, k: number): string {
  return filing.lowered?.get(k) ?? writtenOf(filing, k);
}

/**
 * Word starts of one letter, four numbers each: filing, name (0 the canonical one, then the aliases), offset,
 * and the two letters after the first (lower-cased, 16 bits each), which answer most lookups
 * without reading the name. In a typed array: no garbage per word start on a large heap.
 */
class WordStarts {
  data = new Int32Array(64);
  length = 0;

  push(filing: number, k: number, at: number, next: number): void {
    if (this.length + 4 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = filing;
    this.data[this.length + 1] = k;
    this.data[this.length + 2] = at;
    this.data[this.length + 3] = next;
    this.length += 4;
  }
}

/** The two letters after `at`, lower-cased, as one number (0 past the end of the text). */
function nextLetters(text: string, at: number): number {
  const a = at + 1 < text.length ? foldAscii(text.charCodeAt(at + 1)) : 0;
  const b = at + 2 < text.length ? foldAscii(text.charCodeAt(at + 2)) : 0;
  return (a << 16) | b;
}

/** The names filed so far for one corpus, over all its versions. Only ever appended to. */
class Registry {
  readonly filings: Filing[] = [];
  /** Word starts by lower-cased first letter. */
  readonly byLetter = new Map<number, WordStarts>();
  /** Distinct words by first letter. */
  readonly words = new Map<number, DistinctWords>();
  readonly byEntity = new WeakMap<Entity, number>();

  /** The filing of an entity's current names. */
  filingOf(entity: Entity): number {
    const known = this.byEntity.get(entity);
    if (known !== undefined && sameNames(this.filings[known]!, entity)) return known;
    const id = this.filings.length;
    // Most entities have no alias: no array of their own.
    const filing: Filing = { name: entity.name, aliases: entity.aliases.length ? [...entity.aliases] : NO_ALIASES };
    this.filings.push(filing);
    this.fileName(id, 0, filing.name);
    filing.aliases.forEach((alias, i) => this.fileName(id, i + 1, alias));
    this.byEntity.set(entity, id);
    return id;
  }

  private fileName(id: number, k: number, written: string): void {
    // Plain ASCII words joined by single spaces, the common case, are read once and not copied.
    const found = this.found;
    found.length = 0;
    let plain = written.length > 0;
    for (let at = 0; plain && at < written.length; at++) {
      const c = written.charCodeAt(at);
      if (c === 32) plain = at > 0 && at < written.length - 1 && written.charCodeAt(at - 1) !== 32;
      else if (c < 0x21 || c > 0x7e) plain = false;
      else if (at === 0 || written.charCodeAt(at - 1) === 32) found.push(at);
    }
    let compared = written;
    if (!plain) {
      compared = written.toLowerCase();
      (this.filings[id]!.lowered ??= new Map()).set(k, compared);
      found.length = 0;
      for (let at = 0; at < compared.length; at++) {
        if (!isSpace(compared.charCodeAt(at)) && (at === 0 || isSpace(compared.charCodeAt(at - 1)))) found.push(at);
      }
    }
    for (const at of found) this.fileWordStart(foldAscii(compared.charCodeAt(at)), id, k, compared, at);
  }

  /** Scratch list of word starts of the name being filed. */
  private readonly found: number[] = [];

  /** The distinct words of one letter. */
  wordsOf(letter: number): DistinctWords | undefined {
    return this.words.get(letter);
  }

  /**
   * Files a word start under its letter and under its word. Words are told apart by a hash of
   * their lower-cased letters, checked letter by letter: only distinct words become strings.
   * Filed with the names rather than on first approximate search: the first search of each
   * letter would otherwise pay for it, a slow keystroke out of every ten.
   */
  private fileWordStart(letter: number, id: number, k: number, text: string, at: number): void {
    let starts = this.byLetter.get(letter);
    let words = this.words.get(letter);
    if (!starts || !words) {
      this.byLetter.set(letter, (starts = new WordStarts()));
      this.words.set(letter, (words = { list: [], byHash: new Map() }));
    }
    const i = starts.length;
    starts.push(id, k, at, nextLetters(text, at));
    let end = at;
    let hash = 0x811c9dc5;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (isSpace(c)) break;
      hash = Math.imul(hash ^ foldAscii(c), 0x01000193);
    }
    for (;; hash = (hash + 1) | 0) {
      const slot = words.byHash.get(hash);
      if (slot === undefined) {
        words.byHash.set(hash, words.list.length);
        words.list.push({ word: text.slice(at, end).toLowerCase(), starts: [i] });
        return;
      }
      const word = words.list[slot]!;
      if (word.word.length === end - at && startsWithFolded(text, at, word.word)) {
        word.starts.push(i);
        return;
      }
    }
  }
}

/** The distinct lower-cased words of one letter, each with the word starts (indices into the letter's) it begins at. */
interface DistinctWords {
  list: { word: string; starts: number[] }[];
  byHash: Map<number, number>;
}

const registries = new WeakMap<object, Registry>();

export class NameIndex {
  private positions?: { registry: Registry; of: Int32Array };

  /**
   * `entities` in the corpus's order, which lists the most mentioned first. Indexes made with
   * the same `lineage` (the corpus) share their filings.
   */
  constructor(private readonly entities: readonly Entity[], private readonly lineage: object = {}) {}

  /** Every name, canonical and alias, that starts with `typed` (lower case; may hold spaces: "guo ji"). */
  namesStarting(typed: string, visit: NameVisitor): void {
    const { registry, of } = this.table();
    const starts = registry.byLetter.get(typed.charCodeAt(0));
    if (!starts) return;
    const { data, length } = starts;
    const [next, mask] = nextLettersOf(typed);
    for (let i = 0; i < length; i += 4) {
      if (data[i + 2] !== 0 || (data[i + 3]! & mask) !== next) continue;
      const position = of[data[i]!] ?? -1;
      if (position < 0) continue;
      const filing = registry.filings[data[i]!]!;
      const k = data[i + 1]!;
      if (startsWithFolded(comparedOf(filing, k), 0, typed)) visit(writtenOf(filing, k), position, true);
    }
  }

  /** Names with a word starting with `prefix` (lower case, one word), once per such word. */
  wordsStarting(prefix: string, visit: NameVisitor): void {
    const { registry, of } = this.table();
    const starts = registry.byLetter.get(prefix.charCodeAt(0));
    if (!starts) return;
    const { data, length } = starts;
    const [next, mask] = nextLettersOf(prefix);
    for (let i = 0; i < length; i += 4) {
      if ((data[i + 3]! & mask) !== next) continue;
      const position = of[data[i]!] ?? -1;
      if (position < 0) continue;
      const filing = registry.filings[data[i]!]!;
      const k = data[i + 1]!;
      const at = data[i + 2]!;
      if (startsWithFolded(comparedOf(filing, k), at, prefix)) visit(writtenOf(filing, k), position, at === 0);
    }
  }

  /**
   * Names with a word that begins within `maxEdits` edits of `prefix` (lower case), but not exactly
   * with it. Only the distinct words sharing its first letter are compared: hundreds, not every name.
   */
  wordsNear(prefix: string, maxEdits: number, visit: (name: string, position: number, edits: number) => void): void {
    const letter = prefix.charCodeAt(0);
    const { registry, of } = this.table();
    const starts = registry.byLetter.get(letter);
    if (!starts) return;
    for (const { word, starts: items } of registry.wordsOf(letter)?.list ?? []) {
      const edits = prefixDistance(prefix, word, maxEdits);
      if (edits === 0 || edits > maxEdits) continue;
      const { data } = starts;
      for (const i of items) {
        const position = of[data[i]!] ?? -1;
        if (position >= 0) visit(writtenOf(registry.filings[data[i]!]!, data[i + 1]!), position, edits);
      }
    }
  }

  /** Files the names now rather than at the first lookup. */
  prepare(): void {
    this.table();
  }

  /** This version's place in the list of every filing: -1 for names no entity has now. */
  private table(): NonNullable<NameIndex['positions']> {
    if (this.positions) return this.positions;
    let registry = registries.get(this.lineage) ?? new Registry();
    // Names that changed leave their old filings behind; past a point, filing afresh is cheaper to search.
    if (registry.filings.length > 2 * this.entities.length + 1000) registry = new Registry();
    registries.set(this.lineage, registry);
    const filingAt = new Int32Array(this.entities.length).fill(-1);
    for (let position = 0; position < this.entities.length; position++) {
      const entity = this.entities[position]!;
      if (entity.kind !== 'number' && entity.kind !== 'date') filingAt[position] = registry.filingOf(entity);
    }
    const of = new Int32Array(registry.filings.length).fill(-1);
    filingAt.forEach((id, position) => id >= 0 && (of[id] = position));
    return (this.positions = { registry, of });
  }
}

function sameNames(filing: Filing, entity: Entity): boolean {
  if (filing.name !== entity.name || filing.aliases.length !== entity.aliases.length) return false;
  for (let i = 0; i < filing.aliases.length; i++) if (filing.aliases[i] !== entity.aliases[i]) return false;
  return true;
}

/** The letters after the first of what was typed, and which of them it has, to compare with `nextLetters`. */
function nextLettersOf(typed: string): [next: number, mask: number] {
  const mask = (typed.length > 1 ? 0xffff << 16 : 0) | (typed.length > 2 ? 0xffff : 0);
  return [nextLetters(typed, 0) & mask, mask];
}

function foldAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether `text` has `prefix` (lower case) at `at`, reading `text` in lower case. */
function startsWithFolded(text: string, at: number, prefix: string): boolean {
  if (at + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    if (foldAscii(text.charCodeAt(at + k)) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** What `\s` matches: names split into words where a regular expression would split them. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
