// Words that tell what kind of thing a capitalised name is. Lists, not models: every decision
// they drive can be explained to a writer. The lists are data, one entry a line, in words/;
// countries, capitals and demonyms come from the generated lexicon (lexicon/places.ts), and
// test/unit/gazetteer.test.ts checks that no list contradicts another.
import notNames from './words/not-names.json' with { type: 'json' };
import organisationNames from './words/organisation-names.json' with { type: 'json' };
import organisationWords from './words/organisation-words.json' with { type: 'json' };
import places from './words/places.json' with { type: 'json' };
import regionDemonyms from './words/region-demonyms.json' with { type: 'json' };
import roleQualifiers from './words/role-qualifiers.json' with { type: 'json' };
import speechVerbs from './words/speech-verbs.json' with { type: 'json' };
import titleWords from './words/title-words.json' with { type: 'json' };
import workNouns from './words/work-nouns.json' with { type: 'json' };
import workWords from './words/work-words.json' with { type: 'json' };

/** Places a name can be, besides the countries and capitals of the lexicon: cities, regions, seas. */
export const PLACES: ReadonlySet<string> = new Set(places);

/** A final word that makes a name an organisation. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(organisationWords);

/** Well-known organisations written as acronyms or single words. */
export const ORGANISATION_NAMES: ReadonlySet<string> = new Set(organisationNames);

/** A final word that makes a name a work, programme or initiative. */
export const WORK_WORDS: ReadonlySet<string> = new Set(workWords);

/** Lower-case words that, following a capitalised name, mark it as an initiative. */
export const WORK_NOUNS: ReadonlySet<string> = new Set(workNouns);

/** Role words that are titles by themselves ("Minister", "Spokesperson"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(titleWords);

/** Words of a title or role that precede a person's name: the titles and the words that only qualify one ("Foreign", "Deputy"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([...titleWords, ...roleQualifiers]);

/** Verbs that attribute speech, as a regular-expression alternation (in the list's order). */
export const SPEECH_VERBS: string = speechVerbs.join('|');

/** Capitalised words that start sentences but are not names. */
export const NOT_NAMES: ReadonlySet<string> = new Set(notNames);

/** Adjectives of regions rather than countries ("European"); the lexicon has the countries' ("Chinese"). */
export const REGION_DEMONYMS: ReadonlySet<string> = new Set(regionDemonyms);
