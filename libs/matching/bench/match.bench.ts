/**
 * Topic matching throughput: 200 realistic topic queries × 5,000 realistic
 * Danish/English items, generated from a fixed seed so every run sees the same
 * data. Run: `npx nx run matching:bench` or
 * `node -r @swc-node/register libs/matching/bench/match.bench.ts`.
 *
 * Compared, each round over the same items, every figure counting topics ×
 * items (a topic the index skips counts as evaluated, which it is in effect):
 * - topic index: prepareDocument once per item, then TopicIndex.match() (with
 *   hits) or .test(), which evaluate only the topics whose triggers the item
 *   contains;
 * - compiled match(): prepareDocument once per item, then match() per topic
 *   (hits built for the pairs that match);
 * - compiled test(): the same without hits;
 * - baseline: per topic one case-insensitive RegExp that finds any of its
 *   positive words or phrases, tested on title + text. It ignores AND and NOT,
 *   hashtags and handles, so it does less work than a real topic query.
 */
import {
  compileQuery,
  indexTopics,
  prepareDocument,
  type MatchDocument,
} from '../src';

const TOPICS = 200;
const ITEMS = 5_000;
const ROUNDS = 7;

interface Entity {
  name: string;
  alias?: string;
  tag: string;
  handle: string;
  industry: number;
}

const ENTITIES: Entity[] = [
  {
    name: 'Novo Nordisk',
    alias: 'novo',
    tag: 'novonordisk',
    handle: 'novonordisk',
    industry: 0,
  },
  {
    name: 'Mærsk',
    alias: 'maersk',
    tag: 'maersk',
    handle: 'maersk',
    industry: 1,
  },
  { name: 'Carlsberg', tag: 'carlsberg', handle: 'carlsberg', industry: 2 },
  { name: 'LEGO', tag: 'lego', handle: 'lego', industry: 3 },
  {
    name: 'Ørsted',
    alias: 'orsted',
    tag: 'ørsted',
    handle: 'orsted',
    industry: 4,
  },
  { name: 'Vestas', tag: 'vestas', handle: 'vestas', industry: 4 },
  { name: 'Danske Bank', tag: 'danskebank', handle: 'danskebank', industry: 5 },
  { name: 'Pandora', tag: 'pandora', handle: 'pandora', industry: 3 },
  { name: 'DSV', tag: 'dsv', handle: 'dsv', industry: 1 },
  { name: 'Coloplast', tag: 'coloplast', handle: 'coloplast', industry: 0 },
  { name: 'Jysk', tag: 'jysk', handle: 'jysk', industry: 6 },
  { name: 'Netto', tag: 'netto', handle: 'netto', industry: 6 },
  {
    name: 'Salling Group',
    alias: 'salling',
    tag: 'salling',
    handle: 'sallinggroup',
    industry: 6,
  },
  { name: 'Arla', tag: 'arla', handle: 'arla', industry: 2 },
  {
    name: 'Bang & Olufsen',
    alias: 'b&o',
    tag: 'bangolufsen',
    handle: 'bangolufsen',
    industry: 3,
  },
  { name: 'Grundfos', tag: 'grundfos', handle: 'grundfos', industry: 7 },
  { name: 'Danfoss', tag: 'danfoss', handle: 'danfoss', industry: 7 },
  { name: 'Rockwool', tag: 'rockwool', handle: 'rockwool', industry: 7 },
  { name: 'Tryg', tag: 'tryg', handle: 'tryg', industry: 5 },
  { name: 'Nordea', tag: 'nordea', handle: 'nordea', industry: 5 },
  { name: 'Jyske Bank', tag: 'jyskebank', handle: 'jyskebank', industry: 5 },
  { name: 'Demant', tag: 'demant', handle: 'demant', industry: 0 },
  { name: 'Genmab', tag: 'genmab', handle: 'genmab', industry: 0 },
  { name: 'Lundbeck', tag: 'lundbeck', handle: 'lundbeck', industry: 0 },
  { name: 'Ambu', tag: 'ambu', handle: 'ambu', industry: 0 },
  { name: 'Novozymes', tag: 'novozymes', handle: 'novozymes', industry: 0 },
  {
    name: 'Chr. Hansen',
    alias: 'chr-hansen',
    tag: 'chrhansen',
    handle: 'chrhansen',
    industry: 2,
  },
  {
    name: 'Royal Unibrew',
    tag: 'royalunibrew',
    handle: 'royalunibrew',
    industry: 2,
  },
  { name: 'Netcompany', tag: 'netcompany', handle: 'netcompany', industry: 8 },
  { name: 'Trustpilot', tag: 'trustpilot', handle: 'trustpilot', industry: 8 },
  { name: 'Zendesk', tag: 'zendesk', handle: 'zendesk', industry: 8 },
  { name: 'Unity', tag: 'unity', handle: 'unity', industry: 8 },
  { name: 'SAS', tag: 'sas', handle: 'sas', industry: 1 },
  { name: 'DFDS', tag: 'dfds', handle: 'dfds', industry: 1 },
  {
    name: 'Post Nord',
    alias: 'postnord',
    tag: 'postnord',
    handle: 'postnord',
    industry: 1,
  },
  { name: 'Matas', tag: 'matas', handle: 'matas', industry: 6 },
  { name: 'Ecco', tag: 'ecco', handle: 'ecco', industry: 3 },
  { name: 'Velux', tag: 'velux', handle: 'velux', industry: 7 },
  { name: 'Topdanmark', tag: 'topdanmark', handle: 'topdanmark', industry: 5 },
  { name: 'TV 2', alias: 'tv2', tag: 'tv2', handle: 'tv2', industry: 8 },
];

/** Per industry: Danish and English words, the first of each also used as a prefix. */
const INDUSTRIES: { words: string[]; tag: string }[] = [
  {
    words: [
      'medicin',
      'medicine',
      'diabetes',
      'fedme',
      'obesity',
      'sundhed',
      'health',
    ],
    tag: 'pharma',
  },
  {
    words: [
      'shipping',
      'fragt',
      'container',
      'havn',
      'port',
      'logistik',
      'logistics',
    ],
    tag: 'logistik',
  },
  {
    words: [
      'øl',
      'beer',
      'bryggeri',
      'brewery',
      'mejeri',
      'dairy',
      'fødevarer',
    ],
    tag: 'fødevarer',
  },
  {
    words: [
      'legetøj',
      'toys',
      'design',
      'smykker',
      'jewellery',
      'mode',
      'fashion',
    ],
    tag: 'design',
  },
  {
    words: ['vind', 'wind', 'energi', 'energy', 'havvind', 'offshore', 'strøm'],
    tag: 'grønomstilling',
  },
  {
    words: [
      'bank',
      'rente',
      'interest',
      'lån',
      'loan',
      'forsikring',
      'insurance',
    ],
    tag: 'finans',
  },
  {
    words: ['detail', 'retail', 'butik', 'store', 'priser', 'prices', 'tilbud'],
    tag: 'detailhandel',
  },
  {
    words: [
      'pumper',
      'pumps',
      'byggeri',
      'construction',
      'isolering',
      'insulation',
      'varme',
    ],
    tag: 'industri',
  },
  {
    words: ['software', 'it', 'cloud', 'ai', 'data', 'platform', 'kunstig'],
    tag: 'tech',
  },
];

const DANISH = (
  'og i at det er en på til med for som af den de ikke har vi om men var kan skal vil også efter nu så ' +
  'meget flere nye ny år dag uge godt stor store første sidste mens mod over under ifølge siger fortæller ' +
  'regeringen virksomheden selskabet medarbejdere kunder aktien markedet regnskab overskud underskud ' +
  'vækst fyringer ansætter investering milliarder millioner kroner Danmark København Aarhus Odense Aalborg ' +
  'Øresund Jylland Fyn Sjælland grøn omstilling bæredygtig fremtid læs mere her kommentar nyhed rapport ' +
  'analyse direktør bestyrelse strategi marked forbrugere pris prisen højere lavere økonomi krise ' +
  'smørrebrød kaffe frokost møde præsentation samarbejde aftale kontrakt ordre leverandør produktion'
).split(' ');

const ENGLISH = (
  'the and of to in a is that for on with as it was at by from this be are has have will said says ' +
  'company shares market investors customers employees revenue profit loss growth layoffs hiring ' +
  'investment billion million Denmark Copenhagen European global new first last week year today quarter ' +
  'report analysis chief executive board strategy consumers price prices higher lower economy crisis ' +
  'green transition sustainable future read more here comment news deal contract order supplier production ' +
  'launch announces announced expands expansion partnership record results outlook guidance'
).split(' ');

const GENERAL_TAGS = [
  'dkbiz',
  'dkpol',
  'dkgrøn',
  'dkmedier',
  'givlivetvidere',
  'klima',
  'aktier',
  'cph',
  'tech',
];
const INSTANCES = [
  'mastodon.social',
  'mastodon.green',
  'social.data.coop',
  'helvede.net',
  'bsky.social',
];
const PUBLISHERS = [
  'Børsen',
  'Berlingske',
  'Politiken',
  'DR Nyheder',
  'Reuters',
  'Bloomberg',
  'Finans',
  'Jyllands-Posten',
];

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rng = random(20_240_611);
const pick = <T>(list: readonly T[]): T =>
  list[Math.floor(rng() * list.length)] as T;
const chance = (probability: number): boolean => rng() < probability;
const between = (low: number, high: number): number =>
  low + Math.floor(rng() * (high - low + 1));

interface Topic {
  query: string;
  /** Positive words and phrases, `*` marking a prefix: what the baseline looks for. */
  literals: string[];
}

function phrase(name: string): string {
  return /[^\p{L}\p{N}]/u.test(name)
    ? `"${name.toLowerCase()}"`
    : name.toLowerCase();
}

/** Topic shapes seen in listening tools: brand, brand with exclusions, brand in context, industry. */
const TOPIC_SHAPES: ((
  entity: Entity,
  industry: (typeof INDUSTRIES)[number],
) => Topic)[] = [
  (e) => ({ query: phrase(e.name), literals: [e.name] }),
  (e) => ({
    query: `${phrase(e.name)} OR #${e.tag} OR @${e.handle}`,
    literals: [e.name, `#${e.tag}`, `@${e.handle}`],
  }),
  (e) => ({
    query: `${phrase(e.name)} -job -stilling* -"ledige stillinger"`,
    literals: [e.name],
  }),
  (e, i) => ({
    query: `${phrase(e.name)} (${i.words[0]}* OR ${i.words[1]} OR ${i.words[2]})`,
    literals: [e.name],
  }),
  (e) =>
    e.alias
      ? {
          query: `${phrase(e.name)} OR ${e.alias} -#spam`,
          literals: [e.name, e.alias],
        }
      : {
          query: `${phrase(e.name)} OR #${e.tag}*`,
          literals: [e.name, `#${e.tag}*`],
        },
  (e, i) => ({
    query: `(${phrase(e.name)} OR #${e.tag}) #${i.tag}`,
    literals: [e.name, `#${e.tag}`],
  }),
  (_, i) => ({
    query: `(${i.words.slice(0, 4).join(' OR ')}) (danmark OR denmark OR dansk*) -reklame`,
    literals: i.words.slice(0, 4),
  }),
  (_, i) => ({
    query: `${i.words[0]}* ${i.words[2]}* OR #${i.tag}`,
    literals: [`${i.words[0]}*`],
  }),
  (e) => ({
    query: `"${e.name.toLowerCase()} a/s" OR "${e.name.toLowerCase()} group"`,
    literals: [`${e.name} a/s`, `${e.name} group`],
  }),
  (e, i) => ({
    query: `${phrase(e.name)} NOT (${i.words[5]} OR ${i.words[6]}) OR @${e.handle}`,
    literals: [e.name, `@${e.handle}`],
  }),
];

function makeTopics(): Topic[] {
  return Array.from({ length: TOPICS }, (_, index) => {
    const entity = ENTITIES[index % ENTITIES.length] as Entity;
    const shape =
      TOPIC_SHAPES[
        (index * 7 + Math.floor(index / ENTITIES.length)) % TOPIC_SHAPES.length
      ];
    return shape!(entity, INDUSTRIES[entity.industry]!);
  });
}

function sentence(
  words: readonly string[],
  length: number,
  entity: Entity | null,
): string {
  const picked = Array.from({ length }, () => pick(words));
  if (entity) {
    picked.splice(
      between(0, picked.length),
      0,
      chance(0.2) && entity.alias ? entity.alias : entity.name,
    );
  }
  const first = picked[0] ?? '';
  picked[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${picked.join(chance(0.1) ? ', ' : ' ')}${pick(['.', '.', '.', '!', '?', ':'])}`;
}

function paragraph(
  words: readonly string[],
  wordCount: number,
  entity: Entity | null,
  industry: number,
): string {
  const sentences: string[] = [];
  const industryWords = INDUSTRIES[industry]!.words;
  for (let written = 0; written < wordCount;) {
    const length = between(6, 18);
    const mixed = [...words, ...industryWords, ...industryWords];
    sentences.push(
      sentence(mixed, length, entity && chance(0.5) ? entity : null),
    );
    written += length;
  }
  return sentences.join(' ');
}

function makeItem(): MatchDocument {
  const danish = chance(0.55);
  const words = danish ? DANISH : ENGLISH;
  // About a third of the items name one of the companies; the rest is noise.
  const entity = chance(0.35) ? pick(ENTITIES) : null;
  const industry = entity ? entity.industry : between(0, INDUSTRIES.length - 1);
  const kind = rng();
  const hashtags = Array.from({ length: between(0, 3) }, () =>
    chance(0.3) && entity ? entity.tag : pick(GENERAL_TAGS),
  );
  if (kind < 0.55) {
    const handle = `${pick(['anne', 'mikkel', 'sofie', 'lars', 'freja', 'jonas', 'ida'])}${between(1, 99)}`;
    const mention =
      entity && chance(0.3)
        ? ` @${entity.handle}`
        : chance(0.1)
          ? ` @${handle}@${pick(INSTANCES)}`
          : '';
    const tags = hashtags.map((tag) => ` #${tag}`).join('');
    return {
      title: null,
      text: `${paragraph(words, between(12, 55), entity, industry)}${mention}${tags}`,
      hashtags: [...new Set(hashtags)],
      author: `@${handle}@${pick(INSTANCES)}`,
    };
  }
  const long = kind > 0.9;
  return {
    title: sentence(
      words,
      between(6, 13),
      entity && chance(0.7) ? entity : null,
    ).slice(0, -1),
    text: paragraph(
      words,
      long ? between(150, 400) : between(25, 80),
      entity,
      industry,
    ),
    hashtags: long ? [...new Set(hashtags)] : [],
    author: pick(PUBLISHERS),
  };
}

/** What a developer would write first: one case-insensitive alternation of the topic's words. */
function baselineRegExp(topic: Topic): RegExp {
  const alternatives = topic.literals.map((literal) => {
    const prefix = literal.endsWith('*');
    const body = (prefix ? literal.slice(0, -1) : literal)
      .split(/[^\p{L}\p{N}#@]+/u)
      .filter(Boolean)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join('[^\\p{L}\\p{N}]+');
    return prefix ? `${body}[\\p{L}\\p{N}]*` : body;
  });
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => number): { ms: number; matches: number } {
  const started = performance.now();
  const matches = run();
  return { ms: performance.now() - started, matches };
}

function main(): void {
  const topics = makeTopics();
  const items = Array.from({ length: ITEMS }, makeItem);

  const compileStarted = performance.now();
  const compiled = topics.map((topic) => compileQuery(topic.query));
  const compileMs = performance.now() - compileStarted;
  const baselines = topics.map(baselineRegExp);
  const index = indexTopics(
    compiled.map((query, position) => [position, query] as const),
  );

  const methods: Record<string, () => number> = {
    'topic index match()': () => {
      let matches = 0;
      for (const item of items) {
        matches += index.match(prepareDocument(item)).length;
      }
      return matches;
    },
    'topic index test()': () => {
      let matches = 0;
      for (const item of items) {
        matches += index.test(prepareDocument(item)).length;
      }
      return matches;
    },
    'compiled match()': () => {
      let matches = 0;
      for (const item of items) {
        const prepared = prepareDocument(item);
        for (const topic of compiled) {
          if (topic.match(prepared).matched) matches++;
        }
      }
      return matches;
    },
    'compiled test()': () => {
      let matches = 0;
      for (const item of items) {
        const prepared = prepareDocument(item);
        for (const topic of compiled) if (topic.test(prepared)) matches++;
      }
      return matches;
    },
    'baseline RegExp': () => {
      let matches = 0;
      for (const item of items) {
        const haystack = `${item.title ?? ''}\n${item.text}`;
        for (const pattern of baselines) if (pattern.test(haystack)) matches++;
      }
      return matches;
    },
    'prepareDocument only': () => {
      for (const item of items) prepareDocument(item);
      return 0;
    },
  };

  const samples = new Map<string, number[]>(
    Object.keys(methods).map((name) => [name, []]),
  );
  const matchCounts = new Map<string, number>();
  // Round 0 warms the JIT up and is not counted; methods interleave so that
  // machine noise hits all of them alike.
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [name, run] of Object.entries(methods)) {
      const { ms, matches } = time(run);
      if (round > 0) samples.get(name)!.push(ms);
      matchCounts.set(name, matches);
    }
  }

  const evaluations = TOPICS * ITEMS;
  const rate = (name: string) =>
    evaluations / (median(samples.get(name)!) / 1000);
  const format = (value: number) => Math.round(value).toLocaleString('en-US');
  const words = items.reduce(
    (sum, item) =>
      sum + `${item.title ?? ''} ${item.text}`.split(/\s+/u).length,
    0,
  );

  console.log(
    `lyt matching benchmark: ${TOPICS} topics × ${format(ITEMS)} items (${format(words / ITEMS)} words on average)` +
      ` = ${format(evaluations)} topic evaluations per round; median of ${ROUNDS} rounds; Node ${process.version}`,
  );
  console.log(`  compiling ${TOPICS} topics: ${compileMs.toFixed(1)} ms`);
  for (const name of [
    'topic index match()',
    'topic index test()',
    'compiled match()',
    'compiled test()',
    'baseline RegExp',
  ]) {
    const ms = median(samples.get(name)!);
    const matched = matchCounts.get(name)!;
    console.log(
      `  ${name.padEnd(21)} ${format(rate(name)).padStart(11)} evaluations/s  (${ms.toFixed(0)} ms per round, ${format(matched)} matches)`,
    );
  }
  console.log(
    `  prepareDocument       ${format(ITEMS / (median(samples.get('prepareDocument only')!) / 1000)).padStart(11)} items/s (included above)`,
  );
  const ratio = (name: string) =>
    `${(rate(name) / rate('baseline RegExp')).toFixed(1)}×`;
  console.log(
    `  ratio to baseline: topic index match() ${ratio('topic index match()')}, test() ${ratio('topic index test()')};` +
      ` compiled match() ${ratio('compiled match()')}, test() ${ratio('compiled test()')}`,
  );
}

main();
