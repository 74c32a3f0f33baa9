// The finding codes, in the order every list of them shows. A leaf module: the draft parser, the
// configuration and the model read the list without loading the code modules in findings/.
export const FINDING_CODES = [
  'unsupported-statement',
  'misquote',
  'misattributed-quote',
  'number-mismatch',
  'contradicted-statement',
  'citation-mismatch',
  'broken-citation',
  'uncited-statement',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
