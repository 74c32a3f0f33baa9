// Whom a "he" or "she" stands for when the sentence before names no one but describes them: "The
// night porter told investigators that he had ... . He had worked 15 hours ..." is about the
// night porter, as a reader takes it.
import type { Corpus } from '../index/corpus.js';
import { isPost, quotationSpans } from '../index/quotes.js';
import type { Passage } from '../model.js';
import { normalizeWord, STOPWORDS, type Token } from '../text/tokens.js';
import { passageProfile, tokenizeCached } from './passage-profile.js';
import { escapeRegExp } from '../text/regexp.js';

// A sentence that opens on a person by a pronoun, and one that opens on someone it describes.
const PRONOUN_OPENING = /^\s*(?:he|she|they)\b/i;
const DESCRIBED_OPENING = /^\s*the\s/i;
/** How many words a description that opens a sentence may have ("the night duty manager"). */
export const DESCRIPTION_WORDS = 4;

/**
 * The opening words (content words, up to DESCRIPTION_WORDS) of the description a passage's
 * opening "he", "she" or "they" stands for: the sentence just before it, in its paragraph, opens
 * on "the" and someone it describes, and names no person outside its quotations (who might be
 * "he"). The description ends where its verb starts, which a word list cannot tell: the words are
 * the sentence's first ("night", "porter", "told", "investigators"), for the caller to weigh a
 * statement's description against, from the first.
 */
export function describedReferent(corpus: Corpus, passage: Passage): Token[] | undefined {
  if (!PRONOUN_OPENING.test(passage.text)) return undefined;
  const before = corpus.passageBeside(passage, -1);
  if (!before || before.paragraph.start !== passage.paragraph.start || !DESCRIBED_OPENING.test(before.text)) return undefined;
  const profile = passageProfile(before);
  const quoted = quotationSpans(before.text);
  if (profile.names.some((n) => n.kind === 'person' && !quoted.some((q) => q.start <= n.start && n.end <= q.end))) return undefined;
  const opening: Token[] = [];
  for (const t of profile.tokens) {
    if (opening.length >= DESCRIPTION_WORDS) break;
    if (!STOPWORDS.has(t.norm) && !STOPWORDS.has(t.text.toLowerCase())) opening.push(t);
  }
  return opening;
}

/** Whether a statement opens on "the" and a description ("The night porter had ..."). */
export function opensDescribed(text: string): boolean {
  return DESCRIBED_OPENING.test(text);
}

// How many of a person's mentions in a document are read for a post.
const MOST_MENTIONS_READ = 50;

/**
 * Whether a described speaker ("a spokesperson", "one Year 6 pupil") may be the person the
 * statement names: the description's last word is said of them, in the statement, among the
 * posts the index holds for them, or next to their name in the document.
 */
export function describesPerson(corpus: Corpus, who: string, named: string, statement: string, docId: string): boolean {
  const head = normalizeWord(who.split(/\s+/).at(-1)!.toLowerCase());
  if (tokenizeCached(statement).some((t) => t.norm === head)) return true;
  const entity = corpus.findEntity(named, docId);
  if (entity?.roles.some((r) => tokenizeCached(r).some((t) => t.norm === head))) return true;
  const doc = corpus.getDocument(docId);
  const surname = named.trim().split(/\s+/).at(-1)!;
  if (!doc || surname.length < 2) return false;
  // ("Lead inspector Jonathan Akinde" is no pupil; "spokesperson Jane Doe" may be "a spokesperson".)
  let read = 0;
  for (const m of doc.text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'gu'))) {
    const around = doc.text.slice(Math.max(0, m.index - 80), m.index + surname.length + 80);
    if (tokenizeCached(around).some((t) => t.norm === head)) return true;
    if (++read >= MOST_MENTIONS_READ) break;
  }
  return false;
}

/**
 * Whether a speaker the source names by a post ("the Chair wrote") is the person the statement
 * names: the post stands right beside their name, in the statement ("Chair Ingrid Soames") or in
 * the source ("Ingrid Soames (Chair, solicitor)", "Ingrid Soames, the chair,", "Chair Ingrid
 * Soames"), not merely near it ("Ingrid Soames (Chair); Dr Felix Obi").
 */
export function holdsPost(corpus: Corpus, post: string, named: string, statement: string, docId: string): boolean {
  if (!isPost(post)) return false;
  const surname = named.trim().split(/\s+/).at(-1)!;
  if (surname.length < 2) return false;
  const bare = post.replace(/^the\s+/i, '');
  // (The post as written, in lower case or capitalised: a name's capitals are read as written.)
  const title = `(?:${[...new Set([bare, bare.toLowerCase(), bare.charAt(0).toUpperCase() + bare.slice(1).toLowerCase()])].map(escapeRegExp).join('|')})`;
  const name = escapeRegExp(surname);
  const beside = new RegExp(`(?<![\\p{L}])${title}\\s*,?\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\\.?\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}${name}(?![\\p{L}])|(?<![\\p{L}])${name}\\s*(?:\\(\\s*|,\\s+(?:the\\s+)?)${title}(?![\\p{L}])`, 'u');
  if (beside.test(statement)) return true;
  const doc = corpus.getDocument(docId);
  return !!doc && beside.test(doc.text);
}
