// A cold `groundwork check` (no index yet) of the bench's generated corpus, by the built CLI of
// this tree and, side by side, of another tree (`--against DIR`, a worktree with its own `npm run
// build`): the runs alternate, so a busy spell of a shared machine falls on both. Each tree checks
// its own copy of the corpus (its own index), with the bench's one-line draft, `--format json`.
//
//   npx tsx scripts/bench-cold-check.ts [--articles 10000] [--seed 7] [--runs 5] [--against DIR]
//
// Per run, and their medians: the first draft's verdicts out on stdout, the process's CPU
// time by then (every thread: from /proc), the exit (the index saved), the CPU time and peak
// memory of the whole run (from /usr/bin/time). CPU time and memory are Linux only. Each run's
// report is compared with the first tree's first: a difference is printed.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCorpusRoot, generateCorpus } from './gen-corpus.js';
import { flagValue } from './cli-flags.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Run {
  verdicts: number;
  verdictsCpu?: number;
  exit: number;
  cpu?: number;
  rssMB?: number;
  report: string;
}

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => flagValue(argv, name);
const articles = Number(arg('articles') ?? 10_000);
const seed = Number(arg('seed') ?? 7);
const runs = Number(arg('runs') ?? 5);
const trees = [{ name: 'this', root: REPO }, ...(arg('against') ? [{ name: 'against', root: path.resolve(arg('against')!) }] : [])];
for (const t of trees) if (!existsSync(path.join(t.root, 'dist', 'cli.cjs'))) throw new Error(`${t.root} is not built: run npm run build there`);

const generated = generateCorpus({ articles, seed, root: defaultCorpusRoot(articles, seed) });
const scratch = mkdtempSync(path.join(os.tmpdir(), 'groundwork-cold-check-'));
const copies = trees.map((t) => {
  const root = path.join(scratch, t.name);
  for (const part of ['sources', 'groundwork.yaml']) cpSync(path.join(generated.root, part), path.join(root, part), { recursive: true });
  mkdirSync(path.join(root, 'drafts'), { recursive: true });
  writeFileSync(path.join(root, 'drafts', 'note.md'), '# Note\n\nThe Mining Federation said the review would take a year.\n');
  return root;
});
const TIME = '/usr/bin/time';
const timed = existsSync(TIME) && process.platform === 'linux';

/** CPU milliseconds a process has used so far (user and system, every thread), from /proc. */
function cpuOf(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

function coldRun(treeRoot: string, root: string): Promise<Run> {
  rmSync(path.join(root, '.groundwork'), { recursive: true, force: true });
  const node = [process.execPath, path.join(treeRoot, 'bin', 'groundwork.cjs'), 'check', '--format', 'json'];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = timed ? spawn(TIME, ['-f', '%U %S %M', ...node], { cwd: root }) : spawn(node[0]!, node.slice(1), { cwd: root });
    let verdicts: number | undefined;
    let verdictsCpu: number | undefined;
    let report = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      report += chunk.toString('utf8');
      // The JSON report opens before any draft is checked: the verdicts are out with the first draft's.
      if (verdicts !== undefined || !report.includes('"verdict"')) return;
      verdicts = performance.now() - start;
      // Under /usr/bin/time the CLI is its child.
      let pid = child.pid!;
      if (timed) {
        try {
          pid = Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0]);
        } catch {
          // gone already
        }
      }
      verdictsCpu = cpuOf(pid);
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => {
      const exit = performance.now() - start;
      const [user, system, kb] = timed ? stderr.trim().split('\n').at(-1)!.split(' ').map(Number) : [];
      resolve({ verdicts: verdicts ?? exit, verdictsCpu, exit, cpu: user === undefined ? undefined : (user + system!) * 1000, rssMB: kb === undefined ? undefined : kb / 1024, report });
    });
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const shown = (r: Omit<Run, 'report'>): string =>
  `verdicts ${r.verdicts.toFixed(0)} ms (CPU ${r.verdictsCpu?.toFixed(0) ?? '-'} ms), exit ${r.exit.toFixed(0)} ms (CPU ${r.cpu?.toFixed(0) ?? '-'} ms), peak RSS ${r.rssMB?.toFixed(0) ?? '-'} MB`;

process.stdout.write(`cold groundwork check, ${articles.toLocaleString('en-US')} articles (${(generated.bytes / 1e6).toFixed(1)} MB), ${os.cpus().length} cores, node ${process.version}\n`);
const results = new Map<string, Run[]>(trees.map((t) => [t.name, []]));
let expected: string | undefined;
try {
  for (let r = 0; r < runs; r++) {
    const order = r % 2 ? [...trees.keys()].reverse() : [...trees.keys()];
    for (const i of order) {
      const load = os.loadavg()[0]!.toFixed(1);
      const run = await coldRun(trees[i]!.root, copies[i]!);
      expected ??= run.report;
      results.get(trees[i]!.name)!.push(run);
      process.stdout.write(`${trees[i]!.name.padEnd(8)} load ${load.padStart(4)}  ${shown(run)}${run.report === expected ? '' : '  REPORT DIFFERS'}\n`);
    }
  }
  for (const [name, rs] of results) {
    const pick = (f: (r: Run) => number | undefined): number | undefined => (rs.every((r) => f(r) !== undefined) ? median(rs.map((r) => f(r)!)) : undefined);
    process.stdout.write(`median ${name.padEnd(8)} ${shown({ verdicts: pick((r) => r.verdicts)!, verdictsCpu: pick((r) => r.verdictsCpu), exit: pick((r) => r.exit)!, cpu: pick((r) => r.cpu), rssMB: pick((r) => r.rssMB) })}\n`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
