import { Injectable, Logger } from '@nestjs/common';
import type { AlertSourceState } from '@lyt/contracts';
import { DatabaseAvailability } from '../health/database-availability.service';
import { SourcesRepository } from '../sources/sources.repository';
import { GoalsService } from '../accounts/goals/goals.service';
import {
  AlertComposer,
  DigestEventPayload,
  goalStates,
} from './alert-composer.service';
import {
  AlertOutboxRepository,
  NewAlertEvent,
} from './alert-outbox.repository';
import { AlertRulesRepository } from './alert-rules.repository';
import { duePeriod } from './alert-schedule.util';
import { failingState } from './digest.builder';

const HOUR = 3_600_000;
const DEFAULT_FAILING_MINUTES = 60;
const DEFAULT_DIGEST_HOUR = 7;

/**
 * The jobs that find alerts outside a poll: spikes, failing sources, digests
 * due, goals reached or falling behind. Each writes its events in its own statement; their keys make a fact one
 * event however many collectors find it, and however often.
 */
@Injectable()
export class AlertChecks {
  private readonly logger = new Logger(AlertChecks.name);

  constructor(
    private readonly rules: AlertRulesRepository,
    private readonly outbox: AlertOutboxRepository,
    private readonly composer: AlertComposer,
    private readonly sources: SourcesRepository,
    private readonly database: DatabaseAvailability,
    private readonly goalsService: GoalsService,
  ) {}

  async run(now: Date): Promise<void> {
    const jobs: [string, () => Promise<void>][] = [
      ['spikes', () => this.spikes(now)],
      ['failing sources', () => this.failingSources(now)],
      ['digests', () => this.digests(now)],
      ['goals', () => this.goals(now)],
    ];
    for (const [name, job] of jobs) {
      try {
        await job();
      } catch (error) {
        // An outage is the database's news, told once; the check runs again in a minute.
        if (this.database.report(error)) return;
        this.logger.error(`checking ${name} failed: ${String(error)}`);
      }
    }
  }

  /** This hour and the last, so that an hour that ended between two checks is judged whole. */
  async spikes(now: Date): Promise<void> {
    for (const rule of await this.rules.enabled('spike')) {
      const spikes = await this.composer.spikesOf(rule, {
        from: new Date(now.getTime() - HOUR),
        to: now,
      });
      await this.add(
        spikes.map((spike) => ({
          ruleId: rule.id,
          dedupeKey: spike.topic
            ? `spike:topic:${spike.topic.id}:${spike.t}`
            : `spike:hashtag:${spike.hashtag}:${spike.t}`,
          payload: spike,
        })),
      );
    }
  }

  /** Sources failing for longer than the rule allows, and those of them that work again. */
  async failingSources(now: Date): Promise<void> {
    const rules = await this.rules.enabled('source-failing');
    if (rules.length === 0) return;
    const sources = await this.sources.list();
    const byId = new Map(sources.map((source) => [source.id, source]));
    for (const rule of rules) {
      const watched = (id: string) =>
        rule.selection.sources.length === 0 ||
        rule.selection.sources.includes(id);
      const limit =
        now.getTime() -
        (rule.failingForMinutes ?? DEFAULT_FAILING_MINUTES) * 60_000;
      const events: NewAlertEvent[] = sources
        .filter(
          (source) =>
            source.enabled &&
            source.errorCount > 0 &&
            watched(source.id) &&
            (source.lastOkAt ?? source.createdAt).getTime() <= limit,
        )
        .map((source) => {
          const state = failingState(source);
          return {
            ruleId: rule.id,
            dedupeKey: failingKey(state),
            payload: state,
          };
        });
      for (const { dedupeKey, state } of await this.outbox.unrecoveredFailures(
        rule.id,
      )) {
        const source = byId.get(state.source.id);
        if (
          source?.enabled &&
          source.errorCount === 0 &&
          source.lastOkAt !== null &&
          source.lastOkAt > new Date(state.failingSince)
        )
          events.push({
            ruleId: rule.id,
            dedupeKey: `${dedupeKey}:recovered`,
            payload: {
              ...state,
              state: 'recovered',
              lastError: null,
              errorCount: 0,
            } satisfies AlertSourceState,
          });
      }
      await this.add(events);
    }
  }

  /** The newest period whose send time has come, unless it came before the rule existed. */
  async digests(now: Date): Promise<void> {
    for (const rule of await this.rules.enabled('digest')) {
      const period = duePeriod(
        rule.every === 'weekly' ? 'weekly' : 'daily',
        rule.digestHour ?? DEFAULT_DIGEST_HOUR,
        now,
      );
      if (period.sendAt < rule.createdAt) continue;
      const payload: DigestEventPayload = {
        every: period.every,
        from: period.from.toISOString(),
        to: period.to.toISOString(),
      };
      await this.add([
        {
          ruleId: rule.id,
          dedupeKey: `digest:${period.every}:${payload.from}`,
          payload,
        },
      ]);
    }
  }

  /**
   * Goals reached or falling behind, each told once per state and window: a
   * goal that falls behind, catches up and falls behind again in the same
   * window is told once; a renewing goal is told again in its next week or month.
   */
  async goals(now: Date): Promise<void> {
    const rules = await this.rules.enabled('goal');
    if (rules.length === 0) return;
    const states = goalStates(await this.goalsService.list(now));
    await this.add(
      rules.flatMap((rule) =>
        states.map((state) => ({
          ruleId: rule.id,
          dedupeKey: `goal:${state.goal.id}:${state.state}:${state.progress.windowStart}`,
          payload: state,
        })),
      ),
    );
  }

  private async add(events: NewAlertEvent[]): Promise<void> {
    if (events.length) await this.outbox.addEvents(undefined, events);
  }
}

/** One report per failing spell: a source that recovers and fails again is reported again. */
function failingKey(state: AlertSourceState): string {
  return `source:${state.source.id}:${state.failingSince}`;
}
