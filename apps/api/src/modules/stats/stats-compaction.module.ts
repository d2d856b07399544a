import { Module } from '@nestjs/common';
import { StatsCompactionService } from './stats-compaction.service';
import { ListedStatsRepository } from './listed-stats.repository';
import { StatsRepository } from './stats.repository';

/**
 * Folding the statistics' pending changes, in every process whatever its roles:
 * the triggers append changes wherever mentions are written (collectors), and a
 * deployment without an api process must not let them pile up. The advisory
 * lock in `StatsRepository.compact` and `ListedStatsRepository.compact` lets one process fold at a time.
 */
@Module({
  providers: [StatsRepository, ListedStatsRepository, StatsCompactionService],
  exports: [StatsRepository, ListedStatsRepository, StatsCompactionService],
})
export class StatsCompactionModule {}
