import { compileQuery } from './compiled-query';
import type { MatchDocument } from './match-document.types';
import { prepareDocument } from './prepared-document';
import { indexTopics, TopicIndex } from './topic-index';

const QUERIES = [
  'novo',
  '"novo nordisk" OR #novonordisk OR @novo',
  'lego -legoland',
  'mærsk OR maersk',
  'ørsted (vind* OR wind*) -job*',
  'vind* energi*',
  '"grøn* omstilling"',
  '#dk*',
  '#dkbiz -#spam',
  '@novo@x.social OR @lego',
  '(novo OR lego) (aktie* OR shares)',
  'a/s OR "a s"',
  'x (-novo OR lego)',
  'x NOT novo OR lego',
  'novo lego mærsk',
  'blå OR bla',
  "lego's",
];

const WORDS = [
  'novo',
  'Nordisk',
  'NOVO',
  'lego',
  "LEGO's",
  'Legoland',
  'Mærsk',
  'maersk',
  'Ørsted',
  'vind',
  'vindmøller',
  'Wind',
  'energi',
  'energy',
  'grøn',
  'grønne',
  'omstilling',
  'job',
  'jobs',
  'aktien',
  'shares',
  'A/S',
  'x',
  'blå',
  'bla',
  '#dkbiz',
  '#DKpol',
  '#spam',
  '#novonordisk',
  '@novo',
  '@novo@x.social',
  '@lego',
  'og',
  'the',
  '–',
  '!',
];
const TAGS = ['dkbiz', 'DKpol', '#spam', 'novo', 'vindkraft', 'lego'];
const AUTHORS = [
  null,
  'novo',
  '@novo@x.social',
  '@lego@y.social',
  'Børsen',
  '@anne@mastodon.social',
];

/** A fixed stream of pseudo-random numbers (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function documents(count: number): MatchDocument[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(next() * list.length)];
  const words = (length: number) =>
    Array.from({ length }, () => pick(WORDS)).join(' ');
  return Array.from({ length: count }, () => ({
    title: next() < 0.5 ? words(1 + Math.floor(next() * 4)) : null,
    text: words(Math.floor(next() * 12)),
    hashtags: next() < 0.4 ? [pick(TAGS), pick(TAGS)] : [],
    author: pick(AUTHORS),
  }));
}

describe(TopicIndex.name, () => {
  const compiled = QUERIES.map((query) => compileQuery(query));
  const index = indexTopics(
    QUERIES.map((query, position) => [query, compiled[position]] as const),
  );

  describe('test', () => {
    it('answers exactly as testing every topic one by one', () => {
      const matchesPerTopic = new Map<string, number>();
      for (const document of documents(3000)) {
        const prepared = prepareDocument(document);
        const matching = index.test(prepared);
        expect(matching).toEqual(
          QUERIES.filter((_, position) => compiled[position].test(prepared)),
        );
        for (const topic of matching) {
          matchesPerTopic.set(topic, (matchesPerTopic.get(topic) ?? 0) + 1);
        }
      }
      // Every topic both matched and missed often enough for the comparison to mean something.
      expect(
        QUERIES.filter((query) => (matchesPerTopic.get(query) ?? 0) < 20),
      ).toEqual([]);
      expect(
        QUERIES.filter((query) => (matchesPerTopic.get(query) ?? 0) > 2900),
      ).toEqual([]);
    });

    it('lists matching topics in the order they were given', () => {
      expect(index.test({ text: 'LEGO og Novo #dkbiz' })).toEqual([
        'novo',
        'lego -legoland',
        '#dk*',
        '#dkbiz -#spam',
      ]);
    });
  });

  describe('match', () => {
    it('gives each matching topic with the hits its query gives', () => {
      const document: MatchDocument = {
        text: 'Novo Nordisk og lego',
        author: '@novo@x.social',
      };
      expect(index.match(document)).toEqual(
        QUERIES.flatMap((query, position) => {
          const { matched, hits } = compiled[position].match(document);
          return matched ? [{ topic: query, hits }] : [];
        }),
      );
      expect(index.match(document).map((match) => match.topic)).toEqual([
        'novo',
        '"novo nordisk" OR #novonordisk OR @novo',
        'lego -legoland',
        '@novo@x.social OR @lego',
      ]);
    });
  });

  it('counts its topics', () => {
    expect(index.size).toBe(QUERIES.length);
  });
});
