// Text put into a regular expression as itself: a name or a word that may hold ".", "(" or "+".

/** The text with every character a regular expression treats specially escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
