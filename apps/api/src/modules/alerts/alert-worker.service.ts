import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { DatabaseAvailability } from '../health/database-availability.service';
import { AlertChecks } from './alert-checks.service';
import { AlertComposer } from './alert-composer.service';
import {
  AlertOutboxRepository,
  ClaimedDelivery,
} from './alert-outbox.repository';
import type { AlertRuleRecord } from './alert-rules.repository';
import {
  nextMessageAt,
  retryDelayMs,
  shouldGiveUp,
} from './alert-schedule.util';
import { AlertChannels } from './channels/alert-channels.service';

const TICK_MS = 1000;
/** Deliveries sent at once by one process. */
const CONCURRENCY = 4;
/** Rules whose waiting events become messages in one tick. */
const FORM_PER_TICK = 50;
/** Longer than any attempt may take (a webhook 10 s, SMTP 30 s): a claim outlives its send. */
export const LEASE_SECONDS = 120;
const CHECK_EVERY_MS = 60_000;
const PRUNE_EVERY_MS = 3_600_000;
/** Finished deliveries are listed in settings for this long. */
const KEEP_DAYS = 30;

/**
 * Delivers alerts, in every process with the collector role: it is the role
 * that runs scheduled work and reaches out to the network, and it scales out
 * the same way (SKIP LOCKED claims), so api replicas stay free for people.
 * Every second it turns waiting events into messages and sends those due;
 * every minute it runs the checks (spikes, failing sources, digests).
 */
@Injectable()
export class AlertWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AlertWorker.name);
  private readonly inFlight = new Set<Promise<void>>();
  private ticking = false;
  private stopping = false;
  private lastCheck = 0;
  private lastPrune = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: AlertOutboxRepository,
    private readonly composer: AlertComposer,
    private readonly channels: AlertChannels,
    private readonly checks: AlertChecks,
    private readonly scheduler: SchedulerRegistry,
    private readonly database: DatabaseAvailability,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.roles.has('collector')) return;
    this.scheduler.addInterval(
      'alerts',
      setInterval(() => void this.tick(), TICK_MS),
    );
  }

  /** Lets sends in flight record their outcome before the database goes away. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.scheduler.doesExist('interval', 'alerts'))
      this.scheduler.deleteInterval('alerts');
    await Promise.allSettled([...this.inFlight]);
  }

  async tick(): Promise<void> {
    // While the database is away the outbox waits safely in it; nothing to do until it is back.
    if (this.ticking || this.stopping || !this.database.isUp) return;
    this.ticking = true;
    try {
      const now = Date.now();
      if (now - this.lastCheck >= CHECK_EVERY_MS) {
        this.lastCheck = now;
        await this.checks.run(new Date(now));
      }
      if (now - this.lastPrune >= PRUNE_EVERY_MS) {
        this.lastPrune = now;
        await this.outbox.prune(KEEP_DAYS);
      }
      await this.formMessages();
      await this.sendDue();
    } catch (error) {
      if (!this.database.report(error))
        this.logger.error(`alert delivery failed: ${String(error)}`);
    } finally {
      this.ticking = false;
    }
  }

  /** Groups each ready rule's waiting events into one delivery; `mayForm` checks again under the rule's lock. */
  async formMessages(): Promise<void> {
    const now = new Date();
    const mayForm = (rule: AlertRuleRecord) => {
      // A digest is one event per period: its `every` is the period, not a limit.
      if (rule.trigger === 'digest') return true;
      const next = nextMessageAt(rule.every, rule.lastMessageAt);
      return next === null || next <= now;
    };
    for (const rule of await this.outbox.waitingRules(FORM_PER_TICK)) {
      try {
        await this.outbox.formDelivery(rule.id, mayForm, (locked, events) =>
          this.composer.fromEvents(locked, events),
        );
      } catch (error) {
        if (this.database.report(error)) return;
        this.logger.error(
          `composing the message of alert rule ${rule.id} failed: ${String(error)}`,
        );
      }
    }
  }

  /** Claims what is due, up to the free sending slots, and sends it in the background. */
  async sendDue(): Promise<void> {
    const free = CONCURRENCY - this.inFlight.size;
    if (free <= 0) return;
    for (const delivery of await this.outbox.claimDue(free, LEASE_SECONDS)) {
      // An outcome that cannot be recorded leaves the lease to expire: the
      // delivery is tried again, under the same id, the receiver's key.
      const work = this.deliver(delivery).catch((error: unknown) => {
        if (!this.database.report(error))
          this.logger.error(
            `recording delivery ${delivery.id} failed: ${String(error)}`,
          );
      });
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
    }
  }

  /** Resolves once every send in flight has recorded its outcome. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const outcome = await this.channels.send(
      delivery.rule,
      delivery.id,
      delivery.body,
    );
    if (outcome.ok) {
      await this.outbox.markSent(delivery);
      return;
    }
    if (outcome.permanent) {
      await this.outbox.markFailed(delivery, outcome.error);
    } else if (shouldGiveUp(delivery.createdAt, new Date())) {
      await this.outbox.markFailed(
        delivery,
        `gave up after ${delivery.attempt} attempts in 24 hours: ${outcome.error}`,
      );
    } else {
      await this.outbox.markRetry(
        delivery,
        outcome.error,
        retryDelayMs(delivery.attempt, outcome.retryAfterMs),
      );
    }
    this.logger.warn(
      `delivery ${delivery.id} of alert rule ${delivery.rule.id}, attempt ${delivery.attempt}: ${outcome.error}`,
    );
  }
}
