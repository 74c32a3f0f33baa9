// Explainable evidence features of one statement against the sources: each one is something a
// writer can check by eye (a word, a name, a figure, a phrase the source does not have).
import type { Corpus } from '../index/corpus.js';
import { findNames } from '../index/names.js';
import type { Passage, SourceDocument } from '../model.js';
import { findQuantities, sameQuantity, type Quantity } from '../text/numbers.js';
import { swappedAntonym } from './antonyms.js';
import { normsOfPassage, passageProfile, tokenizeCached, type PassageProfile } from './passage-profile.js';
import type { Alignment, StatementAnalysis } from './support.js';

/** What the support model sees. All values are small non-negative numbers. */
export interface SupportFeatures {
  /** Weighted content-word coverage by the best aligned passage(s). */
  passageCoverage: number;
  /** Weighted content-word coverage by the whole document(s) of the evidence. */
  documentCoverage: number;
  /** Content words found nowhere in the document(s), not even as a variant (log(1 + n)). */
  novelWords: number;
  /** Share of the statement's word pairs that occur in the document(s). */
  documentBigrams: number;
  /** Share of the statement's word triples that occur in the document(s). */
  documentTrigrams: number;
  /** Share of the statement's word pairs that occur in the best aligned passage(s). */
  passageBigrams: number;
  /** Longest common word subsequence with the best passage(s), as a share of the statement. */
  passageSubsequence: number;
  /** Names (capitalised words not opening the sentence) the document never mentions (log(1 + n)). */
  novelNames: number;
  /** Figures and dates the document never states (log(1 + n)). */
  novelFigures: number;
  /** A figure or date differs from the one the aligned passage gives. */
  figureConflict: number;
  /** A name stands where the aligned passage has another one of the same kind. */
  nameConflict: number;
  /** A word is negated on one side and affirmed on the other. */
  negationConflict: number;
  /** The statement negates something while its passage(s) have no negation. */
  unmatchedNegation: number;
  /** Length of the statement in content words (log(1 + n)): long claims hide more. */
  length: number;
  /** Names the document mentions, but not the aligned passage(s) (log(1 + n)): a name moved from elsewhere. */
  passageNames: number;
  /** Figures the document states, but not the aligned passage(s) (log(1 + n)). */
  passageFigures: number;
  /** "he" where the aligned passage only says "she", or the reverse. */
  pronounConflict: number;
  /**
   * A near copy of its passage (most words in the same order) with words the passage lacks,
   * even small ones ("not", "she"): an edited sentence (log(1 + n)).
   */
  editedCopy: number;
  /** The statement has a word whose opposite stands in the aligned passage ("decreased" for "increased"). */
  antonymSwap: number;
  /**
   * A near copy that needs two source sentences, neither covering it alone: a claim may join
   * what the source keeps apart (one sentence's subject, another's predicate).
   */
  joinedPassages: number;
}

export const FEATURE_NAMES: readonly (keyof SupportFeatures)[] = [
  'passageCoverage', 'documentCoverage', 'novelWords', 'documentBigrams', 'documentTrigrams',
  'passageBigrams', 'passageSubsequence', 'novelNames', 'novelFigures', 'figureConflict',
  'nameConflict', 'negationConflict', 'unmatchedNegation', 'length', 'passageNames', 'passageFigures',
  'pronounConflict', 'editedCopy', 'antonymSwap', 'joinedPassages',
];

// Above this, one source sentence says nearly all of it and the other fills in a word or two.
const JOINED_SINGLE = 0.85;

const MALE = /\b(?:he|him|his|himself)\b/i;
const FEMALE = /\b(?:she|her|hers|herself)\b/i;

function pronounConflict(statement: string, passage: string): boolean {
  const mineMale = MALE.test(statement);
  const mineFemale = FEMALE.test(statement);
  if (mineMale === mineFemale) return false;
  const theirsMale = MALE.test(passage);
  const theirsFemale = FEMALE.test(passage);
  return mineMale ? theirsFemale && !theirsMale : theirsMale && !theirsFemale;
}

/** The document's vocabulary, word pairs and triples and figures, built once per document. */
interface DocumentProfile {
  /** Every word of the document's passages in order: where each one stands. */
  positions: Map<string, number[]>;
  /** First five letters of every word: "elected" and "election" count as a variant. */
  prefixes: Set<string>;
  /** Whether these words, from `at` on, follow each other somewhere in the document. */
  hasRun(words: readonly string[], at: number, n: number): boolean;
  lower: string;
  quantities: Quantity[];
}

const profiles = new WeakMap<SourceDocument, DocumentProfile>();

function profileOf(corpus: Corpus, doc: SourceDocument): DocumentProfile {
  let p = profiles.get(doc);
  if (p) return p;
  // Read through the passages, whose words the alignment reuses.
  const norms = corpus.passagesOf(doc.id).flatMap(normsOfPassage);
  // Word pairs and triples are looked up where their first word stands, rather than kept as a
  // set of joined strings: a statement asks about a few dozen, a document has thousands.
  const positions = new Map<string, number[]>();
  let spaced = false;
  for (let i = 0; i < norms.length; i++) {
    const norm = norms[i]!;
    const at = positions.get(norm);
    if (at) at.push(i);
    else {
      positions.set(norm, [i]);
      if (norm.includes(' ')) spaced = true;
    }
  }
  // A normalised word with a space in it (a compatibility ligature) makes joined pairs
  // ambiguous: such a document keeps the joined strings, as they always were compared.
  let joined: Set<string> | undefined;
  const joinedGrams = (): Set<string> => {
    if (joined) return joined;
    joined = new Set<string>();
    for (let i = 0; i + 1 < norms.length; i++) {
      const pair = norms[i] + ' ' + norms[i + 1];
      joined.add(pair);
      if (i + 2 < norms.length) joined.add(pair + ' ' + norms[i + 2]);
    }
    return joined;
  };
  const hasRun = (words: readonly string[], at: number, n: number): boolean => {
    if (spaced || words.some((w) => w.includes(' '))) return joinedGrams().has(words.slice(at, at + n).join(' '));
    const starts = positions.get(words[at]!);
    if (!starts) return false;
    for (const s of starts) {
      let k = 1;
      while (k < n && norms[s + k] === words[at + k]) k++;
      if (k === n) return true;
    }
    return false;
  };
  // Prefixes, lower-cased text and figures only matter to some statements.
  let prefixes: Set<string> | undefined;
  let lower: string | undefined;
  let quantities: Quantity[] | undefined;
  p = {
    positions, hasRun,
    get prefixes() {
      if (!prefixes) {
        prefixes = new Set<string>();
        for (const t of positions.keys()) if (t.length >= 5 && !/\d/.test(t)) prefixes.add(t.slice(0, 5));
      }
      return prefixes;
    },
    get lower() {
      return (lower ??= doc.text.toLowerCase());
    },
    get quantities() {
      return (quantities ??= findQuantities(doc.text));
    },
  };
  profiles.set(doc, p);
  return p;
}

/** Share of the statement's word runs of length n that `has` finds (1 when it has none). */
function ngramShare(norms: readonly string[], n: 2 | 3, has: (at: number) => boolean): number {
  let total = 0;
  let found = 0;
  for (let i = 0; i + n <= norms.length; i++) {
    total++;
    if (has(i)) found++;
  }
  return total ? found / total : 1;
}

/** Length of the longest common subsequence of two word lists (two rows of the usual table). */
function lcs(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * Both source sentences name someone the statement names ("Zhou Mi, a researcher, ..." and
 * "Zhou said ..."): joining them tells more about the same actor, not a re-linked claim.
 */
function sameActor(statementNorms: string[], passages: Passage[]): boolean {
  const mine = new Set(statementNorms);
  const [a, b] = passages.map(passageProfile) as [PassageProfile, PassageProfile];
  for (const n of [...a.names, ...b.names]) {
    for (const w of tokenizeCached(n.name)) {
      if (w.norm.length >= 3 && mine.has(w.norm) && a.terms.has(w.norm) && b.terms.has(w.norm)) return true;
    }
  }
  return false;
}

export interface Conflicts {
  figure: boolean;
  name: boolean;
  negation: boolean;
}

export function supportFeatures(corpus: Corpus, analysis: StatementAnalysis, alignments: Alignment[], conflicts: Conflicts): SupportFeatures {
  const best = alignments[0];
  const docs: SourceDocument[] = [];
  for (const a of alignments.slice(0, 3)) {
    const doc = corpus.getDocument(a.passages[0]!.docId);
    if (doc && !docs.includes(doc)) docs.push(doc);
  }
  const profilesOf = docs.map((d) => profileOf(corpus, d));
  const inDocs = (norm: string): boolean => profilesOf.some((p) => p.positions.has(norm));
  const variantInDocs = (norm: string): boolean => norm.length >= 5 && !/\d/.test(norm) && profilesOf.some((p) => p.prefixes.has(norm.slice(0, 5)));

  const tokens = tokenizeCached(analysis.text);
  const norms = tokens.map((t) => t.norm);

  let total = 0;
  let found = 0;
  let novel = 0;
  analysis.content.forEach((t, i) => {
    const w = analysis.weights[i]!;
    total += w;
    if (inDocs(t.norm)) found += w;
    else if (variantInDocs(t.norm)) found += w / 2;
    else novel++;
  });

  const bestProfiles = best ? best.passages.map(passageProfile) : [];
  const passageNorms = bestProfiles.flatMap((p) => p.norms);
  const passageTerms = new Set(passageNorms);
  const passageGrams = new Set<string>();
  for (let i = 0; i + 1 < passageNorms.length; i++) passageGrams.add(passageNorms[i] + ' ' + passageNorms[i + 1]);

  // Capitalised words after the first: names, places, organisations (lower-cased sources have none).
  const passageText = best ? best.passages.map((p) => p.text).join(' ') : '';
  const passageLower = bestProfiles.map((p) => p.lower).join(' ');
  let novelNames = 0;
  let passageNames = 0;
  const seenNames = new Set<string>();
  for (const n of findNames(analysis.text)) {
    const key = n.name.toLowerCase();
    if (seenNames.has(key)) continue;
    seenNames.add(key);
    if (profilesOf.some((p) => p.lower.includes(key))) {
      if (!passageLower.includes(key)) passageNames++;
      continue;
    }
    // A name whose every word appears in the document is a rewording ("Mr Lu" for "Lu Xincai").
    const words = tokenizeCached(n.name).map((t) => t.norm);
    if (words.length && words.every((w) => inDocs(w))) continue;
    novelNames++;
  }

  let novelFigures = 0;
  let passageFigures = 0;
  const passageQuantities = bestProfiles.flatMap((p) => p.quantities);
  for (const q of analysis.quantities) {
    if (!profilesOf.some((p) => p.quantities.some((x) => sameQuantity(q, x)))) novelFigures++;
    else if (!passageQuantities.some((x) => sameQuantity(q, x))) passageFigures++;
  }

  const passageNegated = best ? best.passages.some((p) => /\b(?:not|no|never|n't|cannot|none|nobody|nothing)\b/i.test(p.text) || /n['’]t\b/i.test(p.text)) : false;

  // How much the best source sentence covers on its own.
  const singleCoverage = Math.max(0, ...alignments.filter((a) => a.passages.length === 1).map((a) => a.coverage));
  const subsequence = norms.length ? lcs(norms, passageNorms) / norms.length : 0;
  const pairs = ngramShare(norms, 2, (i) => passageGrams.has(norms[i] + ' ' + norms[i + 1]));
  return {
    passageCoverage: best?.coverage ?? 0,
    documentCoverage: total > 0 ? found / total : 1,
    novelWords: Math.log1p(novel),
    documentBigrams: ngramShare(norms, 2, (i) => profilesOf.some((p) => p.hasRun(norms, i, 2))),
    documentTrigrams: ngramShare(norms, 3, (i) => profilesOf.some((p) => p.hasRun(norms, i, 3))),
    passageBigrams: pairs,
    passageSubsequence: subsequence,
    novelNames: Math.log1p(novelNames),
    novelFigures: Math.log1p(novelFigures),
    figureConflict: conflicts.figure ? 1 : 0,
    nameConflict: conflicts.name ? 1 : 0,
    negationConflict: conflicts.negation ? 1 : 0,
    unmatchedNegation: analysis.negated && !passageNegated ? 1 : 0,
    length: Math.log1p(analysis.content.length),
    passageNames: Math.log1p(passageNames),
    passageFigures: Math.log1p(passageFigures),
    pronounConflict: passageText && pronounConflict(analysis.text, passageText) ? 1 : 0,
    joinedPassages: best && best.passages.length > 1 && subsequence >= 0.7 && singleCoverage < JOINED_SINGLE && !sameActor(norms, best.passages) ? 1 : 0,
    antonymSwap: best && swappedAntonym(norms, passageTerms) ? 1 : 0,
    editedCopy: subsequence >= 0.7 ? Math.log1p(norms.filter((w) => !passageTerms.has(w)).length) : 0,
  };
}
