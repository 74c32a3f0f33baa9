// Generates a newsroom-sized corpus of plain-text articles for the benchmarks, reproducibly: the
// same seed and size always give the same files. Articles recombine sentences of the evaluation
// sources (`../shared/eval/data/*.jsonl`) with figures perturbed, and add people with realistic
// names who are quoted, titled and given roles, so the index sees the names, quotes and numbers
// a real newsroom archive holds.
//
//   tsx scripts/gen-corpus.ts --articles 10000 [--seed 7] [--out DIR] [--data DIR]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { flagValue } from './cli-flags.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_DATA = path.resolve(HERE, '..', '..', 'shared', 'eval', 'data');
/** Bump when the generator's output changes, so a stale corpus on disk is regenerated. */
const GENERATOR_VERSION = 2;
const ARTICLES_PER_FOLDER = 1000;

/** mulberry32: small, fast, and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = (
  'James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah ' +
  'Charles Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua ' +
  'Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura ' +
  'Jeffrey Cynthia Ryan Amy Jacob Kathleen Gary Angela Nicholas Shirley Eric Brenda Jonathan Emma Stephen Anna Larry Pamela Justin ' +
  'Nicole Scott Samantha Brandon Katherine Benjamin Christine Samuel Helen Gregory Debra Alexander Rachel Patrick Carolyn Frank ' +
  'Janet Raymond Maria Jack Olivia Dennis Heather Jerry Catherine Tyler Diane Aaron Julie Henry Victoria Adam Joyce Douglas Lauren ' +
  'Peter Kelly Nathan Christina Zachary Ruth Walter Joan Kyle Virginia Harold Judith Carl Evelyn Arthur Hannah Gerald Andrea ' +
  'Roger Megan Keith Cheryl Lawrence Jacqueline Terry Madison Sean Teresa Christian Abigail Austin Sophia Jesse Martha Dylan Sara ' +
  'Bryan Gloria Joe Janice Jordan Kathryn Billy Ann Bruce Isabella Albert Judy Willie Charlotte Gabriel Julia Logan Grace Alan ' +
  'Amber Juan Alice Wayne Denise Elijah Danielle Randy Marilyn Roy Beverly Vincent Natalie Ralph Theresa Eugene Diana Russell ' +
  'Brittany Bobby Doris Mason Kayla Philip Alexis Louis Lori Wei Fang Min Jing Lei Yan Hui Ming Ahmed Fatima Omar Aisha Hassan ' +
  'Layla Yusuf Amina Raj Priya Arjun Ananya Vikram Deepa Sanjay Kavita Hiroshi Yuki Kenji Sakura Takeshi Aiko Jae Minho Soojin ' +
  'Olga Dmitri Ivan Natasha Sergei Elena Pierre Camille Luc Amelie Hans Greta Klaus Ingrid Marco Giulia Luca Francesca Carlos ' +
  'Lucia Diego Valentina Pablo Sofia Kwame Ama Kofi Abena Chidi Ngozi Tunde Folake Lars Astrid Sven Freya Niamh Ciaran Siobhan'
).split(' ');

const LAST = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas ' +
  'Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright ' +
  'Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans ' +
  'Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson ' +
  'Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price ' +
  'Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler ' +
  'Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace ' +
  'Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison ' +
  'Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson ' +
  'Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose ' +
  'Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant ' +
  'Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong ' +
  'Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis ' +
  'Carpenter Lawrence Sandoval Wang Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Tang ' +
  'Khan Ali Hussain Rahman Ahmed Malik Sharma Gupta Singh Kumar Reddy Iyer Nair Mehta Tanaka Suzuki Watanabe Yamamoto Nakamura ' +
  'Kobayashi Park Choi Jung Kang Yoon Ivanov Petrov Smirnov Volkov Popov Dubois Laurent Moreau Lefebvre Muller Schneider Fischer ' +
  'Weber Becker Rossi Russo Ferrari Esposito Bianchi Romano Silva Pereira Oliveira Costa Mensah Owusu Okafor Adeyemi Okonkwo ' +
  'Nilsson Larsen Johansson Eriksson Murphy Byrne Walsh Doyle Kowalski Nowak Novak Horvat Kovacs Nagy Papadopoulos Yilmaz Demir'
).split(' ');

const ROLES = [
  'Finance Minister', 'Trade Secretary', 'Foreign Ministry Spokesperson', 'Chief Executive', 'Senator', 'Governor', 'Mayor',
  'Professor', 'Deputy Director', 'Ambassador', 'Chief Economist', 'Police Commissioner', 'Health Secretary', 'Prime Minister',
];
const APPOSITIVES = [
  'a senior researcher at the', 'an analyst at the', 'a spokesperson for the', 'the director of the', 'a professor at the',
  'an economist with the', 'a lawyer for the', 'the head of research at the', 'a former adviser to the', 'a board member of the',
];
const ORG_HEADS = ['Institute', 'Council', 'Association', 'Foundation', 'Commission', 'Bureau', 'Centre', 'Federation', 'University', 'Bank'];
const ORG_TOPICS = [
  'International Economics', 'Energy Policy', 'Public Health', 'Trade', 'Strategic Studies', 'Urban Development', 'Maritime Affairs',
  'Agriculture', 'Digital Rights', 'Climate Research', 'Labour Relations', 'Fiscal Studies', 'Mining', 'Transport', 'Education',
];
const PLACES = [
  'Birmingham', 'Lagos', 'Osaka', 'Lyon', 'Porto', 'Denver', 'Leeds', 'Busan', 'Kraków', 'Valencia', 'Perth', 'Nairobi', 'Toronto',
  'Manila', 'Glasgow', 'Hamburg', 'Seville', 'Chennai', 'Bristol', 'Auckland', 'Pune', 'Cardiff', 'Brisbane', 'Accra', 'Dublin',
];
const SAY = ['said', 'told reporters', 'said on Tuesday', 'added', 'said in a statement', 'told the BBC', 'wrote'];
const TOPICS = ['budget', 'contract', 'deficit', 'investment', 'ticket sales', 'exports', 'fine', 'settlement', 'turnover', 'grant'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Source {
  sentences: string[];
}

/** The distinct source documents of the evaluation data, split into sentences, in a stable order. */
export function readSources(dataDir: string): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(dataDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const source = (JSON.parse(line) as { source: string }).source;
      if (seen.has(source)) continue;
      seen.add(source);
      const sentences = source
        .replace(/\(meta data\)[^\n]*\n?/g, '')
        .split(/(?<=[.!?]['"”’]?)\s+(?=['"“‘]?[A-Z])|\n+/)
        .map((s) => s.replace(/\s+/g, ' ').trim())
        .filter((s) => s.length >= 40 && s.length <= 400 && /[a-z]/.test(s));
      if (sentences.length >= 4) out.push({ sentences });
    }
  }
  return out;
}

/** One article: a headline, a dateline, then paragraphs of recombined and invented sentences. */
export function article(sources: Source[], n: number, seed: number): string {
  const random = rng(seed * 1_000_003 + n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  const org = (): string => `${pick(ORG_TOPICS)} ${pick(ORG_HEADS)}`;
  const figure = (): string => {
    const r = random();
    if (r < 0.3) return `${(1 + random() * 98).toFixed(1)} percent`;
    if (r < 0.6) return `$${(1 + random() * 900).toFixed(random() < 0.5 ? 0 : 1)} ${random() < 0.5 ? 'million' : 'billion'}`;
    return `${Math.floor(100 + random() * 99_000).toLocaleString('en-US')} ${random() < 0.5 ? 'units' : 'people'}`;
  };
  // Figures in the recombined sentences move by up to a fifth, so no article repeats another.
  const perturb = (sentence: string): string =>
    sentence.replace(/\b\d{2,}(?:,\d{3})*(?:\.\d+)?\b/g, (num) => {
      const value = Number(num.replace(/,/g, ''));
      if (value >= 1900 && value <= 2030 && !num.includes(',')) return num; // a year
      const moved = value * (0.8 + random() * 0.4);
      return num.includes('.') ? moved.toFixed(1) : Math.round(moved).toLocaleString('en-US');
    });
  const people = Array.from({ length: 2 + Math.floor(random() * 3) }, person);
  const place = pick(PLACES);
  const main = pick(sources);
  const second = pick(sources);
  let cursor = Math.floor(random() * Math.max(1, main.sentences.length - 8));
  const paragraphs: string[] = [];
  let size = 0;
  const target = 2100 + Math.floor(random() * 1200);
  let turn = 0;
  while (size < target && turn < 60) {
    const sentences: string[] = [];
    const length = 2 + Math.floor(random() * 3);
    for (let i = 0; i < length; i++) {
      const r = random();
      const who = people[(turn + i) % people.length]!;
      const surname = who.split(' ')[1]!;
      if (r < 0.55) {
        const from = random() < 0.8 ? main : second;
        const s = from === main ? main.sentences[cursor++ % main.sentences.length]! : pick(second.sentences);
        sentences.push(perturb(s));
      } else if (r < 0.7) {
        const words = pick(main.sentences).replace(/[.!?]+$/, '');
        sentences.push(turn === 0 ? `"${words}," ${pick(ROLES)} ${who} ${pick(SAY)}.` : `"${words}," ${surname} ${pick(SAY)}.`);
      } else if (r < 0.82) {
        sentences.push(`${who}, ${pick(APPOSITIVES)} ${org()} in ${place}, said the ${pick(TOPICS)} had reached ${figure()}.`);
      } else if (r < 0.92) {
        sentences.push(`According to ${surname}, the ${pick(TOPICS)} fell to ${figure()} after ${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, ${2015 + Math.floor(random() * 11)}.`);
      } else {
        sentences.push(`The ${org()} said on ${pick(MONTHS)} ${1 + Math.floor(random() * 28)} that ${who} would lead the review.`);
      }
    }
    turn++;
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  const headline = perturb(main.sentences[0]!).replace(/[.!?]+$/, '').slice(0, 120);
  const date = `${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, ${2018 + Math.floor(random() * 8)}`;
  return `${headline}\nPublished: ${date}\n\n${paragraphs.join('\n\n')}\n`;
}

/** Workspace-relative path of article `n`: a thousand per folder. */
export function articlePath(n: number): string {
  return `sources/${String(Math.floor(n / ARTICLES_PER_FOLDER)).padStart(3, '0')}/article-${String(n).padStart(6, '0')}.txt`;
}

export interface GeneratedCorpus {
  root: string;
  articles: number;
  bytes: number;
  paths: string[];
}

/**
 * Writes the corpus under `root` (a workspace: `groundwork.yaml` plus `sources/`), unless a
 * corpus of the same generator version, size and seed is already there.
 */
export function generateCorpus(options: { articles: number; seed: number; root: string; dataDir?: string }): GeneratedCorpus {
  const { articles, seed, root } = options;
  const stamp = JSON.stringify({ version: GENERATOR_VERSION, articles, seed });
  const stampPath = path.join(root, '.generated.json');
  const paths = Array.from({ length: articles }, (_, n) => articlePath(n));
  if (existsSync(stampPath)) {
    const saved = JSON.parse(readFileSync(stampPath, 'utf8')) as { stamp: string; bytes: number };
    if (saved.stamp === stamp) return { root, articles, bytes: saved.bytes, paths };
  }
  rmSync(root, { recursive: true, force: true });
  const sources = readSources(options.dataDir ?? DEFAULT_DATA);
  let bytes = 0;
  for (let n = 0; n < articles; n++) {
    const file = path.join(root, ...paths[n]!.split('/'));
    if (n % ARTICLES_PER_FOLDER === 0) mkdirSync(path.dirname(file), { recursive: true });
    const text = article(sources, n, seed);
    bytes += Buffer.byteLength(text);
    writeFileSync(file, text);
  }
  writeFileSync(path.join(root, 'groundwork.yaml'), 'sources:\n  - "sources/**"\ndrafts:\n  - "drafts/**/*.md"\n');
  writeFileSync(stampPath, JSON.stringify({ stamp, bytes }));
  return { root, articles, bytes, paths };
}

/** Where the benchmark keeps a generated corpus between runs. */
export function defaultCorpusRoot(articles: number, seed: number): string {
  return path.join(os.tmpdir(), 'groundwork-bench', `corpus-${articles}-seed${seed}`);
}

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => flagValue(argv, name);
  const articles = Number(arg('articles') ?? 10_000);
  const seed = Number(arg('seed') ?? 7);
  const root = path.resolve(arg('out') ?? defaultCorpusRoot(articles, seed));
  const started = Date.now();
  const corpus = generateCorpus({ articles, seed, root, dataDir: arg('data') });
  process.stdout.write(`${corpus.articles} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${root} (${Date.now() - started} ms)\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
