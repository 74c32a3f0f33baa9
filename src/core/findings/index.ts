// Every finding code's rule, from its module: each declares its title, description, default
// severity, messages and fixes. Adding a code: write its module here, add the code to codes.ts and
// its rule below (the compiler insists on both), then regenerate what is written from this list:
// `npx tsx scripts/gen-finding-docs.ts` (the README's table and entries) and
// `npx tsx scripts/gen-settings.ts --write` (package.json's severity setting).
import type { VerdictKind } from '../model.js';
import { FINDING_CODES, type FindingCode } from './codes.js';
import { brokenCitation } from './broken-citation.js';
import { citationMismatch } from './citation-mismatch.js';
import { contradictedStatement } from './contradicted-statement.js';
import { misattributedQuote } from './misattributed-quote.js';
import { misquote } from './misquote.js';
import { numberMismatch } from './number-mismatch.js';
import type { FindingRule } from './rule.js';
import { uncitedStatement } from './uncited-statement.js';
import { unsupportedStatement } from './unsupported-statement.js';

export type { FindingRule } from './rule.js';
export { FINDING_CODES, type FindingCode } from './codes.js';
export { docsAnchor } from './rule.js';

const RULES: Record<FindingCode, FindingRule> = {
  'unsupported-statement': unsupportedStatement,
  misquote,
  'misattributed-quote': misattributedQuote,
  'number-mismatch': numberMismatch,
  'contradicted-statement': contradictedStatement,
  'citation-mismatch': citationMismatch,
  'broken-citation': brokenCitation,
  'uncited-statement': uncitedStatement,
};

/** The rules in the order of FINDING_CODES. */
export const FINDING_RULES: readonly FindingRule[] = FINDING_CODES.map((code) => RULES[code]);

export function ruleOf(code: FindingCode): FindingRule {
  return RULES[code];
}

/** The code that reports a verdict other than `supported`. */
export function codeOfVerdict(kind: Exclude<VerdictKind, 'supported'>): FindingCode {
  return FINDING_RULES.find((r) => r.verdict === kind)!.code;
}
