// Summaries as a language model writes them, of sources that are not news, written apart from
// Groundwork's rules (test/fixtures/summaries: a podcast, a support chat, a lecture, a discharge
// summary, a bill's digest, a Slack thread, a product review, a biography, a press conference,
// board minutes). For each NAME.txt, NAME.faithful.txt holds lines a careful reviewer marks
// supported and NAME.altered.txt lines with one error each (what is wrong after " #"). Each line
// is checked as a one-line draft against all the sources, with the default settings; prints how
// many faithful lines are flagged and how many altered ones pass, per source and in all.
//
//   npx tsx scripts/probe-summaries.ts [--list] [--dir DIR]
//
// --list prints each line judged wrongly; --dir reads another folder laid out the same way
// (test/fixtures/summaries-held-out, summaries-unseen, summaries-next, summaries-fresh,
// summaries-later, summaries-after, summaries-beyond, summaries-ahead, summaries-yonder and
// summaries-farther, summaries-onward, summaries-hence, summaries-thence and summaries-anew: ten
// more sources each, written in later rounds and kept out of the rules' making until measured;
// summaries-forth: ten more, unread by anyone making rules, for the next round to hold out).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDraft } from '../src/core/check.js';
import { defaultConfig } from '../src/core/config/types.js';
import { parseDraft } from '../src/core/draft/parse.js';
import { Corpus } from '../src/core/index/corpus.js';
import { readSource } from '../src/core/sources/read.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dirFlag = process.argv[process.argv.indexOf('--dir') + 1];
const dir = process.argv.includes('--dir') && dirFlag ? resolve(dirFlag) : join(root, 'test', 'fixtures', 'summaries');
const list = process.argv.includes('--list');

async function main(): Promise<void> {
  const names = readdirSync(dir).filter((f) => f.endsWith('.faithful.txt')).map((f) => f.slice(0, -'.faithful.txt'.length)).sort();
  const corpus = Corpus.build(await Promise.all(names.map((n) => readSource(`sources/${n}.txt`, readFileSync(join(dir, `${n}.txt`))))));
  const linesOf = (file: string): { text: string; note: string }[] => readFileSync(join(dir, file), 'utf8').split('\n')
    .filter((l) => l.trim())
    .map((l) => ({ text: l.replace(/\s+#.*$/, '').trim(), note: /\s#\s*(.*)$/.exec(l)?.[1] ?? '' }));
  let flagged = 0, faithful = 0, passed = 0, altered = 0;
  const width = Math.max(14, ...names.map((n) => n.length));
  console.log(`${'source'.padEnd(width)} faithful flagged   altered passed`);
  for (const name of names) {
    let f = 0, fn = 0, a = 0, an = 0;
    for (const kind of ['faithful', 'altered'] as const) {
      for (const { text, note } of linesOf(`${name}.${kind}.txt`)) {
        const results = checkDraft(corpus, parseDraft(`${text}\n`, 'draft.md'), defaultConfig()).results;
        const wrong = results.filter((r) => r.verdict.kind !== 'supported');
        if (kind === 'faithful') {
          fn++;
          if (wrong.length) {
            f++;
            if (list) console.log(`  flagged  [${name}] ${text}\n           ${wrong.map((r) => r.verdict.message).join(' | ')}`);
          }
        } else {
          an++;
          if (!wrong.length) {
            a++;
            if (list) console.log(`  passed   [${name}] ${text}\n           (${note})`);
          }
        }
      }
    }
    console.log(`${name.padEnd(width)} ${`${f} of ${fn}`.padStart(16)} ${`${a} of ${an}`.padStart(16)}`);
    flagged += f; faithful += fn; passed += a; altered += an;
  }
  console.log(`${'all'.padEnd(width)} ${`${flagged} of ${faithful}`.padStart(16)} ${`${passed} of ${altered}`.padStart(16)}`);
}

await main();
