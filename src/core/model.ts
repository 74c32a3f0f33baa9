// The shared vocabulary of Groundwork's core. Plain data: everything here can be serialised
// (the index cache) and crosses the boundary to the CLI and the extension unchanged.
//
// Offsets are UTF-16 code-unit offsets into a text, `end` exclusive. Positions are 0-based
// (line, character) like VS Code's; front ends that print 1-based positions convert at the edge.

export interface Span {
  start: number;
  end: number;
}

export interface LinePosition {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export interface LineRange {
  start: LinePosition;
  end: LinePosition;
}

// ---------------------------------------------------------------------------------------------
// Sources

export type SourceFormat = 'txt' | 'md' | 'html' | 'pdf';

/** A source file read and normalised. Offsets in `Span`s of this document refer to `text`. */
export interface SourceDocument {
  /** Stable slug of the path (or `id:` from front matter). */
  id: string;
  /** Workspace-relative path with forward slashes, e.g. `seeds/global-times.txt`. */
  path: string;
  format: SourceFormat;
  title?: string;
  /** ISO date `YYYY-MM-DD` when known. */
  published?: string;
  url?: string;
  /**
   * The checkable text. For txt/md it is the file's text (BOM removed, front matter kept so
   * that line numbers match the file; front matter is listed in `excluded`). For html/pdf it is
   * the extracted text.
   */
  text: string;
  /** Regions of `text` that never count as support: front matter, boilerplate, captions. */
  excluded: Span[];
  /** PDF only: offset in `text` at which each page starts (page 1 first). */
  pageStarts?: number[];
  /** Problems met while reading that did not stop the document from being indexed. */
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// Index

export interface Passage {
  /** Index of the passage in `Corpus.passages`. */
  index: number;
  docId: string;
  /** The sentence. */
  span: Span;
  text: string;
  /** The paragraph holding the sentence. */
  paragraph: Span;
  /** Sentence number within its paragraph (0-based). */
  sentenceInParagraph: number;
}

export type EntityKind = 'person' | 'organisation' | 'place' | 'work' | 'number' | 'date';

export interface Mention {
  docId: string;
  span: Span;
  /** The surface form, e.g. `Guo` for Guo Jiakun. */
  text: string;
  /** Passage index the mention sits in. */
  passage: number;
}

export interface Entity {
  /** Stable key: kind + canonical name, e.g. `person:guo jiakun`. */
  id: string;
  /** Canonical (longest) name, e.g. `Guo Jiakun`. */
  name: string;
  kind: EntityKind;
  /** Other names that refer to it: `Guo`, `Foreign Ministry Spokesperson Guo Jiakun`. */
  aliases: string[];
  /** Titles and roles: `Foreign Ministry Spokesperson`, `senior researcher at ...`. */
  roles: string[];
  mentions: Mention[];
}

export interface SourceQuote {
  docId: string;
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Span of the quoted words (inside the marks). */
  span: Span;
  passage: number;
  /** Entity id of the speaker when resolved. */
  speakerId?: string;
  /** The speaker as written, when a speaker was found. */
  speakerName?: string;
}

// ---------------------------------------------------------------------------------------------
// Drafts

/** A quoted span inside a statement. Offsets are relative to `Statement.text`. */
export interface StatementQuote {
  text: string;
  span: Span;
}

export interface Suppression {
  /** Every code suppressed. */
  all: boolean;
  /** Codes suppressed when `all` is false. */
  codes: string[];
}

/** A checkable sentence of a draft. */
export interface Statement {
  /** Position of the statement in its draft (0-based). */
  index: number;
  /** Plain text of the sentence: Markdown syntax removed, inline code removed, link text kept. */
  text: string;
  /** Span of the whole sentence in the draft source. */
  span: Span;
  /**
   * Maps offsets of `text` to offsets of the draft source: a sorted list of runs; the run
   * `{ text: t, draft: d, length: n }` says text[t + i] sits at draft offset d + i for i < n.
   */
  runs: { text: number; draft: number; length: number }[];
  quotes: StatementQuote[];
  /** Codes suppressed for this statement by comments. */
  suppression?: Suppression;
  /** Block the sentence came from. */
  block: 'paragraph' | 'list-item' | 'blockquote' | 'table-cell';
  /**
   * Whom a "he" or "she" crediting the statement's quote, or opening it ("He said ..."), means:
   * the last person the paragraph names before ("Guo Jiakun spoke on Friday. \"...,\" he said."
   * -> "Guo Jiakun").
   */
  antecedent?: string;
  /** The citations the statement ends with (links to sources, reference links, footnotes). */
  citations?: Citation[];
}

/** How a draft cites: `[t](../seeds/a.txt)`, `[t][ref]` with `[ref]: ../seeds/a.txt`, or `[^1]` with `[^1]: [t](../seeds/a.txt)`. */
export type CitationStyle = 'inline' | 'reference' | 'footnote';

/**
 * A link in a statement that may name a source: its target as written (a path relative to the
 * draft, a source's `id`, or a `url`). Whether it names a source is decided against the corpus.
 */
export interface Citation {
  style: CitationStyle;
  /** The link destination, as written (character references decoded by the parser). */
  target: string;
  /** Draft range of the citation in the statement: the link, the reference link or the `[^label]`. */
  span: Span;
  /** Draft range of the destination text: in the link, or in the definition it points to. */
  targetSpan?: Span;
  /** Reference and footnote citations: the label, as written (`gt`, `1`). */
  label?: string;
}

/** A link reference definition (`[gt]: ../seeds/gt.txt`) or a footnote definition holding a link. */
export interface LinkDefinition {
  /** The label as written (`gt`, `1`). */
  label: string;
  /** The destination (for a footnote: of its first link). */
  target: string;
  /** Draft range of the whole definition. */
  span: Span;
  /** Draft range of the destination text. */
  targetSpan?: Span;
}

export interface Draft {
  path: string;
  text: string;
  statements: Statement[];
  /** Link reference and footnote definitions (footnotes holding a link), in draft order. */
  definitions?: { links: LinkDefinition[]; footnotes: LinkDefinition[] };
  /** What of the draft was read otherwise than Markdown would: each with where it starts. */
  notes?: DraftNote[];
}

/** A part of a draft read as plain text to bound the parser's work (its words are still checked). */
export interface DraftNote {
  span: Span;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Verdicts and findings

export type VerdictKind =
  | 'supported'
  | 'unsupported'
  | 'misquote'
  | 'misattributed'
  | 'number-mismatch'
  | 'contradicted';

// Each finding code has its module in findings/ (title, description, severity, messages, fixes).
export { FINDING_CODES, type FindingCode } from './findings/codes.js';
import type { FindingCode } from './findings/codes.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** Where an archived article comes from: what a writer needs to find it again. */
export interface ArticleInfo {
  /** The archive's id of the article. */
  id: string;
  title?: string;
  /** ISO date `YYYY-MM-DD` when known. */
  published?: string;
  url?: string;
  outlet?: string;
}

export interface Evidence {
  docId: string;
  /** Source path, workspace-relative. */
  source: string;
  span: Span;
  range: LineRange;
  /** PDF page (1-based) when the source is a PDF. */
  page?: number;
  text: string;
  /** How well this passage supports the statement, in [0,1]. */
  score: number;
  /** When the passage comes from an archive server rather than a workspace file: the article. */
  article?: ArticleInfo;
}

/** A word-level difference between a draft quote and the closest source quote. */
export interface WordDiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** An edit of the draft that fixes a finding. Offsets refer to the draft source. */
export interface Fix {
  title: string;
  span: Span;
  replacement: string;
  /** Further edits made together with this one (a footnote's definition at the end of the draft). */
  more?: { span: Span; replacement: string }[];
}

export interface Verdict {
  kind: VerdictKind;
  /** Support score in [0,1]. */
  score: number;
  message: string;
  evidence: Evidence[];
  /** Quote details: the draft quote, the closest source quote and the word diff. */
  quote?: {
    draft: string;
    source?: SourceQuote;
    sourcePath?: string;
    diff?: WordDiffPart[];
    attributedTo?: string;
  };
  /** Number details: the figure in the draft and the one in the evidence. */
  number?: { draft: string; source: string };
  /** Contradiction details: what the draft says against what the source says. */
  conflict?: { draft: string; source: string };
  /** Certainty the source does not give: the draft's "will", the source's "may not be feasible", and the word a fix writes. */
  hedge?: { draft: string; source: string; fix?: string };
  /** Words, names and figures of the statement that no evidence covers. */
  missing?: string[];
  /** Offsets relative to the statement text, of the part the verdict is about (a quote, a figure). */
  focus?: Span;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  /** Range in the draft source. */
  span: Span;
  range: LineRange;
  evidence: Evidence[];
  fixes: Fix[];
}

export interface StatementResult {
  statement: Statement;
  range: LineRange;
  verdict: Verdict;
  /** What a front end shows: absent when supported, suppressed or the code's severity is off. */
  finding?: Finding;
  /** The sources the statement cites, by path (those that resolved); absent when it cites none. */
  cited?: string[];
}

export interface DraftReport {
  path: string;
  results: StatementResult[];
}
