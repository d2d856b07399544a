import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { PollHistoryPruner } from '../sources/poll-history-pruner.service';
import { PollHistoryRepository } from '../sources/poll-history.repository';
import { SourcesRepository } from '../sources/sources.repository';
import { CollectedItems } from './collected-items';
import { CollectorService } from './collector.service';
import { ItemsRepository } from './items.repository';
import { SourcePoller } from './source-poller.service';

@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [
    CollectorService,
    SourcePoller,
    ItemsRepository,
    SourcesRepository,
    PollHistoryRepository,
    PollHistoryPruner,
    CollectedItems,
  ],
  exports: [
    CollectorService,
    CollectedItems,
    SourcesRepository,
    PollHistoryRepository,
  ],
})
export class CollectorModule {}
