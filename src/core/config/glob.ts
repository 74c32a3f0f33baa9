import picomatch from 'picomatch';
import { NEVER_DRAFTS, type GroundworkConfig } from './types.js';

export interface PathMatcher {
  /** A source file: matches a `sources` glob and is not excluded. */
  isSource(path: string): boolean;
  /** A draft to check: matches a `drafts` glob, is not a source, not excluded and not a project file (`NEVER_DRAFTS`). */
  isDraft(path: string): boolean;
  /** Never read: matches an `exclude` glob. */
  isExcluded(path: string): boolean;
}

/** Matches workspace-relative paths (forward slashes; `./` and `\` are tolerated) against the config's globs. */
export function createMatcher(config: GroundworkConfig): PathMatcher {
  // Hidden files and folders are only sources or drafts when a glob names them; excludes
  // reach into them (`.groundwork/**`).
  const source = compile(config.sources, false);
  const draft = compile(config.drafts, false);
  const excluded = compile(config.exclude, true);
  const neverDraft = picomatch([...NEVER_DRAFTS], { dot: true, nocase: true });
  const isExcluded = (path: string) => excluded(normalize(path));
  const isSource = (path: string) => {
    const p = normalize(path);
    return source(p) && !excluded(p);
  };
  return {
    isSource,
    isExcluded,
    isDraft(path) {
      const p = normalize(path);
      return draft(p) && !source(p) && !excluded(p) && !neverDraft(p);
    },
  };
}

function compile(globs: string[], dot: boolean): (path: string) => boolean {
  const patterns = globs.flatMap((glob) => {
    const g = normalize(glob).replace(/\/+$/, '');
    if (g === '') return [];
    // `seeds` means the folder as well as a file of that name.
    return g.endsWith('/**') ? [g] : [g, `${g}/**`];
  });
  if (patterns.length === 0) return () => false;
  return picomatch(patterns, { dot });
}

function normalize(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
