/**
 * A stable id for a source path: the workspace-relative path without its extension, each
 * segment lower-cased with runs of anything but letters and digits turned into `-`.
 * `seeds/Global Times (Dec).txt` -> `seeds/global-times-dec`.
 */
export function slugOf(path: string): string {
  const segments = path.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.');
  const last = segments.length - 1;
  if (last >= 0) {
    const name = segments[last]!;
    const dot = name.lastIndexOf('.');
    if (dot > 0) segments[last] = name.slice(0, dot);
  }
  const slugs = segments.map(slugSegment).filter((s) => s !== '');
  return slugs.length > 0 ? slugs.join('/') : 'source';
}

function slugSegment(segment: string): string {
  return segment
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
