// Country names, capitals and demonyms, each to the country's ISO 3166 alpha-3 code, so that a
// statement naming "Washington" and a passage naming "the United States" speak of one place.

/** The JSON shape of data/places.json. */
export interface PlaceTable {
  source: string;
  /**
   * Lines "name<TAB>KEY". A name is either an abbreviation, upper-case without dots ("US", "UAE"),
   * matched only when written in capitals (so the pronoun "us" is no country), or a name as
   * `normalizePlaceName` leaves it, matched case-insensitively.
   */
  names: string;
  /**
   * Names of first-level subdivisions (US states, provinces) WordNet knows as places, as
   * `normalizePlaceName` leaves them, one per line: places, but no country's name.
   */
  regions?: string;
}

/** An abbreviation written in capitals, with or without dots ("US", "U.S.", "U.S.A."), without its dots. */
export function abbreviationOf(name: string): string | undefined {
  const trimmed = name.trim();
  return /^(?:[A-Z]\.?){2,5}$/.test(trimmed) ? trimmed.replace(/\./g, '') : undefined;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, no accents, straight apostrophes, single spaces, no leading "the". */
export function normalizePlaceName(name: string): string {
  // Every name found in a sentence is asked about; most are ASCII, which has no accents to strip.
  return (ASCII.test(name) ? name : name.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/’/g, "'"))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export class Places {
  readonly source: string;
  private readonly keys = new Map<string, string>();

  private readonly regions: Set<string>;

  constructor(table: PlaceTable) {
    this.source = table.source;
    this.regions = new Set(table.regions ? table.regions.split('\n') : []);
    for (const line of table.names.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.keys.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }

  /** The alpha-3 code of the country a name, capital or demonym names; undefined for any other name. */
  placeKey(name: string): string | undefined {
    const abbreviation = abbreviationOf(name);
    if (abbreviation !== undefined) return this.keys.get(abbreviation);
    const normal = normalizePlaceName(name);
    // Abbreviations live in the same map in capitals; a normalised name never is.
    return normal === '' ? undefined : this.keys.get(normal);
  }

  /** Whether a name is a subdivision of a country ("Nevada", "Ontario", "Shizuoka"). */
  isRegion(name: string): boolean {
    return this.regions.has(normalizePlaceName(name));
  }
}
