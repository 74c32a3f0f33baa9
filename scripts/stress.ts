// `npm run stress`: time and memory of pathological inputs at growing sizes, and how each grows.
// Each input is doubled a few times; each size runs in a fresh process, so that its peak memory
// is its own. The table shows the input's size in characters, seconds, the peak resident memory of
// the process, and the ratios to the previous size: time over characters near 1 is linear growth,
// near 2 quadratic. Figures only: nothing here fails.
//
//   npm run stress [-- --steps 4] [--scale 1] [--only NAME]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { checkDraft } from '../src/core/check.js';
import { parseConfig } from '../src/core/config/load.js';
import { defaultConfig } from '../src/core/config/types.js';
import { parseDraft } from '../src/core/draft/parse.js';
import { Corpus } from '../src/core/index/corpus.js';
import { readSource, SourceError } from '../src/core/sources/read.js';

interface Case {
  name: string;
  /** What `n` counts, when not characters. */
  unit?: string;
  /** The first size; each step doubles it. */
  start: number;
  /** The input at size `n`. */
  input(n: number): string;
  /** The work to time on it. */
  run(input: string): void | Promise<void>;
}

const SENTENCE = 'The ministry said the port reopened on Friday after a two-day strike by 26 workers. ';
const ITEM = 'The port reopened.';
const encoder = new TextEncoder();
const sample = new Corpus();

async function setup(): Promise<void> {
  sample.addDocument(await readSource('seeds/port.txt', encoder.encode(`Port strike\n\n${SENTENCE}\n`)));
}

const indexSource = async (text: string): Promise<void> => {
  new Corpus().addDocument(await readSource('seeds/stress.txt', encoder.encode(text)));
};

/** A source over the limit: refused with a SourceError, as the workspace loader warns. */
const refusedSource = async (text: string): Promise<void> => {
  try {
    await indexSource(text);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return;
  }
  throw new Error('a source over the limit was read');
};

const checkText = (text: string): void => {
  checkDraft(sample, parseDraft(text, 'drafts/stress.md'), defaultConfig());
};

/** A source sentence and a statement to judge against it, as one input: the source, a NUL, the statement. */
const judged = (source: string, statement: string): string => `${source}\u0000${statement}`;

/** Judges the statement against a source of the one sentence, dated (its weekdays point at days). */
const judge = (input: string): void => {
  const [source, statement] = input.split('\u0000');
  const corpus = Corpus.build([{ id: 'stress', path: 'seeds/stress.txt', format: 'txt', text: `Stress\n\n${source}\n`, excluded: [], warnings: [], published: '2025-12-12' }]);
  checkDraft(corpus, parseDraft(`${statement}\n`, 'drafts/stress.md'), defaultConfig());
};

/** Items `0..n-1` joined: a sentence of thousands of figures, names or clauses. */
const items = (n: number, item: (i: number) => string, join = ', '): string => Array.from({ length: n }, (_, i) => item(i)).join(join);
const NAMES = ['Anna Berg', 'Ben Okafor', 'Carla Diaz', 'Dmitri Ivanov', 'Emma Stone', 'Farid Khan'];
const OTHER_NAMES = ['Greta Lind', 'Hugo Marsh', 'Ines Roy', 'Jamal Price', 'Kira Holt', 'Liam Ford'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const COUNTRIES = ['France', 'Spain', 'Italy', 'Germany', 'Poland', 'Greece'];

const repeatTo = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);
const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n') + '\n';
const MB = 1024 * 1024;

const CASES: Case[] = [
  { name: 'source: one line', start: MB / 4, input: (n) => repeatTo(SENTENCE, n), run: indexSource },
  { name: 'source: no blank lines', start: MB / 4, input: (n) => repeatTo(SENTENCE.trim() + '\n', n), run: indexSource },
  { name: 'source: paragraphs (big file)', start: MB, input: (n) => repeatTo(`${SENTENCE.repeat(8)}\n\n`, n), run: indexSource },
  { name: 'source: over 10 MB (refused)', start: 12 * MB, input: (n) => repeatTo(`${SENTENCE.repeat(8)}\n\n`, n), run: refusedSource },
  { name: 'draft: one line', start: MB / 8, input: (n) => repeatTo(SENTENCE, n), run: checkText },
  { name: 'draft: paragraph of many lines', unit: 'lines', start: 2_000, input: (n) => lines(n, () => SENTENCE.trim()), run: checkText },
  { name: 'draft: quoted paragraph of many lines', unit: 'lines', start: 2_000, input: (n) => lines(n, () => `> ${SENTENCE.trim()}`), run: checkText },
  { name: "draft: run of '.'", start: 5_000, input: (n) => `A claim ${'.'.repeat(n)} ends.\n`, run: checkText },
  { name: "draft: run of '9'", start: 5_000, input: (n) => `The port lost ${'9'.repeat(n)} dollars.\n`, run: checkText },
  { name: 'draft: run of quote marks', start: 5_000, input: (n) => `He said ${'"'.repeat(n)} nothing.\n`, run: checkText },
  { name: 'draft: run of brackets', start: 5_000, input: (n) => `See ${'['.repeat(n)}this${']'.repeat(n)}.\n`, run: checkText },
  { name: 'draft: lists nested by spaces', unit: 'levels', start: 250, input: (n) => lines(n, (i) => `${'  '.repeat(i)}- ${ITEM}`), run: checkText },
  { name: 'draft: lists nested by tabs', unit: 'levels', start: 250, input: (n) => lines(n, (i) => `${'\t'.repeat(i)}- ${ITEM}`), run: checkText },
  { name: 'draft: lists nested on one line', unit: 'levels', start: 5_000, input: (n) => `${'- '.repeat(n)}${ITEM}\n`, run: checkText },
  { name: 'draft: block quotes nested by lines', unit: 'levels', start: 250, input: (n) => lines(n, (i) => `${'>'.repeat(i + 1)} ${ITEM}`), run: checkText },
  { name: 'draft: lists in block quotes', unit: 'pairs', start: 1_000, input: (n) => lines(n, () => `> - ${ITEM}\n>   - ${ITEM}`), run: checkText },
  { name: 'draft: outline under one item', unit: 'pairs', start: 1_000, input: (n) => `- ${ITEM}\n` + lines(n, () => `  - ${ITEM}\n    - ${ITEM}`), run: checkText },
  { name: 'draft: 16-deep items, no blank line', unit: 'lines', start: 500, input: (n) => lines(n, () => `${'- '.repeat(16)}${ITEM}`), run: checkText },
  // A statement judged against a source sentence, both long and adversarial (n items each).
  { name: 'judge: the same figures', unit: 'figures', start: 1_000, input: (n) => judged(`The port said ${items(n, (i) => `${i + 30} workers`)} went on strike.`, `The port said ${items(n, (i) => `${i + 30} workers`)} went on strike.`), run: judge },
  { name: 'judge: one figure repeated', unit: 'figures', start: 1_000, input: (n) => judged(`The port said ${items(n, () => '30 workers')} went on strike.`, `The port said ${items(n, () => '30 workers')} went on strike.`), run: judge },
  { name: 'judge: other figures', unit: 'figures', start: 1_000, input: (n) => judged(`The port said ${items(n, (i) => `${i + 30} kg`)} went on strike.`, `The port said ${items(n, (i) => `${i + 30 + n} workers`)} went on strike.`), run: judge },
  { name: 'judge: approximate figures', unit: 'figures', start: 1_000, input: (n) => judged(`The port said ${items(n, (i) => `about ${i + 30} workers`)} went on strike.`, `The port said ${items(n, (i) => `nearly ${i + 31} workers`)} went on strike.`), run: judge },
  { name: 'judge: dates against weekdays', unit: 'dates', start: 1_000, input: (n) => judged(`The port reopened on ${items(n, (i) => WEEKDAYS[i % 5]!)} after the strike.`, `The port reopened on ${items(n, (i) => `December ${1 + (i % 28)}`)} after the strike.`), run: judge },
  { name: 'judge: years', unit: 'years', start: 1_000, input: (n) => judged(`In 2020, the port said ${items(n, (i) => `a ${1900 + (i % 120)} report`)} was read.`, `In 2021, the port said ${items(n, (i) => `the ${1901 + (i % 120)} report`)} was read.`), run: judge },
  { name: 'judge: counts against lists of names', unit: 'counts', start: 2_000, input: (n) => judged(`The port said ships came from ${items(n, (i) => COUNTRIES[i % 6]!, ' and ')}.`, `The port said ${items(n, (i) => `${3 + (i % 17)} countries`)} sent ships.`), run: judge },
  { name: 'judge: names', unit: 'names', start: 1_000, input: (n) => judged(`The port said ${items(n, (i) => NAMES[i % 6]!)} met the union.`, `The port said ${items(n, (i) => OTHER_NAMES[i % 6]!)} met the union.`), run: judge },
  { name: 'judge: names the passage has elsewhere', unit: 'names', start: 250, input: (n) => judged(`${items(n, (i) => `${OTHER_NAMES[i % 6]} spoke`, '. ')}.\n\n${items(n, (i) => `${NAMES[i % 6]} met the union in the port`, ' and ')}.`, `${items(n, (i) => `the union in the port met ${OTHER_NAMES[i % 6]}`, ' and ')}.`), run: judge },
  { name: 'judge: the same names', unit: 'names', start: 500, input: (n) => judged(`${items(n, (i) => `${NAMES[i % 6]} met the union in the port`, ' and ')}.`, `${items(n, (i) => `${NAMES[i % 6]} met the union in the port`, ' and ')}.`), run: judge },
  { name: 'judge: names against a short passage', unit: 'names', start: 2_000, input: (n) => judged('Anna Berg said that the union met in the port.', `${items(n, () => 'Anna Berg met the union in the port', ' and ')}.`), run: judge },
  { name: 'judge: speakers', unit: 'names', start: 500, input: (n) => judged(`${items(n, (i) => `"The port is open," ${NAMES[i % 6]} said`, ' and ')}.`, `${items(n, (i) => `"The port is open," ${OTHER_NAMES[i % 6]} said`, ' and ')}.`), run: judge },
  { name: 'judge: titles', unit: 'names', start: 500, input: (n) => judged(`${items(n, (i) => `Foreign Minister ${NAMES[i % 6]} met the union`, ' and ')}.`, `${items(n, (i) => `Finance Minister ${NAMES[(i + 1) % 6]} met the union`, ' and ')}.`), run: judge },
  { name: 'judge: quotes', unit: 'quotes', start: 500, input: (n) => judged(`The minister said ${items(n, (i) => `"the port will reopen ${i}"`)} on Friday.`, `The minister said ${items(n, (i) => `"the port will open ${i}"`)} on Friday.`), run: judge },
  { name: 'judge: negations', unit: 'clauses', start: 1_000, input: (n) => judged(items(n, () => 'the port did not reopen and the union never struck', ' and '), items(n, () => 'the port reopened and the union struck', ' and ')), run: judge },
  { name: 'judge: modal verbs', unit: 'clauses', start: 1_000, input: (n) => judged(items(n, () => 'the port may reopen and the union might strike', ' and '), items(n, () => 'the port will reopen and the union will strike', ' and ')), run: judge },
  { name: 'judge: coordinated clauses', unit: 'clauses', start: 1_000, input: (n) => judged(`The port said ${items(n, (i) => `the union ${['rose', 'met', 'left'][i % 3]} on day ${i}`, ' and ')}.`, `The port said ${items(n, (i) => `the union ${['met', 'left', 'rose'][i % 3]} on day ${i}`, ' and ')}.`), run: judge },
  { name: 'judge: opposite words', unit: 'words', start: 1_000, input: (n) => judged(`Prices ${items(n, (i) => ['rose', 'increased', 'gained', 'won'][i % 4]!, ' and ')} in the port.`, `Prices ${items(n, (i) => ['fell', 'decreased', 'lost', 'lost'][i % 4]!, ' and ')} in the port.`), run: judge },
  { name: 'judge: opposite words on both sides', unit: 'pairs', start: 250, input: (n) => judged(items(n, () => 'prices rose in the port and prices fell in the port', ' and '), items(n, () => 'prices rose in the port and prices fell in the port', ' and ')), run: judge },
  { name: 'config: alias keys', unit: 'keys', start: 1_000, input: (n) => `aliases:\n${lines(n, (i) => `  N${i}: [ A${i} ]`)}`, run: (yaml) => void parseConfig(yaml, 'groundwork.yaml') },
];

function argument(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

interface Measure {
  characters: number;
  seconds: number;
  peakMB: number;
}

/** In a child process: one case at one size; prints its figures as JSON. */
async function measureOne(name: string, n: number): Promise<void> {
  const c = CASES.find((x) => x.name === name)!;
  await setup();
  const input = c.input(n);
  const started = performance.now();
  await c.run(input);
  const seconds = (performance.now() - started) / 1000;
  const measure: Measure = { characters: input.length, seconds, peakMB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(measure));
}

function measure(name: string, n: number): Measure {
  const script = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', script, '--one', name, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as Measure;
}

function main(argv: string[]): void {
  const steps = Number(argument(argv, '--steps') ?? 4);
  const scale = Number(argument(argv, '--scale') ?? 1);
  const only = argument(argv, '--only');
  const rows: string[][] = [['input', 'size', 'characters', 'seconds', 'peak MB', 'time ratio', 'chars ratio', 'time/chars']];
  for (const c of CASES) {
    if (only && !c.name.includes(only)) continue;
    let previous: Measure | undefined;
    for (let step = 0; step < steps; step++) {
      const n = Math.round(c.start * scale * 2 ** step);
      const m = measure(c.name, n);
      const timeRatio = previous ? m.seconds / Math.max(previous.seconds, 1e-3) : undefined;
      const charsRatio = previous ? m.characters / previous.characters : undefined;
      rows.push([
        c.name,
        c.unit ? `${n} ${c.unit}` : String(n),
        String(m.characters),
        m.seconds.toFixed(3),
        m.peakMB.toFixed(0),
        timeRatio?.toFixed(2) ?? '',
        charsRatio?.toFixed(2) ?? '',
        timeRatio && charsRatio ? (timeRatio / charsRatio).toFixed(2) : '',
      ]);
      process.stderr.write('.');
      previous = m;
    }
  }
  process.stderr.write('\n');
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(rows[0]!));
  console.log(`| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`);
  for (const row of rows.slice(1)) console.log(line(row));
  console.log('\ntime ratio: seconds at this size over seconds at half of it; chars ratio: the same for the input\'s characters;');
  console.log('time/chars: their quotient, about 1 for linear growth, about 2 for quadratic (below 0.1 s, noise dominates).');
}

const argv = process.argv.slice(2);
if (argv[0] === '--one') void measureOne(argv[1]!, Number(argv[2]));
else main(argv);
