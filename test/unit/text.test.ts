import assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/text/lines.js';
import { approximated, findQuantities, sameQuantity, type Quantity } from '../../src/core/text/numbers.js';
import { FigureIndex } from '../../src/core/text/figure-index.js';
import { splitParagraphs, splitSentences } from '../../src/core/text/segment.js';
import { normalizeWord, tokenize } from '../../src/core/text/tokens.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence segmentation', () => {
  it('does not break after abbreviations, initials or dotted acronyms', () => {
    assert.deepEqual(sentences('The U.S. State Department said so. Mr. Zhou met J. Smith on Dec. 12 in St. Louis. It rained.'), [
      'The U.S. State Department said so.',
      'Mr. Zhou met J. Smith on Dec. 12 in St. Louis.',
      'It rained.',
    ]);
  });

  it('breaks after an acronym that ends a sentence when the next one starts anew', () => {
    assert.deepEqual(sentences('He moved to the U.S. The next day it rained.'), ['He moved to the U.S.', 'The next day it rained.']);
  });

  it('an abbreviation with a possessive before a figure ends no sentence: "Warner Bros.\' 2020 film"', () => {
    assert.deepEqual(sentences('Efron was cast in Warner Bros.\' 2020 "Scooby-Doo" film. He voices Fred.'), [
      'Efron was cast in Warner Bros.\' 2020 "Scooby-Doo" film.',
      'He voices Fred.',
    ]);
    assert.deepEqual(sentences("He said 'go home.' Then he left."), ["He said 'go home.'", 'Then he left.']);
  });

  it('"Al." ends a sentence unless it is "et al.", and "no." before a capital is a word, not "No. 10"', () => {
    assert.deepEqual(sentences('Oman opened its airspace to Israeli carriers, including El Al. Previously, flights took longer.'), [
      'Oman opened its airspace to Israeli carriers, including El Al.',
      'Previously, flights took longer.',
    ]);
    assert.deepEqual(sentences('The study by Smith et al. Found nothing new.'), ['The study by Smith et al. Found nothing new.']);
    assert.deepEqual(sentences('Asked if talks had failed, he said no. Then he left.'), ['Asked if talks had failed, he said no.', 'Then he left.']);
    assert.deepEqual(sentences('She lives at No. 10 Downing Street.'), ['She lives at No. 10 Downing Street.']);
  });

  it('keeps decimals and closing quotes inside the sentence', () => {
    assert.deepEqual(sentences('Growth was 3.5 percent. "We have noted relevant reports." He left.'), [
      'Growth was 3.5 percent.',
      '"We have noted relevant reports."',
      'He left.',
    ]);
  });

  it('offsets are trimmed and relative to a base', () => {
    const spans = splitSentences('  One.  Two.  ', 100);
    assert.deepEqual(spans, [{ start: 102, end: 106 }, { start: 108, end: 112 }]);
  });

  it('paragraphs are runs of non-blank lines', () => {
    const text = 'a\nb\n\n  \nc';
    assert.deepEqual(splitParagraphs(text).map((s) => text.slice(s.start, s.end)), ['a\nb', 'c']);
  });
});

describe('tokens', () => {
  it('normalises case, accents, possessives and simple inflections', () => {
    assert.deepEqual(tokenize("China's Investments signing café").map((t) => t.norm), ['china', 'investment', 'sign', 'cafe']);
  });

  it('a word of four letters ending in "e" meets its inflections ("move", "moved", "moving"), and "noted" is not "not"', () => {
    const norm = (w: string) => normalizeWord(w);
    for (const [base, ...forms] of [['move', 'moved', 'moves', 'moving'], ['vote', 'voted', 'voting'], ['note', 'noted'], ['hope', 'hoped', 'hoping'], ['name', 'named'], ['hop', 'hopped', 'hopping'], ['fix', 'fixed'], ['release', 'released', 'releasing']]) {
      for (const f of forms) assert.equal(norm(f), norm(base!), `${f} / ${base}`);
    }
    assert.notEqual(norm('noted'), norm('not'));
    assert.notEqual(norm('hoped'), norm('hopped'));
  });
});

describe('numbers and dates', () => {
  const q = (text: string) => findQuantities(text).map((x) => [x.text, x.kind, x.value]);

  it('reads digits, number words, money with scale, percentages and units', () => {
    assert.deepEqual(q('nine allied countries'), [['nine', 'number', 9]]);
    assert.deepEqual(q('nearly US$1 trillion'), [['US$1 trillion', 'money', 1e12]]);
    assert.deepEqual(q('a 180-day ultimatum'), [['180-day', 'number', 180]]);
    assert.deepEqual(q('1,200 people and 3.5 percent'), [['1,200', 'number', 1200], ['3.5 percent', 'percent', 3.5]]);
  });

  it('reads "two and a half" as 2.5, and a length of time in two units also as one in the larger', () => {
    assert.deepEqual(q('entered service two and a half years late'), [['two and a half', 'number', 2.5]]);
    assert.deepEqual(q('the sentence is six years and six months'), [['six', 'number', 6], ['six years and six months', 'number', 6.5], ['six', 'number', 6]]);
    assert.deepEqual(q('the meeting lasted 2 hours and 30 minutes'), [['2', 'number', 2], ['2 hours and 30 minutes', 'number', 2.5], ['30', 'number', 30]]);
    assert.deepEqual(q('six years and 14 months'), [['six', 'number', 6], ['14', 'number', 14]]);
  });

  it('ignores identifiers and numbers inside names', () => {
    assert.deepEqual(q('the G7 and COVID-19 met the Group of Seven'), []);
    assert.deepEqual(q('one of the latest efforts'), []);
  });

  it('reads a time of day as minutes after midnight, comparable only with another time', () => {
    const times = findQuantities('from 7 a.m. until about 3 p.m., then at 15:14, 7:30pm and 12 a.m.');
    assert.deepEqual(times.map((t) => [t.text, t.unit, t.value]), [['7 a.m.', 'time', 420], ['3 p.m.', 'time', 900], ['15:14', 'time', 914], ['7:30pm', 'time', 1170], ['12 a.m.', 'time', 0]]);
    const [afternoon] = findQuantities('at 2:11 p.m.');
    const [clock] = findQuantities('at 14:11');
    assert.ok(sameQuantity(afternoon!, clock!));
    const [minutes] = findQuantities('for 851 minutes');
    assert.ok(!sameQuantity(clock!, minutes!));
    assert.deepEqual(q('7 amid the crowd, a score of 2:1, version 10:61'), [['7', 'number', 7]]);
  });

  it('reads dates in several styles as the same date', () => {
    const [a] = findQuantities('Published: Dec 12, 2025 07:45 PM');
    const [b] = findQuantities('on December 12, 2025');
    const [c] = findQuantities('on 12 December 2025');
    const [d] = findQuantities('on 2025-12-12');
    for (const x of [b, c, d]) assert.ok(sameQuantity(a!, x!), `${a!.text} = ${x!.text}`);
    const [e] = findQuantities('on December 13, 2025');
    assert.ok(!sameQuantity(a!, e!));
  });

  it('a share in whole percent is the share with decimals that rounds to it: "46%" for "46.3 percent", not "47%"', () => {
    const [exact] = findQuantities('Pell took 46.3 percent of the vote.');
    const [whole] = findQuantities('Pell took 46% of the vote.');
    const [other] = findQuantities('Pell took 47% of the vote.');
    const [tenth] = findQuantities('Pell took 46.0 percent of the vote.');
    assert.ok(sameQuantity(whole!, exact!));
    assert.ok(!sameQuantity(exact!, whole!), 'a source\'s "46%" does not say "46.3 percent"');
    assert.ok(!sameQuantity(other!, exact!));
    assert.ok(!sameQuantity(tenth!, exact!), 'a figure with decimals is weighed to its decimals');
  });

  it('a figure written to three digits or more is no rounding of an "about" figure it does not round to', () => {
    const src = 'The fire has burned an estimated 18,640 acres.';
    const [estimated] = approximated(src, findQuantities(src));
    const claim = (text: string) => approximated(text, findQuantities(text))[0]!;
    assert.ok(!sameQuantity(claim('It burned 16,840 acres.'), estimated!), 'a transposition is within a tenth, but no rounding');
    assert.ok(!sameQuantity(claim('It burned roughly 16,840 acres.'), estimated!));
    assert.ok(sameQuantity(claim('It burned 18,600 acres.'), estimated!));
    assert.ok(sameQuantity(claim('It burned nearly 19,000 acres.'), estimated!));
    assert.ok(sameQuantity(claim('It burned 19,000 acres.'), estimated!));
    assert.ok(sameQuantity(claim('It burned 18,640 acres.'), estimated!));
    const [about] = approximated('about 4,000 people', findQuantities('about 4,000 people'));
    assert.ok(sameQuantity(claim('It drew 3,800 people.'), about!), 'a round "about" figure is still a range');
  });

  it('a date without a year matches the same day in any year', () => {
    const [a] = findQuantities('on November 1');
    const [b] = findQuantities('on November 1, 2025');
    assert.ok(sameQuantity(a!, b!));
  });

  it('nine equals 9', () => {
    const [a] = findQuantities('nine countries');
    const [b] = findQuantities('9 countries');
    assert.ok(sameQuantity(a!, b!));
  });

  it('reads fractions, "two-thirds" and "two thirds" alike; "a third bedroom" is none', () => {
    const [a] = findQuantities('Almost two-thirds of people affected are disabled.');
    const [b] = findQuantities('two thirds of the households');
    assert.deepEqual([a!.text, a!.kind, a!.approximate?.written.toFixed(3)], ['two-thirds', 'percent', '66.667']);
    assert.ok(sameQuantity(a!, b!));
    assert.ok(!sameQuantity(a!, findQuantities('a third of the households')[0]!));
    assert.deepEqual(q('a third bedroom'), []);
    assert.ok(sameQuantity(findQuantities('three quarters of the land')[0]!, findQuantities('75% of the land')[0]!));
  });

  it('a fraction is the share it is, as approximate as "six in ten": "a quarter" is 25%, "two-fifths" about 40 percent, not 35', () => {
    const share = (text: string) => findQuantities(text)[0]!;
    assert.ok(sameQuantity(share('at least a quarter of a shift'), share('at least 25% of a work shift')));
    assert.ok(sameQuantity(share('roughly two-fifths of the sulfate'), share('about 40 percent of the sulfate')));
    assert.ok(sameQuantity(share('about four-fifths of the lithium'), share('about 80% of the lithium')));
    assert.ok(!sameQuantity(share('roughly two-fifths of the sulfate'), share('about 35 percent of the sulfate')));
    assert.ok(!sameQuantity(share('a quarter of the land'), share('a third of the land')));
  });

  it('reads a date written with slashes where its order is plain ("10/22/2024", "22/10/2024"); "03/04/2024" may be either and is no date', () => {
    const october22 = findQuantities('ending on October 22, 2024')[0]!;
    for (const written of ['through 10/22/2024, then stop', 'through 22/10/2024, then stop']) {
      const [d] = findQuantities(written).filter((x) => x.kind === 'date');
      assert.ok(d && sameQuantity(d, october22), written);
    }
    assert.ok(!findQuantities('on 03/04/2024').some((x) => x.kind === 'date'));
    assert.ok(!findQuantities('24/7 support').some((x) => x.kind === 'date'));
  });

  it('reads a dotted date ("2003.06.11") as the date; a dotted version number is no figure', () => {
    const [a] = findQuantities('Titular Bishop of Arba (2003.06.11 – 2018.04.19)');
    assert.ok(sameQuantity(a!, findQuantities('from 11 June 2003 until his death')[0]!));
    // A figure without a value matched every other figure.
    assert.deepEqual(q('version 1.2.3 ships'), []);
  });

  it('a currency written out after the amount is money: "one trillion dollars" = "US$1 trillion"; "20 pounds" may weigh', () => {
    const [a] = findQuantities('a nearly one trillion dollar investment target');
    assert.deepEqual([a!.text, a!.kind], ['one trillion dollar', 'money']);
    assert.ok(sameQuantity(a!, findQuantities('nearly US$1 trillion')[0]!));
    assert.deepEqual(q('5 billion euros'), [['5 billion euros', 'money', 5e9]]);
    assert.deepEqual(q('20 pounds of shark fin'), [['20', 'number', 20]]);
  });

  it('a number that names a thing ("council bill 24-117", "Flight 370") is weighed only against another such number', () => {
    assert.deepEqual(q('council bill 24-117 passes'), [['24-117', 'number', 24117]]);
    const [flight] = findQuantities('Flight 370 vanished');
    assert.equal(flight!.unit, 'id');
    assert.ok(!sameQuantity(flight!, findQuantities('370 passengers')[0]!));
    assert.ok(!sameQuantity(findQuantities('bill 24-118')[0]!, findQuantities('bill 24-117')[0]!));
    assert.ok(sameQuantity(findQuantities('bill 24-117')[0]!, findQuantities('Bill 24-117')[0]!));
    // A release named with its number is the number written plain: "version 5.0", "removed in 5.0".
    assert.ok(sameQuantity(findQuantities('version 5.0 ships')[0]!, findQuantities('removed in 5.0, which')[0]!));
    assert.ok(!sameQuantity(findQuantities('version 5.0 ships')[0]!, findQuantities('removed in 5.1, which')[0]!));
  });

  it('a score or a vote is both its numbers, in either order, weighed only against another; a range is no score', () => {
    assert.deepEqual(q('Dynamo beat Port Athletic 3-1 on Sunday'), [['3-1', 'number', 3001]]);
    assert.ok(sameQuantity(findQuantities('they lost 1-3')[0]!, findQuantities('won 3-1')[0]!));
    assert.ok(!sameQuantity(findQuantities('won 3-2')[0]!, findQuantities('won 3-1')[0]!));
    assert.ok(sameQuantity(findQuantities('decided by a 5-to-4 vote')[0]!, findQuantities('The vote was 5 to 4')[0]!));
    assert.ok(!sameQuantity(findQuantities('won 3-1')[0]!, findQuantities('3 goals')[0]!));
    assert.deepEqual(q('open from 9-5 for those aged 18-25'), [['9', 'number', 9], ['18', 'number', 18]]);
    assert.deepEqual(q('from 5 to 10 people'), [['5', 'number', 5], ['10', 'number', 10]]);
  });

  it('an infinite figure (more digits than a number holds) equals only another, asked either way round', () => {
    const huge = findQuantities(`${'9'.repeat(400)} workers`)[0]!;
    const five = findQuantities('5 workers')[0]!;
    assert.equal(huge.value, Infinity);
    assert.equal(sameQuantity(huge, five), false);
    assert.equal(sameQuantity(five, huge), false);
    assert.equal(sameQuantity(huge, findQuantities(`${'8'.repeat(400)} workers`)[0]!), true);
  });

  it('the figure index finds a range holding a figure though a wider one holding it does not agree', () => {
    // "about 31%" in digits takes no "29.1%" (three digits, not its rounding); "under 31%" does.
    const about: Quantity = { start: 0, end: 1, text: '4', kind: 'percent', value: 27.9, upTo: 34.1, approximate: { kind: 0, written: 31 } };
    const under: Quantity = { start: 0, end: 1, text: '4', kind: 'percent', value: 27.9, upTo: 31, approximate: { kind: 1, written: 31 } };
    const share: Quantity = { start: 0, end: 1, text: '29.1%', kind: 'percent', value: 29.1 };
    assert.equal(sameQuantity(share, about), false);
    assert.equal(sameQuantity(share, under), true);
    const index = new FigureIndex([about, under]);
    // Asked often enough, the index is built: it answers as sameQuantity does.
    for (let k = 0; k < 12; k++) assert.equal(index.has(share), true, `ask ${k}`);
  });

  it('the figure index keeps "about 31%" and "about thirty-one per cent" apart: the words hold "29.1%", the digits do not', () => {
    const digits: Quantity = { start: 0, end: 1, text: '31%', kind: 'percent', value: 27.9, upTo: 34.1, approximate: { kind: 0, written: 31 } };
    const words: Quantity = { ...digits, text: 'thirty-one per cent' };
    const share: Quantity = { start: 0, end: 1, text: '29.1%', kind: 'percent', value: 29.1 };
    assert.equal(sameQuantity(share, digits), false);
    assert.equal(sameQuantity(share, words), true);
    // Of two ranges of equal bounds, the one in words is not left out for the one in digits.
    const index = new FigureIndex([digits, words]);
    for (let k = 0; k < 12; k++) assert.equal(index.has(share), true, `ask ${k}`);
  });

  it('a body\'s vote right after its decision is a tally: "the Senate endorsed 38 to 12" is "a vote of 38 to 12"', () => {
    assert.deepEqual(q('the Faculty Senate endorsed 38 to 12'), [['38 to 12', 'number', 38012]]);
    assert.ok(sameQuantity(findQuantities('approved by 6 to 3')[0]!, findQuantities('by a vote of 6 to 3, with one abstention')[0]!), 'case 1');
    // Not where words stand between: a range of what was approved.
    assert.ok(!q('approved spending of 38 to 42 million').some(([, , value]) => value === 42038), 'a range of what was approved');
    // "by 11 votes to 3" is a vote whatever the verb.
    assert.ok(sameQuantity(findQuantities('which backed the drug by 11 votes to 3')[0]!, findQuantities('voted 11 to 3 in favour')[0]!), 'votes to');
  });

  it('the day after a date in a span of days is a date of that month: "November 10 to 16", "10-16 November"', () => {
    assert.deepEqual(q('in the week of November 10 to 16, up from 1,089'), [['November 10', 'date', 1110], ['16', 'date', 1116], ['1,089', 'number', 1089]]);
    assert.deepEqual(q('from 10 to 16 November'), [['10', 'date', 1110], ['16 November', 'date', 1116]]);
    // A count after the date is no day: "on November 10 and 16 people died".
    assert.deepEqual(q('on November 10 and 16 people died'), [['November 10', 'date', 1110], ['16', 'number', 16]]);
  });

  it('a fraction of a percentage point is that many points, not a share: "a quarter of a percentage point" is 0.25', () => {
    assert.ok(sameQuantity(findQuantities('cut the rate by a quarter of a percentage point')[0]!, findQuantities('by 0.25 percentage points')[0]!), 'case 3');
    assert.ok(sameQuantity(findQuantities('raised it half a percentage point')[0]!, findQuantities('by 0.5 percentage points')[0]!), 'case 4');
    assert.ok(!sameQuantity(findQuantities('by a quarter of a percentage point')[0]!, findQuantities('by 0.5 percentage points')[0]!), 'case 5');
    // A quarter of something else is still a share.
    assert.deepEqual(q('a quarter of the vote').map(([, kind]) => kind), ['percent']);
    assert.equal(findQuantities('a quarter of the vote')[0]!.approximate?.written, 25);
  });

  it('two numbers before what they measure are a range, both its ends figures: "6–8 weeks" is "six to eight weeks", no score', () => {
    assert.deepEqual(q('Repeat chest X-ray in 6–8 weeks'), [['6', 'number', 6], ['8', 'number', 8]]);
    assert.deepEqual(q('Usually 3-5 business days'), [['3', 'number', 3], ['5', 'number', 5]]);
    assert.ok(sameQuantity(findQuantities('in about six to eight weeks')[1]!, findQuantities('in 6–8 weeks')[1]!));
    // A result named before or after still makes a score of them.
    assert.deepEqual(q('the motion was defeated 4–3'), [['4–3', 'number', 4003]]);
    assert.deepEqual(q('a 3-1 win'), [['3-1', 'number', 3001]]);
    // A word that only looks like a unit ("in") does not make a range of a vote.
    assert.deepEqual(q('cleared the Senate 24–12 in mid-March'), [['24–12', 'number', 24012]]);
  });

  it('a vote written out is also the tally it gives: "3 in favor, 4 opposed" is "defeated 4–3", beside its two numbers', () => {
    const found = findQuantities('Vote: 3 in favor, 4 opposed. Motion failed.');
    assert.deepEqual(found.map((f) => [f.text, f.value]), [['3', 3], ['3 in favor, 4 opposed', 4003], ['4', 4]]);
    assert.ok(sameQuantity(findQuantities('was defeated 4–3')[0]!, found[1]!));
    assert.ok(!sameQuantity(findQuantities('was defeated 5–2')[0]!, found[1]!));
    assert.deepEqual(q('Seven ayes, zero nays')[1], ['Seven ayes, zero nays', 'number', 7000]);
  });

  it('a share with a word before it is a range that way: "more than a third" is 37%, "more than half" is not 46%', () => {
    const share = (t: string) => approximated(t, findQuantities(t))[0]!;
    assert.ok(sameQuantity(share('More than a third of the water points'), findQuantities('37 percent')[0]!));
    assert.ok(!sameQuantity(share('less than a third of the water points'), findQuantities('37 percent')[0]!));
    assert.ok(sameQuantity(share('nearly half of the votes'), findQuantities('46%')[0]!));
    assert.ok(!sameQuantity(share('more than half of the votes'), findQuantities('46%')[0]!));
    assert.ok(sameQuantity(share('about a third of them'), findQuantities('31%')[0]!));
  });

  it('two figures "about" something, in digits, agree only when within 5% ("about 4,000", "roughly 4,100"), not where their margins meet ("about 71%", "about 61 percent")', () => {
    const about = (t: string) => approximated(t, findQuantities(t))[0]!;
    assert.ok(sameQuantity(about('about 4,000 orders'), about('roughly 4,100 orders')));
    assert.ok(!sameQuantity(about('About 71% of attempts'), about('about 61 percent of attempts')));
    assert.ok(!sameQuantity(about('about 35 percent'), about('about 40 percent')));
    assert.ok(sameQuantity(about('about 71% of attempts'), findQuantities('71.4%')[0]!));
  });

  it('"half a million" is 500,000 and "half a dozen" six, not a share', () => {
    assert.deepEqual(q('around half a million tonnes of packs a year'), [['half a million', 'number', 500000]]);
    assert.ok(sameQuantity(findQuantities('about 500,000 tonnes')[0]!, findQuantities('half a million tonnes')[0]!));
    assert.deepEqual(q('half a dozen eggs'), [['half a dozen', 'number', 6]]);
    assert.equal(findQuantities('half of her fields')[0]!.kind, 'percent');
  });

  it('a number word joined to what it counts ("eight-storey", "three-judge", "six-time") is a count of that', () => {
    const [eight] = findQuantities('the eight-storey Björk House');
    assert.deepEqual([eight!.text, eight!.value, eight!.unit], ['eight-storey', 8, 'storey']);
    assert.ok(!sameQuantity(eight!, findQuantities('a ten-storey building')[0]!));
    assert.equal(findQuantities('the six-time champion')[0]!.unit, 'times');
    assert.deepEqual(q('a one-sided game'), []);
  });

  it('"six in ten" is the share it rounds to, 54% to 66%; "about 4,000" and "roughly 4,100" may be one count', () => {
    const [share] = findQuantities('About six in ten respondents');
    assert.deepEqual([share!.text, share!.kind, Math.round(share!.value), Math.round(share!.upTo!)], ['six in ten', 'percent', 54, 66]);
    assert.ok(!sameQuantity(findQuantities('one in ten')[0]!, findQuantities('one in five')[0]!));
    assert.ok(sameQuantity(share!, findQuantities('61% of those who answered')[0]!));
    assert.ok(!sameQuantity(findQuantities('three in ten')[0]!, findQuantities('61%')[0]!));
    assert.deepEqual(q('10 in 2019'), [['10', 'number', 10], ['2019', 'year', 2019]]);
    const [about] = approximated('about 4,000 orders', findQuantities('about 4,000 orders'));
    const [roughly] = approximated('Roughly 4,100 orders', findQuantities('Roughly 4,100 orders'));
    assert.ok(sameQuantity(about!, roughly!));
    const [over] = approximated('more than 60', findQuantities('more than 60'));
    const [overOther] = approximated('more than 50', findQuantities('more than 50'));
    assert.ok(!sameQuantity(over!, overOther!));
  });

  it('"half of her fields" is a fraction, as "a third of" is; "the first half of 2016" and "one and a half" are not', () => {
    assert.deepEqual(q('leaving half of her fields unplanted').map(([text, kind]) => [text, kind]), [['half', 'percent']]);
    assert.ok(sameQuantity(findQuantities('leaving half of her fields unplanted')[0]!, findQuantities('leaving 50% of her fields unplanted')[0]!));
    assert.deepEqual(q('in the first half of 2016'), [['2016', 'year', 2016]]);
    assert.deepEqual(q('at half-time'), []);
  });

  it('a year run into the word before it ("Spain1986") is a year; "G7" and "COVID-19" are no figures', () => {
    assert.deepEqual(q('Winter base set up at La Manga, Spain1986— Introduction of memberships'), [['1986', 'year', 1986]]);
    assert.deepEqual(q('the G7 and COVID-19'), []);
  });
});

describe('line index', () => {
  it('converts offsets to positions with LF and CRLF', () => {
    const lines = new LineIndex('ab\r\ncd\nef');
    assert.deepEqual(lines.positionAt(5), { line: 1, character: 1 });
    assert.deepEqual(lines.positionAt(8), { line: 2, character: 1 });
    assert.equal(lines.offsetAt({ line: 1, character: 1 }), 5);
  });
});
