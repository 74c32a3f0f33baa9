// `groundwork index`: what the sources gave the index, for a reviewer to see before trusting a check.
import type { Corpus } from '../../core/index/corpus.js';
import { LineIndex } from '../../core/text/lines.js';
import { jsonPrintable, printable } from '../../core/text/printable.js';
import type { LoadWarning } from '../../core/workspace.js';
import type { IndexCommand } from '../args.js';
import { COLORS, NO_COLORS, wantsColor } from '../colors.js';
import { count } from '../count.js';
import type { CliContext } from '../context.js';
import { loadCorpus } from '../load-corpus.js';
import { requireSources } from '../no-sources.js';
import { openWorkspace } from '../open-workspace.js';
import { Progress } from '../progress.js';
import { oneBased } from '../report/positions.js';

export async function runIndex(command: IndexCommand, ctx: CliContext): Promise<number> {
  const workspace = await openWorkspace(ctx.cwd, command);
  await requireSources(workspace, 'index');
  const progress = new Progress(ctx.stderr, !command.quiet && ctx.stderr.isTTY === true);
  const { corpus, warnings } = await loadCorpus(workspace, ctx, progress, { noCache: command.noCache });
  if (command.format === 'json') {
    ctx.stdout.write(jsonPrintable(JSON.stringify(indexJson(corpus, warnings), null, 2)) + '\n');
  } else {
    const color = wantsColor({ noColorFlag: command.noColor, env: ctx.env, isTTY: ctx.stdout.isTTY === true });
    ctx.stdout.write(indexText(corpus, warnings, color));
  }
  return 0;
}

function indexText(corpus: Corpus, warnings: LoadWarning[], color: boolean): string {
  const c = color ? COLORS : NO_COLORS;
  const lines: string[] = [];
  for (const doc of corpus.documents) {
    const details = [doc.format, doc.published, `${corpus.passagesOf(doc.id).length} passages`].filter(Boolean).join(', ');
    lines.push(`${printable(doc.path)}  ${doc.title ? `"${printable(doc.title)}"  ` : ''}${c.dim(`(${printable(details)})`)}`);
  }
  const entities = corpus.entities;
  const byKind = new Map<string, number>();
  for (const e of entities) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, n]) => `${n} ${kind}`).join(', ');
  if (lines.length > 0) lines.push('');
  lines.push(
    c.bold(
      `${count(corpus.documents.length, 'document', 'documents')}, ${count(corpus.passages.length, 'passage', 'passages')}, ` +
        `${count(entities.length, 'entity', 'entities')}${kinds ? ` (${kinds})` : ''}, ${count(corpus.quotes.length, 'quote', 'quotes')}, ` +
        `${count(warnings.length, 'warning', 'warnings')}`,
    ),
  );
  return lines.join('\n') + '\n';
}

function indexJson(corpus: Corpus, warnings: LoadWarning[]): unknown {
  const linesOf = new Map<string, LineIndex>();
  const lineIndex = (docId: string): LineIndex => {
    let index = linesOf.get(docId);
    if (!index) linesOf.set(docId, (index = new LineIndex(corpus.getDocument(docId)?.text ?? '')));
    return index;
  };
  const pathOf = (docId: string): string => corpus.getDocument(docId)?.path ?? docId;
  const entities = corpus.entities;
  const quotes = corpus.quotes;
  return {
    version: 1,
    documents: corpus.documents.map((doc) => ({
      path: doc.path,
      id: doc.id,
      format: doc.format,
      title: doc.title,
      published: doc.published,
      url: doc.url,
      passages: corpus.passagesOf(doc.id).length,
      ...(doc.pageStarts ? { pages: doc.pageStarts.length } : {}),
    })),
    entities: entities.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: e.aliases,
      roles: e.roles,
      mentions: e.mentions.length,
      sources: [...new Set(e.mentions.map((m) => pathOf(m.docId)))],
    })),
    quotes: quotes.map((q) => ({
      text: q.text,
      speaker: q.speakerName ?? null,
      speakerId: q.speakerId ?? null,
      source: pathOf(q.docId),
      range: oneBased(lineIndex(q.docId).rangeOf(q.span)),
    })),
    warnings,
    summary: {
      documents: corpus.documents.length,
      passages: corpus.passages.length,
      entities: entities.length,
      quotes: quotes.length,
      warnings: warnings.length,
    },
  };
}
