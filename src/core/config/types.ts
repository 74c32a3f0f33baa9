import type { FindingCode, SeveritySetting } from '../model.js';
import { FINDING_RULES } from '../findings/index.js';

/** The settings of `groundwork.yaml`, after defaults are applied. */
export interface GroundworkConfig {
  /** Globs of source files, relative to the workspace root. */
  sources: string[];
  /** Globs of drafts to check; by default every `*.md` outside the sources. */
  drafts: string[];
  /** Globs never read, neither as source nor as draft. */
  exclude: string[];
  /** Support score under which a statement is `unsupported`, in [0,1]. */
  threshold: number;
  /** Severity per finding code; `off` hides the code. */
  severity: Record<FindingCode, SeveritySetting>;
  /** Extra names for entities: canonical name -> aliases. */
  aliases: Record<string, string[]>;
  /** Folder of the persisted index, relative to the workspace root. */
  cache: string;
  /** Every supported statement must cite a source (`require-citations` in groundwork.yaml). */
  requireCitations: boolean;
  /**
   * The archive server asked for what the workspace does not support: a PostgreSQL connection
   * string, or `env:NAME` for one kept in an environment variable. Empty: no archive.
   */
  archive: string;
}

export const DEFAULT_THRESHOLD = 0.5;

/**
 * Files that are never drafts, whatever the `drafts` globs say (a file named on the command line
 * still is): a project's own README, changelog, licence and contributor notes are not writing
 * to check against the sources, nor is the documentation of dependencies. Matched ignoring case.
 */
export const NEVER_DRAFTS: readonly string[] = [
  ...['README', 'CHANGELOG', 'LICENSE', 'LICENCE', 'CONTRIBUTING', 'CODE_OF_CONDUCT'].flatMap((name) => [`**/${name}`, `**/${name}.*`]),
  '**/node_modules/**',
];

export function defaultConfig(): GroundworkConfig {
  return {
    sources: ['seeds/**'],
    drafts: ['**/*.md'],
    exclude: ['**/node_modules/**', '**/.git/**', '.groundwork/**'],
    threshold: DEFAULT_THRESHOLD,
    severity: Object.fromEntries(FINDING_RULES.map((r) => [r.code, r.severity])) as GroundworkConfig['severity'],
    aliases: {},
    cache: '.groundwork/cache',
    requireCitations: false,
    archive: '',
  };
}
