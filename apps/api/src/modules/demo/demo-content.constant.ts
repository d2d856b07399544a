/**
 * The demo workspace's fictional world: Nordlys Energi, an Aarhus energy
 * company, its competitors Vestvind Kraft and Havstrøm Energi, and the green
 * transition they all work in. Every name, handle and site is invented
 * (`.example` is reserved and resolves nowhere).
 */

export const DEMO_TOPICS = [
  {
    name: 'Nordlys Energi',
    kind: 'company',
    query: '"nordlys energi" OR nordlysenergi OR @nordlysenergi',
    color: '#2563eb',
  },
  {
    name: 'Vestvind Kraft',
    kind: 'competitor',
    query: '"vestvind kraft" OR vestvindkraft OR @vestvindkraft',
    color: '#db2777',
  },
  {
    name: 'Havstrøm Energi',
    kind: 'competitor',
    query: 'havstrøm OR havstrømenergi OR @havstroem',
    color: '#0d9488',
  },
  {
    name: 'Grøn omstilling',
    kind: 'industry',
    query:
      '"grøn omstilling" OR grønomstilling OR vindmølle* OR solcelle* OR varmepumpe* OR "green transition" OR "wind power" OR "heat pump*"',
    color: '#ca8a04',
  },
] as const;

/** Who is talking: which of the world's subjects a post is about. */
export type DemoSubject = 'company' | 'vestvind' | 'havstrom' | 'industry';

export interface DemoTemplate {
  subject: DemoSubject;
  language: 'da' | 'en';
  /** Null for short posts (Mastodon, Bluesky), which have no title. */
  title: string | null;
  text: string;
}

/** Slots in templates: `{city}`, `{n}`, `{product}`, `{month}`, `{tag}`. */
export const DEMO_SLOTS = {
  city: [
    'Aarhus',
    'Aalborg',
    'Odense',
    'Esbjerg',
    'Vejle',
    'Randers',
    'Silkeborg',
    'Herning',
    'Roskilde',
    'Køge',
  ],
  product: [
    'varmepumpen',
    'solcelleanlægget',
    'ladeboksen',
    'elaftalen',
    'appen',
    'batteriet',
  ],
  month: ['januar', 'februar', 'marts', 'april', 'maj', 'juni'],
  tag: ['#dkbiz', '#dkpol', '#givlivetvidere', '#energi', '#klima', '#aarhus'],
} as const;

const t = (
  subject: DemoSubject,
  language: 'da' | 'en',
  title: string | null,
  text: string,
): DemoTemplate => ({ subject, language, title, text });

/** Headlines with a body: news sites, the forum, press releases. */
export const DEMO_ARTICLES: DemoTemplate[] = [
  t(
    'company',
    'da',
    'Nordlys Energi åbner ny vindmøllepark ved {city}',
    'Nordlys Energi har i dag indviet en vindmøllepark med {n} møller ved {city}. Borgmesteren kalder det en fantastisk dag for den grønne omstilling, og selskabet forventer at ansætte flere lokale teknikere. #grønomstilling #dkbiz',
  ),
  t(
    'company',
    'da',
    'Kunder klager over lange ventetider hos Nordlys Energi',
    'Flere kunder i {city} oplever ventetider på over {n} minutter, når de ringer til Nordlys Energi. "Det er helt uacceptabelt," siger en skuffet kunde. Selskabet beklager og lover flere medarbejdere i kundeservice.',
  ),
  t(
    'company',
    'da',
    'Nordlys Energi sænker prisen på {product}',
    'Fra 1. {month} bliver {product} billigere for private kunder hos Nordlys Energi. Forbrugerrådet kalder det en god nyhed, men efterlyser mere gennemsigtige priser i hele branchen. #energi',
  ),
  t(
    'company',
    'da',
    'Rekordår for Nordlys Energi: overskud på {n} millioner',
    'Nordlys Energi leverer det bedste regnskab i selskabets historie. Direktøren roser medarbejderne og vil investere overskuddet i solceller og lagring. Aktionærerne er glade. #dkbiz',
  ),
  t(
    'company',
    'en',
    'Nordlys Energi wins contract to supply {city} with wind power',
    'Danish utility Nordlys Energi has won a major contract to supply {city} with wind power from 2027. Analysts call it a strong win in a competitive market. #dkbiz',
  ),
  t(
    'vestvind',
    'da',
    'Vestvind Kraft varsler prisstigning',
    'Vestvind Kraft hæver prisen på strøm med {n} procent fra {month}. Kunderne er vrede, og flere overvejer at skifte selskab. Vestvind Kraft begrunder stigningen med dyre investeringer i nettet.',
  ),
  t(
    'vestvind',
    'da',
    'Vestvind Kraft lancerer app til elbilister',
    'Med den nye app fra Vestvind Kraft kan elbilister lade billigst, når vinden blæser. De første anmeldelser er positive, men nogle brugere melder om fejl ved login.',
  ),
  t(
    'havstrom',
    'da',
    'Havstrøm Energi bygger havvindmøller ud for {city}',
    'Havstrøm Energi har fået tilladelse til {n} havvindmøller. Lokale fiskere er bekymrede, mens klimaorganisationer jubler over projektet. #grønomstilling',
  ),
  t(
    'havstrom',
    'en',
    'Havstrøm Energi faces criticism over delayed offshore project',
    'Havstrøm Energi has postponed its offshore wind project near {city} for the second time. Local politicians are disappointed and call the delay a serious problem for the green transition.',
  ),
  t(
    'industry',
    'da',
    'Rekordmange danskere installerer varmepumper',
    'Salget af varmepumper er steget med {n} procent på et år. Eksperter kalder det et vigtigt skridt i den grønne omstilling, men advarer om mangel på montører. #klima #dkpol',
  ),
  t(
    'industry',
    'da',
    'Regeringen vil fordoble udbygningen af solceller',
    'Et nyt udspil skal fordoble antallet af solceller på danske tage inden 2030. Oppositionen kritiserer finansieringen, mens branchen roser ambitionen. #dkpol',
  ),
  t(
    'industry',
    'en',
    'Denmark sets new record for wind power share',
    'Wind power covered {n} percent of Danish electricity consumption last month, a new record. Experts say the green transition is ahead of schedule.',
  ),
  t(
    'industry',
    'da',
    'Sådan vælger du den rigtige varmepumpe',
    'Overvejer du en varmepumpe? Vi har samlet de vigtigste råd: få tre tilbud, tjek støjniveauet og spørg til service. En god varmepumpe kan spare dig for {n} kroner om året.',
  ),
];

/** Short posts without a title: Mastodon and Bluesky. */
export const DEMO_POSTS: DemoTemplate[] = [
  t(
    'company',
    'da',
    null,
    'Fik lige installeret {product} fra Nordlys Energi i {city}. Montøren var super flink og alt virkede med det samme 👍 {tag}',
  ),
  t(
    'company',
    'da',
    null,
    'Tredje gang på en uge at @nordlysenergi appen er nede. Virkelig dårligt, jeg vil bare se mit forbrug {tag}',
  ),
  t(
    'company',
    'da',
    null,
    'Stor ros til Nordlys Energi for at støtte #givlivetvidere. Flot at se en virksomhed tage ansvar 💚',
  ),
  t(
    'company',
    'da',
    null,
    'Nogen der har erfaring med Nordlys Energi som elselskab? Overvejer at skifte fra Vestvind Kraft {tag}',
  ),
  t(
    'company',
    'en',
    null,
    'Impressed by how fast Nordlys Energi fixed our outage in {city} last night. Great service! {tag}',
  ),
  t(
    'company',
    'en',
    null,
    'Nordlys Energi billing is a mess. Charged twice this month and support keeps me waiting. Not happy.',
  ),
  t(
    'company',
    'da',
    null,
    'Nordlys Energi er med i #givlivetvidere igen i år – {n} medarbejdere har meldt sig. Godt gået! #dkbiz',
  ),
  t(
    'vestvind',
    'da',
    null,
    'Vestvind Kraft har igen hævet prisen. Jeg er træt af det og skifter selskab {tag}',
  ),
  t(
    'vestvind',
    'da',
    null,
    'Ny ladeboks fra @vestvindkraft virker fint, men appen er lidt forvirrende {tag}',
  ),
  t(
    'vestvind',
    'en',
    null,
    'Vestvind Kraft just announced {n} new jobs in {city}. Good news for the region. #dkbiz',
  ),
  t(
    'havstrom',
    'da',
    null,
    'Havstrøm Energi holder borgermøde i {city} om havvindmøllerne i aften. Spændt på svarene {tag}',
  ),
  t(
    'havstrom',
    'en',
    null,
    'Havstrøm Energi keeps delaying. Frustrating for everyone waiting for clean power {tag}',
  ),
  t(
    'industry',
    'da',
    null,
    'Solcellerne på taget har leveret {n} kWh i dag. Vildt godt for en dag i {month} ☀️ #grønomstilling',
  ),
  t(
    'industry',
    'da',
    null,
    'Debatten om vindmøller på land er helt fastlåst. Vi har brug for løsninger, ikke flere udvalg #dkpol',
  ),
  t(
    'industry',
    'en',
    null,
    'Heat pumps are the quiet hero of the green transition. Ours cut the bill by {n}% this winter {tag}',
  ),
  t(
    'industry',
    'da',
    null,
    'Morgenkaffe og elpriser: strømmen er billig i nat, så opvaskeren kører kl. 3 😄 #energi',
  ),
];

/** The story a burst is about: many people at once, mostly upset. */
export const DEMO_BURST: DemoTemplate[] = [
  t(
    'company',
    'da',
    null,
    'Strømmen er gået i hele {city}. Nordlys Energi svarer ikke på telefonen. Hvad sker der?! {tag}',
  ),
  t(
    'company',
    'da',
    null,
    'Strømsvigt hos Nordlys Energi igen. Frysere tør op og ingen information. Elendigt {tag}',
  ),
  t(
    'company',
    'en',
    null,
    'Massive power outage in {city}. Nordlys Energi says crews are on the way. Stay safe everyone.',
  ),
  t(
    'company',
    'da',
    null,
    'Tak til montørerne fra Nordlys Energi, der arbejder i nat for at få strømmen tilbage i {city} 🙏',
  ),
];

/** Display names and handles of the people who post. */
export const DEMO_PEOPLE = [
  ['Mette Kjær', 'mettekjaer'],
  ['Jonas Holm', 'jonasholm'],
  ['Sofie Lund', 'sofielund'],
  ['Anders Bech', 'andersbech'],
  ['Freja Møller', 'frejam'],
  ['Mikkel Dahl', 'mdahl'],
  ['Ida Sørensen', 'idasoerensen'],
  ['Lars Thomsen', 'larsthomsen'],
  ['Emma Vestergaard', 'emmav'],
  ['Oliver Krogh', 'okrogh'],
  ['Camilla Nørgaard', 'camillan'],
  ['Rasmus Friis', 'rfriis'],
  ['Nordlys Energi', 'nordlysenergi'],
  ['Klimamor Aarhus', 'klimamor'],
] as const;

export const DEMO_JOURNALISTS = [
  'Karen Winther',
  'Peter Aagaard',
  'Louise Skov',
  'Henrik Brandt',
  'Signe Riis',
];

export const DEMO_FORUM_USERS = [
  'elbil_jens',
  'Solcelle-Susanne',
  'varmepumpe88',
  'Kasper_K',
  'grønfamilie',
  'StrømSparer',
];
