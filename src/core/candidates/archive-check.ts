// A check that asks an archive for what the workspace does not support. The workspace is judged
// first, as `checkDraft` does; a statement it leaves unsupported (or whose quote it cannot find
// at all) is looked up in the archive, and the archived passages are judged by the same local
// judgement, in a small Corpus of the articles they come from. Findings and evidence then name
// the archived article.
import type { GroundworkConfig } from '../config/types.js';
import { checkDraft, checkStatement } from '../check.js';
import { Corpus } from '../index/corpus.js';
import type { ArticleInfo, Draft, DraftReport, Evidence, StatementResult, Verdict } from '../model.js';
import { LineIndex } from '../text/lines.js';
import { candidateQueryOf, type CandidateSource, type StopSignal } from './candidate-source.js';

export interface ArchiveCheckOptions {
  /** Passages asked of the archive per statement. */
  passages?: number;
  /** Articles, at most, judged per statement (those of the best passages). */
  documents?: number;
  /** Stops between statements, and the source's queries: a check the writer no longer needs. */
  signal?: StopSignal;
  /** Called once per statement looked up in the archive. */
  onLookup?: (done: number, total: number) => void;
}

const PASSAGES = 12;
const DOCUMENTS = 5;

/** Checks a draft against the workspace corpus, then the archive for what the workspace does not support. */
export async function checkDraftWithArchive(corpus: Corpus, draft: Draft, config: GroundworkConfig, archive: CandidateSource, options: ArchiveCheckOptions = {}): Promise<DraftReport> {
  const report = checkDraft(corpus, draft, config);
  const lines = new LineIndex(draft.text);
  const wanted = report.results.map((r, i) => (needsArchive(r) ? i : -1)).filter((i) => i >= 0);
  for (const [done, i] of wanted.entries()) {
    if (options.signal?.aborted) break;
    options.onLookup?.(done, wanted.length);
    const archived = await archivedResult(draft, report.results[i]!, config, archive, lines, options);
    if (archived) report.results[i] = archived;
  }
  return report;
}

/**
 * What the archive makes of one statement the workspace judged: the result that replaces the
 * workspace's, or undefined when the statement needs no archive or the archive says no better.
 * One statement at a time, for a front end that checks statement by statement (the editor).
 */
export async function archivedResult(draft: Draft, result: StatementResult, config: GroundworkConfig, archive: CandidateSource, lines: LineIndex, options: ArchiveCheckOptions = {}): Promise<StatementResult | undefined> {
  if (!needsArchive(result)) return undefined;
  const archived = await checkInArchive(draft, result, config, archive, lines, options);
  return archived && better(archived.verdict, result.verdict) ? archived : undefined;
}

/**
 * Statements the workspace does not support and that cite nothing: a statement citing a workspace
 * source is judged against what it cites, and a wrong figure or a contradiction found in the
 * workspace stays the writer's to settle.
 */
export function needsArchive(result: StatementResult): boolean {
  if (result.cited?.length) return false;
  return result.verdict.kind === 'unsupported' || quoteNowhere(result.verdict);
}

function quoteNowhere(verdict: Verdict): boolean {
  return verdict.kind === 'misquote' && !verdict.quote?.source;
}

/** Whether the archive's verdict replaces the workspace's. */
function better(archived: Verdict, workspace: Verdict): boolean {
  if (archived.kind === 'supported') return true;
  if (archived.kind === 'unsupported') return false;
  // The archive found the quote, figure or name the statement is about, and it differs.
  return workspace.kind === 'unsupported' || (quoteNowhere(workspace) && !quoteNowhere(archived));
}

async function checkInArchive(draft: Draft, result: StatementResult, config: GroundworkConfig, archive: CandidateSource, lines: LineIndex, options: ArchiveCheckOptions): Promise<StatementResult | undefined> {
  const statement = result.statement;
  const passages = await archive.findPassages(candidateQueryOf(statement), options.passages ?? PASSAGES, options.signal);
  if (passages.length === 0) return undefined;
  const ids = [...new Set(passages.map((p) => p.docId))].slice(0, options.documents ?? DOCUMENTS);
  const archived = await archive.fetchDocuments(ids, options.signal);
  if (archived.length === 0) return undefined;
  const articles = new Map(archived.map((a) => [a.document.id, a.article]));
  const small = Corpus.build(archived.map((a) => a.document), { aliases: config.aliases });
  // Citations are the workspace's business: the statement cites nothing (see needsArchive).
  const checked = checkStatement(small, draft, { ...statement, citations: undefined }, config, lines);
  return withArticles(checked, articles);
}

function withArticles(result: StatementResult, articles: Map<string, ArticleInfo>): StatementResult {
  const name = (evidence: Evidence[]): Evidence[] => evidence.map((e) => {
    const article = articles.get(e.docId);
    return article ? { ...e, article } : e;
  });
  const out: StatementResult = { ...result, verdict: { ...result.verdict, evidence: name(result.verdict.evidence) } };
  if (result.finding) out.finding = { ...result.finding, evidence: name(result.finding.evidence) };
  return out;
}
