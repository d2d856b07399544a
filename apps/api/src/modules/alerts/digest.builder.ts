import { Injectable } from '@nestjs/common';
import type {
  AlertDigest,
  AlertSelection,
  AlertSourceState,
  AlertSpike,
  DigestTopic,
} from '@lyt/contracts';
import { GoalsService } from '../accounts/goals/goals.service';
import type { SourceEntity } from '../sources/entities/source.entity';
import { SourcesRepository } from '../sources/sources.repository';
import { StatsService } from '../stats/stats.service';
import type { StatsQuery } from '../stats/stats-params.util';
import { DigestEvery, previousPeriod } from './alert-schedule.util';
import { DigestRepository } from './digest.repository';

const TOP_MENTIONS = 5;
const NEGATIVE_MENTIONS = 3;
const SPIKES = 5;

export interface Period {
  from: Date;
  to: Date;
}

/**
 * The daily or weekly summary for leaders. Every figure comes from the
 * statistics service, so a digest agrees with the dashboard to the mention.
 */
@Injectable()
export class DigestBuilder {
  constructor(
    private readonly stats: StatsService,
    private readonly mentions: DigestRepository,
    private readonly sources: SourcesRepository,
    private readonly goals: GoalsService,
  ) {}

  async build(
    selection: AlertSelection,
    every: DigestEvery,
    period: Period,
  ): Promise<AlertDigest> {
    const topics = selection.topics;
    const before = previousPeriod(period);
    const query = (range: Period, bucket: 'hour' | 'day'): StatsQuery => ({
      period: range,
      bucket,
      topics,
      kinds: [],
      limit: 10,
    });
    const spikeBucket = every === 'daily' ? 'hour' : 'day';
    const [
      volume,
      previous,
      voice,
      sentiment,
      spikes,
      summary,
      previousSummary,
    ] = await Promise.all([
      this.stats.volume(query(period, 'day')),
      this.stats.volume(query(before, 'day')),
      this.stats.shareOfVoice(query(period, 'day')),
      this.stats.sentiment(query(period, 'day')),
      this.stats.spikes(query(period, spikeBucket)),
      topics.length ? null : this.stats.summary(period),
      topics.length ? null : this.stats.summary(before),
    ]);
    const previousTotals = new Map(
      previous.series.map((series) => [series.topic.id, series.total]),
    );
    const shares = new Map(
      voice.topics.map((row) => [row.topic.id, row.share]),
    );
    const feelings = new Map(
      sentiment.topics.map((row) => [row.topic.id, row]),
    );
    const rows: DigestTopic[] = volume.series.map(({ topic, total }) => {
      const earlier = previousTotals.get(topic.id) ?? 0;
      const feeling = feelings.get(topic.id);
      return {
        topic,
        mentions: total,
        previous: earlier,
        change: earlier === 0 ? null : (total - earlier) / earlier,
        share: shares.get(topic.id) ?? null,
        positive: feeling?.positive ?? 0,
        neutral: feeling?.neutral ?? 0,
        negative: feeling?.negative ?? 0,
        meanScore: feeling?.meanScore ?? null,
      };
    });
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const [topMentions, negativeMentions, sources, goals] = await Promise.all([
      this.mentions.widestReach(topics, period, TOP_MENTIONS),
      this.mentions.mostNegative(topics, period, NEGATIVE_MENTIONS),
      this.sources.list(),
      this.goals.list(),
    ]);
    return {
      every,
      from: period.from.toISOString(),
      to: period.to.toISOString(),
      // Each item once, though it may mention several topics; summed per topic when the digest covers some.
      total: summary?.mentions ?? sum(rows.map((row) => row.mentions)),
      previousTotal:
        previousSummary?.mentions ?? sum(rows.map((row) => row.previous)),
      topics: rows,
      spikes: spikes.spikes
        .slice()
        .sort((a, b) => (b.factor ?? b.count) - (a.factor ?? a.count))
        .slice(0, SPIKES)
        .map((spike) => toAlertSpike(spike, spikeBucket)),
      topMentions,
      negativeMentions,
      failingSources: sources
        .filter((source) => source.enabled && source.errorCount > 0)
        .map(failingState),
      goals: goals.map(({ id, name, metric, target, progress }) => ({
        goal: { id, name, metric, target },
        progress,
      })),
    };
  }
}

/** A topic's or hashtag's spike as alerts carry it. */
export function toAlertSpike(
  spike: {
    topic?: AlertSpike['topic'];
    hashtag?: string;
    t: string;
    count: number;
    baseline: number;
    factor: number | null;
  },
  bucket: AlertSpike['bucket'],
): AlertSpike {
  return {
    topic: spike.topic ?? null,
    hashtag: spike.hashtag ?? null,
    bucket,
    t: spike.t,
    count: spike.count,
    baseline: spike.baseline,
    factor: spike.factor,
  };
}

export function failingState(source: SourceEntity): AlertSourceState {
  return {
    source: { id: source.id, name: source.name, url: source.url },
    state: 'failing',
    failingSince: (source.lastOkAt ?? source.createdAt).toISOString(),
    lastError: source.lastError,
    errorCount: source.errorCount,
  };
}
