// Names in another's place: a person (also by surname alone), place or organisation, a speaker,
// a title or an outlet where the aligned source sentence has another, standing where the
// statement's stands.
import type { Corpus } from '../index/corpus.js';
import { namesWhere } from './features.js';
import { nameByInitials } from './initials.js';
import { entityKey } from '../index/entities.js';
import { SPEECH_VERBS, TITLE_WORDS } from '../index/gazetteer.js';
import { appositiveRole, findNames, FORM_OF_ADDRESS, type NameCandidate } from '../index/names.js';
import type { Entity, Passage, Span } from '../model.js';
import { normalizeWord, STOPWORDS } from '../text/tokens.js';
import { areOpposites, placeKey, relation, sameOrRelated } from '../lexicon/index.js';
import { contentWords, isSaying, passageProfile, sharedWords, tokenizeCached } from './passage-profile.js';
import { quotedSpeakers } from './quoted-speakers.js';
import { holdsPost } from './described.js';
import { officerOf, speaksAsOfficer } from './officers.js';
import type { Alignment } from './support.js';
import { partitionPoint } from '../bisect.js';

/** Coverage above which a statement is taken to talk about the same thing as its passage. */
export const ALIGNED = 0.6;

/** A name, speaker, title or outlet where the source has another; `passage` is where, when not the best aligned. */
export interface Swap {
  draft: string;
  source: string;
  span: Span;
  passage?: { passage: Passage; coverage: number };
  /** The speaker made the actor: the passage's words from the other subject on ("he was back home ..."). */
  reported?: string;
  /** Two names the other way round: the passage's words from its first name to its second ("Ruiz pressed Pell"). */
  reversed?: string;
}

export function sameName(written: string, name: string, aliases: string[]): boolean {
  const key = untitled(entityKey(written));
  return [name, ...aliases].some((n) => {
    const theirs = untitled(entityKey(n));
    return theirs === key || theirs.split(' ').includes(key);
  });
}

/** Whether two names name one person, either being the other's short form ("Feldman", "Ruth Feldman"). */
export function namesAlike(a: string, b: string): boolean {
  return sameName(a, b, []) || sameName(b, a, []);
}

// Titles a name may open with ("CEO Samuel Adeyemi", a transcript's label; "Dr. Ingrid Solberg"),
// in a name's key (lower case).
const TITLE_KEYS: ReadonlySet<string> = new Set([...TITLE_WORDS].map((w) => w.toLowerCase()).concat(['cfo', 'coo', 'cto', 'cio']));

/** A name's key without the titles it opens with: "ceo samuel adeyemi" is "samuel adeyemi". */
function untitled(key: string): string {
  const words = key.split(' ');
  let i = 0;
  while (i < words.length - 1 && TITLE_KEYS.has(words[i]!.replace(/\.$/, ''))) i++;
  return i ? words.slice(i).join(' ') : key;
}

// "Zhou Mi told the Global Times", "Gao said", "Zhou Mi, a senior researcher ..., told": the
// speech verbs the quote and name finders know.
const SPEECH_AFTER = new RegExp(`^\\s*(?:,[^,]{1,160},\\s*|,\\s*)?(?:${SPEECH_VERBS})\\b`, 'i');

const SPEECH_BEFORE = /\baccording to\s*$/i;

// Any verb of saying, anywhere: a statement that reports speech credits it, it does not act.
const SPEECH_WORD = new RegExp(`\\b(?:${SPEECH_VERBS})\\b|\\baccording to\\b`, 'i');

// A sentence's capitalised opening that is an act, not a name: "Rerouting the PBX adds cost".
const GERUND_PHRASE = /^\p{Lu}\p{Ll}{2,}ing\s+(?:the|a|an|its|their|our|this|these|those)\s/u;

/** Whether a name found is a gerund's phrase ("Rerouting the PBX", "Closing a depot"), no one's name. */
export function gerundPhrase(name: string): boolean {
  return GERUND_PHRASE.test(`${name} `);
}

// The aside after a speaker's name, up to the verb of saying: ", managing director of Pennant Buses,".
const APPOSITIVE = new RegExp(`^\\s*,[^,]{1,160},\\s*(?:${SPEECH_VERBS})\\b`, 'i');

/**
 * The people a text says spoke, with where their names stand. A name in the aside of a speaker
 * before it ("Gareth Mynott, managing director of Pennant Buses, said") is what the speaker is
 * of, not another speaker.
 */
function speakers(text: string, names: readonly { name: string; kind: string; start: number; end: number }[]): { name: string; start: number; end: number }[] {
  const found = names.filter((n) => (n.kind === 'person' || n.kind === 'unknown') && !gerundPhrase(n.name)
    && (SPEECH_AFTER.test(text.slice(n.end, n.end + 200)) || SPEECH_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start))));
  return found.filter((n) => !found.some((m) => {
    if (m.end >= n.start) return false;
    const aside = APPOSITIVE.exec(text.slice(m.end, m.end + 200));
    return aside !== null && m.end + aside[0].length > n.end;
  }));
}

/**
 * The source sentence, of the best alignments', that has the most of these words (the statement's
 * words besides a name or an outlet): the one that says the rest, when it covers enough of them
 * (`least`: the share of them it must have).
 */
export function sentenceSaying(words: readonly { norm: string }[], alignments: readonly Alignment[], corpus?: Corpus, least = ALIGNED): { passage: Passage; coverage: number } | undefined {
  let best: { passage: Passage; coverage: number } | undefined;
  const seen = new Set<number>();
  const share = (has: (norm: string) => boolean): number => (words.length ? words.filter((t) => has(t.norm)).length / words.length : 0);
  for (const a of alignments.slice(0, 5)) {
    for (const p of a.passages) {
      if (seen.has(p.index)) continue;
      seen.add(p.index);
      const terms = passageProfile(p).terms;
      const coverage = share((norm) => terms.has(norm));
      if (!best || coverage > best.coverage) best = { passage: p, coverage };
    }
    // Two sentences of one speaker's turn or quotation say it together ("I want to ask about
    // Greenway's record. Last year they finished the library parking lot three months late.").
    if (corpus && a.passages.length === 2) {
      const [first, second] = a.passages as [Passage, Passage];
      const speaker = quotedSpeakers(corpus, first);
      if (!speaker.length || !quotedSpeakers(corpus, second).some((name) => speaker.includes(name))) continue;
      const [x, y] = [passageProfile(first).terms, passageProfile(second).terms];
      const coverage = share((norm) => x.has(norm) || y.has(norm));
      if (!best || coverage > best.coverage) best = { passage: first, coverage };
    }
  }
  return best && best.coverage >= least ? best : undefined;
}

/**
 * What one person said, credited to another: the statement says X told an outlet (or said)
 * what the aligned source sentence has Y telling it, and that sentence does not name X. The
 * sentence is the one that best covers the rest of the statement.
 */
export function swappedSpeaker(corpus: Corpus, text: string, alignments: Alignment[], antecedent?: string): { draft: string; source: string; span: Span } | undefined {
  const mine = speakers(text, findNames(text));
  // "He said ...": the person the draft named before, standing where the pronoun does.
  const opening = antecedent && !mine.length ? /^(?:he|she)\b/i.exec(text) : null;
  if (opening) mine.push({ name: antecedent!, start: 0, end: opening[0].length });
  if (!mine.length) return undefined;
  const speakerWords = new Set(mine.flatMap((n) => tokenizeCached(n.name).map((t) => t.norm)));
  // What was said: the statement's words but the speaker's, its verb of saying and small words.
  const best = sentenceSaying(tokenizeCached(text).filter((t) => !speakerWords.has(t.norm) && t.norm.length > 2 && !isSaying(t.norm) && !STOPWORDS.has(t.norm)), alignments, corpus);
  if (!best) return undefined;
  const passage = best.passage;
  let theirs: { name: string }[] = speakers(passage.text, passageProfile(passage).names);
  // A sentence of a quotation or of a transcript's turn is its speaker's, named or not in it.
  if (!theirs.length) {
    theirs = quotedSpeakers(corpus, passage).map((name) => ({ name }));
  }
  if (!theirs.length) return undefined;
  const lower = passage.text.toLowerCase();
  // A question's words answered in the next sentence are the answer's too: "Mrs Kowalczyk asked
  // whether residents ... would be offered temporary accommodation. Ms Tiller said this would be
  // considered case by case."
  const answer = answerTo(corpus, passage);
  for (const m of mine) {
    const entity = corpus.findEntity(m.name, passage.docId);
    const forms = entity ? [entity.name, ...entity.aliases] : [m.name];
    if (forms.some((f) => lower.includes(f.toLowerCase()) || answer?.includes(f.toLowerCase()))) continue;
    const rival = theirs.find((t) => {
      // "Lindqvist" is the surname of the passage's "Maria Lindqvist", whatever the entities say.
      if (sameName(t.name, m.name, entity?.aliases ?? []) || sameName(m.name, t.name, [])) return false;
      // A post ("the Chair wrote") the person named holds.
      if (holdsPost(corpus, t.name, m.name, text, passage.docId)) return false;
      // An organisation credited with what its officer says for it ("Harbourline Foods reported"
      // where its chief executive speaks at its meeting).
      if (officerOf(corpus, passage.docId, t.name, m.name)) return false;
      const rivalEntity = corpus.findEntity(t.name, passage.docId);
      // Neither known to the index (a transcript's speakers): their names tell them apart.
      return rivalEntity || entity ? rivalEntity?.id !== entity?.id : !sameName(m.name, t.name, []);
    });
    if (rival) return { draft: opening && m === mine[0] ? `${m.name} ("${opening[0]}")` : m.name, source: rival.name, span: { start: m.start, end: m.end } };
  }
  return undefined;
}

const ASKED = /\b(?:asked|queried|wanted\s+to\s+know)\b/i;
// A question put in the asker's own words: a transcript's "Owen Pryce: ... Should that be returned?"
const QUESTION_MARK = /\?["'”’)]*\s*$/;

// How many sentences on in its line a passage's question may be put ("The Department paid a
// bonus of £1.2 million last year. Should that be returned?").
const QUESTION_REACH = 2;

/**
 * Where a passage asks a question, or a sentence after it on its line (a transcript's turn) does,
 * the sentence after the question (lower-cased): its answer. A question in the next turn is
 * another speaker's.
 */
export function answerTo(corpus: Corpus, passage: Passage): string | undefined {
  let asking: Passage | undefined = passage;
  for (let k = 0; asking && !ASKED.test(asking.text) && !QUESTION_MARK.test(asking.text); k++) {
    const next: Passage | undefined = k < QUESTION_REACH ? corpus.passageBeside(asking, 1) : undefined;
    const text: string | undefined = next && corpus.getDocument(next.docId)?.text;
    asking = next && text !== undefined && next.docId === asking.docId && !text.slice(asking.span.end, next.span.start).includes('\n') ? next : undefined;
  }
  return asking && corpus.passageBeside(asking, 1)?.text.toLowerCase();
}

// The subject of what a speaker reports: "said (later in the day) that he was back home". A
// pronoun may be the speaker ("Landau said he hopes"), so it counts only where the speaker speaks
// for someone: "Angela Moore, a publicist for Claudette King, said ... that he was back home".
const REPORTED_PRONOUN = /^(?:he|she|they|his|her|their)$/i;
const SPEAKS_FOR = /\b(?:spokes(?:person|man|woman)|publicist|representative|lawyer|attorney|agent|aide|manager)\b/i;

// "said that the so-called alliance reflected ...": a thing, named with "the", reported on.
const THING_REPORTED = /^(?:the|this|these|those|its|their)$/i;

/**
 * The subject of a reported clause that is a thing, not a person: "that the so-called alliance"
 * right before the reported words (at `at`), after "that".
 */
function thingReported(tokens: readonly { text: string; start: number }[], at: number): { text: string; start: number } | undefined {
  for (let k = at - 2; k >= Math.max(0, at - 5); k--) {
    if (tokens[k]!.text.toLowerCase() !== 'that') continue;
    const first = tokens[k + 1]!;
    return THING_REPORTED.test(first.text) ? { text: tokens.slice(k + 1, at).map((t) => t.text).join(' '), start: first.start } : undefined;
  }
  return undefined;
}

/**
 * What someone said of another, made their own doing: "Angela Moore was back home resting"
 * where the source has "Angela Moore, a publicist for Claudette King, said ... that he was back
 * home resting", or "Moore said King was back home". The statement names the speaker and says
 * nothing of saying; the passage has the speaker's verb of saying before the words the statement
 * gives them, with another subject right before those words.
 */
export function speakerMadeActor(text: string, passages: Passage[]): Swap | undefined {
  if (SPEECH_WORD.test(text)) return undefined;
  const names: { name: string; start: number; end: number }[] = findNames(text).filter((n) => n.kind === 'person' || n.kind === 'unknown');
  // A surname opening the statement reads like any capitalised first word; it is a name here
  // when the passage has a speaker of that name.
  const first = /^\p{Lu}[\p{L}'’-]+/u.exec(text);
  if (first && !names.some((n) => n.start === 0)) names.unshift({ name: first[0], start: 0, end: first[0].length });
  // Each passage's speakers, and the one a name is, are found once.
  const speakersOf = new Map<Passage, { name: string; start: number; end: number }[]>();
  const speakersIn = (p: Passage): { name: string; start: number; end: number }[] => {
    let found = speakersOf.get(p);
    if (!found) speakersOf.set(p, (found = speakers(p.text, passageProfile(p).names)));
    return found;
  };
  // A statement written all in lower case ("angela moore was back home") names no one by its
  // capitals: its opening words are a name where they are a passage's speaker's, as written there.
  if (!/\p{Lu}/u.test(text)) {
    const opening = text.toLowerCase();
    for (const p of passages) {
      const speaker = speakersIn(p).find((s) => s.name.includes(' ') && opening.startsWith(`${s.name.toLowerCase()} `));
      if (speaker) {
        names.unshift({ name: speaker.name, start: 0, end: speaker.name.length });
        break;
      }
    }
  }
  // The statement's content words, in order: a statement may name thousands, and each name's
  // first two words after it are found by bisection.
  const words = tokenizeCached(text).filter((t) => !STOPWORDS.has(t.text.toLowerCase()));
  const speakerNamed = new Map<string, { name: string; start: number; end: number } | undefined>();
  for (const n of names) {
    // The words the statement says of the person: its content words after the name.
    const next = partitionPoint(words.length, (i) => words[i]!.start >= n.end);
    const said = words.slice(next, next + 2);
    if (said.length < 2) continue;
    for (const p of passages) {
      const theirSpeakers = speakersIn(p);
      const key = `${p.index}\u0000${n.name}`;
      if (!speakerNamed.has(key)) speakerNamed.set(key, theirSpeakers.find((s) => sameName(s.name, n.name, [])));
      const speaker = speakerNamed.get(key);
      if (!speaker) continue;
      const theirs = passageProfile(p).tokens;
      // Where the passage gives the statement's first two words after the name, in order.
      const at = theirs.findIndex((t, i) => t.start > speaker.end && t.norm === said[0]!.norm && theirs.slice(i + 1, i + 4).some((u) => u.norm === said[1]!.norm));
      if (at < 1) continue;
      const before = theirs.slice(Math.max(0, at - 3), at);
      const between = p.text.slice(speaker.end, theirs[at]!.start);
      if (!SPEECH_WORD.test(between)) continue;
      const other = passageProfile(p).names.find((m) => m.start > speaker.end && m.end <= theirs[at]!.start && m.start >= before[0]!.start && !sameName(m.name, n.name, []));
      const pronoun = SPEAKS_FOR.test(between) ? before.find((t) => REPORTED_PRONOUN.test(t.text)) : undefined;
      const subject = other ? { text: other.name, start: other.start } : pronoun ?? thingReported(theirs, at);
      if (!subject) continue;
      return { draft: n.name, source: subject.text, span: { start: n.start, end: n.end }, passage: { passage: p, coverage: 1 }, reported: p.text.slice(subject.start) };
    }
  }
  return undefined;
}

// Who heard it: "told the Global Times", "told Reuters", "told politico.com" (a name, or a site).
const TOLD = /\btold\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}.&'’-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*)*|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|news|info|io|[a-z]{2}))\b/gu;

/** The outlets a text says someone told, with where they stand. */
function outletsTold(text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(TOLD)) {
    const name = m[1]!.replace(/['’]s?$/, '');
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ name, start, end: start + name.length });
  }
  return out;
}

/** "Politico", "politico.com" and "POLITICO" are one outlet; "the Global Times" and "Global Times" too. */
function outletKey(name: string): string {
  return name.toLowerCase().replace(/^www\./, '').replace(/\.(?:com|org|net|news|info|io|[a-z]{2})$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * What someone told one outlet, credited to another: "Helberg told the Global Times" where the
 * source sentence that says the rest has him telling politico.com. Only where that sentence says
 * whom it was told; a joined alignment may have taken the outlet's name from another sentence.
 */
export function swappedOutlet(text: string, alignments: Alignment[]): Swap | undefined {
  const mine = outletsTold(text);
  if (!mine.length) return undefined;
  const outletWords = new Set(mine.flatMap((m) => tokenizeCached(m.name).map((t) => t.norm)));
  const best = sentenceSaying(tokenizeCached(text).filter((t) => !outletWords.has(t.norm) && t.norm.length > 2 && !STOPWORDS.has(t.norm)), alignments);
  if (!best) return undefined;
  const theirs = outletsTold(best.passage.text);
  if (!theirs.length) return undefined;
  const keys = new Set(theirs.map((t) => outletKey(t.name)));
  const m = mine.find((o) => !keys.has(outletKey(o.name)));
  return m && { draft: m.name, source: theirs[0]!.name, span: { start: m.start, end: m.end }, passage: best };
}

/** The noun a title ends in ("Foreign Ministry Spokesperson" -> "spokesperson"; "senior researcher at ..." -> "researcher"). */
// Where a post's core ends and what it is "of" (or "at", "for" ...) begins.
const POST_OF = /\s+(?:at|of|for|in|with|from|on)\s+/i;

/** Where the words a post is "of" (or "at", "for" ...) start: the length of the post's core. */
function roleHeadEnd(role: string): number {
  return POST_OF.exec(role)?.index ?? role.length;
}

function roleHead(role: string): string {
  const core = role.slice(0, roleHeadEnd(role));
  return (core.trim().split(/\s+/).at(-1) ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
}

/**
 * A place the passage gives, put where the passage has another: "founded her practice in
 * Copenhagen" where the passage "worked for ten years in Copenhagen before founding her own
 * practice in Malmö". The statement's place follows the same preposition and content word as the
 * passage's other place ("practice in"), and its own place in the passage does not.
 */
export function displacedPlace(text: string, passages: Passage[]): Swap | undefined {
  const mine = findNames(text).filter((n) => isPlaceOrThing(n, text));
  if (!mine.length) return undefined;
  // Each place's leads, and each lead's places, over the passages read together (the two places
  // may stand in two sentences): read once, then looked up (either side may name thousands).
  const leadsOf = new Map<string, Set<string | undefined>>();
  const placesAfter = new Map<string, { place: NameCandidate; passage: Passage }[]>();
  for (const p of passages) {
    for (const t of passageProfile(p).names) {
      if (!isPlaceOrThing(t, p.text)) continue;
      const key = t.name.toLowerCase();
      const lead = leadOf(p.text, t.start);
      let leads = leadsOf.get(key);
      if (!leads) leadsOf.set(key, (leads = new Set()));
      leads.add(lead);
      if (!lead) continue;
      let places = placesAfter.get(lead);
      if (!places) placesAfter.set(lead, (places = []));
      if (places.length < 2) places.push({ place: t, passage: p });
    }
  }
  if (leadsOf.size < 2) return undefined;
  // Each passage's names, read once.
  const namesIn = new Map(passages.map((p) => [p, new Set(passageProfile(p).names.map((t) => t.name.toLowerCase()))]));
  const sameSentence = (p: Passage, key: string): boolean => namesIn.get(p)!.has(key);
  const namedTogether = (a: string, b: string): boolean => [...namesIn.values()].some((names) => names.has(a) && names.has(b));
  for (const n of mine) {
    const key = n.name.toLowerCase();
    const own = leadsOf.get(key);
    const lead = own && leadOf(text, n.start);
    if (!own || !lead || own.has(lead)) continue;
    // (In another sentence than the statement's own place, only a rival named beside it: "feed
    // the Corran and Lisk reservoirs" sets the two side by side.)
    const rival = placesAfter.get(lead)?.find((t) => t.place.name.toLowerCase() !== key && (sameSentence(t.passage, key) || namedTogether(key, t.place.name.toLowerCase())));
    if (rival) return { draft: n.name, source: rival.place.name, span: { start: n.start, end: n.end }, passage: { passage: rival.passage, coverage: 1 } };
  }
  return undefined;
}

function isPlace(n: NameCandidate, text: string): boolean {
  return n.kind === 'place' || placeKey(n.name) !== undefined || namesWhere(text, n.start);
}

/** A place, or a named thing that is no person nor body ("inflows to the Lisk"). */
function isPlaceOrThing(n: NameCandidate, text: string): boolean {
  return isPlace(n, text) || (n.kind !== 'person' && n.kind !== 'organisation' && !n.name.includes(' ') && /^(?:the\s+)$/i.test(text.slice(Math.max(0, n.start - 4), n.start)));
}

// The preposition before a place and the content word before it ("practice in"), as a key.
const LEAD = /([\p{L}]+)(?:\s+(?:her|his|its|their|the|own|a|an|our|my))*\s+(in|at|from|to|near|into)\s+(?:the\s+)?$/iu;

function leadOf(text: string, at: number): string | undefined {
  const m = LEAD.exec(text.slice(Math.max(0, at - 60), at));
  if (!m || STOPWORDS.has(m[1]!.toLowerCase())) return undefined;
  return `${normalizeWord(m[1]!.toLowerCase())} ${m[2]!.toLowerCase()}`;
}

/**
 * A person given another title than the aligned passage gives them: "Foreign Minister Guo
 * Jiakun" where the source has "Foreign Ministry Spokesperson Guo Jiakun". Titles count as the
 * same when their last nouns are one word or WordNet relates them ("spokesman", "spokesperson").
 */
export function swappedRole(corpus: Corpus, text: string, passages: Passage[]): { draft: string; source: string; span: Span } | undefined {
  const mine: { name: string; role?: string; start: number; end: number }[] = findNames(text).filter((n) => n.kind === 'person' && n.role);
  mine.push(...lowerCaseTitles(text).filter((t) => !mine.some((m) => m.start <= t.start && t.start < m.end)));
  if (!mine.length) return undefined;
  // The passage's people with their posts: a post in lower case before a name ("Nordvik's
  // technical director, Lars Haugen, said") is one, as a capitalised title is.
  const theirs = passages.flatMap((p) => passageProfile(p).names.filter((n) => n.kind === 'person').flatMap((n) => {
    const role = n.role ?? ownedPost(p.text, n.start);
    return role ? [{ n: role === n.role ? n : { ...n, role }, p }] : [];
  }));
  for (const m of mine) {
    const key = entityKey(m.name);
    const found = theirs.find((t) => entityKey(t.n.name) === key);
    if (!found) continue;
    const same = found.n;
    // "Dr Fern Castellano" gives her a form of address, not a post: her post is the one the
    // passage writes in lower case ("Industrial relations analyst Dr Fern Castellano"), or one the
    // document gives her elsewhere ("Dr Ruth Amsel, the museum's director"), or none to compare.
    if (FORM_OF_ADDRESS.test(m.role!)) continue;
    let theirRole = same.role!;
    if (FORM_OF_ADDRESS.test(theirRole)) {
      const posts = [
        ...lowerCaseTitles(found.p.text).filter((t) => entityKey(t.name).endsWith(key)).map((t) => t.role),
        ...(corpus.findEntity(same.name, found.p.docId)?.roles ?? []),
      ].filter((r) => !FORM_OF_ADDRESS.test(r));
      if (!posts.length || posts.some((r) => samePost(m.role!, r))) continue;
      theirRole = posts[0]!;
    }
    if (samePost(m.role!, theirRole, postAfter(found.p.text, same.end))) continue;
    // A rank and a post ("Sergeant Mike Hollis, chair of the Merrowdale branch ..."): the
    // statement may give either.
    const posts = [appositiveRole(found.p.text, same.end), ...corpus.findEntity(same.name, found.p.docId)?.roles ?? []].filter((r) => r !== undefined);
    if (posts.some((r) => r !== theirRole && !FORM_OF_ADDRESS.test(r) && samePost(m.role!, r))) continue;
    const at = text.lastIndexOf(m.role!, m.start);
    const span = at >= 0 ? { start: at, end: at + m.role!.length } : { start: m.start, end: m.end };
    return { draft: m.role!, source: theirRole, span };
  }
  return undefined;
}

/** Whether two titles name one post: the same head and no other rank or field, or one reworded. */
function samePost(mine: string, theirs: string, after?: readonly string[]): boolean {
  if (firstOfTitles(mine, theirs)) return true;
  const mineHead = roleHead(mine);
  const theirHead = roleHead(theirs);
  const sameHead = !mineHead || !theirHead || sameOrRelated(mineHead, theirHead);
  if (sameHead && !otherPost(mine, theirs, after)) return true;
  // The same words in another order or with one changed ("Westmoor University urban
  // climatologist" for "urban climatologist at Westmoor University"; "a Dutch maker of nitrate
  // sensors" for "a Dutch company specialising in nitrate sensors"): a rewording, not another post.
  return rewordedRole(mine, theirs);
}

/**
 * A title the source gives first of two it stacks before a name: "Incident Commander" of
 * "Incident Commander Chief Rosa Delacroix". The words the statement leaves off come after all of
 * its own, and none of them makes it another post ("Director" is not "Director Deputy"'s).
 */
function firstOfTitles(mine: string, theirs: string): boolean {
  const a = mine.trim().toLowerCase().split(/\s+/);
  const b = theirs.trim().toLowerCase().split(/\s+/);
  if (a.length < 2 || b.length <= a.length || a.some((w, i) => b[i] !== w)) return false;
  return !b.slice(a.length).some((w) => RANKS.has(w));
}

// The share of the shorter title's content words the other must have to be the same title said
// another way (four of five).
const REWORDED = 0.8;

// Words that give a title's rank, besides those that make it another post (RANKS): a title that
// differs by one is another post ("junior researcher" for "senior researcher").
const GRADES = new Set(['junior', 'senior', 'interim', 'former', 'chief', 'head', 'lead', 'principal', 'executive', 'managing', 'general', 'co']);

function rewordedRole(a: string, b: string): boolean {
  const [x, y] = [contentWords(a), contentWords(b)];
  const [fewer, more] = x.size <= y.size ? [x, y] : [y, x];
  if (fewer.size < 3 || sharedWords(fewer, more) < REWORDED * fewer.size) return false;
  const onlyX = [...x].filter((w) => !y.has(w));
  const onlyY = [...y].filter((w) => !x.has(w));
  return ![...onlyX, ...onlyY].some((w) => RANKS.has(w) || GRADES.has(w)) && !onlyX.some((w) => onlyY.some((v) => areOpposites(w, v)));
}

// How many sentences on in its paragraph a motion's mover, seconder and vote may be told: an
// item of minutes may hold two motions ("MOTION to authorize purchase ... Moved: Carver.
// Seconded: Haddad. Following discussion ..., MOTION to table until the May meeting. Moved: Ng.
// Seconded: Feldman. Motion to table carried 6–1").
export const MOTION_SENTENCES = 6;

// A person who moves or seconds a motion, in a statement: "Ruth Feldman moved to table ...",
// "Walter Ng seconded the motion", "moved by Ng and seconded by Feldman".
// (From a word's start only: a long run of capitals is tried once, not from each of its letters.)
const PERSON = String.raw`(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`;
const MOVER = new RegExp(String.raw`${PERSON}\s+(?:moved|proposed|made\s+the\s+motion)\b|\b(?:moved|proposed)\s+by\s+${PERSON}`, 'gu');
const SECONDER = new RegExp(String.raw`${PERSON}\s+seconded\b|\bseconded\s+by\s+${PERSON}`, 'gu');
// In minutes: "Moved: Ng. Seconded: Feldman.", "Moved by Carver, seconded by Haddad".
const MOVED = new RegExp(String.raw`\b(?:Moved|[Pp]roposed)(?:\s+by)?:?\s+${PERSON}`, 'gu');
const SECONDED = new RegExp(String.raw`\bSeconded(?:\s+by)?:?\s+${PERSON}`, 'giu');

function namesIn(text: string, pattern: RegExp): { name: string; start: number }[] {
  return [...text.matchAll(pattern)].map((m) => {
    const name = m[1] ?? m[2]!;
    return { name, start: m.index + m[0].indexOf(name) };
  });
}

/**
 * A motion's mover and seconder swapped: "Ruth Feldman moved to table the truck purchase, and
 * Walter Ng seconded" where the minutes say "MOTION to table until the May meeting. Moved: Ng.
 * Seconded: Feldman." Only where the statement's mover is the passage's seconder of a motion (or
 * the other way round) and no mover of the motions there: the one who moved it is the name to write.
 */
export function swappedMotionRole(corpus: Corpus, text: string, passages: Passage[], coverage: number): Swap | undefined {
  if (!/\b(?:moved|proposed|seconded|made\s+the\s+motion)\b/i.test(text)) return undefined;
  const motions = corpus.withFollowing(passages, MOTION_SENTENCES).sort((a, b) => a.index - b.index);
  const movers = motions.flatMap((p) => namesIn(p.text, MOVED).map((n) => ({ name: n.name, p })));
  const seconders = motions.flatMap((p) => namesIn(p.text, SECONDED).map((n) => ({ name: n.name, p })));
  if (!movers.length || movers.length !== seconders.length) return undefined;
  const holds = (names: readonly { name: string }[], name: string): number => names.findIndex((n) => namesAlike(n.name, name));
  for (const [mine, role, other] of [[MOVER, movers, seconders], [SECONDER, seconders, movers]] as const) {
    for (const m of namesIn(text, mine)) {
      if (holds(role, m.name) >= 0) continue;
      const i = holds(other, m.name);
      if (i < 0) continue;
      // The evidence: the sentence that names the one who holds the role.
      return { draft: m.name, source: role[i]!.name, span: { start: m.start, end: m.start + m.name.length }, passage: { passage: role[i]!.p, coverage } };
    }
  }
  return undefined;
}

// Posts a title written in lower case ends in ("Japan's prime minister, Satsuki Katayama").
const POSTS = 'minister|secretary|spokesperson|spokesman|spokeswoman|president|chancellor|premier|governor|mayor|senator|ambassador|envoy|director|chairman|chairwoman|commissioner|prosecutor|researcher|economist|analyst|professor|executive|leader|manager|officer|treasurer|chair|inspector|councillor|engineer|editor|coroner|superintendent|headteacher|principal|dean|curator|coach|captain|founder|clerk';
const LOWER_TITLE = new RegExp(`\\b((?:[a-z][a-z-]*(?:['’]s)?\\s+){0,2}(?:${POSTS}))(?:,\\s*|\\s+)(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})`, 'gu');

// A post in lower case with whose it is, set off before a name: "Nordvik's technical director, ".
const OWNED_POST_BEFORE = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})['’]s\\s+((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:${POSTS})),\\s+$`, 'u');

/**
 * The post a sentence gives a person in lower case, with whose it is, set off by a comma before
 * their name at `nameStart`: "Nordvik's technical director" of "Nordvik's technical director,
 * Lars Haugen, said".
 */
function ownedPost(text: string, nameStart: number): string | undefined {
  const m = OWNED_POST_BEFORE.exec(text.slice(Math.max(0, nameStart - 80), nameStart));
  return m ? `${m[1]}'s ${m[2]}` : undefined;
}

/**
 * People a text gives a title in lower case, before their name: "Japan's prime minister, Satsuki
 * Katayama", "finance minister Satsuki Katayama" (the name finder reads capitalised titles). The
 * title keeps no article or other small word ("the minister" is "minister").
 */
function lowerCaseTitles(text: string): { name: string; role: string; start: number; end: number }[] {
  const out: { name: string; role: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(LOWER_TITLE)) {
    const words = m[1]!.split(/\s+/);
    const written = words.length;
    while (words.length > 1 && STOPWORDS.has(words[0]!)) words.shift();
    // The title's first word is capitalised where it opens the sentence: "Deputy general
    // secretary Declan Furlong", "Industrial relations analyst Dr Fern Castellano".
    const opening = SENTENCE_OPENING_WORD.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (opening && words.length === written && !STOPWORDS.has(opening[1]!.toLowerCase())) words.unshift(opening[1]!.toLowerCase());
    const start = m.index + m[0].length - m[2]!.length;
    out.push({ name: m[2]!, role: words.join(' '), start, end: start + m[2]!.length });
  }
  return out;
}

// Words of a title that make it another post: a deputy is not the minister.
const RANKS = new Set(['deputy', 'under', 'vice', 'assistant', 'associate', 'acting']);
// A capitalised word that opens a sentence, right before a title in lower case.
const SENTENCE_OPENING_WORD = /(?:^|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}+)\s+$/u;

/** The words of a title before its last noun, without places ("Japan's", "US"): "Finance" of "Japan's Finance Minister". */
function roleQualifiers(role: string): string[] {
  const core = role.slice(0, roleHeadEnd(role)).trim().split(/\s+/);
  return core.slice(0, -1)
    .map((w) => w.replace(/['’]s$/i, '').replace(/[^\p{L}.-]/gu, ''))
    .filter((w) => w && !/^u\.?s\.?$/i.test(w) && placeKey(w) === undefined)
    .map((w) => w.toLowerCase());
}

// What the source says of the post after the name: "Professor Daniel Okonkwo of the Department of
// Economics", "Dr. Ama Boateng, of the university's School of Public Health".
const POST_AFTER = /^,?\s+(?:of|at|from|with)\s+(?:the\s+)?([^,.;:()"“”]{3,80})/u;

/** The words of the post a source gives right after a person's name, lower-cased. */
function postAfter(text: string, end: number): string[] {
  const m = POST_AFTER.exec(text.slice(end, end + 100));
  return m ? m[1]!.split(/\s+/).map((w) => w.replace(/['’]s$/i, '').replace(/[^\p{L}.-]/gu, '').toLowerCase()).filter((w) => w && !STOPWORDS.has(w)) : [];
}

/**
 * Two titles with the same last noun that are still other posts: the statement's title has a word
 * the source's lacks ("Prime Minister" for "Finance Minister", "Under Secretary" for "Deputy
 * Secretary"), or it drops a rank ("Secretary of State" for "Deputy Secretary of State"). Dropping
 * any other word is shortening ("Minister" for "Finance Minister").
 */
function otherPost(mine: string, theirs: string, after: readonly string[] = []): boolean {
  // Whose the statement's post is, by a common noun ("the company's technical director"), says
  // which body, not which post: it is no word the source's post must have.
  const owners = new Set([...mine.matchAll(/(?:^|\s)(\p{Ll}[\p{L}-]*)['’]s\s/gu)].map((m) => m[1]!.toLowerCase()));
  const a = roleQualifiers(mine).filter((w) => !owners.has(w));
  const b = [...roleQualifiers(theirs), ...after];
  // What a post is of qualifies it as the words before it do: "association president" is the
  // "president of the Lakeview Terrace Condominium Association".
  const of = postAfter(` ${theirs.slice(roleHeadEnd(theirs))}`, 0);
  const related = (w: string, others: string[]): boolean => others.some((o) => o === w || normalizeWord(o) === normalizeWord(w) || relation(w, o) !== undefined);
  if (a.some((w) => !related(w, b) && !related(w, of))) return true;
  return b.some((w) => RANKS.has(w) && !a.includes(w));
}

/**
 * Whether a word is part of the name of someone the document names ("Takaichi" of "Prime
 * Minister Sanae Takaichi"). Only the passages that have the word are read.
 */
function personWord(corpus: Corpus, docId: string, word: string): boolean {
  if (word.length <= 2 || STOPWORDS.has(word.toLowerCase())) return false;
  // Found through the index, and only so many of its passages read: bounded whatever the
  // document's length or the statement's.
  let read = 0;
  let seen = 0;
  for (const index of corpus.passagesWithTerm(normalizeWord(word))) {
    if (++seen > PERSON_WORD_POSTINGS) break;
    if (corpus.passageDocId(index) !== docId) continue;
    const p = corpus.passage(index);
    if (!p || !p.text.includes(word)) continue;
    if (passageProfile(p).names.some((n) => n.kind === 'person' && n.name.split(/\s+/).includes(word))) return true;
    if (++read >= PERSON_WORD_READS) break;
  }
  return false;
}

// Passages read to tell whether a word is part of a person's name, and entries of the word's
// posting list looked at for them.
const PERSON_WORD_READS = 8;

const PERSON_WORD_POSTINGS = 20_000;

/**
 * A person, place or organisation in the statement that the aligned passage does not name,
 * while the passage names another of the same kind where the statement has it. With `samePlace`,
 * only a rival with the same word before and after it counts.
 */
// Where a text credits a name with what it says: "according to (the) X", "cited by X", "X reported".
const CREDITED_BEFORE = /\b(?:according to|cited by|reported by|told)\s+(?:the\s+)?$/i;
const CREDITED_AFTER = /^\s+(?:reported|reports|revealed|reveals|said|says|told)\b/i;

function credited(text: string, start: number, end: number): boolean {
  return CREDITED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || CREDITED_AFTER.test(text.slice(end, end + 12));
}

export function swappedName(corpus: Corpus, text: string, passages: Passage[], options: { samePlace?: boolean } = {}): { draft: string; source: string; span: Span } | undefined {
  const docId = passages[0]!.docId;
  const theirNames = ([] as NameCandidate[]).concat(...passages.map((p) => passageProfile(p).names));
  // Each name is looked up once, however many rivals it is weighed against.
  const entities = new Map<string, Entity | undefined>();
  const entityOf = (name: string): Entity | undefined => {
    if (entities.has(name)) return entities.get(name);
    const entity = corpus.findEntity(name, docId);
    entities.set(name, entity);
    return entity;
  };
  const resolve = (name: string): string => entityOf(name)?.id ?? entityKey(name);
  // A statement may name thousands, and the passage thousands: each name's answers are kept.
  const surnames = new Map<string, boolean>();
  const surname = (name: string): boolean => remembered(surnames, name, () => !/\s/.test(name) && personWord(corpus, docId, name));
  // A name of no known kind after "in", "at", "from" ("in Barcelona") is where something happens.
  const found: NameCandidate[] = findNames(text).map((n) => (n.kind !== 'unknown' ? n : surname(n.name) ? { ...n, kind: 'person' } : namesWhere(text, n.start) ? { ...n, kind: 'place' } : n));
  // A surname opening the statement ("Takaichi condemned ...") reads like any capitalised first word.
  const first = /^\p{Lu}[\p{L}'’-]+/u.exec(text);
  if (first && surname(first[0]) && !found.some((n) => n.start === 0)) found.unshift({ start: 0, end: first[0].length, name: first[0], full: first[0], kind: 'person', certain: false });
  const mine = found.filter((n) => n.kind === 'person' || n.kind === 'place' || n.kind === 'organisation');
  const passageText = passages.map((p) => p.text).join(' ').toLowerCase();
  const inPassages = new Map<string, boolean>();
  const inPassageText = (name: string): boolean => remembered(inPassages, name, () => passageText.includes(name.toLowerCase()));
  const passageWords = new Set(passages.flatMap((p) => passageProfile(p).tokens.map((t) => t.norm)));
  const theirWords = new Set(theirNames.filter((t) => t.kind === 'person').flatMap((t) => tokenizeCached(t.name).map((w) => w.norm)));
  const wordsInPassages = (name: string): boolean => tokenizeCached(name).every((t) => passageWords.has(t.norm));
  // Names the passage gives as written need no entity: most statements end here, before the
  // source's entities are settled.
  if (mine.every((n) => inPassageText(n.name))) return undefined;
  // A passage's name of no known kind after "in", "to", "at" ("diverted to Bordeaux") is a
  // place, as the statement's is: the rival of "diverted to Faro". Its kind is read from that
  // word alone, so it counts only after the same word as the statement's name (PLACED_BY_WORD).
  const placedByWord = new Set<NameCandidate>();
  const theirs = passages.flatMap((p) => passageProfile(p).names.map((t) => {
    if (t.kind !== 'unknown' || !namesWhere(p.text, t.start) || surname(t.name)) return t;
    const placed = { ...t, kind: 'place' as const };
    placedByWord.add(placed);
    return placed;
  }));
  const theirIds = new Set(theirs.map((n) => resolve(n.name)));
  const myIds = new Set(mine.map((n) => resolve(n.name)));
  const textLower = text.toLowerCase();
  const inStatement = new Map<string, boolean>();
  // Capitals and demonyms stand for their country ("Washington" where the source says "America").
  const theirPlaces = new Set(theirs.map((t) => placeKey(t.name)).filter((k) => k !== undefined));
  const myPlaces = new Set(mine.map((n) => placeKey(n.name)).filter((k) => k !== undefined));
  const joined = passages.map((p) => p.text).join(' ');
  // nameByInitials reads the name and the words before it, as far as LEAD_REACH: its answer for the same ones is the same.
  const byInitials = new Map<string, boolean>();
  const entityGiven = new Map<Entity, boolean>();
  // A passage's rivals of a statement's name are the names of a kind the name may be; filed once per kinds.
  const rivalsOfKinds = new Map<string, Rivals>();
  const passageOf = new Map<string, Passage>();
  const rivalsOf = (kinds: (string | undefined)[]): Rivals => {
    const key = JSON.stringify(kinds.map((k) => k ?? null));
    let known = rivalsOfKinds.get(key);
    if (!known) {
      const rivals = theirs.filter((t) => {
        const tid = resolve(t.name);
        const tKinds = [t.kind, entityOf(t.name)?.kind];
        const tPlace = placeKey(t.name);
        return tKinds.some((k) => k !== undefined && kinds.includes(k)) && !myIds.has(tid) && !remembered(inStatement, t.name, () => textLower.includes(t.name.toLowerCase())) && !(tPlace && myPlaces.has(tPlace));
      });
      known = new Rivals(rivals, (r) => remembered(passageOf, r.full, () => passages.find((x) => x.text.includes(r.full)) ?? passages[0]!));
      rivalsOfKinds.set(key, known);
    }
    return known;
  };
  // The words of the names of those whose quotation or turn the passages stand in: a transcript's
  // "We are moving births to the new unit at Wenlow General" is the minister's, named in his turn's
  // label a sentence before. Read once, when a name is not in the passages.
  let speakerWords: Set<string> | undefined;
  const spoken = (name: string): boolean => {
    speakerWords ??= new Set(passages.flatMap((p) => quotedSpeakers(corpus, p)).flatMap((s) => tokenizeCached(s).map((t) => t.norm)));
    return speakerWords.size > 0 && tokenizeCached(name).every((t) => speakerWords!.has(t.norm));
  };
  for (const n of mine) {
    const id = resolve(n.name);
    if (theirIds.has(id) || inPassageText(n.name) || spoken(n.name)) continue;
    // A name whose every word the passage has, none of them in a name of the passage's, is the
    // passage's words told with one left out ("Local Route 14" for "Local bus Route 14"); a
    // person's first name and another's surname may still be a swap.
    if (wordsInPassages(n.name) && !tokenizeCached(n.name).some((t) => theirWords.has(t.norm))) continue;
    // "Daniel Ferris" is "Daniel Robert Ferris" with his middle name left out.
    if (theirs.some((t) => t.kind === 'person' && middleLeftOut(n.name, t.name))) continue;
    // "Lakes Erie and Ontario" names "Lake Erie": a plural title word shared by the names after it,
    // made singular by dropping its "s" or its "es".
    const shared = /^(\p{Lu}\p{Ll}+)s\s+(\p{Lu}.*)$/u.exec(n.name);
    if (shared && [shared[1]!, shared[1]!.replace(/e$/, '')].some((one) => inPassageText(`${one} ${shared[2]}`))) continue;
    if (remembered(byInitials, `${text.slice(Math.max(0, n.start - INITIALS_LEAD), n.start)}\u0000${n.name}`, () => !!nameByInitials(text, n, joined))) continue;
    const place = placeKey(n.name);
    if (place && theirPlaces.has(place) && !namesWhere(text, n.start)) continue;
    // A birth name ("was born Elizabeth Cleghorn Stevenson", "née Stevenson") is another name
    // of the same person, not one standing in another's place.
    if (/\b(?:born|n[ée]e)\s+$/i.test(text.slice(Math.max(0, n.start - 8), n.start))) continue;
    // Who a statement credits ("according to the US") is the speaker check's business: a name
    // there stands in no one's place in the passage's content.
    if (/\baccording to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, n.start - 20), n.start))) continue;
    const entity = entityOf(n.name);
    if (entity && remembered(entityGiven, entity, () => [entity.name, ...entity.aliases].some((a) => passageText.includes(a.toLowerCase())))) continue;
    // A kind as the mention reads or as the document settles it: "the Hubble Space Telescope"
    // reads as an organisation where the document may have settled "Hubble" on a person.
    const rivals = rivalsOf([n.kind, entity?.kind]);
    const [myBefore, myAfter] = wordsBeside(text, n.start, n.end);
    // A bare surname is weighed only against someone surely a person, in its place by a word:
    // two sentences' openings are no shared context.
    const bare = !entity && surname(n.name);
    // A name the statement credits ("Reuters reported", "according to Reuters") stands in the
    // place of the one the passage credits ("according to reporting cited by The Daily Wire").
    const best = rivals.best(myBefore, myAfter, credited(text, n.start, n.end), bare);
    // A name the document gives elsewhere, standing nowhere near where the rival stands ("US
    // allies" against "China's dominance"), adds a detail rather than swapping a name.
    // A bare surname the document gives only in full needs the rival in its place, word for word.
    const needed = options.samePlace ? 3 : entity || bare ? 1 : 0;
    if (best && best.score >= (placedByWord.has(best.rival) ? Math.max(needed, PLACED_BY_WORD) : needed) && !((best.rival.kind === 'person' || entityOf(best.rival.name)?.kind === 'person') && speaksAsOfficer(corpus, docId, best.rival.name, passages, n.name))) return { draft: n.name, source: best.rival.name, span: { start: n.start, end: n.end } };
  }
  return undefined;
}

/**
 * Whether `short` is `full` with its middle names left out: the same first and last words, and
 * every word between them `full`'s, in order ("Daniel Ferris" of "Daniel Robert Ferris").
 */
function middleLeftOut(short: string, full: string): boolean {
  const mine = untitled(entityKey(short)).split(' ');
  const theirs = untitled(entityKey(full)).split(' ');
  if (mine.length < 2 || theirs.length <= mine.length || mine[0] !== theirs[0] || mine.at(-1) !== theirs.at(-1)) return false;
  let k = 1;
  for (const word of mine.slice(1, -1)) {
    while (k < theirs.length - 1 && theirs[k] !== word) k++;
    if (k++ >= theirs.length - 1) return false;
  }
  return true;
}

// The score (Rivals.best) a passage's name read as a place by the word before it must have: the
// same word before it as the statement's name.
const PLACED_BY_WORD = 2;

// How far before a name nameByInitials looks for the capitalised words that lead it (its LEAD_REACH).
const INITIALS_LEAD = 60;

function remembered<K, V>(known: Map<K, V>, key: K, find: () => V): V {
  if (known.has(key)) return known.get(key)!;
  const value = find();
  known.set(key, value);
  return value;
}

/** The word before a name and the word after it, in lower case: where the name stands. */
function wordsBeside(s: string, start: number, end: number): [string, string] {
  return [
    /([\p{L}]+)[^\p{L}]*$/u.exec(s.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase() ?? '',
    /^[^\p{L}]*([\p{L}]+)/u.exec(s.slice(end, end + 40))?.[1]?.toLowerCase() ?? '',
  ];
}

/**
 * A passage's rivals of a statement's name, filed by where each stands: whether its passage
 * credits it, its word before and its word after. A rival's score is 4 for credited where the
 * statement credits its name, 2 for the same word before, 1 for the same word after; the first
 * rival of the best score is the one found by reading them all, as the weights are powers of two.
 */
class Rivals {
  /** For all rivals and for those surely persons: the first place under each key. */
  private readonly firsts = [new Map<string, number>(), new Map<string, number>()];

  constructor(private readonly rivals: NameCandidate[], passageOf: (r: NameCandidate) => Passage) {
    rivals.forEach((r, i) => {
      const p = passageOf(r);
      const [before, after] = wordsBeside(p.text, r.start, r.end);
      const isCredited = credited(p.text, r.start, r.end);
      for (const [k, firsts] of this.firsts.entries()) {
        // (A person's full name, first name and surname, is as sure: "Ivan Kovac scored twice".)
        if (k === 1 && !(r.kind === 'person' && (r.certain || /\s/.test(r.name)))) continue;
        for (const c of isCredited ? ['1', '*'] : ['*']) {
          for (const b of [`=${before}`, '*']) for (const a of [`=${after}`, '*']) if (!firsts.has(`${c}|${b}|${a}`)) firsts.set(`${c}|${b}|${a}`, i);
        }
      }
    });
  }

  /** The first rival of the best score, for a name standing between these words. */
  best(myBefore: string, myAfter: string, creditsMe: boolean, bare: boolean): { rival: NameCandidate; score: number } | undefined {
    const firsts = this.firsts[bare ? 1 : 0]!;
    if (!firsts.has('*|*|*')) return undefined;
    const c = creditsMe && firsts.has('1|*|*') ? '1' : '*';
    const b = (myBefore || !bare) && firsts.has(`${c}|=${myBefore}|*`) ? `=${myBefore}` : '*';
    const a = (myAfter || !bare) && firsts.has(`${c}|${b}|=${myAfter}`) ? `=${myAfter}` : '*';
    const score = (c === '1' ? 4 : 0) + (b === '*' ? 0 : 2) + (a === '*' ? 0 : 1);
    return { rival: this.rivals[firsts.get(`${c}|${b}|${a}`)!]!, score };
  }
}

// Words that make two names' places exchangeable: a pair or a meeting ("Pell and Ruiz", "met
// with", "faced"), a comparison, or another's words ("said").
const SYMMETRIC = new RegExp(`\\b(?:and|or|with|against|versus|vs|between|both|nor|than|as|met|meet|meets|meeting|marr\\w*|talk\\w*|spoke|speak\\w*|negotiat\\w*|agree\\w*|fac(?:e|ed|es|ing)|play\\w*|drew|draw\\w*|tie[ds]?|tying|partner\\w*|merg\\w*|collaborat\\w*|clash\\w*|fought|fight\\w*|compet\\w*|debat\\w*|discuss\\w*|like|unlike|${SPEECH_VERBS}|according)\\b`, 'iu');
// A post one takes from the other: "takes over as treasurer from", "was appointed as chair to
// replace". Its "as" is no likeness of the two.
const AS_POST = /\bas\s+(?:the\s+|its\s+|their\s+|our\s+)?[\p{Ll}-]+(?=\s+(?:from|to|of|for|in\s+place\s+of)\b)/giu;

/** The words between two names without the post one takes ("as treasurer"). */
function withoutPost(link: string): string {
  return link.replace(AS_POST, ' ');
}

// What one name is, said after it ("Daniel Roth, a physicist at McGill"): no doing of the one to the other.
const APPOSITION = /^\s*[,(—–-]/u;
// A direction word alone between two names, and how far the passage's may reach ("from the
// Portuguese club").
const DIRECTION_LINK = /^\s+(from|to|into|towards|toward)\s+$/i;
const DIRECTION_CHARS = 40;
// How far apart two names may stand to be read as one's doing to the other, and how many of a
// sentence's names are paired.
const LINK_CHARS = 80;
const MOST_ACTORS = 6;

function actors(text: string): NameCandidate[] {
  return findNames(text).filter((n) => n.kind !== 'place' && n.kind !== 'work').slice(0, MOST_ACTORS);
}

/**
 * Two names the other way round: "Pell pressed Ruiz" where the passage says "Ruiz pressed Pell",
 * "Novak's cross was turned in by Mbeki" where it was Mbeki's, turned in by Novak. The words
 * between the names are the passage's (half of them or more, in the same voice: "by" in both or
 * neither), say nothing of a pair, a meeting or a saying, and give no figure; and the passage does
 * not also have the names in the statement's order.
 */
export function reversedRoles(text: string, passages: readonly Passage[]): Swap | undefined {
  const mine = actors(text);
  for (let i = 0; i < mine.length; i++) {
    for (let j = i + 1; j < mine.length; j++) {
      const a = mine[i]!;
      const b = mine[j]!;
      const link = text.slice(a.end, b.start);
      if (link.length > LINK_CHARS || namesAlike(a.name, b.name) || SYMMETRIC.test(withoutPost(link)) || /\p{N}/u.test(link) || APPOSITION.test(link)) continue;
      const words = contentWords(link);
      // A direction alone between them: "joined Vila Serra from Aldgate" where the passage says
      // "joined Aldgate from the Portuguese club Vila Serra".
      const direction = DIRECTION_LINK.exec(link)?.[1]?.toLowerCase();
      if (!words.size && !direction) continue;
      const directionOpens = direction ? new RegExp(`^\\s+${direction}\\b`, 'i') : undefined;
      const passive = /\bby\b/i.test(link);
      const linked = (t: string, x: NameCandidate, y: NameCandidate): boolean => {
        const between = t.slice(x.end, y.start);
        if (between.length > LINK_CHARS * 1.5 || SYMMETRIC.test(withoutPost(between)) || APPOSITION.test(between) || /\bby\b/i.test(between) !== passive) return false;
        if (directionOpens) return between.length <= DIRECTION_CHARS && directionOpens.test(between) && !/[,;.]/.test(between);
        return sharedWords(words, contentWords(between)) * 2 >= words.size;
      };
      for (const p of passages) {
        const theirs = actors(p.text);
        let other: [NameCandidate, NameCandidate] | undefined;
        let same = false;
        for (let k = 0; k < theirs.length && !same; k++) {
          for (let l = k + 1; l < theirs.length; l++) {
            const x = theirs[k]!;
            const y = theirs[l]!;
            if (namesAlike(x.name, a.name) && namesAlike(y.name, b.name) && linked(p.text, x, y)) same = true;
            else if (!other && namesAlike(x.name, b.name) && namesAlike(y.name, a.name) && linked(p.text, x, y)) other = [x, y];
          }
        }
        if (other && !same) {
          const [x, y] = other;
          return { draft: text.slice(a.start, b.end), source: p.text.slice(x.start, y.end), span: { start: a.start, end: b.end }, reversed: p.text.slice(x.start, y.end) };
        }
      }
    }
  }
  return undefined;
}

// A verb that ranks one party above another: "postal signatures outnumbered those made in person".
const OUTRANKING = /\b(outnumber(?:s|ed|ing)?|outsold|outsell(?:s|ing)?|outpac(?:es|ed|ing)|outperform(?:s|ed|ing)?|outscor(?:es|ed|ing)|outvot(?:es|ed|ing)|outweigh(?:s|ed|ing)?|outstripp(?:ed|ing)|outstrips?|overtook|overtak(?:es|en|ing))\b/iu;
// How many words either side of the verb its parties are read from.
const PARTY_WORDS = 5;

/**
 * The two sides of a verb that ranks one above the other, the other way round: "Signatures made
 * in person outnumbered postal signatures" where the passage says "postal signatures outnumbered
 * those made in person". The two sides' words (up to PARTY_WORDS each, in the verb's clause,
 * but those both sides have) are more the passage's other side's than their own.
 */
export function reversedOutranking(text: string, passages: readonly Passage[]): Swap | undefined {
  const mine = OUTRANKING.exec(text);
  if (!mine) return undefined;
  const sides = (t: string, at: number, end: number): [Set<string>, Set<string>] => {
    const words = (part: string): string[] => tokenizeCached(part).filter((x) => x.norm.length > 2 && !STOPWORDS.has(x.text.toLowerCase()) && !STOPWORDS.has(x.norm) && !/\d/.test(x.norm)).map((x) => x.norm);
    const before = t.slice(0, at).split(/[,;:.!?]/).at(-1)!;
    const after = t.slice(end).split(/[,;:.!?]/)[0]!;
    return [new Set(words(before).slice(-PARTY_WORDS)), new Set(words(after).slice(0, PARTY_WORDS))];
  };
  // (A word both sides have, "cast" of "votes cast online outnumbered those cast in the hall",
  // tells neither apart.)
  const apart = ([a, b]: [Set<string>, Set<string>]): [Set<string>, Set<string>] => [new Set([...a].filter((w) => !b.has(w))), new Set([...b].filter((w) => !a.has(w)))];
  const [subject, object] = apart(sides(text, mine.index, mine.index + mine[0].length));
  for (const p of passages) {
    const theirs = OUTRANKING.exec(p.text);
    if (!theirs) continue;
    const [ts, to] = apart(sides(p.text, theirs.index, theirs.index + theirs[0].length));
    const crossed = sharedWords(subject, to) + sharedWords(object, ts);
    if (crossed >= 2 && crossed > sharedWords(subject, ts) + sharedWords(object, to)) {
      const said = p.text.slice(0, theirs.index).split(/[,;:.!?]/).at(-1)!.trimStart() + p.text.slice(theirs.index).split(/[,;:.!?]/)[0];
      return { draft: text.slice(mine.index, mine.index + mine[0].length), source: said, span: { start: mine.index, end: mine.index + mine[0].length }, reversed: said.trim() };
    }
  }
  return undefined;
}
