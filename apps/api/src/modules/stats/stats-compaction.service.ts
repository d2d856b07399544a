import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { DatabaseAvailability } from '../health/database-availability.service';
import { STATS_COMPACTION_INTERVAL_MS } from './stats.constant';
import { ListedStatsRepository } from './listed-stats.repository';
import { StatsRepository } from './stats.repository';

const INTERVAL_NAME = 'stats-compaction';

/**
 * Folds the changes that triggers append into the rollups, every few seconds.
 * Reads add pending changes, so this only keeps them few and reads fast. Every
 * process runs it, whatever its roles; one folds at a time across processes.
 */
@Injectable()
export class StatsCompactionService
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(StatsCompactionService.name);
  private running: Promise<number | null> | null = null;

  constructor(
    private readonly stats: StatsRepository,
    private readonly listed: ListedStatsRepository,
    private readonly scheduler: SchedulerRegistry,
    private readonly database: DatabaseAvailability,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduler.addInterval(
      INTERVAL_NAME,
      setInterval(() => {
        // Pending changes wait safely in their table while the database is away.
        if (!this.database.isUp) return;
        this.compact().catch((error: unknown) => {
          if (!this.database.report(error))
            this.logger.error(`folding statistics failed: ${String(error)}`);
        });
      }, STATS_COMPACTION_INTERVAL_MS),
    );
  }

  async onModuleDestroy(): Promise<void> {
    if (this.scheduler.doesExist('interval', INTERVAL_NAME))
      this.scheduler.deleteInterval(INTERVAL_NAME);
    await this.running?.catch(() => undefined);
  }

  /** Folds now; resolves with the number of changes folded, null when another process was folding. */
  compact(): Promise<number | null> {
    this.running ??= this.fold().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** The rollups without a source dimension, then the per-source one (interest lists). */
  private async fold(): Promise<number | null> {
    const folded = await this.stats.compact();
    const listed = await this.listed.compact();
    return folded === null || listed === null ? null : folded + listed;
  }
}
