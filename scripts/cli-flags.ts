// The scripts' options: `--name value` among a script's arguments.

/** The word after `--name` among the arguments, if the option is given. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}
