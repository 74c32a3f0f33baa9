// `groundwork score` with an archive: a claim given without its source is scored against the
// archived articles that hold its best passages, each as the one source text `score` otherwise
// gets, and the best of them is its source. A pair file stays "one claim, one source": the
// archive only picks the source.
import type { GroundworkConfig } from '../config/types.js';
import { scoreClaim } from '../check.js';
import type { ArticleInfo, VerdictKind } from '../model.js';
import { candidateQueryOf, type CandidateSource } from './candidate-source.js';

export interface ArchiveScore {
  score: number;
  verdict: VerdictKind;
  /** The archived article the claim was scored against; none when the archive has nothing close. */
  article?: ArticleInfo;
}

const PASSAGES = 12;
const DOCUMENTS = 5;

/** Scores a claim against the articles an archive offers for it; `unsupported` at 0 when it offers none. */
export async function scoreClaimInArchive(claim: string, archive: CandidateSource, config?: GroundworkConfig, options: { passages?: number; documents?: number } = {}): Promise<ArchiveScore> {
  // The claim as one query: its sentences together, as `score` judges them together.
  const passages = await archive.findPassages(candidateQueryOf({ text: claim, quotes: [] }), options.passages ?? PASSAGES);
  const ids = [...new Set(passages.map((p) => p.docId))].slice(0, options.documents ?? DOCUMENTS);
  const articles = await archive.fetchDocuments(ids);
  let best: ArchiveScore = { score: 0, verdict: 'unsupported' };
  for (const { document, article } of articles) {
    const scored = scoreClaim(document.text, claim, config);
    // Supported beats any other verdict, then the higher support; the first (best ranked) on a tie.
    const better = best.article === undefined || rank(scored) > rank(best);
    if (better) best = { ...scored, article };
  }
  return best;
}

function rank(s: { score: number; verdict: VerdictKind }): number {
  return (s.verdict === 'supported' ? 1 : 0) + s.score / 2;
}
