// What the checker reads off a source sentence (its words, names, figures), computed once per
// passage: many statements align with the same passages, and each alignment reads them often.
import { foldForComparison, isAscii } from '../text/fold.js';
import { findNames, type NameCandidate } from '../index/names.js';
import type { Passage } from '../model.js';
import { findQuantities, type Quantity } from '../text/numbers.js';
import { nextWordStart, normalizeWord, STOPWORDS, wordEnd, wordForms, writtenWord, writtenWordAt, writtenWordNorm, type Token } from '../text/tokens.js';

export interface PassageProfile {
  readonly tokens: readonly Token[];
  readonly norms: string[];
  readonly terms: Set<string>;
  /** Whether the passage reports someone saying, thinking or writing something ("said", "according to"). */
  readonly reports: boolean;
  readonly lower: string;
  readonly quantities: Quantity[];
  readonly names: NameCandidate[];
}

const profiles = new WeakMap<Passage, PassageProfile>();

// The same words as tokenize() finds. Normalising a word (case, accents, stem) is the costly
// part of tokenising, and a news source repeats its words, so forms are remembered (with the
// index's, which meets the same words).
function normOf(word: string): string {
  return wordForms(word).norm;
}

// A statement is tokenised by several checks in turn (negation, features, opposite words), with
// its passages' texts and names between them: the last few texts are remembered (with 4, a third
// of the texts tokenised in 'score' had been tokenised before; with 16, a tenth).
const RECENT_TEXTS = 16;
const recentTexts: string[] = [];
const recentTokens: (readonly Token[])[] = [];

/**
 * tokenize() with remembered word forms. The tokens are shared: read them, never change them.
 * `norms`, when known, are the text's words normalised (its profile's).
 */
export function tokenizeCached(text: string, norms?: readonly string[]): readonly Token[] {
  for (let i = 0; i < recentTexts.length; i++) if (recentTexts[i] === text) return recentTokens[i]!;
  const tokens = tokenizeText(text, norms);
  if (recentTexts.length >= RECENT_TEXTS) {
    recentTexts.pop();
    recentTokens.pop();
  }
  recentTexts.unshift(text);
  recentTokens.unshift(tokens);
  return tokens;
}

function tokenizeText(text: string, norms?: readonly string[]): Token[] {
  const tokens: Token[] = [];
  const ascii = isAscii(text);
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEnd(text, start);
    const id = writtenWordAt(text, start, end);
    const word = writtenWord(id);
    tokens.push({ text: ascii ? word : foldForComparison(word), norm: norms ? norms[tokens.length]! : writtenWordNorm(id), start, end });
    start = nextWordStart(text, end);
  }
  return tokens;
}

/**
 * The normalised words of a passage, as its profile has them: a document's vocabulary reads
 * every passage, and the alignment then reads the same passages again.
 */
export function normsOfPassage(p: Passage): string[] {
  return passageProfile(p).norms;
}

/** The normalised words of a passage's text, as `normsOfPassage` would find them for a passage not made yet. */
export function normsOfText(text: string): string[] {
  return normsOf(text);
}

/**
 * The words of a hyphenated compound, each normalised ("China-dominated" -> china, dominat), or
 * undefined for a word without one: "supply chains dominated by China" says what a
 * "China-dominated" one does, and the reverse.
 */
export function compoundParts(norm: string): string[] | undefined {
  const hyphened = norm.includes('-') && /\p{L}-\p{L}/u.test(norm);
  // A dotted name of code or a site: "driftwood.legacy.cron" has "legacy" and "cron".
  const dotted = !hyphened && norm.includes('.') && /\p{L}{2}\.\p{L}{2}/u.test(norm);
  if (!hyphened && !dotted) return undefined;
  const parts = norm.split(hyphened ? '-' : '.').filter((p) => p.length > 1 && /\p{L}/u.test(p)).map(normOf);
  return parts.length > 1 ? parts : undefined;
}

// Verbs that report what someone says or thinks, without adding to it: a statement may say
// "analysts believe" where its passage says "analysts noted". Verbs that are also content
// ("added 10 items", "announced investments", "states") are not among them.
const SAYING = new Set([
  'say', 'says', 'said', 'tell', 'tells', 'told', 'explain', 'explains', 'explained', 'warn', 'warns', 'warned',
  'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'stress', 'stresses', 'stressed', 'emphasise',
  'emphasised', 'emphasises', 'emphasize', 'emphasized', 'emphasizes', 'suggest', 'suggests', 'suggested',
  'believe', 'believes', 'believed', 'think', 'thinks', 'according', 'comment', 'commented', 'comments',
  'remark', 'remarked', 'noted', 'ask', 'asks', 'asked',
].map((w) => normalizeWord(w)));

// A turn of an interview or a transcript ("A: ...", "MARIA LOPEZ: ...") or a quotation: what the
// passage says, somebody said. (A label in mixed case may be a field's: "From: Helen Marsh".)
const SPOKEN = /^\s*(?:[QA]|\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3}):\s|["“”]/u;

/** Whether a normalised word is a verb of saying or thinking (see SAYING). */
export function isSaying(norm: string): boolean {
  return SAYING.has(norm);
}

/** Whether a normalised word carries content: three letters or more, and no stop word. */
export function isContentNorm(norm: string): boolean {
  return norm.length > 2 && !STOPWORDS.has(norm);
}

/** The content words of a text, normalised (see isContentNorm). */
export function contentWords(text: string): Set<string> {
  return new Set(tokenizeCached(text).filter((t) => isContentNorm(t.norm)).map((t) => t.norm));
}

/** How many of the words of `mine` `theirs` has. */
export function sharedWords(mine: ReadonlySet<string>, theirs: ReadonlySet<string>): number {
  let n = 0;
  for (const w of mine) if (theirs.has(w)) n++;
  return n;
}

/** Whether a set of words has a word, or every word of its compound. */
export function hasWord(terms: { has(word: string): boolean }, norm: string): boolean {
  if (terms.has(norm)) return true;
  const parts = compoundParts(norm);
  return parts !== undefined && parts.every((p) => terms.has(p));
}

function normsOf(text: string): string[] {
  const out: string[] = [];
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEnd(text, start);
    out.push(writtenWordNorm(writtenWordAt(text, start, end)));
    start = nextWordStart(text, end);
  }
  return out;
}

/**
 * Words first; tokens with offsets, the word set, the lower-cased text, figures and names on
 * first use: the alignment weighs many passages by their words and reads the rest of only a few.
 */
class LazyProfile implements PassageProfile {
  readonly norms: string[];
  private tokenList?: readonly Token[];
  private termSet?: Set<string>;
  private reportsFlag?: boolean;
  private lowerText?: string;
  private quantityList?: Quantity[];
  private nameList?: NameCandidate[];

  constructor(private readonly passage: Passage, norms?: string[]) {
    this.norms = norms ?? normsOf(passage.text);
  }

  get tokens(): readonly Token[] {
    return (this.tokenList ??= tokenizeCached(this.passage.text, this.norms));
  }

  get terms(): Set<string> {
    if (this.termSet) return this.termSet;
    const terms = new Set(this.norms);
    for (const norm of this.norms) {
      const parts = compoundParts(norm);
      if (parts) for (const part of parts) terms.add(part);
    }
    return (this.termSet = terms);
  }

  get reports(): boolean {
    return (this.reportsFlag ??= this.norms.some(isSaying) || SPOKEN.test(this.passage.text));
  }

  get lower(): string {
    return (this.lowerText ??= this.passage.text.toLowerCase());
  }

  get quantities(): Quantity[] {
    return (this.quantityList ??= findQuantities(this.passage.text));
  }

  get names(): NameCandidate[] {
    return (this.nameList ??= findNames(this.passage.text));
  }
}

/**
 * Gives a passage's profile the normalised words its indexing found (every word, in order, as
 * `normsOfPassage` would find them), so they are not found again. No effect once it has one.
 */
export function primePassageProfile(p: Passage, norms: string[]): void {
  if (!profiles.has(p)) profiles.set(p, new LazyProfile(p, norms));
}

export function passageProfile(p: Passage): PassageProfile {
  let profile = profiles.get(p);
  if (!profile) profiles.set(p, (profile = new LazyProfile(p)));
  return profile;
}
