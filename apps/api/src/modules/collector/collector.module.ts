import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { PollHistoryPruner } from '../sources/poll-history-pruner.service';
import { PollHistoryRepository } from '../sources/poll-history.repository';
import { SourcesRepository } from '../sources/sources.repository';
import { DemoFeedAddress } from '../demo/demo-feed-address.service';
import { ItemsModule } from '../items/items.module';
import { CollectorHeartbeat } from './collector-heartbeat.service';
import { CollectorService } from './collector.service';
import { HostSlots } from './host-slots';
import { SourcePoller } from './source-poller.service';
import { SourceReaders } from './source-readers';

@Module({
  imports: [ScheduleModule.forRoot(), ItemsModule],
  providers: [
    CollectorService,
    CollectorHeartbeat,
    HostSlots,
    SourcePoller,
    SourcesRepository,
    PollHistoryRepository,
    PollHistoryPruner,
    SourceReaders,
    DemoFeedAddress,
  ],
  exports: [
    CollectorService,
    SourcesRepository,
    PollHistoryRepository,
    SourceReaders,
  ],
})
export class CollectorModule {}
