// Whose a figure is: a prize, a fee or a score the source tells of one person, told of another.
// "The two winners each received $40,000, with Wanjiru also collecting a $5,000 bonus" where the
// report says "with Kiprop collecting an additional $5,000 bonus for the course record" shares
// every figure and most words with its source, and names a person the article names elsewhere.
import type { Corpus } from '../index/corpus.js';
import { SPEECH_VERBS } from '../index/gazetteer.js';
import { findNames, type NameCandidate } from '../index/names.js';
import type { Passage } from '../model.js';
import { sameQuantity, type Quantity } from '../text/numbers.js';
import { namesAlike, type Swap } from './name-swaps.js';
import { passageProfile } from './passage-profile.js';
import type { Alignment } from './support.js';

// Where a clause ends, either side of a figure: the person it is told of stands inside.
const CLAUSE_MARK = /[,;:()—–]/g;
// The figures of a statement weighed, and the passages read for each.
const MOST_FIGURES = 8;
const MOST_PASSAGES = 4;

/**
 * A figure a person may hold: a sum of money, a share, or a count of something ("$5,000", "45
 * percent", "12,209 votes"), not a date or a year (a birth, a deadline) nor a bare number.
 */
function held(q: Quantity): boolean {
  return q.kind === 'money' || q.kind === 'percent' || (q.kind === 'number' && q.unit !== undefined);
}

// How far either side of a figure its clause is read.
const CLAUSE_REACH = 200;

/**
 * The span of the clause of `text` around a figure, between marks of CLAUSE_MARK (or the text's
 * ends), read CLAUSE_REACH characters either side at most.
 */
function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  const from = Math.max(0, start - CLAUSE_REACH);
  let clauseStart = from;
  CLAUSE_MARK.lastIndex = 0;
  const before = text.slice(from, start);
  for (let m = CLAUSE_MARK.exec(before); m; m = CLAUSE_MARK.exec(before)) clauseStart = from + m.index + 1;
  const after = text.slice(end, end + CLAUSE_REACH);
  CLAUSE_MARK.lastIndex = 0;
  const next = CLAUSE_MARK.exec(after);
  return { start: clauseStart, end: next ? end + next.index : Math.min(text.length, end + CLAUSE_REACH) };
}

// Words between a name and a figure that make the figure another's words, not the name's: "Ruiz
// agreed that the £1.2 million bonus ...", "Ruiz said the $40,000 ...".
const REPORTED = new RegExp(`\\b(?:that|${SPEECH_VERBS})\\b`, 'i');

/**
 * The last of these names standing in the clause of a figure, before it, when it is not a
 * speaker whose words give the figure.
 */
function holderOf(text: string, names: readonly NameCandidate[], figure: { start: number; end: number }): NameCandidate | undefined {
  const clause = clauseAround(text, figure.start, figure.end);
  let holder: NameCandidate | undefined;
  for (const n of names) if (n.start >= clause.start && n.end <= figure.start) holder = n;
  return holder && !REPORTED.test(text.slice(holder.end, figure.start)) ? holder : undefined;
}

/**
 * A person the statement tells a figure of, in the figure's clause before it, where an aligned
 * source sentence that does not name that person tells the same figure of another person, in
 * its clause before it: "with Wanjiru also collecting a $5,000 bonus" against "with Kiprop
 * collecting an additional $5,000 bonus". Both are people the document knows as such; and no
 * aligned sentence tells the figure of the statement's person (the figure may be two people's).
 */
export function figureOfAnotherPerson(corpus: Corpus, text: string, figures: readonly Quantity[], aligned: Alignment): Swap | undefined {
  const passages = aligned.passages;
  if (!figures.length || !passages.length) return undefined;
  const docId = passages[0]!.docId;
  // A person as the document settles it ("Carrick Point" has a person's shape), or surely one.
  const person = (n: NameCandidate): boolean => {
    const kind = corpus.findEntity(n.name, docId)?.kind;
    return kind ? kind === 'person' : n.kind === 'person' && n.certain;
  };
  const mine = findNames(text).filter(person);
  if (!mine.length) return undefined;
  const read = passages.slice(0, MOST_PASSAGES);
  for (const q of figures.filter(held).slice(0, MOST_FIGURES)) {
    const holder = holderOf(text, mine, q);
    if (!holder) continue;
    const entity = corpus.findEntity(holder.name, docId);
    const forms = [holder.name, ...(entity ? [entity.name, ...entity.aliases] : [])].map((f) => f.toLowerCase());
    const names = (p: Passage): boolean => forms.some((f) => p.text.toLowerCase().includes(f));
    const withFigure = read.filter((p) => passageProfile(p).quantities.some((t) => sameQuantity(q, t)));
    if (withFigure.some(names)) continue;
    for (const p of withFigure) {
      const theirs = passageProfile(p).names.filter(person);
      // (A hostile sentence may give the figure thousands of times: its first few are read.)
      let matched = 0;
      for (const t of passageProfile(p).quantities) {
        if (!sameQuantity(q, t)) continue;
        if (++matched > MOST_FIGURES) break;
        const rival = holderOf(p.text, theirs, t);
        // (A transcript's speaker, "Anchor:", asks of the figure; holds none.)
        if (!rival || namesAlike(rival.name, holder.name) || /^\s*:/.test(p.text.slice(rival.end))) continue;
        const rivalEntity = corpus.findEntity(rival.name, p.docId);
        if (rivalEntity && entity ? rivalEntity.id === entity.id : rival.name === holder.name) continue;
        return { draft: holder.name, source: rival.name, span: { start: holder.start, end: holder.end }, passage: { passage: p, coverage: aligned.coverage } };
      }
    }
  }
  return undefined;
}
