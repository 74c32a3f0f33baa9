// Terminal colours: on a TTY only, and never when the user said no.

export interface Palette {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

/**
 * Whether to colour a stream. `--no-color` wins, then FORCE_COLOR (any value but `0` or
 * `false`), then NO_COLOR (any non-empty value, per no-color.org), then whether it is a TTY.
 */
export function wantsColor(options: { noColorFlag: boolean; env: Record<string, string | undefined>; isTTY: boolean }): boolean {
  if (options.noColorFlag) return false;
  const force = options.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (options.env['NO_COLOR']) return false;
  return options.isTTY;
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

export const COLORS: Palette = {
  red: sgr(31, 39),
  green: sgr(32, 39),
  yellow: sgr(33, 39),
  blue: sgr(34, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
};

const identity = (text: string): string => text;

export const NO_COLORS: Palette = { red: identity, green: identity, yellow: identity, blue: identity, dim: identity, bold: identity };
