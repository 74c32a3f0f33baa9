import { parseDocument } from 'yaml';
import type { Span } from '../model.js';
import { isoDateOf } from './dates.js';

export interface FrontMatter {
  /** Span of the front matter block, fences included. */
  span: Span;
  id?: string;
  title?: string;
  /** ISO date. */
  date?: string;
  url?: string;
  warnings: string[];
}

const OPENING_FENCE = /^---[ \t]*\r?\n/;

/** The YAML front matter at the top of a Markdown file, when there is one. */
export function readFrontMatter(path: string, text: string): FrontMatter | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  let pos = opening[0].length;
  while (pos <= text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(pos, Math.min(lineEnd, pos + 8)).trimEnd();
    if ((line === '---' || line === '...') && text.slice(pos, lineEnd).trim() === line) {
      return interpret(path, text.slice(opening[0].length, pos), { start: 0, end: lineEnd });
    }
    pos = lineEnd + 1;
  }
  return undefined;
}

function interpret(path: string, yamlText: string, span: Span): FrontMatter {
  const result: FrontMatter = { span, warnings: [] };
  let data: unknown;
  try {
    const document = parseDocument(yamlText);
    const [firstError] = document.errors;
    if (firstError) throw firstError;
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    result.warnings.push(`${path}: front matter is not valid YAML (${reason}); it was ignored`);
    return result;
  }
  if (data === null || data === undefined) return result;
  if (typeof data !== 'object' || Array.isArray(data)) {
    result.warnings.push(`${path}: front matter is not a mapping of fields; it was ignored`);
    return result;
  }
  const fields = data as Record<string, unknown>;
  const text = (key: string): string | undefined => {
    const value = fields[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' || typeof value === 'number') {
      const s = String(value).trim();
      return s === '' ? undefined : s;
    }
    result.warnings.push(`${path}: front matter field \`${key}\` should be text; it was ignored`);
    return undefined;
  };
  result.id = text('id');
  result.title = text('title');
  result.url = text('url');
  const date = fields['date'] instanceof Date ? (fields['date'] as Date).toISOString() : text('date');
  if (date !== undefined) {
    result.date = isoDateOf(date);
    if (result.date === undefined) {
      result.warnings.push(`${path}: front matter \`date\` "${date}" is not a date like 2025-12-24; it was ignored`);
    }
  }
  return result;
}

const MAX_HEADING_LINE = 300;

/** Text of the first `# heading` after `from`, outside fenced code. */
export function firstHeading(text: string, from: number): string | undefined {
  let fence: string | undefined;
  let start = from;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = end - start > MAX_HEADING_LINE ? '' : text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMark) {
      const mark = fenceMark[1]!;
      if (fence === undefined) fence = mark[0]!;
      else if (mark[0] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = /^ {0,3}#[ \t]+(.*)$/.exec(line);
    if (heading) {
      const title = plainInline(heading[1]!.replace(/[ \t]+#+[ \t]*$/, '').trim());
      if (title !== '') return title;
    }
  }
  return undefined;
}

function plainInline(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`]+|(?<!\w)_+|_+(?!\w)/g, '')
    .trim();
}
