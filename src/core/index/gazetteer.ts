// Words that tell what kind of thing a capitalised name is. Lists, not models: every decision
// they drive can be explained to a writer.

export const PLACES = new Set(
  (
    'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Democratic Republic of Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|US|USA|U.S.|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Korea|Hong Kong|Macau|Macao|Tibet|Xinjiang|Europe|Asia|Africa|Latin America|North America|South America|Middle East|Antarctica|Arctic|Pacific|Atlantic|Indian Ocean|Beijing|Shanghai|Shenzhen|Guangzhou|Wuhan|Tokyo|Osaka|Seoul|Washington|New York|London|Paris|Berlin|Moscow|Brussels|Geneva|Rome|Madrid|Delhi|New Delhi|Mumbai|Sydney|Melbourne|Toronto|Ottawa|Los Angeles|San Francisco|Chicago|Boston|Houston|Dallas|Miami|Atlanta|Seattle|Dubai|Riyadh|Tehran|Baghdad|Kabul|Kyiv|Kiev|Jerusalem|Tel Aviv|Gaza|Cairo|Istanbul|Ankara|Athens|Vienna|Warsaw|Prague|Budapest|Stockholm|Oslo|Copenhagen|Helsinki|Dublin|Edinburgh|Manchester|Liverpool|Birmingham|Glasgow|Cardiff|Belfast|Amsterdam|Lisbon|Zurich|Singapore|Bangkok|Jakarta|Manila|Hanoi|Taipei|Canberra|Wellington|Nairobi|Lagos|Johannesburg|Cape Town|Mexico City|Havana|Bogota|Lima|Santiago|Buenos Aires|Brasilia|Rio de Janeiro|Sao Paulo|Utah|Texas|California|Florida|Alaska|Hawaii|Ohio|Michigan|Virginia|Shizuoka|Okinawa|Hokkaido|Silicon Valley|Silicon Ridge|Minamitori Island|Crimea|Donbas|Kashmir|Siberia|Scandinavia|Balkans|Caribbean|Mediterranean|Wall Street|Westminster|Downing Street|Whitehall|Capitol Hill|Pentagon'
  ).split('|'),
);

/** A final word that makes a name an organisation. */
export const ORGANISATION_WORDS = new Set(
  (
    'Ministry|Department|Academy|Agency|Times|Post|Journal|Herald|Tribune|Guardian|Telegraph|Alliance|Group|Partnership|Survey|Association|Bank|Inc|Corp|Corporation|Company|Co|Ltd|LLC|University|College|School|Council|Administration|Committee|Commission|Organisation|Organization|Institute|Institution|Office|Union|Forum|Fund|Party|News|Press|Reuters|Technologies|Technology|Parliament|Congress|Senate|Court|Army|Navy|Police|Service|Services|Board|Authority|Federation|Foundation|Society|Center|Centre|Bureau|Cabinet|Club|Airlines|Airways|Motors|Industries|Holdings|Network|Media|Broadcasting|BBC|CNN|Reserve|Exchange|Assembly|Secretariat|Coalition|Consortium|Labs|Laboratory|Hospital|Trust|Agency'
  ).split('|'),
);

/** Well-known organisations written as acronyms or single words. */
export const ORGANISATION_NAMES = new Set(
  'EU|UN|NATO|OECD|WTO|WHO|IMF|G7|G20|BRICS|ASEAN|OPEC|IAEA|FBI|CIA|NSA|NASA|FDA|EPA|SEC|Fed|Pentagon|Kremlin|Xinhua|Yonhap|Reuters|Bloomberg|Politico|Apple|Google|Microsoft|Amazon|Meta|Nvidia|Intel|TSMC|Samsung|Huawei|Tesla|Boeing|Airbus|Congress|Parliament|Senate|NHS|BBC|CNN|ABC|NBC|CBS|AP|AFP'.split('|'),
);

/** A final word that makes a name a work, programme or initiative. */
export const WORK_WORDS = new Set(
  'Initiative|Declaration|Agreement|Act|Treaty|Accord|Accords|Plan|Program|Programme|Project|Strategy|Convention|Protocol|Charter|Doctrine|Summit|Report|Law|Bill|Pact|Deal|Framework|Mission|Operation'.split('|'),
);

/** Lower-case words that, following a capitalised name, mark it as an initiative. */
export const WORK_NOUNS = new Set(['initiative', 'declaration', 'partnership', 'alliance', 'agreement', 'programme', 'program', 'project', 'plan', 'pact', 'treaty', 'strategy', 'framework']);

/** Words of a title or role that precede a person's name. */
export const ROLE_WORDS = new Set(
  (
    'Spokesperson|Spokesman|Spokeswoman|Secretary|Minister|President|Vice|Deputy|Under|Director|Chairman|Chairwoman|Chair|CEO|Chief|Governor|Senator|Sen|Ambassador|Premier|Prime|General|Commissioner|Mayor|Professor|Prof|Dr|Analyst|Researcher|Editor|King|Queen|Prince|Princess|Representative|Rep|Judge|Justice|Chancellor|Envoy|Adviser|Advisor|Counsellor|Councillor|Speaker|Leader|Officer|Captain|Colonel|Lieutenant|Sergeant|Admiral|Pope|Cardinal|Bishop|Sheikh|Emir|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Founder|Manager|Economist|Head|Coach|Inspector|Superintendent|Detective|Constable|Attorney|Lawyer|Commander|Marshal|Executive|Foreign|Finance|Defense|Defence|Trade|Commerce|Interior|Health|Education|Energy|Treasury|State|Home|Justice'
  ).split('|'),
);

/** Role words that are titles by themselves (others, like "Foreign", only qualify one). */
export const TITLE_WORDS = new Set(
  'Spokesperson|Spokesman|Spokeswoman|Secretary|Minister|President|Director|Chairman|Chairwoman|Chair|CEO|Chief|Governor|Senator|Sen|Ambassador|Premier|General|Commissioner|Mayor|Professor|Prof|Dr|Analyst|Researcher|Editor|King|Queen|Prince|Princess|Representative|Rep|Judge|Justice|Chancellor|Envoy|Adviser|Advisor|Speaker|Leader|Officer|Captain|Colonel|Lieutenant|Sergeant|Admiral|Pope|Cardinal|Bishop|Sheikh|Emir|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Founder|Manager|Economist|Head|Coach|Inspector|Superintendent|Detective|Constable|Attorney|Commander|Marshal|Executive'.split('|'),
);

/** Verbs that attribute speech. */
export const SPEECH_VERBS = 'said|says|stated|states|claimed|claims|added|adds|noted|notes|told|tells|warned|warns|urged|urges|explained|explains|wrote|writes|argued|argues|insisted|insists|stressed|stresses|declared|declares|announced|announces|asked|asks|replied|replies|remarked|remarks|commented|comments|observed|observes|emphasized|emphasised|emphasizes|emphasises|acknowledged|acknowledges|admitted|admits|pointed out|points out|continued|concluded|recalled|suggested|suggests|believes|believed|thinks|thought';

/** Capitalised words that start sentences but are not names. */
export const NOT_NAMES = new Set(
  'The|A|An|It|He|She|They|We|I|You|This|That|These|Those|But|And|Or|In|On|At|For|However|Meanwhile|Its|His|Her|Their|Our|There|As|If|When|While|After|Before|Since|Although|Yet|So|Despite|Following|According|With|Without|Under|Over|Amid|Among|By|From|To|Of|Excluding|Even|Existing|Companies|Analysts|Experts|Officials|Some|Many|Most|Such|Other|All|Both|Each|Every|No|Not|What|Why|How|Who|Where|Which|Also|Still|Then|Now|Today|Yesterday|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Published|Updated|Photo|Source|Keywords|Failure|Led|Finance|Geologists|Chinese|American|Japanese|Korean|European|British|Russian|Indian|French|German|Israeli|Australian|Canadian|Rare|Before|Here|Just|Only|Last|Next|More|Less|Several|Few|One|Two|Three|First|Second|Third|Mr|Mrs|Ms|Dr'.split('|'),
);

/** Demonyms and adjectives of places, which mark a country but are not its name. */
export const DEMONYMS: Record<string, string> = {
  Chinese: 'China', American: 'United States', Japanese: 'Japan', Korean: 'South Korea', 'South Korean': 'South Korea',
  European: 'Europe', British: 'Britain', Russian: 'Russia', Indian: 'India', French: 'France', German: 'Germany',
  Israeli: 'Israel', Australian: 'Australia', Canadian: 'Canada', Saudi: 'Saudi Arabia', Ukrainian: 'Ukraine',
  Taiwanese: 'Taiwan', Vietnamese: 'Vietnam', Singaporean: 'Singapore',
};
