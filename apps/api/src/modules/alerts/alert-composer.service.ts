import { Injectable } from '@nestjs/common';
import type {
  AlertGoalState,
  AlertSourceState,
  AlertSpike,
  AlertTrigger,
  AlertWebhookPayload,
  Goal,
  Mention,
} from '@lyt/contracts';
import { GoalsService } from '../accounts/goals/goals.service';
import { ItemQueryRepository } from '../items/item-query.repository';
import { SourcesRepository } from '../sources/sources.repository';
import { StatsService } from '../stats/stats.service';
import { duePeriod, type DigestEvery } from './alert-schedule.util';
import type { ComposedMessage, PendingEvent } from './alert-outbox.repository';
import { AlertOutboxRepository } from './alert-outbox.repository';
import type { AlertRuleRecord } from './alert-rules.repository';
import {
  AlertText,
  digestText,
  goalsText,
  mentionsText,
  sourcesText,
  spikesText,
  testText,
} from './alert-text.util';
import { DigestBuilder, failingState, toAlertSpike } from './digest.builder';

/** Mentions a message carries in full; it counts the rest. */
export const MAX_MENTIONS_PER_MESSAGE = 20;
/** Mentions "send a test" shows of what the rule would match. */
const SAMPLE_MENTIONS = 3;
const DEFAULT_DIGEST_HOUR = 7;

export interface DigestEventPayload {
  every: DigestEvery;
  from: string;
  to: string;
}

type Extras = Pick<
  AlertWebhookPayload,
  'spikes' | 'sources' | 'goals' | 'digest'
>;

/** The goals worth a message: reached, or falling behind (at this pace they miss). */
export function goalStates(goals: Goal[]): AlertGoalState[] {
  return goals.flatMap((goal): AlertGoalState[] => {
    const state =
      goal.progress.status === 'reached'
        ? 'reached'
        : goal.progress.status === 'misses'
          ? 'behind'
          : null;
    if (!state) return [];
    const { id, name, metric, target } = goal;
    return [
      { goal: { id, name, metric, target }, state, progress: goal.progress },
    ];
  });
}

/** Turns what a rule found into the message it sends: the webhook body, from which the e-mail is rendered too. */
@Injectable()
export class AlertComposer {
  constructor(
    private readonly outbox: AlertOutboxRepository,
    private readonly digests: DigestBuilder,
    private readonly mentionQuery: ItemQueryRepository,
    private readonly stats: StatsService,
    private readonly sources: SourcesRepository,
    private readonly goals: GoalsService,
  ) {}

  /** One message for a rule's waiting events; null when nothing is left to say (every mention hidden since). */
  async fromEvents(
    rule: AlertRuleRecord,
    events: PendingEvent[],
  ): Promise<ComposedMessage | null> {
    switch (rule.trigger) {
      case 'mention': {
        const itemIds = events.flatMap((event) =>
          event.itemId ? [event.itemId] : [],
        );
        const { mentions, count } = await this.outbox.mentionsOfItems(
          itemIds,
          MAX_MENTIONS_PER_MESSAGE,
        );
        if (count === 0) return null;
        const times = events.map((event) => event.occurredAt.getTime());
        const span = Math.max(...times) - Math.min(...times);
        return this.message(
          rule,
          rule.trigger,
          mentionsText(rule.name, mentions, count, span, rule.language),
          count,
          mentions,
          {},
        );
      }
      case 'spike': {
        const spikes = events.map((event) => event.payload as AlertSpike);
        return this.message(
          rule,
          rule.trigger,
          spikesText(rule.name, spikes, rule.language),
          spikes.length,
          [],
          { spikes },
        );
      }
      case 'source-failing': {
        const sources = events.map(
          (event) => event.payload as AlertSourceState,
        );
        return this.message(
          rule,
          rule.trigger,
          sourcesText(rule.name, sources, new Date(), rule.language),
          sources.length,
          [],
          { sources },
        );
      }
      case 'goal': {
        const goals = events.map((event) => event.payload as AlertGoalState);
        return this.message(
          rule,
          rule.trigger,
          goalsText(rule.name, goals, rule.language),
          goals.length,
          [],
          { goals },
        );
      }
      case 'digest': {
        // Only the newest period: a digest that waited behind a retry is old news once the next is due.
        const newest = events.at(-1)!.payload as DigestEventPayload;
        return this.digest(rule, {
          every: newest.every,
          from: new Date(newest.from),
          to: new Date(newest.to),
        });
      }
    }
  }

  /**
   * "Send a test": what the rule would send now, marked as a test. Mentions it
   * would match, spikes and failing sources of the last day, the last digest;
   * a line saying the channel works when there is nothing to show.
   */
  async sample(rule: AlertRuleRecord): Promise<ComposedMessage> {
    const now = new Date();
    let found: ComposedMessage | null = null;
    switch (rule.trigger) {
      case 'mention': {
        const { selection } = rule;
        const rows = await this.mentionQuery.newestFirst(
          {
            topics: selection.topics,
            kinds: selection.kinds,
            hashtags: selection.hashtags,
            sentiments: selection.sentiment,
            languages: selection.language,
            sources: selection.sources,
            lists: selection.lists,
          },
          null,
          SAMPLE_MENTIONS,
        );
        const mentions = rows.map((row) => row.mention).reverse();
        if (mentions.length)
          found = this.message(
            rule,
            rule.trigger,
            mentionsText(
              rule.name,
              mentions,
              mentions.length,
              0,
              rule.language,
            ),
            mentions.length,
            mentions,
            {},
          );
        break;
      }
      case 'spike': {
        const spikes = await this.spikesOf(rule, {
          from: new Date(now.getTime() - 24 * 3_600_000),
          to: now,
        });
        if (spikes.length)
          found = this.message(
            rule,
            rule.trigger,
            spikesText(rule.name, spikes, rule.language),
            spikes.length,
            [],
            { spikes },
          );
        break;
      }
      case 'source-failing': {
        const watched = new Set(rule.selection.sources);
        const sources = (await this.sources.list())
          .filter(
            (source) =>
              source.enabled &&
              source.errorCount > 0 &&
              (watched.size === 0 || watched.has(source.id)),
          )
          .map(failingState);
        if (sources.length)
          found = this.message(
            rule,
            rule.trigger,
            sourcesText(rule.name, sources, now, rule.language),
            sources.length,
            [],
            { sources },
          );
        break;
      }
      case 'goal': {
        const goals = goalStates(await this.goals.list(now));
        if (goals.length)
          found = this.message(
            rule,
            rule.trigger,
            goalsText(rule.name, goals, rule.language),
            goals.length,
            [],
            { goals },
          );
        break;
      }
      case 'digest': {
        const every = rule.every === 'weekly' ? 'weekly' : 'daily';
        const period = duePeriod(
          every,
          rule.digestHour ?? DEFAULT_DIGEST_HOUR,
          now,
        );
        found = await this.digest(rule, period);
        break;
      }
    }
    const text = testText(
      found ? { headline: found.headline, text: found.payload.text } : null,
      rule.name,
      rule.language,
    );
    return {
      kind: 'test',
      headline: text.headline,
      count: found?.count ?? 0,
      payload: {
        ...(found?.payload ??
          this.message(rule, rule.trigger, text, 0, [], {}).payload),
        text: text.text,
        test: true,
      },
    };
  }

  /** Spikes of the rule's topics and hashtags (every topic when it names neither) in a period. */
  async spikesOf(
    rule: AlertRuleRecord,
    period: { from: Date; to: Date },
  ): Promise<AlertSpike[]> {
    const { topics, hashtags } = rule.selection;
    const query = {
      period,
      bucket: 'hour' as const,
      topics,
      kinds: [],
      limit: 10,
    };
    const [byTopic, byHashtag] = await Promise.all([
      topics.length || !hashtags.length
        ? this.stats.spikes(query).then((stats) => stats.spikes)
        : [],
      this.stats.hashtagSpikes(hashtags, query),
    ]);
    return [...byTopic, ...byHashtag].map((spike) =>
      toAlertSpike(spike, 'hour'),
    );
  }

  private async digest(
    rule: AlertRuleRecord,
    period: { every: DigestEvery; from: Date; to: Date },
  ): Promise<ComposedMessage> {
    const digest = await this.digests.build(
      rule.selection,
      period.every,
      period,
    );
    return this.message(
      rule,
      'digest',
      digestText(rule.name, digest, rule.language),
      digest.total,
      [],
      { digest },
    );
  }

  private message(
    rule: AlertRuleRecord,
    kind: AlertTrigger,
    text: AlertText,
    count: number,
    mentions: Mention[],
    extras: Extras,
  ): ComposedMessage {
    return {
      kind,
      headline: text.headline,
      count,
      payload: {
        rule: { id: rule.id, name: rule.name },
        trigger: rule.trigger,
        test: false,
        text: text.text,
        count,
        mentions,
        ...extras,
      },
    };
  }
}
