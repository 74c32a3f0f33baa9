// What one person asked, called or argued, credited to another the article also names. A summary
// that opens "Prosecutor Simon Kettridge asked the judge to consider a suspended sentence" where
// the court report has "She asked the judge ..." of the defence barrister, two paragraphs after
// Kettridge spoke, shares every word but the name with its source, and the name is in the
// article: word overlap calls it supported. The sentence that says the rest names its own actor,
// as a speaker, a quotation's, or a "he" or "she" who is the last person its paragraph named.
import type { Corpus } from '../index/corpus.js';
import { findNames, type NameCandidate } from '../index/names.js';
import { SPEECH_VERBS } from '../index/gazetteer.js';
import type { Passage } from '../model.js';
import { isContentNorm, passageProfile, tokenizeCached } from './passage-profile.js';
import { DESCRIPTION_WORDS, describedReferent, holdsPost, opensDescribed } from './described.js';
import type { Token } from '../text/tokens.js';
import { quotedSpeakers } from './quoted-speakers.js';
import { answerTo, gerundPhrase, namesAlike, sameName, sentenceSaying, type Swap } from './name-swaps.js';
import type { Alignment } from './support.js';
import { speaksAsOfficer } from './officers.js';
import { sameOrRelated } from '../lexicon/index.js';

// What a person does in words, besides saying: asks, calls something something, urges, argues.
const ACTS_IN_WORDS = 'asked|called|urged|argued|pressed|demanded|requested|recommended|proposed|described|praised|criticised|criticized|accused|insisted|promised|pledged|vowed|predicted|conceded|acknowledged|admitted|announced|confirmed|denied|dismissed|rejected|welcomed|defended|questioned';
const VERB_AFTER = new RegExp(`^\\s*(?:,[^,]{1,160},\\s*)?(?:has\\s+|had\\s+|also\\s+)?(?:${SPEECH_VERBS}|${ACTS_IN_WORDS})\\b`, 'iu');

// At most this many words before the name: its title ("Transport Department director").
const MOST_TITLE_WORDS = 5;
// The share of the statement's words after its verb that the passage must have to be the one
// that says it.
const SAYS_THE_REST = 0.5;
// "He" or "she" opening a sentence, perhaps after a short phrase ("Later, she ...").
const OPENING_PRONOUN = /^(?:[^,.]{1,30},\s*)?(?:he|she)\b/iu;

/** The person a statement opens with, before a verb of saying or of asking, and where its verb ends. */
function subjectOf(text: string): { name: NameCandidate; verbEnd: number } | undefined {
  // (Its title may name a body: "Transport Department director Kwame Ellery".)
  const first = findNames(text).find((n) => n.kind === 'person' || n.kind === 'unknown');
  if (!first || !opensStatement(text, first)) return undefined;
  const verb = VERB_AFTER.exec(text.slice(first.end));
  return verb ? { name: first, verbEnd: first.end + verb[0].length } : undefined;
}

/** Whether a name opens the statement: nothing before it but its title, no mark between. */
function opensStatement(text: string, name: NameCandidate): boolean {
  const lead = text.slice(0, name.start);
  return !/[,;:"“”]/u.test(lead) && lead.split(/\s+/).filter(Boolean).length <= MOST_TITLE_WORDS;
}

/** The last person named before a passage in its paragraph: who its opening "he" or "she" is. */
function pronounReferent(corpus: Corpus, p: Passage): string | undefined {
  if (!OPENING_PRONOUN.test(p.text)) return undefined;
  for (let prev = corpus.passageBeside(p, -1), steps = 0; prev && prev.paragraph.start === p.paragraph.start && steps < 10; prev = corpus.passageBeside(prev, -1), steps++) {
    const people = passageProfile(prev).names.filter((n) => n.kind === 'person');
    if (people.length) return people[people.length - 1]!.name;
    // A sentence that opens with its own pronoun goes on about the same person: read on back.
    if (!OPENING_PRONOUN.test(prev.text)) return undefined;
  }
  return undefined;
}

// A body named by what it is, before its verb of saying: "The business council has argued",
// "the opposition says". Not a thing before a passive ("The change was announced by the port
// authority"): the one who acts there comes after "by".
const PASSIVE = '(?!(?:was|were|is|are|be|been|being|get|gets|got|gotten)\\b)';
const BODY = new RegExp(`\\b[Tt]he\\s+((?:${PASSIVE}\\p{Ll}[\\p{L}-]*\\s+){0,2}?${PASSIVE}\\p{Ll}[\\p{L}-]{2,})(?=\\s*(?:,[^,]{1,160},\\s*)?(?:has\\s+|had\\s+|also\\s+)?(?:${SPEECH_VERBS}|${ACTS_IN_WORDS})\\b)`, 'gu');

/**
 * A body the statement opens with ("The business council has argued that ...") where the source
 * sentence that says the rest has another body saying it ("The opposition says you can only
 * close the gap by raising taxes"), and does not name the statement's: one whose words WordNet
 * does not relate to the statement's ("the firm" for "the company" is the same).
 */
function swappedBody(text: string, alignments: readonly Alignment[]): Swap | undefined {
  BODY.lastIndex = 0;
  const mine = BODY.exec(text);
  if (!mine || mine.index > 0) return undefined;
  const words = tokenizeCached(mine[1]!).map((t) => t.norm);
  const verb = VERB_AFTER.exec(text.slice(mine.index + mine[0].length));
  if (!verb) return undefined;
  const best = sayingTheRest(text.slice(mine.index + mine[0].length + verb[0].length), alignments);
  if (!best) return undefined;
  const lower = best.passage.text.toLowerCase();
  if (lower.includes(mine[1]!.toLowerCase())) return undefined;
  BODY.lastIndex = 0;
  for (const theirs of best.passage.text.matchAll(BODY)) {
    const other = tokenizeCached(theirs[1]!).map((t) => t.norm);
    if (other.some((w) => words.some((x) => x === w || sameOrRelated(x, w)))) continue;
    return { draft: `the ${mine[1]}`, source: `the ${theirs[1]}`, span: { start: mine.index, end: mine.index + mine[0].length }, passage: best };
  }
  return undefined;
}

// Alignments read for a sentence that says the rest of a statement opening on a description.
const DESCRIBED_ALIGNMENTS = 3;

/**
 * A description the statement opens on ("The duty manager had worked 15 hours ...") where the
 * source sentence that says the rest opens on "he" or "she" for another the sentence before it
 * describes ("The night porter told investigators that ... . He had worked 15 hours ..."). The
 * statement's description is its opening words that sentence lacks; neither description has a
 * word of the other's or one WordNet relates to it; and the document gives both as descriptions
 * ("the duty manager" elsewhere, "the night porter" more than once), so that each is someone.
 */
function swappedDescribed(corpus: Corpus, text: string, alignments: readonly Alignment[]): Swap | undefined {
  if (!opensDescribed(text)) return undefined;
  const tokens = tokenizeCached(text);
  const seen = new Set<Passage>();
  for (const a of alignments.slice(0, DESCRIBED_ALIGNMENTS)) {
    for (const p of a.passages) {
      if (seen.has(p)) continue;
      seen.add(p);
      const referent = describedReferent(corpus, p);
      if (!referent?.length) continue;
      const terms = passageProfile(p).terms;
      // The statement's description: its words after "The" that the sentence lacks, up to a small word.
      const mine: Token[] = [];
      for (const t of tokens.slice(1)) {
        if (mine.length >= DESCRIPTION_WORDS || !isContentNorm(t.norm) || terms.has(t.norm)) break;
        mine.push(t);
      }
      const rest = tokens.slice(1 + mine.length).filter((t) => isContentNorm(t.norm));
      if (!mine.length || rest.length < 3 || rest.filter((t) => terms.has(t.norm)).length < SAYS_DESCRIBED_REST * rest.length) continue;
      const doc = corpus.getDocument(p.docId);
      if (!doc) continue;
      const lower = doc.text.toLowerCase();
      const theirs = describedIn(lower, referent.map((t) => t.text), 2);
      const ours = describedIn(lower, mine.map((t) => t.text), 1);
      if (!theirs || !ours) continue;
      const theirWords = referent.slice(0, theirs.split(' ').length).map((t) => t.text.toLowerCase());
      if (mine.some((t) => theirWords.some((w) => w === t.text.toLowerCase() || sameOrRelated(w, t.text.toLowerCase())))) continue;
      return { draft: `the ${ours}`, source: `the ${theirs}`, span: { start: 0, end: mine[mine.length - 1]!.end }, passage: { passage: p, coverage: a.coverage } };
    }
  }
  return undefined;
}

// The share of a statement's words after its description that the sentence must have.
const SAYS_DESCRIBED_REST = 0.6;

/**
 * The longest opening of these words that the document (in lower case) writes after "the" at
 * least `times` times ("second officer" of "second officer told investigators"), lower-cased.
 */
function describedIn(lower: string, words: readonly string[], times: number): string | undefined {
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(0, n).join(' ').toLowerCase();
    let found = 0;
    for (let at = lower.indexOf(`the ${phrase}`); at >= 0 && found < times; at = lower.indexOf(`the ${phrase}`, at + 1)) {
      // A whole word: "the master" is not "the mastery".
      if (!/[\p{L}\p{N}]/u.test(lower[at + 4 + phrase.length] ?? '') && !/[\p{L}\p{N}]/u.test(lower[at - 1] ?? '')) found++;
    }
    if (found >= times) return phrase;
  }
  return undefined;
}

/** The source sentence that says what a statement says after its verb (three content words or more). */
function sayingTheRest(rest: string, alignments: readonly Alignment[], corpus?: Corpus): { passage: Passage; coverage: number } | undefined {
  const words = tokenizeCached(rest).filter((t) => isContentNorm(t.norm));
  // (With the corpus, two sentences of one speaker's turn say it together: "a 5% deduction ...
  // brought the value down to about £93,000, still comfortably within Band E" of two sentences
  // of Mr Pargeter's turn, not the Chair's one sentence with the deduction and the value.)
  return words.length < 3 ? undefined : sentenceSaying(words, alignments, corpus, SAYS_THE_REST);
}

/**
 * The statement's opening person, where the source sentence that says the rest of it (its words
 * after the verb) does not name them and has another actor: a speaker, a quotation's, or a
 * pronoun that stands for another person of its paragraph. Or the body it opens with, where
 * that sentence has another body saying it (see swappedBody).
 */
export function swappedSubject(corpus: Corpus, text: string, alignments: readonly Alignment[]): Swap | undefined {
  const subject = subjectOf(text);
  if (!subject) return swappedBody(text, alignments) ?? swappedDescribed(corpus, text, alignments);
  const best = sayingTheRest(text.slice(subject.verbEnd), alignments, corpus);
  if (!best) return undefined;
  const p = best.passage;
  const mine = subject.name.name;
  const entity = corpus.findEntity(mine, p.docId);
  const forms = entity ? [entity.name, ...entity.aliases] : [mine];
  const lower = p.text.toLowerCase();
  // The sentence names the statement's person: it is theirs to weigh, not this check's.
  if (forms.some((f) => lower.includes(f.toLowerCase())) || tokenizeCached(mine).some((t) => t.text.length > 2 && lower.includes(t.text.toLowerCase()))) return undefined;
  // Nor where it asks and the next sentence, the answer, names them.
  const answer = answerTo(corpus, p);
  if (answer && forms.some((f) => answer.includes(f.toLowerCase()))) return undefined;
  const actors = [
    ...passageProfile(p).names.filter((n) => n.kind === 'person' && !gerundPhrase(n.name) && VERB_AFTER.test(p.text.slice(n.end))).map((n) => n.name),
    ...quotedSpeakers(corpus, p),
    pronounReferent(corpus, p),
  ].filter((n): n is string => !!n);
  const rival = actors.find((t) => {
    if (namesAlike(t, mine) || sameName(t, mine, entity?.aliases ?? [])) return false;
    const theirs = corpus.findEntity(t, p.docId);
    if (theirs && entity ? theirs.id === entity.id : false) return false;
    // A post the source credits ("the Chair wrote") that the statement's person holds.
    if (holdsPost(corpus, t, mine, text, p.docId)) return false;
    // An organisation's officer speaking for it ("Harbourline Foods reported" what its chief
    // executive says in his turn).
    return !speaksAsOfficer(corpus, p.docId, t, [p], mine);
  });
  if (!rival) return undefined;
  return { draft: mine, source: rival, span: { start: subject.name.start, end: subject.name.end }, passage: best };
}

// A person opening a statement, then perhaps what they are (", who will study ... ,"), then a
// verb in the past: "Callum Reay, who will study aerospace engineering, built a sensor".
const DOER_VERB = /^\s*(?:,[^,]{1,160},\s*)?(?:also\s+)?(\p{Ll}+ed|built|made|wrote|won|took|found|led|ran|gave|brought|caught|drew|set|put|held|kept|left|began|saw|sold|bought|paid|told)\b/u;
// How much of the rest of the statement the sentence that tells the deed must have.
const TELLS_THE_DEED = 0.75;

/**
 * What one person did, credited to another the source names beside them: "Callum Reay, who will
 * study aerospace engineering, built a flood-warning sensor" where the source's sentence is "She
 * built a flood-warning sensor ..." after a sentence naming Keira Ashworth. The sentence that
 * tells the deed (three words or more of the statement's after its verb, most of them) opens with
 * "he" or "she" for the last person its paragraph named, another person, and does not name the
 * statement's.
 */
export function deedOfAnother(corpus: Corpus, text: string, alignments: readonly Alignment[]): Swap | undefined {
  const first = findNames(text).find((n) => n.kind === 'person');
  if (!first || !opensStatement(text, first)) return undefined;
  const verb = DOER_VERB.exec(text.slice(first.end));
  if (!verb) return undefined;
  const words = tokenizeCached(text.slice(first.end + verb[0].length - verb[1]!.length)).filter((t) => isContentNorm(t.norm));
  if (words.length < 3) return undefined;
  const best = sentenceSaying(words, alignments, undefined, TELLS_THE_DEED);
  if (!best || !OPENING_PRONOUN.test(best.passage.text)) return undefined;
  const p = best.passage;
  const lower = p.text.toLowerCase();
  if (tokenizeCached(first.name).some((t) => t.text.length > 2 && lower.includes(t.text.toLowerCase()))) return undefined;
  const referent = pronounReferent(corpus, p);
  if (!referent || namesAlike(referent, first.name) || sameName(referent, first.name, [])) return undefined;
  const entity = corpus.findEntity(first.name, p.docId);
  const theirs = corpus.findEntity(referent, p.docId);
  if (entity && theirs && entity.id === theirs.id) return undefined;
  return { draft: first.name, source: referent, span: { start: first.start, end: first.end }, passage: best };
}
