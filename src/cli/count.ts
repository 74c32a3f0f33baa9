/** `1 file`, `2 files`. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The summary line of a check: `N statements, N supported, N flagged (E errors, W warnings, I info) in F files`. */
export function summaryLine(s: { statements: number; supported: number; flagged: number; errors: number; warnings: number; info: number; files: number }): string {
  const severities = [count(s.errors, 'error', 'errors'), count(s.warnings, 'warning', 'warnings'), count(s.info, 'info', 'info')].join(', ');
  return `${count(s.statements, 'statement', 'statements')}, ${s.supported} supported, ${s.flagged} flagged (${severities}) in ${count(s.files, 'file', 'files')}`;
}
