import type {
  SentimentStats,
  ShareOfVoiceStats,
  StatsTopic,
} from '@lyt/contracts';
import { describe, expect, it } from 'vitest';
import {
  companyShare,
  netSentiment,
  sentimentBalance,
} from './overview-figures';

const topic = (id: string, kind: StatsTopic['kind']): StatsTopic => ({
  id,
  name: id,
  kind,
  color: '#123456',
});
const period = { from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' };

describe(companyShare.name, () => {
  const voice = (entries: [StatsTopic, number][]): ShareOfVoiceStats => ({
    ...period,
    bucket: 'hour',
    total: 10,
    topics: entries.map(([t, share]) => ({
      topic: t,
      count: share * 10,
      share,
    })),
    points: [],
  });

  it('sums the shares of the company topics', () => {
    expect(
      companyShare(
        voice([
          [topic('us', 'company'), 0.3],
          [topic('brand', 'company'), 0.1],
          [topic('rival', 'competitor'), 0.6],
        ]),
      ),
    ).toBeCloseTo(0.4);
  });

  it('has no share in a period without mentions', () => {
    expect(
      companyShare({ ...voice([[topic('us', 'company'), 0]]), total: 0 }),
    ).toBeNull();
  });

  it('has no share without a company topic', () => {
    expect(companyShare(voice([[topic('rival', 'competitor'), 1]]))).toBeNull();
  });
});

describe(sentimentBalance.name, () => {
  const sentiment = (
    entries: [StatsTopic, number, number, number][],
  ): SentimentStats => ({
    ...period,
    topics: entries.map(([t, positive, neutral, negative]) => ({
      topic: t,
      mentions: positive + neutral + negative,
      positive,
      neutral,
      negative,
      meanScore: null,
    })),
  });

  it.each([
    ['more positive than negative', [[3, 5, 1]], 0.5],
    ['only negative', [[0, 2, 4]], -1],
    ['only neutral: no balance', [[0, 7, 0]], null],
    [
      'the company topics together',
      [
        [2, 0, 0],
        [0, 0, 2],
      ],
      0,
    ],
  ] as const)('%s', (_, counts, balance) => {
    const result = sentimentBalance(
      sentiment([
        ...counts.map(
          ([p, n, m], index) =>
            [topic(`us${index}`, 'company'), p, n, m] as [
              StatsTopic,
              number,
              number,
              number,
            ],
        ),
        [topic('rival', 'competitor'), 50, 0, 0],
      ]),
    );
    expect(result?.balance).toBe(balance);
  });

  it('has no balance without a company topic', () => {
    expect(
      sentimentBalance(sentiment([[topic('rival', 'competitor'), 1, 1, 1]])),
    ).toBeNull();
  });

  it('reads a single topic the same way', () => {
    expect(netSentiment({ positive: 1, negative: 3 })).toBe(-0.5);
  });
});
