// The editor's first check, as a writer meets it: a real VS Code (code-server, headless Chromium)
// opens the sample workspace, Quick Open opens the sample draft, and the clock runs until the
// first squiggle shows. Both ends are stamped inside the page, by a MutationObserver, the moment
// the workbench puts them in the DOM: Playwright's own waiting polls, and on a busy machine saw
// the squiggle 0.1-0.5 s after it was there (its figure is printed beside, for comparison with
// earlier rounds). First start: a fresh user-data folder. Second start: the same folder again,
// on the same port, so the extension restores the index it saved (code-server keys a folder's
// workspace storage on its URI, port included; desktop VS Code keeps one per folder). The
// extension's own log gives the parts.
//
//   npx tsx scripts/bench-editor.ts [--runs N] [--sources N] [--cpu-prof DIR] [--page-prof DIR]
//
// --sources N adds N generated articles (scripts/gen-corpus.ts) to the sample's two sources: the
// first check of a workspace of a hundred sources, as issue #11 sets its target. --cpu-prof DIR
// writes a CPU profile of each start's extension host there (scripts/profile-extension-host.cjs),
// for Chrome DevTools' Performance panel; the profiler slows the host somewhat. --page-prof DIR
// writes one of the workbench page's main thread, from Quick Open to the first squiggle
// (page-first-T.cpuprofile, T the clock time of its start): what the page did while a squiggle
// waited (loading the Markdown grammar, for one).
//
// Needs code-server and Chromium (bash scripts/vscode/install.sh) and a build (npm run build).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { activeEditor, openFile } from '../test/e2e/harness/workbench.js';
import { article, DEFAULT_DATA, readSources } from './gen-corpus.js';
// @ts-expect-error: plain ES modules of the test launcher, without type declarations
import { launchChromium, openWorkbench } from './vscode/browser.mjs';
// @ts-expect-error: as above
import { startCodeServer } from './vscode/code-server.mjs';
// @ts-expect-error: as above
import { chooseExtensionUnderTest, installExtensions } from './vscode/extensions.mjs';
// @ts-expect-error: as above
import { codeServerBinary } from './vscode/paths.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** --page-prof DIR: a CPU profile of the workbench page (its main thread) from Quick Open to the first squiggle, per start. */
const PAGE_PROFILES = process.argv.includes('--page-prof') ? path.resolve(process.argv[process.argv.indexOf('--page-prof') + 1] ?? 'page-profiles') : undefined;
const DRAFT = 'examples/pax-silica-draft.md';
const SQUIGGLE = '.squiggly-error, .squiggly-warning, .squiggly-info';
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
};

interface Sample {
  /** Clock times (ms since the epoch, stamped in the page) of the draft shown and the first squiggle, to set beside the log's. */
  shownAt: number;
  squiggleAt: number;
  shellMs: number;
  openMs: number;
  /** Draft shown -> first squiggle, both stamped in the page. */
  squiggleMs: number;
  /** The same as Playwright sees it: from openFile's return to waitFor's. */
  polledMs: number;
  /** The workbench's long tasks (over 50 ms, start and length), stamped in the page. */
  longTasks: [number, number][];
  log: string[];
}

/** How long the page was busy in long tasks between two clock times. */
function busyMs(sample: Sample, from: number, to: number): number {
  return sample.longTasks.reduce((sum, [start, ms]) => sum + Math.max(0, Math.min(start + ms, to) - Math.max(start, from)), 0);
}

/**
 * When the extension published the draft's first diagnostics (its log's "First check ... published
 * at HH:MM:SS.mmm", local time), as a clock time near `near`; undefined when not logged.
 */
function publishedAt(sample: Sample): number | undefined {
  for (const line of sample.log) {
    const m = /First check of .* published at (\d\d):(\d\d):(\d\d)\.(\d{3})/.exec(line);
    if (!m) continue;
    const d = new Date(sample.shownAt);
    d.setHours(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]));
    // Across midnight, the nearer day.
    const day = 24 * 3600_000;
    const t = d.getTime();
    return [t - day, t, t + day].reduce((a, b) => (Math.abs(b - sample.shownAt) < Math.abs(a - sample.shownAt) ? b : a));
  }
  return undefined;
}

/**
 * Installed in the page before Quick Open: stamps (Date.now(), the same clock as the extension's
 * log) the first DOM change that shows the draft in the active editor, and the first that shows a
 * squiggle there, and records the page's long tasks.
 */
function stampInPage(draftName: string): string {
  return `(() => {
    const w = window;
    const stamps = w.__groundworkBench = { longTasks: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) stamps.longTasks.push([performance.timeOrigin + e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
    const editor = '.editor-group-container.active .editor-instance .monaco-editor';
    const look = () => {
      if (stamps.shownAt === undefined) {
        const tab = document.querySelector('.tabs-container .tab.active');
        if (tab && (tab.textContent || '').includes(${JSON.stringify(draftName)}) && document.querySelector(editor + ' .view-lines .view-line')) stamps.shownAt = Date.now();
      }
      if (stamps.shownAt !== undefined && document.querySelector(editor + ' :is(${SQUIGGLE})')) {
        stamps.squiggleAt = Date.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(look);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  })()`;
}

async function measure(browser: Browser, runDir: string, workspace: string, env: Record<string, string>, port?: number): Promise<Sample & { port: number }> {
  const server = await startCodeServer({ binary: codeServerBinary, runDir, folder: workspace, env, userSettings: SETTINGS, port });
  try {
    const started = performance.now();
    const page: Page = await openWorkbench(browser, server.url, workspace);
    const shell = performance.now();
    await page.evaluate(stampInPage(path.basename(DRAFT)));
    const pageProfile = PAGE_PROFILES ? await page.context().newCDPSession(page) : undefined;
    if (pageProfile) {
      await pageProfile.send('Profiler.enable');
      await pageProfile.send('Profiler.setSamplingInterval', { interval: 500 });
      await pageProfile.send('Profiler.start');
    }
    const profiledFrom = Date.now();
    await openFile(page, DRAFT);
    const opened = performance.now();
    await activeEditor(page).locator(SQUIGGLE).first().waitFor({ state: 'attached', timeout: 120_000 });
    const squiggle = performance.now();
    if (pageProfile) {
      const { profile } = await pageProfile.send('Profiler.stop');
      mkdirSync(PAGE_PROFILES!, { recursive: true });
      writeFileSync(path.join(PAGE_PROFILES!, `page-${port ? 'second' : 'first'}-${profiledFrom}.cpuprofile`), JSON.stringify(profile));
    }
    const stamps = await page.evaluate('window.__groundworkBench') as { shownAt?: number; squiggleAt?: number; longTasks: [number, number][] };
    if (stamps.shownAt === undefined || stamps.squiggleAt === undefined) throw new Error('the page stamped no draft shown or no squiggle');
    const { shownAt, squiggleAt } = stamps;
    // The index is saved after the first check may already show: wait for it (the log line that
    // ends a build), so that the next start really is a warm one.
    const userData = path.join(runDir, 'user-data');
    for (let waited = 0; waited < 20_000 && !extensionLog(userData).some((l) => /Indexed \d+ sources/.test(l)); waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await page.context().close();
    return { port: server.port, shownAt, squiggleAt, shellMs: shell - started, openMs: opened - shell, squiggleMs: squiggleAt - shownAt, polledMs: squiggle - opened, longTasks: stamps.longTasks, log: extensionLog(path.join(runDir, 'user-data')) };
  } finally {
    await server.stop();
  }
}

/**
 * The Groundwork output channel's lines of the last session, preceded by the extension host's line
 * that starts loading Groundwork (its bundle is loaded between that line and activate()).
 */
function extensionLog(userDataDir: string): string[] {
  const last = (pattern: RegExp): string[] => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (pattern.test(name)) files.push(full);
      }
    };
    const logs = path.join(userDataDir, 'logs');
    if (existsSync(logs)) walk(logs);
    const file = files.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs).at(-1);
    return file ? readFileSync(file, 'utf8').trim().split('\n') : [];
  };
  const loading = last(/^remoteexthost\.log$/).filter((l) => /_doActivateExtension groundwork\.groundwork\b/.test(l));
  return [...loading, ...last(/^Groundwork\.log$/)];
}

/**
 * When the extension first showed some of the draft's findings, before its first check was done
 * (its log's "First findings of ... shown at HH:MM:SS.mmm"), as a clock time; undefined when the
 * check showed them all at once.
 */
function firstShownAt(sample: Sample): number | undefined {
  const line = sample.log.find((l) => /First findings of .* shown at \d/.test(l));
  return line === undefined ? undefined : timeOf(line);
}

/** The draft's first check as the extension logs it: its clock time and the host's CPU time meanwhile (ms). */
function firstCheckOf(log: string[]): { ms: number; cpuMs: number } | undefined {
  for (const line of log) {
    const m = /First check of .* in (\d+) ms \(CPU (\d+) ms\)/.exec(line);
    if (m) return { ms: Number(m[1]), cpuMs: Number(m[2]) };
  }
  return undefined;
}

/** Of the draft's statements, how many the extension had checked before the draft was opened (its log's first check). */
function checkedAheadOf(log: string[]): { statements: number; ahead: number } | undefined {
  for (const line of log) {
    const m = /First check of .*: (\d+) statements \((\d+) checked before it was opened\)/.exec(line);
    if (m) return { statements: Number(m[1]), ahead: Number(m[2]) };
  }
  return undefined;
}

/**
 * The extension host's side of a start, from the log: from activate()'s start to the index ready
 * for checks and to the draft's first findings shown, by the clock and in the host's CPU time
 * (logged since this round; undefined in logs of code before it). On a loaded machine the clock
 * counts the waits for a core too; the CPU time only the host's work, Groundwork's and the other
 * extensions'.
 */
function hostSideOf(sample: Sample): { readyMs?: number; readyCpuMs?: number; shownMs?: number; shownCpuMs?: number } {
  const clock = (line: string | undefined, pattern: RegExp): number | undefined => {
    const m = line === undefined ? null : pattern.exec(line);
    if (!m) return undefined;
    const d = new Date(sample.shownAt);
    const [h, min, sec] = m[1]!.split(':');
    d.setHours(Number(h), Number(min), Math.trunc(Number(sec)), Math.round((Number(sec) % 1) * 1000));
    return d.getTime();
  };
  const cpu = (line: string | undefined): number | undefined => {
    const m = line === undefined ? null : /host CPU since activation (\d+) ms/.exec(line);
    return m ? Number(m[1]) : undefined;
  };
  const active = sample.log.find((l) => /Groundwork active in .* from \d/.test(l));
  const from = clock(active, /from (\d\d:\d\d:\d\d\.\d{3})/);
  const indexed = sample.log.find((l) => /Indexed \d+ sources .* ready for checks at \d/.test(l));
  const shown = sample.log.find((l) => /First findings of .* shown at \d/.test(l)) ?? sample.log.find((l) => /First check of .* published at \d/.test(l));
  const at = (line: string | undefined, pattern: RegExp): number | undefined => {
    const t = clock(line, pattern);
    return t === undefined || from === undefined ? undefined : t - from;
  };
  return {
    readyMs: at(indexed, /ready for checks at (\d\d:\d\d:\d\d\.\d{3})/),
    readyCpuMs: cpu(indexed),
    shownMs: at(shown, /(?:shown|published) at (\d\d:\d\d:\d\d\.\d{3})/),
    shownCpuMs: cpu(shown),
  };
}

/** How long activate() took, as the extension's log says (from its start to its return). */
function activationOf(log: string[]): string {
  const ms = log.map((l) => /Groundwork active in .* \(activation (\d+) ms/.exec(l)?.[1]).find((m) => m !== undefined);
  return ms === undefined ? '?' : `${ms} ms`;
}

/**
 * The clock time of a log line, in ms since the epoch: the first time the line writes out ("at"
 * or "from" HH:MM:SS.mmm), else its stamp. The log stamps the lines it receives before its file
 * is open when it opens it; the lines that matter write out when their event happened.
 */
function timeOf(line: string): number | undefined {
  const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) /.exec(line);
  if (!m) return undefined;
  const said = /\b(?:at|from) (\d\d:\d\d:\d\d\.\d{3})\b/.exec(line.slice(m[0].length));
  return new Date(`${m[1]}T${said?.[1] ?? m[2]}`).getTime();
}

/** Milliseconds from the draft shown, signed, for a timeline. */
function offset(ms: number): string {
  return `${ms >= 0 ? '+' : ''}${ms.toFixed(0)} ms`.padStart(9);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 2) || 2;
  const extraAt = process.argv.indexOf('--sources');
  const extra = extraAt >= 0 ? Number(process.argv[extraAt + 1]) || 0 : 0;
  const profileAt = process.argv.indexOf('--cpu-prof');
  const profiles = profileAt >= 0 ? path.resolve(process.argv[profileAt + 1] ?? 'editor-profiles') : undefined;
  const generated = extra > 0 ? readSources(DEFAULT_DATA) : [];
  if (!existsSync(codeServerBinary)) throw new Error('code-server is not installed: run bash scripts/vscode/install.sh');
  if (!existsSync(path.join(REPO, 'dist', 'extension.cjs'))) throw new Error('not built: run npm run build');
  const browser: Browser = await launchChromium();
  const rows: [string, Sample][] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const runDir = mkdtempSync(path.join(os.tmpdir(), 'groundwork-bench-editor-'));
      const workspace = path.join(runDir, 'workspace');
      mkdirSync(workspace);
      for (const part of ['seeds', 'examples', 'groundwork.yaml']) cpSync(path.join(REPO, part), path.join(workspace, part), { recursive: true });
      for (let n = 0; n < extra; n++) writeFileSync(path.join(workspace, 'seeds', `generated-${String(n).padStart(4, '0')}.txt`), article(generated, n, 7));
      installExtensions({ extensionsDir: path.join(runDir, 'extensions'), userDataDir: path.join(runDir, 'user-data') }, chooseExtensionUnderTest({ GROUNDWORK_TEST_EXTENSION: 'groundwork' }));
      const env = (start: string): Record<string, string> => (profiles ? { NODE_OPTIONS: `--require ${path.join(REPO, 'scripts', 'profile-extension-host.cjs')}`, GROUNDWORK_HOST_PROFILE_DIR: path.join(profiles, `run${r + 1}-${start}`) } : {});
      const first = await measure(browser, runDir, workspace, env('first'));
      rows.push(['first start', first]);
      // On the first start's port: the workbench keys the workspace storage on the folder's URI,
      // port included, and the saved index is restored only from the same storage.
      rows.push(['second start', await measure(browser, runDir, workspace, env('second'), first.port)]);
      if (process.env.GROUNDWORK_BENCH_KEEP) console.error(`kept ${runDir}`);
      else rmSync(runDir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  console.log(`Editor first check, sample workspace (${2 + extra} sources, ${DRAFT}), ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('                workbench  Quick Open ->  draft shown -> first  of which: shown ->  published -> squiggle  activation');
  console.log('                    shell  draft shown  squiggle (as polled)  diagnostics published   (page busy meanwhile)');
  const ms = (v: number | undefined, width: number): string => (v === undefined ? '?' : `${v.toFixed(0)} ms`).padStart(width);
  for (const [name, s] of rows) {
    const published = publishedAt(s);
    const toPublished = published === undefined ? undefined : published - s.shownAt;
    const toSquiggle = published === undefined ? undefined : s.squiggleAt - published;
    const busy = published === undefined ? undefined : busyMs(s, published, s.squiggleAt);
    console.log(`${name.padEnd(13)} ${ms(s.shellMs, 10)} ${ms(s.openMs, 12)} ${ms(s.squiggleMs, 9)} (${ms(s.polledMs, 7)}) ${ms(toPublished, 18)} ${ms(toSquiggle, 12)} (${ms(busy, 7)}) ${activationOf(s.log).padStart(10)}`);
  }
  for (const name of ['first start', 'second start']) {
    const of = rows.filter(([n]) => n === name).map(([, s]) => s);
    const line = (label: string, values: number[]): string => `${label} median ${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)})`;
    const published = of.flatMap((s) => { const p = publishedAt(s); return p === undefined ? [] : [[p - s.shownAt, s.squiggleAt - p]]; });
    const shown = of.flatMap((s) => { const at = firstShownAt(s) ?? publishedAt(s); return at === undefined ? [] : [at - s.shownAt]; });
    const checks = of.flatMap((s) => firstCheckOf(s.log) ?? []);
    const ahead = of.flatMap((s) => checkedAheadOf(s.log) ?? []);
    const checked = checks.length ? `; ${line('the check', checks.map((c) => c.ms))}, ${line('its CPU', checks.map((c) => c.cpuMs))}${ahead.length ? `; statements checked before the draft was opened: ${ahead.map((a) => `${a.ahead} of ${a.statements}`).join(', ')}` : ''}` : '';
    const host = of.map(hostSideOf);
    const hostLine = (label: string, values: (number | undefined)[]): string => {
      const known = values.filter((v): v is number => v !== undefined);
      return known.length ? `; ${line(label, known)}` : '';
    };
    const hostSide = `${hostLine('activation -> index ready', host.map((h) => h.readyMs))}${hostLine('host CPU by then', host.map((h) => h.readyCpuMs))}${hostLine('activation -> first findings published', host.map((h) => h.shownMs))}${hostLine('host CPU by then', host.map((h) => h.shownCpuMs))}`;
    console.log(`${name}, ${of.length} run${of.length === 1 ? '' : 's'}: ${line('shown -> squiggle', of.map((s) => s.squiggleMs))}${published.length ? `; ${line('shown -> published', published.map((p) => p[0]!))}; ${line('published -> squiggle', published.map((p) => p[1]!))}` : ''}${shown.length ? `; ${line('shown -> first findings published', shown)}` : ''}${checked}${hostSide}`);
  }
  const restored = rows.filter(([name, s]) => name === 'second start' && s.log.some((l) => /Index from storage/.test(l))).length;
  console.log(`Second starts that restored the saved index: ${restored} of ${runs}${restored < runs ? ' (the others were given a new workspace storage and read the sources again)' : ''}`);
  for (const [name, sample] of rows.slice(-2).reverse()) {
    // The log's lines and the page's stamps on one clock, from the draft shown.
    console.log(`\nThe last ${name}, from the draft shown (the extension's log, and the page's stamps):`);
    let last = -Infinity;
    // A line without a time (a stack's) goes with the line before it.
    const timeline: [number, string][] = sample.log.map((line) => [(last = (timeOf(line) ?? last + sample.shownAt) - sample.shownAt), line]);
    timeline.push([0, '(page) draft shown'], [sample.squiggleAt - sample.shownAt, '(page) first squiggle']);
    const published = publishedAt(sample);
    if (published !== undefined) timeline.push([published - sample.shownAt, '(host) diagnostics published, as logged']);
    for (const [start, length] of sample.longTasks) {
      if (start + length > sample.shownAt - 500 && start < sample.squiggleAt) timeline.push([start - sample.shownAt, `(page) busy for ${length.toFixed(0)} ms`]);
    }
    for (const [at, line] of timeline.sort((a, b) => a[0] - b[0])) console.log(`  ${offset(at)}  ${line}`);
  }
}

await main();
