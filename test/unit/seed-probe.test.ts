// Statements a writer drafting from the sample corpus would write, judged as the editor judges
// them. The faithful ones paraphrase the seeds (merged clauses, reported speech, capitals for
// countries, counts of lists, weekdays, "doubt" for "may not"); a checker that flags them gets
// switched off. The unfaithful ones change one thing each: a negation, a weekday, an ordinal, a
// figure, an outlet, a speaker, a place.
import assert from 'node:assert/strict';
import { judgeStatement } from '../../src/core/grounding/verdict.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { findPublishedDate } from '../../src/core/sources/dates.js';
import { seedDocuments } from '../helpers/seeds.js';

const FAITHFUL = [
  "The State Department is leading the Pax Silica initiative, which aims to strengthen mineral supply chains against China's dominance.",
  "Member countries are expected to work together on joint ventures and co-investments, according to the South China Morning Post.",
  "Ionic Mineral Technologies found what could be one of the most significant critical-mineral deposits in the United States, at Silicon Ridge in Utah.",
  "Suppliers of critical minerals were given 180 days by the Trump administration to sign binding agreements on diversified supplies.",
  "Suppliers that fail to comply could face tariffs and trade barriers.",
  "Japan's research vessel Chikyu left Shizuoka on January 12 to extract seabed mud near Minamitori Island.",
  "South Korea's Ministry of Trade, Industry and Resources held an emergency meeting on January 8.",
  "Analysts doubt that Saudi Arabia's investment target of nearly US$1 trillion in the US is feasible.",
  "The deals signed in November include a civil nuclear cooperation agreement and an AI memorandum of understanding.",
  "Guo Jiakun said China had noted the reports.",
  "Zhou Mi said the alliance reflects Washington's wish to use its allies to bolster its own development.",
  "Gao, an industry expert, said the US is trying to bring as many countries as possible into the alliance.",
  "Chinese experts said the move aims to decouple China from the semiconductor supply chain.",
  "Zhou warned that companies may be reluctant to share their core technologies with US firms.",
  "The Pax Silica partnership seeks to reduce coercive dependencies, according to the US.",
  "Zhou said it is uncertain whether the initiative will lead to active corporate participation.",
  "Analysts said conflicts of interest among alliance members could derail the plan.",
  "The US is putting together a coalition to counter China's grip on critical minerals, media reported.",
  "The US and Japan signed a preamble agreement on Thursday.",
  "Chinese analysts said the moves are unlikely to achieve their goal.",
  "Singapore, Australia, Japan, South Korea and Israel are joining the Pax Silica Declaration.",
  "Politico reported that the US is also trying to enlist other countries.",
  "Guo Jiakun told a regular press conference on Friday that China had noted relevant reports.",
  "Guo urged all parties to adhere to the principles of a market economy and fair competition.",
  "According to Yonhap, South Korea is part of the partnership.",
  "Deputy Secretary of State Christopher Landau said the goal is not to close the US off from the rest of the world.",
  "Jacob Helberg said the declaration paves the way for joint research and manufacturing to rival China's Belt and Road Initiative.",
  "Chinese experts warned that the move is set to raise costs for chips.",
  "Analysts said conflicts of interests among alliance members mean things may not work out as planned.",
  "Zhou Mi is a senior researcher at the Chinese Academy of International Trade and Economic Cooperation.",
  "Gao said countries walk a tightrope in the coming age of AI.",
  "Zhou said companies must weigh profits against risks.",
  "Zhou said China is the largest producer, processor and exporter of certain mineral resources.",
  "The G7 announced 26 new investments and partnerships on November 1.",
  "Zhou said enterprises are unwilling to participate if it jeopardizes their profits.",
  "The Pax Silica initiative was launched by the second Trump administration.",
  "Foreign Ministry spokesman Guo Jiakun said China had noted the reports.",
  "The declaration was signed on Friday, December 12.",
  "The declaration brings five countries into the collaboration: Singapore, Australia, Japan, South Korea and Israel.",
  "The US State Department leads the initiative.",
  "Member countries will pursue joint projects such as co-investments, the South China Morning Post reported.",
  "According to Zhou Mi, it remains uncertain whether the initiative will translate into corporate participation.",
  "Chinese analysts argue that the practice distorts the international division of labor.",
  "Japan's research vessel Chikyu set sail on January 12.",
  "The Ministry of Trade, Industry and Resources pledged safeguards against shortages.",
  "An industry expert surnamed Gao told the Global Times that the US is forming an overarching alliance.",
  "The G7 unveiled 26 new investments and partnerships under the Critical Minerals Production Alliance.",
  "Landau said the goal is to build supply chains free from undue influence.",
  "Ionic Mineral Technologies made the discovery at Silicon Ridge in Utah, The Daily Wire reported.",
  "Saudi Arabia's investment target in the US is nearly US$1 trillion.",
  "Saudi Arabia's investment target in the US is close to US$1 trillion.",
  "The G7 announced the Critical Minerals Production Alliance on November 1.",
  "The Pax Silica Declaration was signed on December 12, 2025.",
  "Guo Jiakun spoke at a regular press conference.",
  "The alliance was announced by the US, which wants to counter China's dominance in critical minerals.",
  "China was not named in Landau's remarks, which stressed that the goal is not to close off the US.",
  "The US wants to secure its dominance in AI by focusing on critical minerals, according to Chinese experts.",
  "Chinese experts warned that the move would raise costs for chips and other materials.",
  "The move disrupts the global supply chain, experts said.",
  "Zhou Mi works at the Chinese Academy of International Trade and Economic Cooperation.",
  "Japan's Finance Minister Satsuki Katayama said Japan would outline its stance at the G7 finance ministers' meeting.",
  "The Chikyu left Shizuoka for the waters off Minamitori Island on January 12.",
  "South Korea's trade ministry held an emergency meeting on January 8 to evaluate the impact.",
  "The US Geological Survey added ten new items to its list of critical minerals.",
  "Federal investments poured into mining projects across the US in 2025.",
  "Ionic Mineral Technologies may have found one of the most significant critical-mineral deposits in the United States.",
  "Politico reported the news on Thursday, US time.",
  "According to Zhou, companies must weigh profits against risks.",
  // A second round, written as a reviewer would test a checker: more verbs of reporting, more
  // reordered clauses, titles and roles.
  "The Pax Silica initiative is meant to deepen technology cooperation with US allies on AI infrastructure.",
  "Washington wants to shore up mineral supply chains against Beijing's dominance.",
  "The initiative is a push by the Trump administration to bolster supply chains for minerals such as rare earths.",
  "The effort reflects a global pushback against China's control over rare earth production.",
  "According to analysts, the practice distorts the international division of labor.",
  "Experts said the alliance is set to make chips more expensive.",
  "The US government gave critical mineral suppliers an ultimatum of 180 days.",
  "Tariffs and trade barriers could follow if suppliers fail to comply.",
  "The policy aims to strengthen national security by challenging China's dominance in the sector.",
  "The Daily Wire reported on a significant mineral deposit in Utah.",
  "Japan's finance minister condemned China's restrictions on rare earths.",
  "A Wall Street Journal report revealed broader restrictions on rare earth exports to Japanese firms.",
  "China banned dual-use exports to Japan's military.",
  "The Chikyu's mission coincides with G7 talks on supply chain security in Washington.",
  "South Korea's industries face risks after China banned dual-use exports to Japan.",
  "The ban was retaliation for remarks on Taiwan by Prime Minister Sanae Takaichi.",
  "South Korea's trade ministry pledged safeguards against shortages.",
  "New deals signed in November cover infrastructure, technology and industry.",
  "Analysts see Saudi Arabia's investment target as optics rather than a binding commitment.",
  "The Trump administration took equity stakes in private companies as part of the push.",
  "Environmental and indigenous rights groups have raised concerns about the push.",
  "Guo said all parties should work together to keep the global supply chain stable.",
  "Landau spoke at a reception on the eve of the summit.",
  "Helberg said the declaration opens the way for joint research, manufacturing and infrastructure projects.",
  "Jacob Helberg is the US Under Secretary of State for Economic Affairs.",
  "Christopher Landau is the Deputy Secretary of State.",
  "Gao said the US wants to enlist as many countries as possible.",
  "Gao said the move is unlikely to succeed because China is deeply integrated in the supply chain.",
  "Zhou said barriers against the Chinese market would have to be raised to sustain development.",
  "According to Zhou, excluding China removes a significant portion of the global market.",
  "Zhou said the alliance's effectiveness and stability remain precarious.",
  "Zhou said the lack of economies of scale undermines competitiveness.",
  "Zhou said profitability is hard to ensure even if parties are willing to collaborate.",
  "Gao said the chip industry still needs globalization to prosper.",
  "The G7 alliance includes nine allied countries.",
  "Guo urged the G7 to observe the principles of a market economy and international trade rules.",
  "Guo called on the G7 to stop disrupting the international trade order.",
  "Zhou said the efforts may create some opportunities for participating parties.",
  "Zhou said the measures may not translate into tangible corporate action.",
  "The alliance aims to counter China's heft in AI, according to Yonhap.",
  "The partnership wants to protect materials and capabilities that are foundational to AI.",
  "The summit took place on Friday.",
  "Politico said the US is seeking to enlist other countries in the group.",
  // The fourth round: summary lines as a language model writes them ("the piece reports", "the article
  // mentions"), a title from one sentence and a quotation from another.
  "The piece reports that the US State Department has introduced the Pax Silica initiative to bolster minerals supply chains and counter China's dominance in critical resources such as rare earths.",
  "Member countries are expected to collaborate on joint ventures and co-investments, according to the South China Morning Post.",
  "The article mentions that Ionic Mineral Technologies found what may be one of the most significant critical-mineral deposits in the United States at Utah's Silicon Ridge.",
  "It also notes that the US government gave global suppliers of critical minerals 180 days to secure binding agreements, with tariffs possible for those who fail to comply.",
  "In 2025, the US Geological Survey expanded its critical minerals list by 10 items.",
  "Japan's finance minister, Satsuki Katayama, criticised China's restrictions and said Japan would set out its position at the G7 finance ministers' meeting.",
  "Japan's research vessel Chikyu left Shizuoka on January 12 to extract seabed mud rich in rare earths near Minamitori Island.",
  "South Korea's trade ministry convened an emergency meeting on January 8 to assess the impact of China's ban and promised measures against shortages.",
  "Analysts doubt that Saudi Arabia's pledge of nearly US$1 trillion in US investment is realistic, calling it more optics than commitment.",
  "The Global Times argues that the alliance distorts market principles and is bound to fail.",
  "Chinese foreign ministry spokesperson Guo Jiakun said all parties should follow market principles and fair competition to keep global supply chains stable.",
  "Experts warned that the move would push up costs for chips.",
  "According to the piece, Zhou Mi of the Chinese Academy of International Trade and Economic Cooperation believes companies are likely to proceed cautiously.",
  "Analysts cited in the report say conflicts of interest among alliance members may keep things from working out as planned.",
  "According to the Global Times, the US reportedly launched a coalition of partners by signing the Pax Silica Declaration on Friday.",
  "Politico.com reported on Thursday that the coalition brings Singapore, Australia, Japan, South Korea and Israel together to address gaps in access to critical minerals.",
  "The report said the US is also trying to get other countries to join.",
  "China's Foreign Ministry said it had noted the reports.",
  "In the view of Chinese experts, the initiative is an attempt to secure US dominance in AI through a focus on critical minerals.",
  "The experts cautioned that a confrontational approach would disrupt the global supply chain and drive up the cost of chips and other materials.",
  "Zhou Mi said the so-called alliance shows that the US wants to use the advantages of its allies to boost its own development.",
  "Zhou noted that the measures may not necessarily lead to real corporate action, even though they could create some opportunities.",
  "Gao, an industry expert, described the effort as a set of geopolitical games in which countries walk a tightrope as AI arrives.",
  "Zhou pointed out that existing investment projects in the US have not progressed smoothly.",
  "Without a stable environment, companies will not take part if doing so puts their profits at risk, Zhou said.",
  "Zhou said excluding China removes a large part of the global market, since China is the largest producer, processor and exporter of certain mineral resources.",
  // The fifth round: figures in other spellings ("almost $1tn", "Jan. 12", "8 January", "one trillion dollar").
  "Analysts say Saudi Arabia's almost $1tn investment target in the US may not be feasible.",
  "Suppliers were given a 180-day deadline to secure binding agreements.",
  "The US Geological Survey added ten new items to its list in 2025.",
  "Chikyu set sail from Shizuoka on Jan. 12 for Minamitori Island.",
  "The Global Times piece was published on Dec 12, 2025.",
  "South Korea's trade ministry held an emergency meeting on 8 January.",
  "The declaration brings five partners into the collaboration with the US.",
  "China banned dual-use exports to Japan on January 6.",
  "The initiative was published on 24 December 2025, aiming to diversify supply chains.",
  "Analysts say Saudi Arabia's nearly one trillion dollar investment target in the US may not be feasible.",
  "Japan's finance minister, Satsuki Katayama, criticised China's restrictions.",
  // The sixth round: loose paraphrase, as a writer or a language model rewords ("unwilling to" as
  // "will not", a capital for its country, synonyms of verbs).
  "Enterprises will not participate if doing so jeopardizes their profits, according to Zhou.",
  "Washington and Tokyo signed a preamble agreement the day before the summit.",
  "Helberg told Politico that the declaration opens the door to joint research, manufacturing and infrastructure projects.",
  "Gao said the move is unlikely to succeed because China is deeply integrated in the supply chain.",
  "Katayama said Japan would set out its position at the G7 finance ministers' meeting in Washington.",
  "Analysts see Saudi Arabia's investment target as more about optics than a binding commitment.",
];

const UNFAITHFUL = [
  "Analysts say Saudi Arabia's nearly US$1 trillion investment target in the US is feasible.",
  "There is no doubt that Saudi Arabia's investment target of nearly US$1 trillion in the US is feasible.",
  "Suppliers that comply could face tariffs and trade barriers.",
  "South Korea's Ministry of Trade, Industry and Resources held an emergency meeting on January 9.",
  "Japanese Finance Minister Satsuki Katayama praised the restrictions.",
  "Analysts do not doubt that Saudi Arabia's investment target of nearly US$1 trillion in the US is feasible.",
  "The Pax Silica initiative was launched by the first Trump administration.",
  "Commerce Ministry spokesman Guo Jiakun said China had noted the reports.",
  "The declaration was signed on Saturday.",
  "The US Treasury Department leads the initiative.",
  "Zhou Mi said it is certain that the initiative will translate into corporate participation.",
  "Japan's research vessel Chikyu set sail on January 15.",
  "An industry expert surnamed Gao told Reuters that the US is forming an overarching alliance.",
  "The G7 unveiled 36 new investments and partnerships under the Critical Minerals Production Alliance.",
  "Helberg said the goal is to build supply chains free from undue influence.",
  "Ionic Mineral Technologies made the discovery at Silicon Ridge in Nevada.",
  "Saudi Arabia's investment target in the US is nearly US$2 trillion.",
  "Finance Minister Satsuki Katayama praised the moves.",
  "Gao said it remains uncertain whether the initiative will translate into corporate participation.",
  "The G7 unveiled 26 new investments and partnerships with eleven allied countries.",
  "Foreign Minister Guo Jiakun said China had noted the reports.",
  "The Chikyu set sail from Tokyo on January 12.",
  // The second round: a month, a figure, a title, an outlet, a place, a group, a verb of support.
  "The Pax Silica initiative is led by the US Commerce Department.",
  "Chinese analysts said the alliance is likely to achieve its goal.",
  "The US government gave critical mineral suppliers an ultimatum of 90 days.",
  "The policy aims to weaken national security.",
  "The Daily Wire reported on a significant mineral deposit in Nevada.",
  "Japan's finance minister praised China's restrictions on rare earths.",
  "The Chikyu's mission coincides with G20 talks on supply chain security in Washington.",
  "South Korea's trade ministry held an emergency meeting on January 18.",
  "New deals signed in October cover infrastructure, technology and industry.",
  "Gao said the move is likely to succeed because China is deeply integrated in the supply chain.",
  "Gao said the chip industry no longer needs globalization to prosper.",
  "The G7 alliance includes twelve allied countries.",
  "Guo urged the G20 to observe the principles of a market economy and international trade rules.",
  "Zhou said the measures will translate into tangible corporate action.",
  "China banned dual-use exports to South Korea's military.",
  // The third round: a negation by a verb of refusing, an opposite verb.
  "Politico reported that the US is refusing to enlist other countries in the group.",
  "The new policy seeks to undermine national security by challenging China's dominance in the sector.",
  // The fourth round: summary lines with one thing changed (a department, an outlet, a place, a
  // figure, a year, a verb, a surname).
  "The piece reports that the US Treasury Department has introduced the Pax Silica initiative to bolster minerals supply chains.",
  "Member countries are expected to collaborate on joint ventures and co-investments, according to Reuters.",
  "Ionic Mineral Technologies found what may be one of the most significant critical-mineral deposits in the United States at Nevada's Silicon Ridge.",
  "The US government gave global suppliers of critical minerals 90 days to secure binding agreements.",
  "In 2024, the US Geological Survey expanded its critical minerals list by 10 items.",
  "Japan's research vessel Chikyu left Tokyo on January 12 to extract seabed mud rich in rare earths near Minamitori Island.",
  "South Korea's trade ministry cancelled an emergency meeting on January 8.",
  "Chinese foreign ministry spokesperson Guo Jiakun said all parties should abandon market principles.",
  "Takaichi condemned the moves and said Japan will outline its stance at next week's G7 finance ministers' meeting.",
  "Jacob Helberg told the Global Times that the declaration paves the way for joint research and development.",
  "An industry expert surnamed Gao told politico.com that the US administration is forming an overarching alliance.",
  // The fifth round: a summary line with one word turned (a weekday, a rank, "no longer", an opposite).
  "Politico.com reported on Friday that the coalition brings Singapore, Australia, Japan, South Korea and Israel together.",
  "Zhou Mi, a junior researcher at the Chinese Academy of International Trade and Economic Cooperation, told the Global Times that the alliance reflected the US' desire to leverage its allies.",
  "Gao said the world no longer needs globalization for the chip industry to prosper.",
  "Zhou said new investment projects in the US have progressed smoothly.",
  "Companies are eager to share their core technologies and resources with other US firms, Zhou said.",
  "China is the smallest producer, processor and exporter of certain mineral resources, Zhou said.",
  "Zhou said the effectiveness and stability of the alliance remain secure.",
  "The US has a clear objective to shrink its resource advantages, analysts said.",
  "Guo Jiakun told a regular press conference on Monday that China had noted relevant reports.",
  "Japan's prime minister, Satsuki Katayama, criticised China's restrictions.",
  // The sixth round: a capital written where something happens is the city, not its country.
  "The Chikyu left Tokyo on January 12.",
  "Japan's research vessel Chikyu set sail from Tokyo for Minamitori Island.",
  "Enterprises are willing to participate even if doing so jeopardizes their profits, Zhou said.",
];

describe('statements about the sample corpus', () => {
  let corpus: Corpus;
  before(() => {
    corpus = Corpus.build(seedDocuments().map((d) => ({ ...d, published: findPublishedDate(d.text)?.iso })));
  });
  const judge = (text: string) => judgeStatement(corpus, { text, quotes: [] }, { threshold: 0.5 });

  describe('faithful paraphrases are supported', () => {
    for (const text of FAITHFUL) {
      it(text, () => {
        const v = judge(text);
        assert.equal(v.kind, 'supported', v.message);
      });
    }
  });

  describe('statements that change one thing are flagged', () => {
    for (const text of UNFAITHFUL) {
      it(text, () => {
        const v = judge(text);
        assert.notEqual(v.kind, 'supported', `${v.message} (score ${v.score})`);
      });
    }
  });
});
