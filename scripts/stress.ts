// `npm run stress`: time and memory of pathological inputs at growing sizes, and how each grows.
// Each input is doubled a few times; the table shows seconds, heap growth and the ratio of time
// to the previous size (about 2 is linear, about 4 quadratic). Figures only: nothing here fails.
//
//   npm run stress [-- --steps 4] [--scale 1] [--only NAME]
import { performance } from 'node:perf_hooks';
import { checkDraft } from '../src/core/check.js';
import { parseConfig } from '../src/core/config/load.js';
import { defaultConfig } from '../src/core/config/types.js';
import { parseDraft } from '../src/core/draft/parse.js';
import { Corpus } from '../src/core/index/corpus.js';
import { readSource } from '../src/core/sources/read.js';

interface Case {
  name: string;
  /** The input at size `n` (about n characters, or n levels), and the work to time on it. */
  run(n: number): void | Promise<void>;
  /** The first size; each step doubles it. */
  start: number;
}

const SENTENCE = 'The ministry said the port reopened on Friday after a two-day strike by 26 workers. ';
const encoder = new TextEncoder();
const sample = new Corpus();

async function setup(): Promise<void> {
  sample.addDocument(await readSource('seeds/port.txt', encoder.encode(`Port strike\n\n${SENTENCE}\n`)));
}

const indexSource = async (text: string): Promise<void> => {
  new Corpus().addDocument(await readSource('seeds/stress.txt', encoder.encode(text)));
};

const checkText = (text: string): void => {
  checkDraft(sample, parseDraft(text, 'drafts/stress.md'), defaultConfig());
};

const repeatTo = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);

const CASES: Case[] = [
  { name: 'source: one line', start: 50_000, run: (n) => indexSource(repeatTo(SENTENCE, n)) },
  { name: 'source: no blank lines', start: 50_000, run: (n) => indexSource(repeatTo(SENTENCE.trim() + '\n', n)) },
  { name: 'draft: one line', start: 25_000, run: (n) => checkText(repeatTo(SENTENCE, n)) },
  { name: "draft: run of '.'", start: 5_000, run: (n) => checkText(`A claim ${'.'.repeat(n)} ends.\n`) },
  { name: "draft: run of '9'", start: 5_000, run: (n) => checkText(`The port lost ${'9'.repeat(n)} dollars.\n`) },
  { name: 'draft: run of quote marks', start: 5_000, run: (n) => checkText(`He said ${'"'.repeat(n)} nothing.\n`) },
  { name: 'draft: run of brackets', start: 5_000, run: (n) => checkText(`See ${'['.repeat(n)}this${']'.repeat(n)}.\n`) },
  { name: 'draft: nested lists (levels)', start: 100, run: (n) => checkText(Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- The port reopened.`).join('\n') + '\n') },
  { name: 'config: alias keys', start: 1_000, run: (n) => void parseConfig(`aliases:\n${Array.from({ length: n }, (_, i) => `  N${i}: [ A${i} ]`).join('\n')}\n`, 'groundwork.yaml') },
];

function argument(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const steps = Number(argument(argv, '--steps') ?? 4);
  const scale = Number(argument(argv, '--scale') ?? 1);
  const only = argument(argv, '--only');
  await setup();
  const rows: string[][] = [['input', 'size', 'seconds', 'heap MB', 'time ratio']];
  for (const c of CASES) {
    if (only && !c.name.includes(only)) continue;
    let previous: number | undefined;
    for (let step = 0; step < steps; step++) {
      const n = Math.round(c.start * scale * 2 ** step);
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      await c.run(n);
      const seconds = (performance.now() - started) / 1000;
      const heap = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
      rows.push([c.name, String(n), seconds.toFixed(3), heap.toFixed(1), previous ? (seconds / Math.max(previous, 1e-4)).toFixed(2) : '']);
      previous = seconds;
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  console.log('\ntime ratio: seconds at this size over seconds at half of it; about 2 is linear growth, about 4 quadratic.');
}

void main();
