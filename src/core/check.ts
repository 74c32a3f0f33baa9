// The one entry point both front ends call. (Body being written; signatures are final.)
import type { GroundworkConfig } from './config/types.js';
import type { Corpus } from './index/corpus.js';
import type { Draft, DraftReport, Verdict } from './model.js';

/** Checks every statement of a parsed draft against the corpus. */
export function checkDraft(corpus: Corpus, draft: Draft, config: GroundworkConfig): DraftReport {
  void corpus; void config;
  throw new Error(`checkDraft not implemented yet (${draft.path})`);
}

/** Scores a claim (one or more plain-text sentences) against one source text: `groundwork score`. */
export function scoreClaim(source: string, claim: string, config?: GroundworkConfig): { score: number; verdict: Verdict['kind'] } {
  void source; void claim; void config;
  throw new Error('scoreClaim not implemented yet');
}
