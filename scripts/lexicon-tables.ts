// Pure functions that turn the text of the data packages into the tables under
// src/core/lexicon/data. No file access here: scripts/gen-lexicon.ts reads the packages, and
// test/unit/lexicon.test.ts feeds these functions small inline samples.
import { packRows, toBase64 } from '../src/core/lexicon/packed.js';
import type { WordNetTable } from '../src/core/lexicon/wordnet.js';
import type { VectorTable } from '../src/core/lexicon/vectors.js';
import type { PlaceTable } from '../src/core/lexicon/places.js';
import { normalizePlaceName, abbreviationOf } from '../src/core/lexicon/places.js';
import { POS_BITS, type PartOfSpeech } from '../src/core/lexicon/morphy.js';

/** One line of a WordNet `data.*` file. */
export interface Synset {
  /** Part of speech and byte offset: "n:02084071". Satellites count as adjectives. */
  key: string;
  pos: PartOfSpeech;
  /** Words as written, underscores turned to spaces, adjective markers such as "(a)" dropped. */
  words: string[];
  pointers: Pointer[];
}

export interface Pointer {
  symbol: string;
  target: string;
  /** 1-based word numbers of a lexical pointer; 0 and 0 for a pointer between whole synsets. */
  sourceWord: number;
  targetWord: number;
}

function posOf(letter: string): PartOfSpeech {
  if (letter === 's') return 'a';
  if (letter === 'n' || letter === 'v' || letter === 'a' || letter === 'r') return letter;
  throw new Error(`Unknown part of speech ${letter}`);
}

/** The synsets of one `data.*` file, skipping its licence header (lines that start with spaces). */
export function parseSynsets(text: string): Synset[] {
  const synsets: Synset[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : undefined).trim().split(' ');
    let at = 0;
    const offset = fields[at++]!;
    at++; // lexicographer file
    const pos = posOf(fields[at++]!);
    const wordCount = parseInt(fields[at++]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) {
      words.push(fields[at]!.replace(/\([a-z]+\)$/, '').replace(/_/g, ' '));
      at += 2;
    }
    const pointerCount = parseInt(fields[at++]!, 10);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pointerCount; i++) {
      const symbol = fields[at++]!;
      const target = `${posOf(fields[at + 1]!)}:${fields[at]!}`;
      at += 2;
      const sourceTarget = fields[at++]!;
      pointers.push({ symbol, target, sourceWord: parseInt(sourceTarget.slice(0, 2), 16), targetWord: parseInt(sourceTarget.slice(2), 16) });
    }
    synsets.push({ key: `${pos}:${offset}`, pos, words, pointers });
  }
  return synsets;
}

/** A word the relation tables keep: one lower-case alphabetic word (no names, no phrases). */
export function isPlainWord(word: string): boolean {
  return /^[a-z]+$/.test(word);
}

export interface WordNetInput {
  /** The text of data.noun, data.verb, data.adj, data.adv. */
  data: Record<PartOfSpeech, string>;
  /** The text of noun.exc, verb.exc, adj.exc, adv.exc. */
  exceptions: Record<PartOfSpeech, string>;
  /** A description of where the data came from, written into the table. */
  source: string;
}

export interface WordNetReport {
  lemmas: number;
  synsets: number;
  droppedAntonyms: string[];
}

const HYPERNYM = new Set(['@', '@i']);
const DERIVATION = new Set(['+', '\\']);

/**
 * The WordNet table: plain-word lemmas (those `keep` accepts), the synsets that hold at least
 * one of them, and their relations. Hypernyms are followed two levels up through every synset,
 * kept or not, so pruning a rare middle word does not cut "poodle" off from "dog".
 */
export function buildWordNetTable(input: WordNetInput, keep: (lemma: string) => boolean = () => true): { table: WordNetTable; report: WordNetReport } {
  const all = new Map<string, Synset>();
  for (const pos of ['n', 'v', 'a', 'r'] as const) for (const s of parseSynsets(input.data[pos])) all.set(s.key, s);
  const kept = (word: string): boolean => isPlainWord(word) && keep(word);

  const lemmaPos = new Map<string, number>();
  for (const s of all.values()) for (const w of s.words) if (kept(w)) lemmaPos.set(w, (lemmaPos.get(w) ?? 0) | POS_BITS[s.pos]);
  const lemmas = [...lemmaPos.keys()].sort();
  const lemmaId = new Map(lemmas.map((w, i) => [w, i]));

  const synsetKeys = [...all.values()].filter((s) => s.words.some((w) => lemmaId.has(w))).map((s) => s.key).sort(compareSynsetKeys);
  const synsetId = new Map(synsetKeys.map((k, i) => [k, i]));

  const members = synsetKeys.map((k) => all.get(k)!.words.filter((w) => lemmaId.has(w)).map((w) => lemmaId.get(w)!));
  const hypernyms = (key: string): string[] => all.get(key)?.pointers.filter((p) => HYPERNYM.has(p.symbol)).map((p) => p.target) ?? [];
  const broader = synsetKeys.map((k) => {
    const up = new Set<string>();
    for (const h of hypernyms(k)) {
      up.add(h);
      for (const h2 of hypernyms(h)) up.add(h2);
    }
    return [...up].filter((h) => synsetId.has(h)).map((h) => synsetId.get(h)!);
  });
  const similar = synsetKeys.map((k) =>
    all.get(k)!.pointers.filter((p) => p.symbol === '&' && synsetId.has(p.target)).map((p) => synsetId.get(p.target)!),
  );

  const derived: number[][] = lemmas.map(() => []);
  const antonyms: number[][] = lemmas.map(() => []);
  const pairs = (symbols: Set<string>, into: number[][]): void => {
    for (const s of all.values()) {
      for (const p of s.pointers) {
        if (!symbols.has(p.symbol)) continue;
        const target = all.get(p.target);
        if (!target) continue;
        const from = p.sourceWord ? [s.words[p.sourceWord - 1]!] : s.words;
        const to = p.targetWord ? [target.words[p.targetWord - 1]!] : target.words;
        for (const a of from) {
          for (const b of to) {
            const ia = lemmaId.get(a);
            const ib = lemmaId.get(b);
            if (ia === undefined || ib === undefined || ia === ib) continue;
            into[ia]!.push(ib);
            into[ib]!.push(ia);
          }
        }
      }
    }
  };
  pairs(DERIVATION, derived);
  pairs(new Set(['!']), antonyms);

  // A pair that WordNet also puts in one synset ("quiet"/"still" through different senses) is
  // no evidence of a contradiction: a draft that swaps them may well mean the same thing.
  const synsetsOf: number[][] = lemmas.map(() => []);
  members.forEach((row, s) => row.forEach((l) => synsetsOf[l]!.push(s)));
  const droppedAntonyms: string[] = [];
  antonyms.forEach((row, a) => {
    antonyms[a] = [...new Set(row)].filter((b) => {
      const shared = synsetsOf[a]!.some((s) => synsetsOf[b]!.includes(s));
      if (shared && a < b) droppedAntonyms.push(`${lemmas[a]} ${lemmas[b]}`);
      return !shared;
    });
  });

  const exceptionBases = new Map<string, Set<string>>();
  for (const pos of ['n', 'v', 'a', 'r'] as const) {
    for (const line of input.exceptions[pos].split('\n')) {
      const [form, ...bases] = line.trim().split(/\s+/);
      if (!form || !isPlainWord(form)) continue;
      for (const base of bases) {
        if (base === form || !lemmaId.has(base)) continue;
        if (!exceptionBases.has(form)) exceptionBases.set(form, new Set());
        exceptionBases.get(form)!.add(base);
      }
    }
  }
  const exceptions = [...exceptionBases.keys()].sort().map((form) => [form, ...[...exceptionBases.get(form)!].sort()].join(' '));

  const table: WordNetTable = {
    source: input.source,
    lemmas: lemmas.join('\n'),
    partsOfSpeech: lemmas.map((w) => lemmaPos.get(w)!.toString(16)).join(''),
    synsets: packRows(members),
    broader: packRows(broader),
    similar: packRows(similar),
    derived: packRows(derived),
    antonyms: packRows(antonyms),
    exceptions: exceptions.join('\n'),
  };
  return { table, report: { lemmas: lemmas.length, synsets: synsetKeys.length, droppedAntonyms } };
}

function compareSynsetKeys(a: string, b: string): number {
  const order = 'nvar';
  return order.indexOf(a[0]!) - order.indexOf(b[0]!) || (a < b ? -1 : a > b ? 1 : 0);
}

/** What the embeddings package holds: words in its own order, and per word its vector (plus extra trailing fields). */
export interface Embeddings {
  dimensions: number;
  words: readonly string[];
  vectors: Readonly<Record<string, readonly number[]>>;
}

/**
 * The first `size` plain words of the embeddings, in the package's order (most frequent first),
 * each vector scaled to unit length and then to signed bytes by its own largest component.
 */
export function buildVectorTable(embeddings: Embeddings, size: number, source: string): VectorTable {
  const { dimensions } = embeddings;
  const words: string[] = [];
  for (const w of embeddings.words) {
    if (words.length >= size) break;
    if (isPlainWord(w) && embeddings.vectors[w]) words.push(w);
  }
  const bytes = new Int8Array(words.length * dimensions);
  words.forEach((w, i) => {
    const v = embeddings.vectors[w]!.slice(0, dimensions);
    const largest = Math.max(...v.map(Math.abs));
    if (largest === 0) return;
    for (let d = 0; d < dimensions; d++) bytes[i * dimensions + d] = Math.round((v[d]! / largest) * 127);
  });
  return { source, dimensions, words: words.join('\n'), vectors: toBase64(new Uint8Array(bytes.buffer)) };
}

/** The fields of a world-countries entry that the place table reads. */
export interface Country {
  cca2: string;
  cca3: string;
  independent?: boolean | null;
  unMember?: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

/** Rank of the kind of name: when two countries claim one name, the lower rank wins. */
const enum NameRank {
  Common,
  Official,
  WordNetName,
  Alternative,
  Capital,
  Demonym,
  Curated,
}

/**
 * Names of countries, capitals and demonyms, each to one country's alpha-3 code. A name that two
 * countries claim goes to the one where it ranks higher (a common name over a demonym), then to
 * a UN member over a territory ("American": United States, not Northern Mariana Islands); one
 * still shared ("Congolese") is dropped. WordNet adds the other names it lists for a country's
 * or capital's synset ("America", "the States", "Holland", "Washington" for Washington D.C.) and
 * vouches for two-letter codes it knows as names ("US", "UK") where world-countries gives only
 * codes ("IN", "AS" stay out).
 */
export function buildPlaceTable(countries: readonly Country[], nounSynsets: readonly Synset[], curated: string, source: string): PlaceTable {
  const byKey = new Map(nounSynsets.map((s) => [s.key, s]));
  const synsetsByWord = new Map<string, Synset[]>();
  for (const s of nounSynsets) for (const w of s.words) synsetsByWord.set(w, [...(synsetsByWord.get(w) ?? []), s]);
  const isA = (s: Synset, kinds: Set<string>): boolean => {
    let level = [s];
    for (let depth = 0; depth < 3; depth++) {
      level = level.flatMap((x) => x.pointers.filter((p) => HYPERNYM.has(p.symbol)).map((p) => byKey.get(p.target)).filter((x): x is Synset => !!x));
      if (level.some((x) => x.words.some((w) => kinds.has(w)))) return true;
    }
    return false;
  };
  const wordNetNames = (names: readonly string[], kinds: Set<string>): string[] => {
    const found = new Set<string>();
    for (const name of names) for (const s of synsetsByWord.get(name) ?? []) if (isA(s, kinds)) s.words.forEach((w) => found.add(w));
    return [...found];
  };
  const COUNTRY = new Set(['country']);
  const CITY = new Set(['city', 'capital']);

  interface Claim {
    key: string;
    rank: NameRank;
    sovereign: boolean;
  }
  const claims = new Map<string, Claim[]>();
  const claim = (name: string, key: string, rank: NameRank, sovereign: boolean): void => {
    const id = abbreviationOf(name) ?? normalizePlaceName(name);
    if (id.length < 2) return;
    const list = claims.get(id) ?? [];
    const mine = list.find((c) => c.key === key);
    if (mine) mine.rank = Math.min(mine.rank, rank);
    else list.push({ key, rank, sovereign });
    claims.set(id, list);
  };
  const latin = /^[\p{Script=Latin}\s'’.\-()]+$/u;
  for (const c of [...countries].sort((a, b) => (a.cca3 < b.cca3 ? -1 : 1))) {
    const sovereign = !!c.independent && !!c.unMember;
    const own = [c.name.common, c.name.official, ...c.altSpellings];
    const fromWordNet = wordNetNames(own, COUNTRY);
    claim(c.name.common, c.cca3, NameRank.Common, sovereign);
    claim(c.name.official, c.cca3, NameRank.Official, sovereign);
    for (const n of fromWordNet) claim(n, c.cca3, NameRank.WordNetName, sovereign);
    for (const alt of c.altSpellings) {
      if (!latin.test(alt) || alt.includes(',')) continue;
      if (alt === c.cca2 && !fromWordNet.includes(alt)) continue;
      claim(alt, c.cca3, NameRank.Alternative, sovereign);
    }
    for (const capital of [...c.capital, ...wordNetNames(c.capital, CITY)]) claim(capital, c.cca3, NameRank.Capital, sovereign);
    const demonyms = c.demonyms?.eng;
    if (demonyms) for (const d of [demonyms.m, demonyms.f]) if (d) claim(d, c.cca3, NameRank.Demonym, sovereign);
  }
  for (const line of curated.split('\n')) {
    const [name, key] = line.replace(/#.*/, '').split('\t').map((x) => x.trim());
    if (name && key) claim(name, key, NameRank.Curated, true);
  }

  const names: string[] = [];
  for (const [id, list] of [...claims].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const best = [...list].sort((a, b) => a.rank - b.rank || Number(b.sovereign) - Number(a.sovereign));
    const [first, second] = best;
    if (second && second.rank === first!.rank && second.sovereign === first!.sovereign) continue;
    names.push(`${id}\t${first!.key}`);
  }
  return { source, names: names.join('\n') };
}

/** The fields of an iso3166-2-db country that the region list reads. */
export interface SubdivisionCountry {
  iso3: string;
  regions?: { name: string; names?: { en?: string } }[];
}

/**
 * Names of countries' first-level subdivisions (US states, provinces, prefectures) that WordNet
 * also knows as a place: a state, province, region, district, county, city, town or territory
 * within three steps up. WordNet's check keeps out names that are common words ("Central",
 * "Western", provinces of some countries) and the long tail no news prose names. A name the
 * country table already has (Georgia, Washington) stays the country's. Normalised as
 * `normalizePlaceName` leaves names; sorted; one per line.
 */
export function buildRegionNames(countries: readonly SubdivisionCountry[], nounSynsets: readonly Synset[], isCountryName: (name: string) => boolean): string {
  const byKey = new Map(nounSynsets.map((s) => [s.key, s]));
  const synsetsByWord = new Map<string, Synset[]>();
  for (const s of nounSynsets) for (const w of s.words) synsetsByWord.set(w, [...(synsetsByWord.get(w) ?? []), s]);
  const KINDS = new Set(['state', 'province', 'region', 'district', 'county', 'city', 'town', 'territory', 'prefecture', 'municipality']);
  const isPlace = (s: Synset): boolean => {
    let level = [s];
    for (let depth = 0; depth < 3; depth++) {
      level = level.flatMap((x) => x.pointers.filter((p) => HYPERNYM.has(p.symbol)).map((p) => byKey.get(p.target)).filter((x): x is Synset => !!x));
      if (level.some((x) => x.words.some((w) => KINDS.has(w)))) return true;
    }
    return false;
  };
  const latin = /^[\p{Script=Latin}\s'’.-]+$/u;
  // Words WordNet writes in lower case are common words too ("centre", "acre", "colon").
  const common = new Set(nounSynsets.flatMap((s) => s.words.filter((w) => w === w.toLowerCase())));
  const names = new Set<string>();
  for (const c of countries) {
    for (const region of c.regions ?? []) {
      const name = (region.names?.en ?? region.name).trim();
      if (!latin.test(name) || name.length < 4 || isCountryName(name) || common.has(normalizePlaceName(name))) continue;
      // WordNet writes a proper name capitalised: "Nevada", "New South Wales".
      if ((synsetsByWord.get(name) ?? []).some(isPlace)) names.add(normalizePlaceName(name));
    }
  }
  return [...names].sort().join('\n');
}
