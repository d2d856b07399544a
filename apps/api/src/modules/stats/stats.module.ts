import { Module } from '@nestjs/common';
import { CollectorModule } from '../collector/collector.module';
import { StatsCompactionModule } from './stats-compaction.module';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

@Module({
  imports: [CollectorModule, StatsCompactionModule],
  controllers: [StatsController],
  providers: [StatsService],
})
export class StatsModule {}
