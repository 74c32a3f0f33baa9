// Who speaks for an organisation: its officer, by the post the source gives them ("Ruth Amory,
// Operations Director, Halden Water"), saying "we" of it in their own words.
import type { Corpus } from '../index/corpus.js';
import { TITLE_WORDS } from '../index/gazetteer.js';
import { FORM_OF_ADDRESS } from '../index/names.js';
import type { Passage } from '../model.js';
import { escapeRegExp } from '../text/regexp.js';
import { STOPWORDS } from '../text/tokens.js';
import { quotedSpeakers } from './quoted-speakers.js';

// A first person plural, said for an organisation by its officer: "we cancelled", "our drivers".
const WE = /\b(?:we|our|us)\b/i;
// A person's mentions read for the post the source gives them, and the characters around each.
const OFFICER_MENTIONS = 24;
const OFFICER_REACH = 160;

/**
 * Whether a passage of these is an organisation's officer saying "we" of it, so that the
 * organisation, named where the passage has the officer, is no other person in the officer's
 * place: "Halden Water cut supplies to 900 homes" where a transcript has "Ruth Amory: We cut
 * supplies to 900 homes" and its list of witnesses "Ruth Amory, Operations Director, Halden
 * Water". The passage is the officer's own words (a turn or a quotation of theirs) and says "we"
 * or "our"; the officer is one by `officerOf`.
 */
export function speaksAsOfficer(corpus: Corpus, docId: string, officer: string, passages: readonly Passage[], organisation: string): boolean {
  const entity = corpus.findEntity(officer, docId);
  return !!entity && passages.some((p) => WE.test(p.text) && quotedSpeakers(corpus, p).some((s) => corpus.findEntity(s, docId)?.id === entity.id)) && officerOf(corpus, docId, officer, organisation);
}

/**
 * The one of a passage's speakers who says "we" there and is an officer of the organisation, if
 * any: "Ruth Amory" of "Ruth Amory: We cut supplies to 900 homes" for "Halden Water".
 */
export function officerSpeaking(corpus: Corpus, passage: Passage, organisation: string): string | undefined {
  if (!WE.test(passage.text)) return undefined;
  return quotedSpeakers(corpus, passage).find((s) => officerOf(corpus, passage.docId, s, organisation));
}

/**
 * Whether the source gives a person a post of an organisation beside one of their mentions:
 * "Ruth Amory, Operations Director, Halden Water", "Ruth Amory, chief executive of Halden Water",
 * "Halden Water's chief executive, Ruth Amory", "Chief Executive of Halden Water, Dr Ruth Amory".
 * The post has a title's word in it; the organisation may be written in full where `organisation`
 * is its first word ("Halden" of "Halden Water").
 */
export function officerOf(corpus: Corpus, docId: string, person: string, organisation: string): boolean {
  const entity = corpus.findEntity(person, docId);
  const doc = corpus.getDocument(docId);
  if (!entity || !doc) return false;
  // The organisation's first word and the capitalised words that may follow it ("Halden Water Services").
  const organisationAt = `\\b${escapeRegExp(organisation.split(/\s+/)[0]!)}(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}`;
  // ", Operations Director, Halden Water", ", chief executive of Halden Water".
  const after = new RegExp(`^,\\s+([^,;:.\\n]{2,80}?)(?:,\\s+|\\s+(?:of|at|for)\\s+(?:the\\s+)?)${organisationAt}`, 'u');
  // "Halden Water's chief executive, ", "Chief Executive of Halden Water, " (a form of address passed over).
  const before = new RegExp(`${organisationAt}(?:['’]s)?\\s+([^,;:.\\n]{2,60}?),?\\s+$|\\b([^,;:.\\n]{2,60}?)\\s+(?:of|at|for)\\s+(?:the\\s+)?${organisationAt},?\\s+$`, 'u');
  let read = 0;
  for (const mention of entity.mentions) {
    if (mention.docId !== docId) continue;
    if (++read > OFFICER_MENTIONS) break;
    const { start, end } = mention.span;
    const told = after.exec(doc.text.slice(end, end + OFFICER_REACH));
    const lead = told ? undefined : before.exec(doc.text.slice(Math.max(0, start - OFFICER_REACH), start).replace(ADDRESSED, ''));
    const post = told?.[1] ?? lead?.[1] ?? lead?.[2];
    if (post && titled(post)) return true;
  }
  return false;
}

// A form of address right before a name ("Dr ", "Ms "), passed over to read the post before it.
const ADDRESSED = /\b(?:dr|mr|mrs|ms|miss|mx|sir|dame)\.?\s+$/i;

// The small words a post may have ("head of safety", "director for Wales and the South"; "the"
// only after one of them).
const POST_JOINS = new Set(['of', 'for', 'and', 'at']);

/**
 * Whether words are a post: a title's word in them ("Operations Director", "chief executive"),
 * not only a form of address, and no small word but a post's joins ("sued the chairman" is
 * none, and "chairman of the board" is one).
 */
function titled(post: string): boolean {
  const words = post.split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, ''));
  const joins = (w: string, k: number): boolean => POST_JOINS.has(w.toLowerCase()) || (w.toLowerCase() === 'the' && POST_JOINS.has(words[k - 1]?.toLowerCase() ?? ''));
  if (words.some((w, k) => STOPWORDS.has(w.toLowerCase()) && !joins(w, k))) return false;
  if (words[0] && POST_JOINS.has(words[0].toLowerCase())) return false;
  return words.some((w) => TITLE_WORDS.has(w.charAt(0).toUpperCase() + w.slice(1)) && !FORM_OF_ADDRESS.test(w));
}

