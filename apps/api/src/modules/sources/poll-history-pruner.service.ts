import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { MAX_RANGE_DAYS } from '@lyt/contracts';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { PollHistoryRepository } from './poll-history.repository';

/** Blind spots stay visible as far back as a statistic can reach. */
export const POLL_HISTORY_DAYS = MAX_RANGE_DAYS;
const PRUNE_EVERY_MS = 3_600_000;
const INTERVAL_NAME = 'poll-history-prune';

/** Forgets poll history older than POLL_HISTORY_DAYS, hourly, in the processes that poll. */
@Injectable()
export class PollHistoryPruner
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(PollHistoryPruner.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly history: PollHistoryRepository,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.roles.has('collector')) return;
    void this.prune();
    this.scheduler.addInterval(
      INTERVAL_NAME,
      setInterval(() => void this.prune(), PRUNE_EVERY_MS),
    );
  }

  onModuleDestroy(): void {
    if (this.scheduler.doesExist('interval', INTERVAL_NAME))
      this.scheduler.deleteInterval(INTERVAL_NAME);
  }

  async prune(): Promise<number> {
    try {
      const pruned = await this.history.prune(POLL_HISTORY_DAYS);
      if (pruned > 0)
        this.logger.log(`forgot ${pruned} stretches of poll history`);
      return pruned;
    } catch (error) {
      // The database may be away; the next hour tries again.
      this.logger.warn(`pruning poll history failed: ${String(error)}`);
      return 0;
    }
  }
}
