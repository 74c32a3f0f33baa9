// Prints what the lexicon costs: decoding each table on first use, then each call.
//   npx tsx scripts/bench-lexicon.ts
import wordNetTable from '../src/core/lexicon/data/wordnet.json' with { type: 'json' };
import vectorTable from '../src/core/lexicon/data/vectors.json' with { type: 'json' };
import placeTable from '../src/core/lexicon/data/places.json' with { type: 'json' };
import { Places, WordNet, WordVectors } from '../src/core/lexicon/index.js';

function timed<T>(label: string, make: () => T): T {
  const start = performance.now();
  const made = make();
  console.log(`${label}: ${(performance.now() - start).toFixed(1)} ms`);
  return made;
}

function perCall(label: string, words: readonly string[], call: (a: string, b: string) => unknown): void {
  const rounds = 200_000;
  for (let i = 0; i < 10_000; i++) call(words[i % words.length]!, words[(i * 7 + 3) % words.length]!);
  const start = performance.now();
  for (let i = 0; i < rounds; i++) call(words[i % words.length]!, words[(i * 7 + 3) % words.length]!);
  console.log(`${label}: ${(((performance.now() - start) * 1e6) / rounds).toFixed(0)} ns per call`);
}

const wordNet = timed('decode wordnet.json', () => new WordNet(wordNetTable));
const vectors = timed('decode vectors.json', () => new WordVectors(vectorTable));
const places = timed('decode places.json', () => new Places(placeTable));

// Words of a news sentence and its passage, inflected as written.
const words = 'officials said exports increased sharply while imports fell as the government bought more grain and prices rose despite warnings analysts expected slower growth companies hired workers'.split(' ');
perCall('lemmas (cached)', words, (a) => wordNet.lemmas(a));
perCall('relation', words, (a, b) => wordNet.relation(a, b));
perCall('areOpposites', words, (a, b) => wordNet.areOpposites(a, b));
perCall('similarity', words, (a, b) => vectors.similarity(a, b));
const names = ['Washington', 'U.S.', 'Beijing', 'Chinese', 'United States', 'Seoul', 'Reuters', 'Tuesday'];
perCall('placeKey', names, (a) => places.placeKey(a));
// Each word of the vector vocabulary once, plural-looking: none is in the lemma cache yet.
const unseen = vectorTable.words.split('\n').slice(0, 20_000).map((w) => `${w}s`);
const start = performance.now();
for (const w of unseen) wordNet.lemmas(w);
console.log(`lemmas (first sight of a word): ${(((performance.now() - start) * 1e6) / unseen.length).toFixed(0)} ns per call`);
