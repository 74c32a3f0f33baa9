// The Markdown of hover cards. Everything that comes from a source or a draft is escaped: a
// source is untrusted text, and a `[link](command:...)` inside it must never become live.
// No `vscode` import, so the escaping is unit-tested in plain Node.
import { shorten } from '../core/text/shorten.js';
import type { EntityCard, QuoteReport, SourceLocation } from '../core/lookup.js';
import { articleLabel } from '../core/candidates/article-label.js';
import { citedTerms, evidenceRows, excerpt, rowLabel } from '../core/explain.js';
import type { Evidence, StatementResult, WordDiffPart } from '../core/model.js';

export const OPEN_SOURCE_COMMAND = 'groundwork.openSource';
export const SHOW_EVIDENCE_COMMAND = 'groundwork.showEvidence';

/** A statement of a draft, for the evidence view: the document's URI and a 0-based position in it. */
export interface StatementTarget {
  uri: string;
  line: number;
  character: number;
}

/** Where a link should open: a source path and a 0-based line range. */
export interface SourceTarget {
  path: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

/**
 * Text shown literally in Markdown: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows it for all of them), line breaks become spaces. `<`, `>` and `&` are
 * escaped too, so no HTML tag or entity survives even if HTML rendering were on.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~<>&:'"=$%^,;?@/]/g, (c) => `\\${c}`);
}

/** Text shortened to a length a card can hold, on a word boundary. */
export function clip(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return cut > max / 2 ? `${flat.slice(0, cut)}…` : shorten(flat, max);
}

/** A command link to our own command; arguments are JSON, URI-encoded as VS Code expects. */
export function openSourceLink(label: string, target: SourceTarget): string {
  const args = encodeURIComponent(JSON.stringify([target]));
  return `[${escapeMarkdown(label)}](command:${OPEN_SOURCE_COMMAND}?${args} "Open the source at this line")`;
}

export function targetOf(where: Pick<SourceLocation, 'path' | 'range'>): SourceTarget {
  return { path: where.path, line: where.range.start.line, character: where.range.start.character, endLine: where.range.end.line, endCharacter: where.range.end.character };
}

function placeLabel(where: { path: string; range: { start: { line: number } } }): string {
  return `${where.path}:${where.range.start.line + 1}`;
}

const KIND_NAME: Record<string, string> = {
  person: 'Person', organisation: 'Organisation', place: 'Place', work: 'Work', number: 'Figure', date: 'Date',
};

export function entityMarkdown(card: EntityCard): string {
  const { entity } = card;
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(entity.name)}** · ${KIND_NAME[entity.kind] ?? entity.kind}`);
  if (entity.roles.length) lines.push('', `*${entity.roles.slice(0, 3).map((r) => escapeMarkdown(r)).join('; ')}*`);
  const others = entity.aliases.filter((a) => a !== entity.name).slice(0, 5);
  if (others.length) lines.push('', `Also: ${others.map((a) => escapeMarkdown(a)).join(', ')}`);
  const sources = card.sourceCount === 1 ? '1 source' : `${card.sourceCount} sources`;
  lines.push('', `Mentioned ${entity.mentions.length} ${entity.mentions.length === 1 ? 'time' : 'times'} in ${sources}`);
  for (const mention of card.firstMentions) {
    lines.push('', `${openSourceLink(placeLabel(mention), targetOf(mention))}: ${escapeMarkdown(clip(mention.snippet, 220))}`);
  }
  return lines.join('\n');
}

export function quoteMarkdown(draftQuote: string, report: QuoteReport): string {
  const lines: string[] = [];
  const status = report.status === 'verbatim' ? '$(check) Verbatim in the sources'
    : report.status === 'altered' ? '$(warning) Altered: not verbatim in any source'
      : '$(error) Not found in any source';
  lines.push(`**Quote** · ${status}`);
  if (report.sourceText !== undefined) {
    lines.push('', `> ${escapeMarkdown(clip(report.sourceText, 400))}`);
    const byline = [report.speaker && `— ${escapeMarkdown(report.speaker)}`, report.where && sourceByline(report.where)].filter(Boolean).join(', ');
    if (byline) lines.push('', byline);
  }
  if (report.status === 'altered' && report.diff) {
    lines.push('', `Draft → source: ${diffMarkdown(report.diff)}`);
  }
  if (report.status === 'not-found') lines.push('', `The draft has: "${escapeMarkdown(clip(draftQuote, 300))}"`);
  return lines.join('\n');
}

function sourceByline(where: SourceLocation): string {
  const parts = [where.title ? `*${escapeMarkdown(clip(where.title, 90))}*` : undefined, where.published ? escapeMarkdown(where.published) : undefined];
  return [...parts.filter(Boolean), openSourceLink(placeLabel(where), targetOf(where))].join(', ');
}

/** Deleted words struck through, inserted words in bold; the words themselves escaped. */
export function diffMarkdown(parts: WordDiffPart[]): string {
  return parts.map((p) => {
    const text = escapeMarkdown(p.text);
    return p.op === 'equal' ? text : p.op === 'delete' ? `~~${text}~~` : `**${text}**`;
  }).join(' ');
}

const VERDICT_LABEL: Record<string, string> = {
  supported: '$(check) Supported',
  unsupported: '$(warning) Unsupported',
  misquote: '$(error) Misquote',
  misattributed: '$(error) Misattributed quote',
  'number-mismatch': '$(error) Number mismatch',
  contradicted: '$(error) Contradicted',
};

/** A command link that opens the evidence view on a statement. */
export function showEvidenceLink(target: StatementTarget): string {
  const args = encodeURIComponent(JSON.stringify([target]));
  return `[$(checklist) Show evidence](command:${SHOW_EVIDENCE_COMMAND}?${args} "Open the evidence view for this statement")`;
}

export function statementMarkdown(result: StatementResult, evidenceTarget?: StatementTarget): string {
  const { verdict } = result;
  const lines: string[] = [];
  lines.push(`**Statement** · ${VERDICT_LABEL[verdict.kind] ?? verdict.kind} · support ${verdict.score.toFixed(2)}`);
  if (verdict.kind !== 'supported') lines.push('', escapeMarkdown(clip(verdict.message, 400)));
  // The passage that bears on the verdict, named for what it is to it (none when nothing comes close).
  const row = evidenceRows(verdict)[0];
  if (row) lines.push('', evidenceMarkdown(row.evidence, rowLabel(verdict, row.role), citedTerms(verdict)));
  if (evidenceTarget) lines.push('', showEvidenceLink(evidenceTarget));
  return lines.join('\n');
}

export function evidenceMarkdown(evidence: Evidence, label = 'Evidence', around: readonly string[] = []): string {
  const where = { path: evidence.source, range: evidence.range };
  const page = evidence.page ? ` (page ${evidence.page})` : '';
  // An archived article by its title, outlet, date and id; a file by its path and line.
  const place = evidence.article ? articleLabel(evidence.article) : placeLabel(where);
  return `${escapeMarkdown(label)}${page}, ${openSourceLink(place, targetOf(where))}:\n\n> ${escapeMarkdown(excerpt(evidence.text, 400, around))}`;
}
