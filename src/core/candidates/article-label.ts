// An archived article as the editor names it in evidence: what a writer needs to find it again.
import type { ArticleInfo } from '../model.js';

/** `"Title", outlet, 2025-12-12, archive:ID`: the parts known, on one line. */
export function articleLabel(article: ArticleInfo): string {
  const parts = [article.title ? `"${article.title}"` : undefined, article.outlet, article.published, `archive:${article.id}`];
  return parts.filter((p): p is string => !!p).join(', ').replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}
