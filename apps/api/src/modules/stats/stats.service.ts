import {
  BadRequestException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import {
  type HashtagPairStats,
  type HashtagVolumeStats,
  alignRange,
  type AuthorStats,
  type BlindSpotStats,
  type Bucket,
  bucketsBefore,
  bucketStarts,
  type HashtagStats,
  type SentimentStats,
  type ShareOfVoiceStats,
  type SourceStats,
  type SpikeStats,
  type StatsTopic,
  type SummaryStats,
  type TimeRange,
  type VolumeStats,
} from '@lyt/contracts';
import { PollHistoryRepository } from '../sources/poll-history.repository';
import { findSpikes } from './spike.util';
import { SPIKE_K, SPIKE_MIN_COUNT, SPIKE_WINDOW } from './stats.constant';
import type { StatsQuery } from './stats-params.util';
import { ListedStatsRepository } from './listed-stats.repository';
import {
  Facet,
  KeyCount,
  Period,
  StatsRepository,
  TopicBucket,
  TopicCounts,
} from './stats.repository';
import { topKeys } from './top-keys.util';

/** A hashtag's spike, by the rule of `SpikeStats`: for alerts, not (yet) an endpoint. */
export interface HashtagSpike {
  hashtag: string;
  t: string;
  count: number;
  baseline: number;
  stddev: number;
  factor: number | null;
}

/**
 * Where a statistic's counts come from: the rollups, or (for an interest
 * list) the items of the list's sources. Either way by one rule, so that a
 * list holding every source answers what the rollups do.
 */
interface Counts {
  /** Mentions per topic per bucket in an aligned range; buckets without mentions are absent. */
  topicBuckets(
    topicIds: string[],
    range: TimeRange,
    bucket: Bucket,
  ): Promise<TopicBucket[]>;
  topicTotals(topicIds: string[], range: TimeRange): Promise<TopicCounts[]>;
  /** The most frequent keys of a facet, ties by key. */
  top(facet: Facet, range: TimeRange, limit: number): Promise<KeyCount[]>;
  counts(
    facet: Facet,
    keys: string[],
    range: TimeRange,
  ): Promise<Map<string, number>>;
  hashtagBuckets(
    tags: string[],
    range: TimeRange,
    bucket: Bucket,
  ): Promise<{ key: string; t: Date; count: number }[]>;
  hashtagPartners(
    tags: string[],
    days: TimeRange,
    limit: number,
  ): Promise<{ tag: string; other: string; count: number }[]>;
  hashtagTotals(tags: string[], days: TimeRange): Promise<Map<string, number>>;
}

/** Share of voice sets the organisation against its competitors and its industry; custom topics stay out. */
const VOICE_KINDS = ['company', 'competitor', 'industry'] as const;

/**
 * Dashboard statistics. Each covers whole buckets of the query (hours up to 3
 * days, Copenhagen days beyond, unless asked), so that the numbers of one
 * request add up across statistics, and names the period it covers. Series
 * answer every bucket, empty ones as 0.
 */
@Injectable()
export class StatsService {
  private readonly rollups: Counts;

  constructor(
    private readonly stats: StatsRepository,
    private readonly pollHistory: PollHistoryRepository,
    private readonly listed: ListedStatsRepository,
  ) {
    this.rollups = {
      topicBuckets: (topicIds, range, bucket) =>
        stats.topicBuckets(topicIds, range, bucket),
      topicTotals: (topicIds, range) => stats.topicTotals(topicIds, range),
      top: (facet, range, limit) => this.topFromLeaders(facet, range, limit),
      counts: (facet, keys, range) => stats.counts(facet, keys, range),
      hashtagBuckets: (tags, range, bucket) =>
        stats.facetBuckets('hashtag', tags, range, bucket),
      hashtagPartners: (tags, days, limit) =>
        stats.hashtagPartners(tags, days, limit),
      hashtagTotals: (tags, days) => stats.hashtagTotals(tags, days),
    };
  }

  /** Items, mentions, sources and topics; with lists, only their sources' items and the sources themselves. */
  async summary(period: Period, lists: string[] = []): Promise<SummaryStats> {
    if (period.from && period.to && period.from > period.to) {
      throw new BadRequestException('from: must not be after to');
    }
    if (lists.length === 0) return this.stats.summary(period);
    return this.listed.summary(await this.listSources(lists), period);
  }

  async volume(query: StatsQuery): Promise<VolumeStats> {
    const range = alignRange(query.period, query.bucket);
    const topics = await this.stats.topics(query.topics, query.kinds);
    const counter = await this.counts(query);
    const series = await this.series(counter, topics, range, query.bucket);
    return {
      bucket: query.bucket,
      ...iso(range),
      series: topics.map((topic, index) => {
        const counts = series.counts[index]!;
        return {
          topic,
          total: sum(counts),
          points: series.starts.map((t, bucket) => ({
            t: t.toISOString(),
            count: counts[bucket]!,
          })),
        };
      }),
    };
  }

  async shareOfVoice(query: StatsQuery): Promise<ShareOfVoiceStats> {
    const range = alignRange(query.period, query.bucket);
    const topics = await this.stats.topics([], [...VOICE_KINDS]);
    const { starts, counts } = await this.series(
      await this.counts(query),
      topics,
      range,
      query.bucket,
    );
    const totals = counts.map(sum);
    const total = sum(totals);
    return {
      bucket: query.bucket,
      ...iso(range),
      total,
      topics: topics.map((topic, index) => ({
        topic,
        count: totals[index]!,
        share: share(totals[index]!, total),
      })),
      points: starts.map((t, bucket) => {
        const inBucket = sum(counts.map((topicCounts) => topicCounts[bucket]!));
        return {
          t: t.toISOString(),
          total: inBucket,
          topics: topics.map((topic, index) => ({
            id: topic.id,
            count: counts[index]![bucket]!,
            share: share(counts[index]![bucket]!, inBucket),
          })),
        };
      }),
    };
  }

  async sentiment(query: StatsQuery): Promise<SentimentStats> {
    const range = alignRange(query.period, query.bucket);
    const topics = await this.stats.topics(query.topics, []);
    const counter = await this.counts(query);
    if (topics.length === 0) return { ...iso(range), topics: [] };
    const rows = await counter.topicTotals(ids(topics), range);
    const byTopic = new Map(rows.map((row) => [row.topicId, row]));
    return {
      ...iso(range),
      topics: topics.map((topic) => {
        const row = byTopic.get(topic.id);
        return {
          topic,
          mentions: row?.mentions ?? 0,
          positive: row?.positive ?? 0,
          neutral: row?.neutral ?? 0,
          negative: row?.negative ?? 0,
          meanScore: row?.scored ? row.sentimentSum / row.scored : null,
        };
      }),
    };
  }

  async hashtags(query: StatsQuery): Promise<HashtagStats> {
    const range = alignRange(query.period, query.bucket);
    // Of equal length in buckets: a Danish day lasts 23 to 25 hours.
    const previous = {
      from: bucketsBefore(
        range.from,
        bucketStarts(range, query.bucket).length,
        query.bucket,
      ),
      to: range.from,
    };
    const counter = await this.counts(query);
    const top = await counter.top('hashtag', range, query.limit);
    const before = top.length
      ? await counter.counts(
          'hashtag',
          top.map((row) => row.key),
          previous,
        )
      : new Map<string, number>();
    return {
      ...iso(range),
      previousFrom: previous.from.toISOString(),
      previousTo: previous.to.toISOString(),
      hashtags: top.map(({ key, count }) => {
        const earlier = before.get(key) ?? 0;
        return {
          tag: key,
          count,
          previous: earlier,
          trend: earlier === 0 ? null : (count - earlier) / earlier,
          isNew: earlier === 0,
        };
      }),
    };
  }

  async authors(query: StatsQuery): Promise<AuthorStats> {
    const range = alignRange(query.period, query.bucket);
    const top = await (
      await this.counts(query)
    ).top('author', range, query.limit);
    return {
      ...iso(range),
      authors: top.map(({ key, count }) => ({ author: key, mentions: count })),
    };
  }

  async sources(query: StatsQuery): Promise<SourceStats> {
    const range = alignRange(query.period, query.bucket);
    const top = await (
      await this.counts(query)
    ).top('source', range, query.limit);
    const names = new Map(
      (await this.stats.sources(top.map((row) => row.key))).map((source) => [
        source.id,
        source,
      ]),
    );
    return {
      ...iso(range),
      sources: top.flatMap(({ key, count }) => {
        const source = names.get(key);
        return source ? [{ source, mentions: count }] : [];
      }),
    };
  }

  async spikes(query: StatsQuery): Promise<SpikeStats> {
    const topics = await this.stats.topics(query.topics, []);
    const counter = await this.counts(query);
    const { range, window, found } = await this.detectSpikes(
      query,
      topics,
      (baseline) => this.series(counter, topics, baseline, query.bucket),
    );
    const spikes = found.map(({ row, ...spike }) => ({
      topic: topics[row]!,
      ...spike,
    }));
    spikes.sort(
      (a, b) =>
        b.t.localeCompare(a.t) || a.topic.name.localeCompare(b.topic.name),
    );
    return {
      bucket: query.bucket,
      ...iso(range),
      window,
      k: SPIKE_K,
      minCount: SPIKE_MIN_COUNT,
      spikes,
    };
  }

  /** Spikes of hashtags (the mentions carrying each), by the same rule as the topics' spikes; newest first. */
  async hashtagSpikes(
    hashtags: string[],
    query: StatsQuery,
  ): Promise<HashtagSpike[]> {
    if (hashtags.length === 0) return [];
    const counter = await this.counts(query);
    const { found } = await this.detectSpikes(
      query,
      hashtags,
      async (baseline) => {
        const starts = bucketStarts(baseline, query.bucket);
        const position = new Map(
          starts.map((t, index) => [t.getTime(), index]),
        );
        const row = new Map(hashtags.map((tag, index) => [tag, index]));
        const counts = hashtags.map(() => starts.map(() => 0));
        for (const found of await counter.hashtagBuckets(
          hashtags,
          baseline,
          query.bucket,
        )) {
          const index = position.get(found.t.getTime());
          const tag = row.get(found.key);
          if (index !== undefined && tag !== undefined)
            counts[tag]![index] = found.count;
        }
        return { starts, counts };
      },
    );
    return found
      .map(({ row, ...spike }) => ({ hashtag: hashtags[row]!, ...spike }))
      .sort(
        (a, b) => b.t.localeCompare(a.t) || a.hashtag.localeCompare(b.hashtag),
      );
  }

  /**
   * Buckets of the query's period above their baseline, for each row of the
   * series that `read` gives over the period and the baseline window before it.
   */
  private async detectSpikes(
    query: StatsQuery,
    rows: unknown[],
    read: (range: TimeRange) => Promise<{ starts: Date[]; counts: number[][] }>,
  ) {
    const range = alignRange(query.period, query.bucket);
    const window = SPIKE_WINDOW[query.bucket];
    const { starts, counts } = await read({
      from: bucketsBefore(range.from, window, query.bucket),
      to: range.to,
    });
    const found = rows.flatMap((_, row) =>
      findSpikes(counts[row]!, window, {
        window,
        k: SPIKE_K,
        minCount: SPIKE_MIN_COUNT,
      }).map((spike) => ({
        row,
        t: starts[spike.index]!.toISOString(),
        count: spike.count,
        baseline: spike.baseline,
        stddev: spike.stddev,
        factor: spike.factor,
      })),
    );
    return { range, window, found };
  }

  /** Where sources were failing in the period, as asked (not widened): what the charts shade. */
  async hashtagVolume(query: StatsQuery): Promise<HashtagVolumeStats> {
    const tags = requireHashtags(query);
    const counter = await this.counts(query);
    const range = alignRange(query.period, query.bucket);
    const starts = bucketStarts(range, query.bucket);
    const position = new Map(starts.map((t, index) => [t.getTime(), index]));
    const row = new Map(tags.map((tag, index) => [tag, index]));
    const counts = tags.map(() => starts.map(() => 0));
    for (const found of await counter.hashtagBuckets(
      tags,
      range,
      query.bucket,
    )) {
      const index = position.get(found.t.getTime());
      const tag = row.get(found.key);
      if (index !== undefined && tag !== undefined)
        counts[tag]![index] = found.count;
    }
    return {
      bucket: query.bucket,
      ...iso(range),
      series: tags.map((tag, index) => ({
        tag,
        total: sum(counts[index]!),
        points: starts.map((t, bucket) => ({
          t: t.toISOString(),
          count: counts[index]![bucket]!,
        })),
      })),
    };
  }

  /** Co-occurring hashtags of each asked one, over the period widened to whole Copenhagen days. */
  async hashtagPairs(query: StatsQuery): Promise<HashtagPairStats> {
    const tags = requireHashtags(query);
    const days = alignRange(query.period, 'day');
    const counter = await this.counts(query);
    const [partners, totals] = await Promise.all([
      counter.hashtagPartners(tags, days, query.limit),
      counter.hashtagTotals(tags, days),
    ]);
    return {
      ...iso(days),
      hashtags: tags.map((tag) => ({
        tag,
        mentions: totals.get(tag) ?? 0,
        pairs: partners
          .filter((pair) => pair.tag === tag)
          .map((pair) => ({ tag: pair.other, count: pair.count })),
      })),
    };
  }

  async blindSpots(query: StatsQuery): Promise<BlindSpotStats> {
    const listed = query.lists?.length
      ? new Set(await this.listSources(query.lists))
      : null;
    const outages = await this.pollHistory.outages(query.period);
    return {
      ...iso(query.period),
      sources: listed
        ? outages.filter((outage) => listed.has(outage.source.id))
        : outages,
    };
  }

  /** The counts a query reads: the rollups, or its lists' sources' items. */
  private async counts(query: StatsQuery): Promise<Counts> {
    if (!query.lists?.length) return this.rollups;
    const sources = await this.listSources(query.lists);
    const listed = this.listed;
    return {
      topicBuckets: (topicIds, range, bucket) =>
        listed.topicBuckets(sources, topicIds, range, bucket),
      topicTotals: (topicIds, range) =>
        listed.topicTotals(sources, topicIds, range),
      top: (facet, range, limit) => listed.top(sources, facet, range, limit),
      counts: (facet, keys, range) =>
        listed.counts(sources, facet, keys, range),
      hashtagBuckets: (tags, range, bucket) =>
        listed.hashtagBuckets(sources, tags, range, bucket),
      hashtagPartners: (tags, days, limit) =>
        listed.hashtagPartners(sources, tags, days, limit),
      hashtagTotals: (tags, days) =>
        listed.counts(sources, 'hashtag', tags, days),
    };
  }

  /** The sources of any of the lists; a list that does not exist is a 404 naming it. */
  private async listSources(lists: string[]): Promise<string[]> {
    const { sources, unknown } = await this.listed.sourcesOf(lists);
    if (unknown.length > 0)
      throw new NotFoundException(`list: no list ${unknown[0]}`);
    return sources;
  }

  /** Mentions per bucket of each topic (in the topics' order), every bucket of the aligned range present. */
  private async series(
    counter: Counts,
    topics: StatsTopic[],
    range: TimeRange,
    bucket: Bucket,
  ): Promise<{ starts: Date[]; counts: number[][] }> {
    const starts = bucketStarts(range, bucket);
    const position = new Map(starts.map((t, index) => [t.getTime(), index]));
    const row = new Map(topics.map((topic, index) => [topic.id, index]));
    const counts = topics.map(() => starts.map(() => 0));
    if (topics.length === 0) return { starts, counts };
    for (const found of await counter.topicBuckets(
      ids(topics),
      range,
      bucket,
    )) {
      const index = position.get(found.t.getTime());
      const topic = row.get(found.topicId);
      if (index !== undefined && topic !== undefined)
        counts[topic]![index] = found.mentions;
    }
    return { starts, counts };
  }

  /**
   * The top keys of a facet, ranked from each day's leaders: exact, and a few
   * thousand rows where summing every key of a quarter reads hundreds of
   * thousands. More leaders when few cannot decide; every key summed when
   * even those cannot.
   */
  private async topFromLeaders(
    facet: Facet,
    range: TimeRange,
    limit: number,
  ): Promise<KeyCount[]> {
    for (const perDay of [2 * limit + 10, 8 * limit + 40]) {
      const leaders = await this.stats.leaders(facet, range, perDay);
      const top = topKeys({ ...leaders, perDay, limit });
      if (top) return top;
    }
    return this.stats.top(facet, range, limit);
  }
}

function requireHashtags(query: StatsQuery): string[] {
  if (!query.hashtags?.length)
    throw new BadRequestException(
      'hashtag: give at least one, e.g. hashtag=dkbiz',
    );
  return query.hashtags;
}

function ids(topics: StatsTopic[]): string[] {
  return topics.map((topic) => topic.id);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function share(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

function iso(range: TimeRange): { from: string; to: string } {
  return { from: range.from.toISOString(), to: range.to.toISOString() };
}
