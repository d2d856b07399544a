import { Module } from '@nestjs/common';
import { CollectorModule } from '../collector/collector.module';
import { MentionsRepository } from './mentions.repository';
import { RematchService } from './rematch.service';
import { TopicMatcher } from './topic-matcher.service';
import { TopicsController } from './topics.controller';
import { TopicsRepository } from './topics.repository';
import { TopicsService } from './topics.service';

/** Topics and matching: loaded in every role, since collectors write mentions as they store items. */
@Module({
  imports: [CollectorModule],
  controllers: [TopicsController],
  providers: [
    TopicsRepository,
    MentionsRepository,
    TopicMatcher,
    RematchService,
    TopicsService,
  ],
  exports: [RematchService],
})
export class TopicsModule {}
