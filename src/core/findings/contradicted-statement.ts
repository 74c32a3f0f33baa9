// `contradicted-statement`: aligned with a source passage that says otherwise.
import type { FindingRule } from './rule.js';

export const contradictedStatement: FindingRule = {
  code: 'contradicted-statement',
  verdict: 'contradicted',
  title: 'Statement contradicted by a source',
  description: 'The statement aligns with a source passage that says otherwise: a person (also by surname alone), place, organisation or title stands where the passage names another, what someone told one outlet is credited to another ("told the Global Times" where the source says "told politico.com"), a negation is flipped (also in another form of the word: "objected" where the source says "raised no objection"; or told as decided where the source says "no decision has been made", or as prepared where it says "no plans to"), or a word is the opposite of the passage\'s ("decreased" for "increased", "second" for "first"), or a superlative has another rank ("the second largest" for "the largest"); or two names stand the other way round ("Pell pressed Ruiz" where Ruiz pressed Pell; a motion\'s mover and seconder, "proposed by" one and "seconded by" the other; a vote\'s counts, "46 votes in favour and 41 against" where the source says "41 in favour and 46 against"); or what someone said of another is made their own doing ("Moore was back home" where the source has Moore, a publicist, saying "he was back home"); or what one person asked, called or argued is credited to another the article names (the sentence that says it has its own speaker, a quotation\'s, or a "she" who is the last person its paragraph named); or two clauses each say what the source says of the other\'s name ("shelter at the fairgrounds, while the high school is accepting large animals" where the shelter is at the school); or a weekday, a month, a family tie or how often is another than the one the passage gives ("in November" where it says "In September", "a daughter" where it says "a son", "£1,800 a month" or "monthly lessons" where it says "a year" or "weekly"); or something the source says will stay as it is, or found unchanged, changes ("Bus fares will rise" where the source says "Fares will not change"; "improved attitudes" where it found "no effect on attitudes").',
  severity: 'error',
};

/** A person, place or organisation (or a title) in the place of the passage's. */
export function swappedNameMessage(source: string, draft: string): string {
  return `The source says ${source} where the statement says ${draft}`;
}

/** Two names the other way round; `said` is the passage's words from its first name to its second. */
export function reversedRolesMessage(said: string): string {
  return `The source says it the other way round: "${said}"`;
}

/** What `speaker` said of another (`reported`, already in quotation marks) made their own doing. */
export function speakerMadeActorMessage(speaker: string, reported: string): string {
  return `The source has ${speaker} saying this of another: ${reported}`;
}

/** An opposite word, or another of a set ("second" for "first", "Friday" for "Thursday"). */
export function oppositeWordMessage(source: string, draft: string, alternative: boolean): string {
  return alternative
    ? `The source says "${source}" where the statement says "${draft}"`
    : `The source says "${source}" where the statement says the opposite, "${draft}"`;
}

/** `passage` is the source passage, already in quotation marks. */
export function flippedNegationMessage(statementNegates: boolean, passage: string): string {
  return statementNegates ? `The statement negates what the source affirms (${passage})` : `The source says the opposite: ${passage}`;
}
