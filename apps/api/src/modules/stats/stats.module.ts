import { Module } from '@nestjs/common';
import { CollectorModule } from '../collector/collector.module';
import { StatsCompactionService } from './stats-compaction.service';
import { StatsController } from './stats.controller';
import { StatsRepository } from './stats.repository';
import { StatsService } from './stats.service';

@Module({
  imports: [CollectorModule],
  controllers: [StatsController],
  providers: [StatsRepository, StatsService, StatsCompactionService],
})
export class StatsModule {}
