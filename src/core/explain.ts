// Why a statement got its verdict, as a writer reads it: the verdict, one score (the support
// score), the reason in words, the statement with the words no source has marked, and only the
// passages that bear on the verdict (the passages that support it, or the one it conflicts with),
// best first, each with the words it shares with the statement marked. The evidence view, the
// Problems panel and the hover read this; none of them re-derives it.
import type { Corpus } from './index/corpus.js';
import type { Evidence, StatementResult, Verdict, VerdictKind, WordDiffPart } from './model.js';
import { contentTokens, tokenize } from './text/tokens.js';
import { graphemePrefix } from './text/shorten.js';

/** What a passage is to the verdict. */
export type EvidenceRole =
  /** It says what the statement says. */
  | 'supports'
  /** It says something else: the source quote a misquote departs from, the figure or name that differs. */
  | 'conflicts'
  /** The nearest the sources come to an unsupported statement; it does not support it. */
  | 'closest';

export interface EvidenceRow {
  role: EvidenceRole;
  evidence: Evidence;
}

/** A piece of text, marked when it matters: shared with the statement, missing from the sources, or in conflict. */
export interface MarkedText {
  text: string;
  mark?: 'match' | 'missing' | 'conflict';
}

export interface ExplainedRow extends EvidenceRow {
  /** What the row is, in words: "Supporting passage", "Source quote", ... */
  label: string;
  title?: string;
  published?: string;
  /** The passage, with the words it shares with the statement marked `match` and the differing figure or name `conflict`. */
  passage: MarkedText[];
}

export interface Explanation {
  kind: VerdictKind;
  /** "Supported", "Misquote", ... */
  title: string;
  /** The support score in [0,1]: the one score shown. */
  score: number;
  /** Why, in words (no diff syntax). */
  reason: string;
  /** The statement, with the words and figures no evidence has marked `missing` and the part the verdict is about marked `conflict`. */
  statement: MarkedText[];
  /** Words of the statement no evidence covers. */
  missing: string[];
  /** A misquote's word diff, draft quote to source quote. */
  diff?: WordDiffPart[];
  rows: ExplainedRow[];
}

export const VERDICT_TITLE: Record<VerdictKind, string> = {
  supported: 'Supported',
  unsupported: 'Unsupported',
  misquote: 'Misquote',
  misattributed: 'Misattributed quote',
  'number-mismatch': 'Number mismatch',
  contradicted: 'Contradicted',
};

const MAX_SUPPORTING = 3;
/** A supporting passage shares nearly as much of the statement as the best one, else it is another topic. */
const SUPPORT_SLACK = 0.15;
/** Under this share of the statement's words, the nearest passage is not worth showing. */
const CLOSEST_FLOOR = 0.3;

/**
 * The evidence rows worth showing for a verdict, best first: the passages that support a
 * supported statement; the one passage a misquote, a misattribution, a figure or a name conflicts
 * with; the nearest passage of an unsupported statement when it shares a fair part of its words.
 */
export function evidenceRows(verdict: Verdict): EvidenceRow[] {
  const evidence = verdict.evidence;
  const best = evidence[0];
  if (!best) return [];
  switch (verdict.kind) {
    case 'supported':
      return evidence
        .filter((e) => e.score >= best.score - SUPPORT_SLACK)
        .slice(0, MAX_SUPPORTING)
        .map((e) => ({ role: 'supports', evidence: e }));
    case 'misquote':
      // Without a close source quote the passages say nothing about the quote.
      return verdict.quote?.source || verdict.quote?.diff ? [{ role: 'conflicts', evidence: best }] : [];
    case 'misattributed':
    case 'number-mismatch':
    case 'contradicted':
      return [{ role: 'conflicts', evidence: best }];
    case 'unsupported':
      return best.score >= CLOSEST_FLOOR ? [{ role: 'closest', evidence: best }] : [];
  }
}

/** The label of a row, as the Problems panel and the evidence view show it. */
export function rowLabel(verdict: Verdict, role: EvidenceRole): string {
  if (role === 'supports') return 'Supporting passage';
  if (role === 'closest') return 'Closest passage (does not support it)';
  switch (verdict.kind) {
    case 'misquote':
      return 'Source quote';
    case 'misattributed':
      return verdict.quote?.attributedTo ? `Source quote, by ${verdict.quote.attributedTo}` : 'Source quote';
    case 'number-mismatch':
      return 'Passage with the figure';
    default:
      return 'Conflicting passage';
  }
}

/** The words of an evidence passage that matter most to the verdict: the figure or name it has instead. */
export function citedTerms(verdict: Verdict): string[] {
  const terms: string[] = [];
  if (verdict.number) terms.push(verdict.number.source);
  if (verdict.conflict && verdict.conflict.source.length <= 60) terms.push(verdict.conflict.source);
  if (verdict.quote?.attributedTo) terms.push(verdict.quote.attributedTo);
  return terms.filter((t) => t.trim().length > 0);
}

/** Everything the evidence view shows for one checked statement. */
export function explainStatement(corpus: Corpus, result: StatementResult): Explanation {
  const { verdict, statement } = result;
  const statementWords = new Set(contentTokens(statement.text).map((t) => t.norm));
  const conflictTerms = citedTerms(verdict);
  const rows = evidenceRows(verdict).map((row): ExplainedRow => {
    const doc = corpus.getDocument(row.evidence.docId);
    return {
      ...row,
      label: rowLabel(verdict, row.role),
      ...(doc?.title ? { title: doc.title } : {}),
      ...(doc?.published ? { published: doc.published } : {}),
      passage: markPassage(row.evidence.text, statementWords, row.role === 'conflicts' ? conflictTerms : []),
    };
  });
  const missing = verdict.kind === 'supported' ? [] : verdict.missing ?? [];
  return {
    kind: verdict.kind,
    title: VERDICT_TITLE[verdict.kind],
    score: verdict.score,
    reason: verdict.message,
    statement: markStatement(statement.text, missing, verdict.focus),
    missing,
    ...(verdict.quote?.diff ? { diff: verdict.quote.diff } : {}),
    rows,
  };
}

/** A passage cut into runs: its words shared with the statement, the terms it conflicts on, the rest. */
export function markPassage(text: string, statementWords: ReadonlySet<string>, conflictTerms: readonly string[]): MarkedText[] {
  const marks: { start: number; end: number; mark: 'match' | 'conflict' }[] = [];
  const lower = text.toLowerCase();
  for (const term of conflictTerms) {
    const at = findWord(lower, term.toLowerCase());
    if (at >= 0) marks.push({ start: at, end: at + term.length, mark: 'conflict' });
  }
  for (const token of tokenize(text)) {
    if (!statementWords.has(token.norm)) continue;
    if (marks.some((m) => m.start < token.end && token.start < m.end)) continue;
    marks.push({ start: token.start, end: token.end, mark: 'match' });
  }
  return runs(text, marks);
}

function markStatement(text: string, missing: readonly string[], focus: Verdict['focus']): MarkedText[] {
  const marks: { start: number; end: number; mark: 'missing' | 'conflict' }[] = [];
  if (focus && focus.end > focus.start && focus.end <= text.length) marks.push({ start: focus.start, end: focus.end, mark: 'conflict' });
  const missingWords = new Set(missing.map((w) => w.toLowerCase()));
  for (const token of tokenize(text)) {
    if (!missingWords.has(token.text.toLowerCase())) continue;
    if (marks.some((m) => m.start < token.end && token.start < m.end)) continue;
    marks.push({ start: token.start, end: token.end, mark: 'missing' });
  }
  return runs(text, marks);
}

/** Where `term` occurs in `text` as whole words, or -1. */
function findWord(text: string, term: string): number {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + term.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}

function runs(text: string, marks: { start: number; end: number; mark: NonNullable<MarkedText['mark']> }[]): MarkedText[] {
  marks.sort((a, b) => a.start - b.start);
  const out: MarkedText[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    const gap = text.slice(at, m.start);
    const word = text.slice(m.start, m.end);
    const last = out[out.length - 1];
    // Neighbouring marked words read as one run: "Critical Minerals", not two.
    if (last?.mark === m.mark && /^\s*$/.test(gap)) last.text += gap + word;
    else {
      if (gap) out.push({ text: gap });
      out.push({ text: word, mark: m.mark });
    }
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/**
 * A passage cut to `max` characters around the words that matter (the figure or name it is cited
 * for), on word boundaries, with "…" where it was cut; whitespace flattened to single spaces.
 */
export function excerpt(text: string, max: number, around: readonly string[] = []): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const lower = flat.toLowerCase();
  const hits = around.map((t) => ({ at: findWord(lower, t.toLowerCase().replace(/\s+/g, ' ')), length: t.length })).filter((h) => h.at >= 0);
  const hit = hits.sort((a, b) => a.at - b.at)[0];
  if (!hit || hit.at + hit.length <= max - 1) return cutEnd(flat, max);
  // Keep the term with some context before it, about a third of the room.
  const room = max - 2;
  let start = Math.max(0, Math.min(hit.at - Math.floor(room / 3), flat.length - room));
  const space = flat.indexOf(' ', start);
  if (start > 0 && space >= 0 && space < hit.at) start = space + 1;
  const rest = flat.slice(start);
  const body = rest.length > room ? cutEnd(rest, room + 1) : rest;
  return `…${body}`;
}

function cutEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  // Between words, or else between characters: never half a surrogate pair or a flag.
  return `${(cut > max / 2 ? text.slice(0, cut) : graphemePrefix(text, max - 1)).trimEnd()}…`;
}
