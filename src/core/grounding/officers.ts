// Who speaks for an organisation: its officer, by the post the source gives them ("Ruth Amory,
// Operations Director, Halden Water"), saying "we" of it in their own words.
import type { Corpus } from '../index/corpus.js';
import { TITLE_WORDS } from '../index/gazetteer.js';
import { findNames, FORM_OF_ADDRESS } from '../index/names.js';
import type { Passage, Span } from '../model.js';
import { escapeRegExp } from '../text/regexp.js';
import { normalizeWord, STOPWORDS } from '../text/tokens.js';
import { quotedSpeakers } from './quoted-speakers.js';

// A first person plural, said for an organisation by its officer: "we cancelled", "our drivers".
const WE = /\b(?:we|our|us)\b/i;
// How much of a passage's paragraph is read for its "we".
const TURN_READ = 2_000;
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
  return !!entity && passages.some((p) => saysWe(corpus, p) && quotedSpeakers(corpus, p).some((s) => corpus.findEntity(s, docId)?.id === entity.id)) && officerOf(corpus, docId, officer, organisation);
}

/** Whether a passage, or the paragraph (a transcript's turn) it stands in, says "we" or "our". */
function saysWe(corpus: Corpus, passage: Passage): boolean {
  if (WE.test(passage.text)) return true;
  const doc = corpus.getDocument(passage.docId);
  return !!doc && WE.test(doc.text.slice(passage.paragraph.start, Math.min(passage.paragraph.end, passage.paragraph.start + TURN_READ)));
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
  // A document headed by the organisation's name (its own transcript, report or minutes) gives
  // its officers' posts alone: "Present: Tobias Renner (Chief Executive)".
  let headed: boolean | undefined;
  const isHeaded = (): boolean => (headed ??= new RegExp(organisationAt, 'iu').test(doc.text.slice(0, HEADING_REACH).split('\n', 1)[0]!));
  let read = 0;
  for (const mention of entity.mentions) {
    if (mention.docId !== docId) continue;
    if (++read > OFFICER_MENTIONS) break;
    const { start, end } = mention.span;
    const told = after.exec(doc.text.slice(end, end + OFFICER_REACH));
    const lead = told ? undefined : before.exec(doc.text.slice(Math.max(0, start - OFFICER_REACH), start).replace(ADDRESSED, ''));
    const post = told?.[1] ?? lead?.[1] ?? lead?.[2] ?? (isHeaded() ? (BRACKETED_POST.exec(doc.text.slice(end, end + OFFICER_REACH)) ?? POST_ALONE_AFTER.exec(doc.text.slice(end, end + OFFICER_REACH)))?.[1] : undefined);
    if (post && titled(post)) return true;
  }
  return false;
}

// How far into a document its heading is read for the organisation's name.
const HEADING_REACH = 200;
// A post right after a name, in brackets or set off by commas: "Tobias Renner (Chief Executive)",
// "Tobias Renner, Chief Executive,".
const BRACKETED_POST = /^\s*\(([^()\n]{2,60})\)/u;
const POST_ALONE_AFTER = /^,\s+([^,;:.()\n]{2,60}?)[,;.]/u;

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


// A post the statement gives a person: a capitalised title before the name ("Head of Operations
// Gary Lomax") or one set off after it, perhaps with whose it is ("Priya Deshmukh, Parcelwise's
// head of reliability engineering").
const POST_AFTER_NAME = /^,\s+(?:the\s+)?(?:\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3}['’]s\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){1,5}?)\s*(?=[,.;]|$)/u;
// A rank before a post, making it another ("Deputy Head of Operations", "former chief executive").
const RANKED = /(?:\b(?:deputy|assistant|acting|vice|former|interim|associate|under|joint)\s+|-)$/i;
// A person named right before a post, set off by a comma ("Ms Rachel Viljoen, Head of
// Operations"), or right after it ("head of reliability engineering Tomasz Wierzbicki").
const HOLDER_BEFORE = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?:the\s+)?(?:\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3}['’]s\s+)?$/u;
const HOLDER_AFTER = /^,?\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/u;
// The small words a post's name may have besides its content words.
const POST_SMALL = new Set(['of', 'for', 'and', 'the']);
// Passages read for a post's holders, of those with its rarest word.
const POST_PASSAGES = 40;

/** The posts a statement gives people, with the name and where the name and post stand together. */
function postsGiven(text: string): { name: string; post: string; span: Span; nameSpan: Span }[] {
  const out: { name: string; post: string; span: Span; nameSpan: Span }[] = [];
  for (const n of findNames(text)) {
    if (n.kind !== 'person') continue;
    const nameSpan = { start: n.start, end: n.end };
    const after = POST_AFTER_NAME.exec(text.slice(n.end, n.end + 120));
    if (n.role && !FORM_OF_ADDRESS.test(n.role)) {
      const at = text.lastIndexOf(n.role, n.start);
      out.push({ name: n.name, post: n.role, span: { start: at >= 0 ? at : n.start, end: n.end }, nameSpan });
    } else if (after) out.push({ name: n.name, post: after[1]!, span: { start: n.start, end: n.end + after[0].length }, nameSpan });
  }
  return out.filter((p) => {
    const words = p.post.split(/\s+/);
    const content = words.filter((w) => !POST_SMALL.has(w.toLowerCase()));
    return content.length >= 2 && words.every((w) => POST_SMALL.has(w.toLowerCase()) || !STOPWORDS.has(w.toLowerCase())) && words.some((w) => TITLE_WORDS.has(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()));
  });
}

/**
 * A post the statement gives one person that the source gives another: "Head of Operations Gary
 * Lomax" where the tribunal's judgment has "Mr Gary Lomax, a regional operations manager" and
 * "Ms Rachel Viljoen, Head of Operations". The post has two content words or more and a title's
 * word ("head", "director"); the document names someone else beside it, set off by a comma or
 * right after it, and never the statement's person (nor any sentence of theirs that has the
 * post). A ranked post ("Deputy Head of Operations") is another.
 */
export function postOfAnother(corpus: Corpus, text: string, docId: string): { draft: string; source: string; span: Span; passage: { passage: Passage; coverage: number } } | undefined {
  const doc = corpus.getDocument(docId);
  if (!doc) return undefined;
  for (const given of postsGiven(text)) {
    const entity = corpus.findEntity(given.name, docId);
    if (!entity || entity.kind !== 'person') continue;
    const words = given.post.split(/\s+/).filter((w) => w.toLowerCase() !== 'the');
    const pattern = new RegExp(`(?<![\\p{L}-])${words.map(escapeRegExp).join('\\s+(?:the\\s+)?')}(?![\\p{L}-])`, 'giu');
    // The passages with the post's rarest content word, of this document.
    const rarest = words.filter((w) => !POST_SMALL.has(w.toLowerCase())).map((w) => normalizeWord(w.toLowerCase())).sort((a, b) => corpus.passageCountOf(a) - corpus.passageCountOf(b))[0]!;
    const holders = new Map<string, { name: string; passage: Passage; said: string }>();
    let own = false;
    let read = 0;
    for (const index of corpus.passagesWithTerm(rarest)) {
      if (corpus.passageDocId(index) !== docId) continue;
      if (++read > POST_PASSAGES) break;
      const p = corpus.passage(index);
      if (!p) continue;
      pattern.lastIndex = 0;
      for (const m of p.text.matchAll(pattern)) {
        const before = p.text.slice(Math.max(0, m.index - 80), m.index);
        if (RANKED.test(before)) continue;
        const end = m.index + m[0].length;
        const holderBefore = HOLDER_BEFORE.exec(before);
        const holderAfter = holderBefore ? undefined : HOLDER_AFTER.exec(p.text.slice(end, end + 80));
        const holder = holderBefore?.[1] ?? holderAfter?.[1];
        // A sentence of the statement's person that has the post without a holder may give it
        // to them in words the patterns do not read ("Lomax, who became head of operations").
        if (!holder) {
          if ([entity.name, ...entity.aliases].some((a) => a.length > 2 && p.text.includes(a))) own = true;
          continue;
        }
        const theirs = corpus.findEntity(holder, docId);
        if (theirs?.id === entity.id || surnameOf(holder) === surnameOf(given.name)) own = true;
        else if (theirs?.kind === 'person') {
          const said = holderBefore ? p.text.slice(m.index - holderBefore[0].length, end) : p.text.slice(m.index, end + holderAfter![0].length);
          holders.set(theirs.id, { name: theirs.name, passage: p, said });
        }
      }
    }
    if (own || !holders.size) continue;
    const [holder] = holders.values();
    return { draft: text.slice(given.span.start, given.span.end), source: holder!.said, span: given.span, passage: { passage: holder!.passage, coverage: 1 } };
  }
  return undefined;
}

/** A name's last word, lower-cased: "Lomax" of "Gary Lomax". */
function surnameOf(name: string): string {
  return name.trim().split(/\s+/).at(-1)!.toLowerCase();
}

// Verbs that give a person the lead of a body or an event ("chaired the Commission", "led the
// review", "hosted the debate"), each with its forms: a verb form, never the noun ("head of").
const ROLE_FORMS: Record<string, string> = {
  chair: 'chair(?:s|ed|ing)', lead: 'lead(?:s|ing)?|led', head: 'head(?:s|ed|ing)', found: '(?:co-?)?found(?:s|ed|ing)',
  host: 'host(?:s|ed|ing)', coach: 'coach(?:es|ed|ing)', captain: 'captain(?:s|ed|ing)', moderate: 'moderat(?:es|ed|ing)',
  referee: 'refere(?:es|ed|eing)', conduct: 'conduct(?:s|ed|ing)', preside: 'presid(?:es|ed|ing)\\s+over',
};
const ROLE_VERBS = Object.values(ROLE_FORMS).join('|');
// What a statement's person leads, right after the name: "Nadia Farrant, who chaired the Commission".
const LEADS_AFTER_NAME = new RegExp(`^(?:,\\s+who\\s+|\\s+)(?:(?:has|had|have|will|also)\\s+){0,2}(${ROLE_VERBS})\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?((?:[\\p{L}][\\p{L}'’-]*\\s+){0,2}[\\p{L}][\\p{L}'’-]*)`, 'iu');
// A form of address or a judge's or councillor's title before a holder's name.
const HOLDER_TITLE = '(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Judge|Justice|Cllr|Councillor|Lord|Lady)\\.?\\s+)?';
// A holder's name: two or three capitalised words.
const HOLDER_NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})";
// Passages read for a body's leaders, of those with its word.
const LEAD_PASSAGES = 40;

// Each role verb's forms as a whole word, by stem.
const ROLE_FORM_OF = Object.entries(ROLE_FORMS).map(([stem, forms]) => ({ stem, whole: new RegExp(`^(?:${forms})$`, 'iu') }));

/** The stem of a role verb's form ("chaired" -> "chair"). */
function roleStem(verb: string): string | undefined {
  const form = verb.replace(/\s+/g, ' ');
  return ROLE_FORM_OF.find((r) => r.whole.test(form))?.stem;
}

/**
 * A body or an event the statement says its person led that the source says another led: "Nadia
 * Farrant, who chaired the Commission" where the decision says "The Commission, chaired by Mr
 * Howard Lindqvist" (and Ms Farrant was a player's representative). The source names the other
 * person with the same verb and the word of what was led, "chaired by" after it or the person
 * before "(who) chaired the ..."; never the statement's person with that word and verb.
 */
export function roleOfAnother(corpus: Corpus, text: string, docId: string): { draft: string; source: string; span: Span; passage: { passage: Passage; coverage: number } } | undefined {
  for (const n of findNames(text)) {
    if (n.kind !== 'person') continue;
    const m = LEADS_AFTER_NAME.exec(text.slice(n.end, n.end + 160));
    if (!m) continue;
    const stem = roleStem(m[1]!);
    // What was led: the content words after the verb, up to a small word ("the inquiry into").
    const led = m[2]!.split(/\s+/);
    const cut = led.findIndex((w) => STOPWORDS.has(w.toLowerCase()));
    const head = (cut < 0 ? led : led.slice(0, cut)).at(-1);
    if (!stem || !head || STOPWORDS.has(head.toLowerCase())) continue;
    const entity = corpus.findEntity(n.name, docId);
    if (!entity || entity.kind !== 'person') continue;
    const verbs = ROLE_FORMS[stem]!;
    const object = `(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${escapeRegExp(head)}(?![\\p{L}-])`;
    const ledBy = new RegExp(`(?<![\\p{L}-])(?:(?:the|its|their)\\s+)?${escapeRegExp(head)}(?![\\p{L}-])[^.;]{0,60}?,?\\s+(?:${verbs})\\s+by\\s+${HOLDER_TITLE}${HOLDER_NAME}`, 'giu');
    const leader = new RegExp(`${HOLDER_NAME}(?:,\\s+who\\s+|\\s+)(?:(?:has|had|have|also)\\s+)?(?:${verbs})\\s+${object}`, 'gu');
    const verb = new RegExp(`(?<![\\p{L}-])(?:${verbs})(?![\\p{L}-])`, 'iu');
    const own = [entity.name, ...entity.aliases].filter((a) => a.length > 2);
    const ownSurname = surnameOf(entity.name);
    let other: { passage: Passage; said: string } | undefined;
    let read = 0;
    for (const index of corpus.passagesWithTerm(normalizeWord(head.toLowerCase()))) {
      if (corpus.passageDocId(index) !== docId) continue;
      if (++read > LEAD_PASSAGES) break;
      const p = corpus.passage(index);
      if (!p) continue;
      for (const found of [...p.text.matchAll(ledBy), ...p.text.matchAll(leader)]) {
        const holder = found[1]!;
        const theirs = corpus.findEntity(holder, docId);
        if (theirs?.id === entity.id || surnameOf(holder) === ownSurname) return undefined;
        if (theirs?.kind === 'person' && !other) other = { passage: p, said: found[0] };
      }
      // The statement's person in a sentence with the verb and the word leaves it to the source's
      // own words ("Farrant, the panel's chair, who led it").
      if (own.some((a) => p.text.includes(a)) && verb.test(p.text)) return undefined;
    }
    if (other) return { draft: text.slice(n.start, n.end + m[0].length), source: other.said, span: { start: n.start, end: n.end + m[0].length }, passage: { passage: other.passage, coverage: 1 } };
  }
  return undefined;
}
