// What the checker reads off a source sentence (its words, names, figures), computed once per
// passage: many statements align with the same passages, and each alignment reads them often.
import { findNames, type NameCandidate } from '../index/names.js';
import type { Passage } from '../model.js';
import { findQuantities, type Quantity } from '../text/numbers.js';
import { normalizeWord, type Token } from '../text/tokens.js';

export interface PassageProfile {
  tokens: Token[];
  norms: string[];
  terms: Set<string>;
  lower: string;
  quantities: Quantity[];
  names: NameCandidate[];
}

const profiles = new WeakMap<Passage, PassageProfile>();

// The same word as tokenize() matches. Normalising a word (case, accents, stem) is the costly
// part of tokenising, and a news source repeats its words, so forms are remembered.
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;
const NORMS_KEPT = 100_000;
const norms = new Map<string, string>();

function normOf(word: string): string {
  let norm = norms.get(word);
  if (norm === undefined) {
    if (norms.size >= NORMS_KEPT) norms.clear();
    norms.set(word, (norm = normalizeWord(word)));
  }
  return norm;
}

/** tokenize() with remembered word forms. */
export function tokenizeCached(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text))) {
    const word = match[0];
    tokens.push({ text: word, norm: normOf(word), start: match.index, end: match.index + word.length });
  }
  return tokens;
}

/**
 * The normalised words of a passage, as its profile has them, without building the profile:
 * a document's vocabulary reads every passage, the alignment only a few.
 */
export function normsOfPassage(p: Passage): string[] {
  const profile = profiles.get(p);
  if (profile) return profile.norms;
  const out: string[] = [];
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(p.text))) out.push(normOf(match[0]));
  return out;
}

export function passageProfile(p: Passage): PassageProfile {
  let profile = profiles.get(p);
  if (!profile) {
    const tokens = tokenizeCached(p.text);
    const norms = tokens.map((t) => t.norm);
    let quantities: Quantity[] | undefined;
    let names: NameCandidate[] | undefined;
    profile = {
      tokens, norms, terms: new Set(norms), lower: p.text.toLowerCase(),
      // Figures and names are only needed for the few passages a statement aligns with best.
      get quantities() {
        return (quantities ??= findQuantities(p.text));
      },
      get names() {
        return (names ??= findNames(p.text));
      },
    };
    profiles.set(p, profile);
  }
  return profile;
}
