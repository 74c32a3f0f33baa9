// One kind of a thing put for another the document tells apart: "recovered by the inshore
// lifeboat" where the passage says "by the all-weather lifeboat", in a log that speaks of both.
// Names are weighed by the name checks; this reads the plain words that sort a document's things
// into kinds, before their noun.
import type { Corpus } from '../index/corpus.js';
import type { Passage, SourceDocument } from '../model.js';
import { STOPWORDS, type Token } from '../text/tokens.js';
import type { Swap } from './name-swaps.js';
import { passageProfile, tokenizeCached } from './passage-profile.js';

// How much of a document is read for the kinds it sorts its things into.
const KINDS_READ = 200_000;
// How many kinds of one thing a document may have for them to be kinds ("the inshore lifeboat",
// "the all-weather lifeboat"), not every word a noun stands after.
const MOST_KINDS = 4;
// Words before a noun that say which one, not what kind: "the new rules", "the first lifeboat".
const NOT_KINDS = new Set(['new', 'old', 'first', 'second', 'third', 'last', 'next', 'other', 'same', 'current', 'previous', 'former',
  'latest', 'final', 'main', 'further', 'total', 'whole', 'full', 'own', 'such', 'many', 'several', 'few', 'more', 'less', 'this', 'that',
  'these', 'those', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'one', 'both', 'each', 'every', 'its', 'their']);

const kindsRead = new WeakMap<SourceDocument, Map<string, Set<string>>>();

/** A word that may say what kind a thing is: in lower case, a letter first, no small word. */
function sortingWord(t: Token): boolean {
  return /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !STOPWORDS.has(t.norm) && !NOT_KINDS.has(t.text);
}

/** A word that may name a thing: in lower case, three letters or more, no small word. */
function thingWord(t: Token): boolean {
  return /^\p{Ll}{3,}$/u.test(t.text) && !STOPWORDS.has(t.norm);
}

/** Whether nothing but spaces stands between two tokens of a text. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start));
}

/** The places of a text's tokens that name a thing right after a word that may say its kind ("lifeboat" of "inshore lifeboat"). */
function* kindPairs(text: string, tokens: readonly Token[]): Generator<number> {
  for (let i = 1; i < tokens.length; i++) if (thingWord(tokens[i]!) && sortingWord(tokens[i - 1]!) && adjacent(text, tokens[i - 1]!, tokens[i]!)) yield i;
}

/**
 * Of each noun of a document, the words that stand right before it at least twice each (kinds the
 * document keeps apart, not a word said once), where there are two to MOST_KINDS of them.
 */
function kindsOf(doc: SourceDocument): Map<string, Set<string>> {
  let found = kindsRead.get(doc);
  if (found) return found;
  const counts = new Map<string, Map<string, number>>();
  const text = doc.text.slice(0, KINDS_READ);
  const tokens = tokenizeCached(text);
  for (const i of kindPairs(text, tokens)) {
    const [m, h] = [tokens[i - 1]!, tokens[i]!];
    let kinds = counts.get(h.norm);
    if (!kinds) counts.set(h.norm, (kinds = new Map()));
    kinds.set(m.text, (kinds.get(m.text) ?? 0) + 1);
  }
  found = new Map();
  for (const [noun, kinds] of counts) {
    const kept = new Set([...kinds].filter(([, n]) => n >= KIND_USES).map(([k]) => k));
    if (kept.size >= 2 && kept.size <= MOST_KINDS) found.set(noun, kept);
  }
  kindsRead.set(doc, found);
  return found;
}

// How often a word must stand before a noun in the document to be a kind of it.
const KIND_USES = 2;
// How many of a statement's kinds are weighed (a hostile statement names thousands).
const MOST_ASKED = 16;

/**
 * The statement's kind of a thing where its passage gives another kind the document also gives of
 * it, and not the statement's: "by the inshore lifeboat" against "by the all-weather lifeboat".
 * The two kinds each stand before the noun at least twice in the document (it tells them apart),
 * in the same place in the two sentences, and the passage's sentence has no word of the
 * statement's kind.
 */
export function rivalKind(corpus: Corpus, text: string, passages: readonly Passage[]): Swap | undefined {
  // (A text all in lower case tells no name from a kind: "the welsh government".)
  if (!/\p{Lu}/u.test(text)) return undefined;
  const doc = corpus.getDocument(passages[0]!.docId);
  if (!doc) return undefined;
  const mine = tokenizeCached(text);
  const myWords = new Set(mine.map((t) => t.text.toLowerCase()));
  const theirWords = new Set(passages.flatMap((p) => passageProfile(p).tokens.map((t) => t.text.toLowerCase())));
  // Each passage's words as written, read once a passage.
  const written = new Map<Passage, Set<string>>();
  const writtenIn = (p: Passage): Set<string> => {
    let found = written.get(p);
    if (!found) written.set(p, (found = new Set(passageProfile(p).tokens.map((t) => t.text))));
    return found;
  };
  let kinds: Map<string, Set<string>> | undefined;
  // The passages' kinds of each noun, filed by the noun once: either side may have thousands.
  let theirKinds: Map<string, { p: Passage; j: number }[]> | undefined;
  const kindsIn = (): Map<string, { p: Passage; j: number }[]> => {
    const out = new Map<string, { p: Passage; j: number }[]>();
    for (const p of passages) {
      const tokens = passageProfile(p).tokens;
      // (The first few of each noun in each sentence: a hostile one has thousands.)
      const filed = new Map<string, number>();
      for (const j of kindPairs(p.text, tokens)) {
        const g = tokens[j]!;
        if ((filed.get(g.norm) ?? 0) >= MOST_KINDS) continue;
        filed.set(g.norm, (filed.get(g.norm) ?? 0) + 1);
        let list = out.get(g.norm);
        if (!list) out.set(g.norm, (list = []));
        list.push({ p, j });
      }
    }
    return out;
  };
  const before = (ts: readonly Token[], k: number): string | undefined => ts[k - 2]?.text.toLowerCase();
  const after = (ts: readonly Token[], k: number): string | undefined => ts[k + 1]?.text.toLowerCase();
  let asked = 0;
  for (const i of kindPairs(text, mine)) {
    const [m, h] = [mine[i - 1]!, mine[i]!];
    if (!theirWords.has(h.text)) continue;
    const known = (kinds ??= kindsOf(doc)).get(h.norm);
    if (!known?.has(m.text)) continue;
    if (++asked > MOST_ASKED) break;
    for (const { p, j } of (theirKinds ??= kindsIn()).get(h.norm) ?? []) {
      const tokens = passageProfile(p).tokens;
      const [o, g] = [tokens[j - 1]!, tokens[j]!];
      // (The sentence that gives the other kind has no word of the statement's: a sentence joined
      // for the statement's kind, "The inshore lifeboat was out of service", tells another event.)
      if (o.text === m.text || !known.has(o.text) || myWords.has(o.text) || writtenIn(p).has(m.text)) continue;
      // (One kind inside the other's word is a narrower name of it: "electric" of "battery-electric".)
      if (o.text.includes(m.text) || m.text.includes(o.text)) continue;
      // In the same place: the same word before the two ("by the inshore lifeboat", "by the
      // all-weather lifeboat") or after them.
      if (before(mine, i) !== before(tokens, j) && after(mine, i) !== after(tokens, j)) continue;
      return { draft: `${m.text} ${h.text}`, source: `${o.text} ${g.text}`, span: { start: m.start, end: h.end }, passage: { passage: p, coverage: 1 } };
    }
  }
  return undefined;
}

// A thing known by a word and its number: "Ward 7", "Route 14", "Platform 3", "Gate 12".
// (Not a date's month, "May 1863", nor a year.)
const NUMBERED = /\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)(\p{Lu}\p{Ll}{2,})\s+(\d{1,3})\b(?![,.]\d)/gu;
// How many numbered things of a side are read, and how many content words after each.
const MOST_NUMBERED = 16;
const NUMBERED_WORDS = 4;
// How many of those words the two must share to be said the same thing of.
const SAID_OF_NUMBERED = 2;

/** The content words of the few tokens after `at`, in lower case. */
function wordsAfterAt(text: string, at: number): Set<string> {
  return new Set(tokenizeCached(text.slice(at, at + 80)).filter((t) => /\p{L}/u.test(t.text) && !STOPWORDS.has(t.norm)).slice(0, NUMBERED_WORDS).map((t) => t.norm));
}

/**
 * One numbered thing put for another of the same word: "Ward 7 was staffed as planned" where the
 * passage says "Ward 9 was staffed as planned" (and Ward 7 was not). What the statement says after
 * its number (two words or more of the next few) the passage says after the other number, and not
 * after the statement's.
 */
export function otherNumbered(text: string, passages: readonly Passage[]): Swap | undefined {
  const mine = [...text.matchAll(NUMBERED)].slice(0, MOST_NUMBERED);
  if (!mine.length) return undefined;
  const theirs = passages.flatMap((p) => [...p.text.matchAll(NUMBERED)].slice(0, MOST_NUMBERED).map((m) => ({ m, p })));
  for (const m of mine) {
    const after = wordsAfterAt(text, m.index + m[0].length);
    if (after.size < SAID_OF_NUMBERED) continue;
    const said = (t: { m: RegExpMatchArray; p: Passage }): boolean => {
      const theirsAfter = wordsAfterAt(t.p.text, t.m.index! + t.m[0].length);
      let n = 0;
      for (const w of after) if (theirsAfter.has(w)) n++;
      return n >= SAID_OF_NUMBERED;
    };
    const sameWord = theirs.filter((t) => t.m[1] === m[1]);
    if (sameWord.some((t) => t.m[2] === m[2] && said(t))) continue;
    const rival = sameWord.find((t) => t.m[2] !== m[2] && said(t));
    if (rival) return { draft: m[0], source: rival.m[0], span: { start: m.index, end: m.index + m[0].length }, passage: { passage: rival.p, coverage: 1 } };
  }
  return undefined;
}
