// Two things said of two names, each of the other's: "Evacuees can shelter at the county
// fairgrounds, while Ridgeline High School is accepting large animals" where the update says "An
// evacuation shelter is open at Ridgeline High School. The county fairgrounds are accepting large
// animals." Every word is the source's, and so is each pairing's half: only which goes with which
// is wrong. The name's own sentence says the other clause's words and none of its own, and
// another sentence says its own clause's words with a word of the other clause's.
import { findNames } from '../index/names.js';
import { SPEECH_VERBS } from '../index/gazetteer.js';
import type { Corpus } from '../index/corpus.js';
import type { Passage } from '../model.js';
import { contentWords, passageProfile, sharedWords, tokenizeCached } from './passage-profile.js';
import type { Swap } from './name-swaps.js';
import { alignedDocuments, type Alignment } from './support.js';
import { shorten } from '../text/shorten.js';

// Where a statement sets two clauses side by side.
const BESIDE = /,\s*(?:while|whereas)\s+|;\s+|,\s*but\s+|,\s*and\s+/u;
// How far apart, in sentences, the two whose halves are crossed may stand.
const NEIGHBOURS = 2;
// A verb of saying right after a name.
const SPEAKS = new RegExp(`^\\s*(?:,[^,]{1,80},\\s*)?(?:${SPEECH_VERBS})\\b`, 'iu');
// How much of each of the two source sentences the message quotes.
const SAID_CHARS = 120;

/** A clause's content words, figures as written among them, without a name's words. */
function clauseWords(clause: string, nameWords: ReadonlySet<string>): Set<string> {
  return new Set([...contentWords(clause)].filter((w) => !nameWords.has(w)));
}

/**
 * A name of one of the statement's two clauses whose sentences in the source say the other
 * clause's words (at least one) and none of its own, where another sentence says most of its own
 * clause's words and a word of the other's: the two clauses' halves crossed.
 */
export function crossedClauses(corpus: Corpus, text: string, alignments: readonly Alignment[]): Swap | undefined {
  const join = BESIDE.exec(text);
  if (!join) return undefined;
  const clauses = [{ start: 0, end: join.index }, { start: join.index + join[0].length, end: text.length }];
  // (A capitalised word opening the statement may be no name.)
  const names = findNames(text).filter((n) => n.kind !== 'unknown' || /\s/.test(n.name) || n.start > 0);
  const documents = alignedDocuments(corpus, alignments);
  if (!documents.length) return undefined;
  const passages = documents.flat();
  // A document's title (its first passage) names its topic, not a thing of one clause.
  const titles = new Set(documents.map((d) => d[0]?.index));
  for (const [k, clause] of clauses.entries()) {
    const other = clauses[1 - k]!;
    const inClause = names.filter((n) => n.start >= clause.start && n.end <= clause.end);
    if (inClause.length !== 1) continue;
    const name = inClause[0]!;
    // A speaker ("Davis said ...") reports both clauses; what is crossed is what two things do.
    if (SPEAKS.test(text.slice(name.end, name.end + 40))) continue;
    const nameWords = new Set(tokenizeCached(name.name).map((t) => t.norm));
    // (Words both clauses have, "percent" of two shares, tell neither apart.)
    const own = clauseWords(text.slice(clause.start, clause.end), nameWords);
    const theirs = clauseWords(text.slice(other.start, other.end), nameWords);
    for (const w of [...own]) if (theirs.delete(w)) own.delete(w);
    if (own.size < 2 || theirs.size < 2) continue;
    // The name as written, as the index knows it, or by its first word ("Meridian" for
    // "Meridian Terminal Services").
    const entity = corpus.findEntity(name.name, passages[0]!.docId);
    const forms = [name.name, ...(entity ? [entity.name, ...entity.aliases] : []), ...(/\s/.test(name.name) ? [name.name.split(/\s+/)[0]!] : [])].filter((f) => f.length >= 4);
    const named = passages.filter((p) => !titles.has(p.index) && forms.some((f) => p.text.includes(f)));
    if (!named.length) continue;
    // The name's sentences say none of its clause's words, and some of the other clause's.
    const terms = named.map((p) => passageProfile(p).terms);
    if (terms.some((t) => sharedWords(own, t) > 0) || !terms.some((t) => sharedWords(theirs, t) > 0)) continue;
    // Another sentence says the clause's words, with a word of the other clause's.
    // (Its neighbour: two sentences told side by side, their halves crossed.)
    // (Passages by their place in the corpus: each document's are numbered in a row.)
    const namedAt = new Map(named.map((p) => [p.index, p]));
    const besideNamed = (p: Passage): Passage | undefined => {
      for (let step = -NEIGHBOURS; step <= NEIGHBOURS; step++) {
        const q = step ? namedAt.get(p.index + step) : undefined;
        if (q && q.docId === p.docId) return q;
      }
      return undefined;
    };
    const crossed = passages.find((p) => {
      if (namedAt.has(p.index) || !besideNamed(p)) return false;
      const t = passageProfile(p).terms;
      return sharedWords(own, t) * 2 >= own.size && sharedWords(theirs, t) > 0;
    });
    if (!crossed) continue;
    const beside = besideNamed(crossed)!;
    const said = [beside, crossed].sort((a, b) => a.index - b.index) as Passage[];
    return { draft: name.name, source: name.name, span: { start: name.start, end: name.end }, reversed: said.map((p) => shorten(p.text, SAID_CHARS, '...')).join(' ') };
  }
  return undefined;
}
