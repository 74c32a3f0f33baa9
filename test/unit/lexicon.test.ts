import assert from 'node:assert/strict';
import fc from 'fast-check';
import { areOpposites, hasOpposite, isRegion, lemmas, placeKey, prepareLexiconStep, relation, similarity, defaultWordNet, WordGroup } from '../../src/core/lexicon/index.js';
import { WordNet } from '../../src/core/lexicon/wordnet.js';
import { WordVectors } from '../../src/core/lexicon/vectors.js';
import { Places } from '../../src/core/lexicon/places.js';
import { base64ByteLength, decodeBase64Range, packRows, unpackRows, fromBase64, fromBase64InScript, toBase64 } from '../../src/core/lexicon/packed.js';
import wordNetTable from '../../src/core/lexicon/data/wordnet.json' with { type: 'json' };
import { buildPlaceTable, buildVectorTable, buildWordNetTable, parseSynsets, type Country } from '../../scripts/lexicon-tables.js';

describe('lexicon', () => {
  describe('generated tables', () => {
    it('take irregular and inflected words to their lemmas', () => {
      assert.ok(lemmas('went').includes('go'));
      assert.ok(lemmas('children').includes('child'));
      assert.ok(lemmas('better').includes('good'));
      assert.ok(lemmas('houses').includes('house'));
      assert.ok(lemmas('increasing').includes('increase'));
      assert.deepEqual(lemmas('qwxzv'), []);
    });

    it('relate words the way WordNet does', () => {
      assert.equal(relation('purchase', 'buy'), 'synonym');
      assert.equal(relation('poodle', 'dog'), 'broader');
      assert.equal(relation('dog', 'poodle'), 'narrower');
      assert.equal(relation('economic', 'economy'), 'derivation');
      assert.equal(relation('wet', 'damp'), 'similar');
      assert.equal(relation('increased', 'increasing'), 'same');
      assert.equal(relation('carrot', 'parliament'), undefined);
    });

    it('relate a word to a group of words exactly when it relates to one of them, and compare vectors as pairs do', () => {
      // A seeded walk over the lemmas, with inflected forms and words WordNet lacks.
      const words = wordNetTable.lemmas.split('\n');
      let seed = 7;
      const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
      const pick = (): string => {
        const w = words[next() % words.length]!;
        const form = next() % 5;
        return form === 0 ? w + 's' : form === 1 ? w + 'ed' : form === 2 ? 'qx' + w : w;
      };
      const hubs = ['dog', 'person', 'increase', 'economy', 'wet', 'buy', 'go', 'organization', 'country', 'say'];
      let related = 0;
      let close = 0;
      for (let round = 0; round < 300; round++) {
        const group = [...hubs.slice(round % hubs.length, round % hubs.length + 2), ...Array.from({ length: 20 }, pick)];
        const together = new WordGroup(group);
        for (const word of [...hubs, pick(), pick(), pick(), 'poodle', 'purchase', 'economic', 'damp', 'went']) {
          const expected = group.some((b) => relation(word, b) !== undefined);
          assert.equal(together.relatesTo(word), expected, `${word} / ${group.join(' ')}`);
          const near = group.some((b) => (similarity(word, b) ?? 0) >= 0.62);
          assert.equal(together.closeTo(word, 0.62), near, `${word} ~ ${group.join(' ')}`);
          if (expected) related++;
          if (near) close++;
        }
      }
      assert.ok(related > 100 && close > 100, `${related} related, ${close} close`);
    });

    it('answer the same whether decoded ahead, step by step, or when first asked', () => {
      const ahead = new WordNet(wordNetTable);
      let steps = 0;
      while (ahead.decodeStep()) steps++;
      assert.ok(steps > 0 && !ahead.decodeStep());
      const onDemand = new WordNet(wordNetTable);
      const words = ['dog', 'poodle', 'purchase', 'buy', 'economic', 'economy', 'wet', 'damp', 'dry', 'increase', 'decreasing', 'went', 'carrot'];
      for (const a of words) {
        for (const b of words) {
          assert.equal(ahead.relation(a, b), onDemand.relation(a, b), `${a} ${b}`);
          assert.equal(ahead.areOpposites(a, b), onDemand.areOpposites(a, b), `${a} ${b}`);
        }
      }
      while (prepareLexiconStep()) steps++;
      assert.ok(!prepareLexiconStep(), 'the whole lexicon decoded');
    });

    it('find the opposites news prose swaps', () => {
      for (const [a, b] of [['increase', 'decrease'], ['decrease', 'increasing'], ['rise', 'fall'], ['rose', 'fell'], ['win', 'lose'], ['won', 'lost'], ['gain', 'loss'], ['buy', 'sell'], ['accept', 'reject'], ['legal', 'illegal']] as const) {
        assert.ok(areOpposites(a, b), `${a} / ${b}`);
        assert.ok(areOpposites(b, a), `${b} / ${a}`);
      }
      assert.ok(!areOpposites('increase', 'increase'));
      assert.ok(!areOpposites('buy', 'purchase'));
    });

    it('tell which words have an opposite at all, as every word that has one paired with it shows', () => {
      for (const [a, b] of [['predecessor', 'successor'], ['increase', 'decrease'], ['winning', 'losing']] as const) {
        assert.ok(areOpposites(a, b) && hasOpposite(a) && hasOpposite(b), `${a} / ${b}`);
      }
      for (const w of ['kettle', 'treasurer', 'auditorium']) assert.ok(!hasOpposite(w), w);
    });

    it('never call a pair both synonyms and opposites', () => {
      const words = wordNetTable.lemmas.split('\n');
      const antonyms = unpackRows(wordNetTable.antonyms);
      const wordNet = defaultWordNet();
      let pairs = 0;
      let opposite = 0;
      for (let a = 0; a < words.length; a++) {
        for (let i = antonyms.offsets[a]!; i < antonyms.offsets[a + 1]!; i++) {
          const [x, y] = [words[a]!, words[antonyms.values[i]!]!];
          const kind = wordNet.relation(x, y);
          assert.ok(!(wordNet.areOpposites(x, y) && (kind === 'synonym' || kind === 'same')), `${x} / ${y}: ${kind}`);
          if (wordNet.areOpposites(x, y)) opposite++;
          pairs++;
        }
      }
      assert.ok(pairs > 1000 && opposite > 0.9 * pairs, `${opposite} of ${pairs}`);
    });

    it('score related words above unrelated ones', () => {
      assert.ok(similarity('king', 'queen')! > similarity('king', 'carrot')!);
      assert.ok(similarity('purchase', 'buy')! > 0.6);
      assert.equal(similarity('king', 'king'), 1);
      assert.equal(similarity('king', 'qwxzv'), undefined);
    });

    it('give a country, its capital and its people one key', () => {
      const usa = placeKey('United States');
      assert.equal(usa, 'USA');
      for (const name of ['Washington', 'U.S.', 'US', 'USA', 'the United States', 'America', 'American', 'united states']) assert.equal(placeKey(name), usa, name);
      for (const name of ['Tokyo', 'Japan', 'Japanese']) assert.equal(placeKey(name), 'JPN', name);
      for (const name of ['Beijing', 'China', 'Chinese']) assert.equal(placeKey(name), 'CHN', name);
      for (const name of ['Seoul', 'South Korea', 'Korean']) assert.equal(placeKey(name), 'KOR', name);
      for (const name of ['UK', 'Britain', 'British', 'London']) assert.equal(placeKey(name), 'GBR', name);
    });

    it('know countries\' subdivisions WordNet knows as places, but not common words or countries', () => {
      for (const name of ['Nevada', 'Arizona', 'Colorado', 'Ontario', 'Bavaria', 'New South Wales']) assert.ok(isRegion(name), name);
      // "Centre" and "Acre" are subdivisions too (of France, of Brazil), and common words first.
      for (const name of ['Centre', 'Acre', 'Georgia', 'Washington', 'Nevada Street']) assert.ok(!isRegion(name), name);
    });

    it('do not take English words or shared demonyms for countries', () => {
      for (const name of ['us', 'in', 'IN', 'as', 'AS', 'Congolese', 'carrot']) assert.equal(placeKey(name), undefined, name);
    });
  });

  describe('packed rows', () => {
    it('read back what was written', () => {
      const rows = [[3, 1, 2], [], [0], [200000, 5, 127, 128]];
      const read = unpackRows(packRows(rows));
      assert.deepEqual([...read.offsets], [0, 3, 3, 4, 8]);
      assert.deepEqual([...read.values], [1, 2, 3, 0, 5, 127, 128, 200000]);
    });

    it('base64 round-trips every length', () => {
      for (let n = 0; n < 8; n++) {
        const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 200) & 0xff);
        assert.equal(toBase64(bytes), Buffer.from(bytes).toString('base64'));
        assert.deepEqual(fromBase64(toBase64(bytes)), bytes);
      }
    });

    it('base64 decodes as the decoder in script does, through the host\'s native decoder where it has one', () => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
          const text = toBase64(bytes);
          const decoded = fromBase64(text);
          assert.deepEqual(decoded, fromBase64InScript(text));
          // An array of its own, as the tables read it (`new Int8Array(bytes.buffer)`).
          assert.equal(decoded.buffer.byteLength, bytes.length);
          assert.equal(Object.getPrototypeOf(decoded), Uint8Array.prototype);
        }),
        { numRuns: 500 },
      );
      // Any text, base64 or not: the same bytes, or the same error.
      const unit = fc.constantFrom(...alphabet.split(''), '=', '-', '_', ' ', '\n', '!', '\u00e9', '\u{1F600}');
      fc.assert(
        fc.property(fc.array(unit, { maxLength: 24 }).map((u) => u.join('')), (text) => {
          const outcome = (decode: (t: string) => Uint8Array): Uint8Array | string => {
            try {
              return decode(text);
            } catch (error) {
              return (error as Error).message;
            }
          };
          assert.deepEqual(outcome(fromBase64), outcome(fromBase64InScript));
        }),
        { numRuns: 2000 },
      );
      assert.throws(() => fromBase64('AA-AAAAA'), /Not base64 at 2/);
    });

    it('base64 decodes any range of bytes where it lies, leaving the rest', () => {
      const bytes = Uint8Array.from({ length: 11 }, (_, i) => (i * 89 + 7) & 0xff);
      const text = toBase64(bytes);
      assert.equal(base64ByteLength(text), bytes.length);
      for (let from = 0; from < bytes.length; from++) {
        for (let to = from + 1; to <= bytes.length; to++) {
          const out = new Uint8Array(bytes.length);
          decodeBase64Range(text, out, from, to);
          assert.deepEqual(out.subarray(from, to), bytes.subarray(from, to), `${from}..${to}`);
          out.forEach((b, i) => assert.ok(b === 0 || b === bytes[i], `byte ${i} of ${from}..${to}`));
        }
      }
      assert.throws(() => fromBase64('AB=A'), /Not base64/);
      // Anywhere in a table, and for a unit past the ASCII range.
      assert.throws(() => fromBase64('AAAAAA!AAAAA'), /Not base64 at 6/);
      assert.throws(() => fromBase64('AAAA\u00e9AAA'), /Not base64 at 4/);
      assert.throws(() => fromBase64('AAAA\u{1F600}AA'), /Not base64 at 4/u);
    });
  });

  describe('the generator', () => {
    const header = '  1 This software and database is being provided to you, the LICENSEE, by\n';
    const data = {
      n: header + [
        '00000001 05 n 02 dog 0 domestic_dog 0 001 @ 00000002 n 0000 | a dog',
        '00000002 05 n 01 canine 0 001 @ 00000003 n 0000 | a canine',
        '00000003 05 n 01 carnivore 0 001 @ 00000004 n 0000 | a carnivore',
        '00000004 05 n 01 animal 0 000 | an animal',
        '00000005 05 n 01 poodle 0 001 @ 00000001 n 0000 | a poodle',
        '00000006 04 n 01 increase 0 001 + 00000010 v 0101 | a rise',
        '00000007 15 n 03 United_States 0 US 0 America 0 001 @i 00000008 n 0000 | a country',
        '00000008 15 n 01 country 0 000 | a nation',
        '00000009 15 n 02 Washington 0 Washington_D.C. 0 001 @i 00000011 n 0000 | a capital',
        '00000011 15 n 01 capital 0 000 | a seat of government',
      ].join('\n') + '\n',
      v: header + [
        '00000010 30 v 02 increase 0 rise 0 002 + 00000006 n 0101 ! 00000012 v 0101 01 + 01 00 | go up',
        '00000012 30 v 02 decrease 0 fall 0 001 ! 00000010 v 0101 01 + 01 00 | go down',
        '00000013 40 v 02 buy 0 purchase 0 000 01 + 01 00 | get for money',
        '00000014 38 v 01 go 0 000 01 + 01 00 | move',
      ].join('\n') + '\n',
      a: header + [
        '00000020 00 a 01 wet 0 002 & 00000021 a 0000 ! 00000022 a 0101 | wet',
        '00000021 00 s 01 damp 0 001 & 00000020 a 0000 | damp',
        '00000022 00 a 01 dry(a) 0 001 ! 00000020 a 0101 | dry',
        '00000023 00 a 02 still 0 quiet 0 000 | silent',
        '00000024 00 a 01 still 0 001 ! 00000025 a 0101 | not moving',
        '00000025 00 a 01 quiet 0 001 ! 00000024 a 0101 | at rest',
      ].join('\n') + '\n',
      r: header + '00000030 02 r 01 wetly 0 001 \\ 00000020 a 0101 | in a wet way\n',
    };
    const exceptions = { n: 'children child\n', v: 'went go\nrose rise\nfell fall\n', a: 'wetter wet\n', r: '' };
    const built = buildWordNetTable({ data, exceptions, source: 'sample' }, (w) => w !== 'carnivore');
    const wordNet = new WordNet(built.table);

    it('writes the tables it is given, plain words only, sorted', () => {
      assert.equal(built.table.lemmas, 'animal\nbuy\ncanine\ncapital\ncountry\ndamp\ndecrease\ndog\ndry\nfall\ngo\nincrease\npoodle\npurchase\nquiet\nrise\nstill\nwet\nwetly');
      assert.equal(built.table.partsOfSpeech, '1211142142231242448');
      // "child" is no lemma of the sample, so "children" has nothing to point to.
      assert.equal(built.table.exceptions, 'fell fall\nrose rise\nwent go\nwetter wet');
      assert.deepEqual(built.report.droppedAntonyms, ['quiet still']);
    });

    it('writes the same bytes every time', () => {
      const again = buildWordNetTable({ data, exceptions, source: 'sample' }, (w) => w !== 'carnivore');
      assert.equal(JSON.stringify(again.table), JSON.stringify(built.table));
    });

    it('reads back into the relations of the sample', () => {
      assert.deepEqual(wordNet.lemmas('went'), ['go']);
      assert.deepEqual(wordNet.lemmas('rose'), ['rise']);
      assert.deepEqual(wordNet.lemmas('dogs'), ['dog']);
      assert.deepEqual(wordNet.lemmas('wetter'), ['wet']);
      assert.equal(wordNet.relation('purchase', 'buy'), 'synonym');
      assert.equal(wordNet.relation('poodle', 'dog'), 'broader');
      // Two levels up, through a synset whose only word was pruned.
      assert.equal(wordNet.relation('dog', 'carnivore'), undefined);
      assert.equal(wordNet.relation('poodle', 'canine'), 'broader');
      assert.equal(wordNet.relation('dog', 'animal'), undefined, 'three levels up is too far');
      assert.equal(wordNet.relation('canine', 'animal'), 'broader');
      assert.equal(wordNet.relation('increase', 'increase'), 'same');
      assert.equal(wordNet.relation('wet', 'damp'), 'similar');
      assert.equal(wordNet.relation('wetly', 'wet'), 'derivation');
      assert.ok(wordNet.areOpposites('increasing', 'decreased'));
      assert.ok(!wordNet.areOpposites('rising', 'fell'), 'the sample links only increase and decrease');
      assert.ok(wordNet.areOpposites('wet', 'dry'));
      assert.ok(!wordNet.areOpposites('still', 'quiet'), 'a pair sharing a synset is no contradiction');
    });

    it('keeps the most frequent plain words as byte vectors', () => {
      const table = buildVectorTable(
        {
          dimensions: 3,
          words: ['the', 'King', 'king', 'queen', 'carrot', 'lamb'],
          vectors: { the: [1, 0, 0, 1, 0], King: [0, 1, 0, 1, 1], king: [0, 2, 0.2, 1, 1], queen: [0, 1.8, 0.4, 1, 2], carrot: [0.5, -0.1, 3, 1, 3], lamb: [0, 0, 1, 1, 4] },
        },
        4,
        'sample',
      );
      assert.equal(table.words, 'the\nking\nqueen\ncarrot');
      assert.deepEqual([...new Int8Array(fromBase64(table.vectors).buffer)], [127, 0, 0, 0, 127, 13, 0, 127, 28, 21, -4, 127]);
      const vectors = new WordVectors(table);
      assert.ok(vectors.similarity('king', 'queen')! > 0.95);
      assert.ok(vectors.similarity('king', 'carrot')! < 0.2);
      assert.equal(vectors.similarity('king', 'lamb'), undefined);
    });

    it('gives each place name one country, and leaves out codes that are English words', () => {
      const country = (cca3: string, cca2: string, common: string, official: string, altSpellings: string[], capital: string[], demonym: string, sovereign: boolean): Country => ({
        cca2, cca3, independent: sovereign, unMember: sovereign, name: { common, official }, altSpellings, capital, demonyms: { eng: { m: demonym, f: demonym } },
      });
      const countries = [
        country('USA', 'US', 'United States', 'United States of America', ['US', 'USA', 'United States of America'], ['Washington D.C.'], 'American', true),
        country('IND', 'IN', 'India', 'Republic of India', ['IN', 'Bhārat', 'இந்தியா'], ['New Delhi'], 'Indian', true),
        country('MNP', 'MP', 'Northern Mariana Islands', 'Commonwealth of the Northern Mariana Islands', ['MP'], ['Saipan'], 'American', false),
        country('COD', 'CD', 'DR Congo', 'Democratic Republic of the Congo', ['CD', 'DRC', 'Congo, the Democratic Republic of the'], ['Kinshasa'], 'Congolese', true),
        country('COG', 'CG', 'Republic of the Congo', 'Republic of the Congo', ['CG', 'Congo'], ['Brazzaville'], 'Congolese', true),
      ];
      const table = buildPlaceTable(countries, parseSynsets(data.n), 'Yankee\tUSA\nIndian\tXXX\n', 'sample');
      const places = new Places(table);
      assert.deepEqual(table.names.split('\n').slice(0, 6), ['DRC\tCOD', 'US\tUSA', 'USA\tUSA', 'america\tUSA', 'american\tUSA', 'bharat\tIND']);
      for (const name of ['Washington', 'Washington D.C.', 'US', 'U.S.', 'USA', 'America', 'American', 'United States of America', 'Yankee']) assert.equal(places.placeKey(name), 'USA', name);
      assert.equal(places.placeKey('Indian'), 'IND', 'a curated name never overrides the data');
      for (const name of ['IN', 'in', 'us', 'Congolese', 'MP']) assert.equal(places.placeKey(name), undefined, name);
      assert.equal(places.placeKey('Congo'), 'COG');
      assert.equal(places.placeKey('DRC'), 'COD');
    });
  });
});
