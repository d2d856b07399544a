// Throughput of enrich() on social-media-length posts and on article-length
// feed items, against a plain tokenisation pass over the same texts measured in
// the same run, so the ratio holds on any machine even when the absolute numbers
// do not. Language detection is also compared with tinyld (Lyt's detector until
// it became the bottleneck of ingest), run on the same texts in the same rounds.
//
//   node -r @swc-node/register libs/enrichment/bench/enrich.bench.ts
import { performance } from 'node:perf_hooks';
import { detectAll } from 'tinyld';
import { detectLanguage, enrich, scoreSentiment } from '../src/index';

const POSTS = 5000;
const ARTICLES = 1000;
const ROUNDS = 5;

const SENTENCES: Record<string, readonly string[]> = {
  da: [
    'Vi er rigtig glade for den nye service hos jer',
    'Elendig kundeservice, jeg venter stadig på svar',
    'Mødet starter klokken 10 i morgen',
    'Det er ikke godt nok, toget er forsinket igen',
    'Tak for en dejlig dag på messen',
    'Hvornår åbner butikken i Aarhus igen?',
    'Prisen på el er steget voldsomt i år',
  ],
  en: [
    'We are really happy with your new service',
    'Terrible customer service, still waiting for a reply',
    'The meeting starts at 10 tomorrow',
    'This is not good enough, the train is late again',
    'Thanks for a lovely day at the trade fair',
    'When does the store in Manchester open again?',
  ],
  no: [
    'Vi er veldig fornøyde med den nye tjenesten deres',
    'Jeg har ventet i tre uker uten å få svar',
    'Takk for en flott dag på messen, vi sees igjen',
  ],
  sv: [
    'Vi är jättenöjda med er nya tjänst',
    'Jag har väntat i tre veckor utan att få något svar',
    'Tack för en härlig dag på mässan',
  ],
};
const EXTRAS = [
  '#dkbiz',
  '#givlivetvidere',
  '@dsb',
  'https://example.dk/nyhed/123',
  '😀',
  '👍',
  '😡',
  '',
];
// Danish-heavy, as Lyt's feeds are.
const LANGUAGE_MIX = ['da', 'da', 'da', 'da', 'en', 'en', 'no', 'sv'];

/** `count` texts of `minSentences` to `maxSentences` sentences in one language each. */
function generateTexts(
  count: number,
  minSentences: number,
  maxSentences: number,
): string[] {
  // A fixed-seed LCG: every run measures the same texts.
  let seed = 42;
  const next = (size: number): number => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed % size;
  };
  const pick = <T>(list: readonly T[]): T => list[next(list.length)];
  return Array.from({ length: count }, () => {
    const sentences = SENTENCES[pick(LANGUAGE_MIX)];
    const parts = Array.from(
      { length: minSentences + next(maxSentences - minSentences + 1) },
      () => pick(sentences),
    );
    return `${parts.join('. ')} ${pick(EXTRAS)} ${pick(EXTRAS)}`.trim();
  });
}

function plainTokenisation(text: string): number {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).length;
}

function timeRound(
  posts: readonly string[],
  run: (post: string) => unknown,
): number {
  const start = performance.now();
  for (const post of posts) run(post);
  return posts.length / ((performance.now() - start) / 1000);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(label: string, texts: readonly string[]): void {
  const averageLength =
    texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
  const cases: Array<[string, (text: string) => unknown]> = [
    ['baseline: lower-case + split', plainTokenisation],
    ['scoreSentiment (language given)', (text) => scoreSentiment(text, 'da')],
    ['scoreSentiment (language null)', (text) => scoreSentiment(text, null)],
    ['tinyld detectAll', (text) => detectAll(text)],
    ['detectLanguage', detectLanguage],
    [
      'enrich (language given)',
      (text) => enrich({ title: null, text, language: 'da' }),
    ],
    [
      'enrich (language detected)',
      (text) => enrich({ title: null, text, language: null }),
    ],
  ];
  // One unmeasured round loads lexicons and detector models and lets the JIT
  // settle; then the cases take turns each round, so that load from other
  // processes hits the baseline as much as the rest.
  for (const [, run] of cases) timeRound(texts, run);
  const rates = cases.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round += 1) {
    cases.forEach(([, run], index) => rates[index].push(timeRound(texts, run)));
  }
  const medians = rates.map(median);
  const baseline = medians[0];
  console.log(
    `${texts.length} ${label}, ${averageLength.toFixed(0)} characters on average, median of ${ROUNDS} interleaved rounds`,
  );
  cases.forEach(([name], index) => {
    const rate = medians[index];
    const ratio =
      index === 0
        ? ''
        : `  (${(baseline / rate).toFixed(1)}x the baseline's time)`;
    console.log(
      `${name.padEnd(34)} ${Math.round(rate).toLocaleString('en-US').padStart(10)} items/s${ratio}`,
    );
  });
  const rateOf = (name: string) =>
    medians[cases.findIndex(([caseName]) => caseName === name)];
  console.log(
    `detectLanguage runs at ${(rateOf('detectLanguage') / rateOf('tinyld detectAll')).toFixed(1)}x tinyld's items/s\n`,
  );
}

function main(): void {
  measure('posts', generateTexts(POSTS, 1, 3));
  measure('articles', generateTexts(ARTICLES, 6, 12));
}

main();
