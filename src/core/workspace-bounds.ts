// Whether a file's real location is inside the workspace folder. Both front ends resolve links
// themselves (node fs, or the editor's file system) and ask here, so the CLI and the editor
// draw the same line and say the same words when a link leaves the folder.

/**
 * Whether `target` is `folder` or lies under it. Both are real (link-free), absolute paths or
 * URI paths; `/` and `\` both separate parts, so this serves POSIX, Windows and URIs alike.
 * On Windows and macOS, case-insensitive file systems make different spellings the same file:
 * pass `ignoreCase` there.
 */
export function isWithinFolder(folder: string, target: string, ignoreCase = false): boolean {
  const norm = (p: string) => {
    const slashed = p.replace(/\\/g, '/').replace(/\/+$/, '');
    return ignoreCase ? slashed.toLowerCase() : slashed;
  };
  const f = norm(folder);
  const t = norm(target);
  return t === f || t.startsWith(f === '' ? '/' : f + '/');
}

/**
 * The one warning for a link that leads out of the workspace. It names the link only: neither
 * where it points nor anything read there, which could be a secret.
 */
export function linkOutsideMessage(path: string): string {
  return `${path} is a symbolic link to a place outside the workspace folder; not read`;
}

/** The error a file reader throws for such a link; `sourceReadProblem` shows its message as is. */
export class OutsideWorkspaceError extends Error {
  readonly code = 'OUTSIDE_WORKSPACE';

  constructor(readonly path: string) {
    super(linkOutsideMessage(path));
  }
}

/** What an editor's file system can tell about links, for `linkRefusal`. */
export interface LinkView {
  /** Whether the entry at this workspace-relative path is itself a symbolic link; `isFolder` for the folders on the way to a file. */
  isLink(path: string, isFolder: boolean): Promise<boolean>;
  /**
   * The real (link-free) locations of the workspace folder and of a workspace-relative path, or
   * undefined where the file system cannot say (a remote or virtual one): then no link is followed.
   */
  realPaths?(path: string): Promise<{ folder: string; target: string } | undefined>;
}

/**
 * Why a workspace-relative path may not be read, or undefined when it may: a path reached
 * through a link (its own or a folder's) is read only when following links is allowed and the
 * link is known to stay inside the folder.
 */
export async function linkRefusal(path: string, view: LinkView, options: { followLinks: boolean; ignoreCase?: boolean }): Promise<string | undefined> {
  const parts = path.split('/');
  let linked = false;
  for (let i = 1; i <= parts.length && !linked; i++) linked = await view.isLink(parts.slice(0, i).join('/'), i < parts.length);
  if (!linked) return undefined;
  if (!options.followLinks) {
    return `${path} is reached through a symbolic link; in an untrusted workspace Groundwork follows no link, which could lead outside the folder`;
  }
  const real = await view.realPaths?.(path);
  if (real && isWithinFolder(real.folder, real.target, options.ignoreCase)) return undefined;
  return linkOutsideMessage(path);
}
