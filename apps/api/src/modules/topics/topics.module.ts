import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { RematchService } from './rematch.service';
import { TopicMatcher } from './topic-matcher.service';
import { TopicsController } from './topics.controller';
import { TopicsRepository } from './topics.repository';
import { TopicsService } from './topics.service';

/** Topics and matching: loaded in every role, since collectors write mentions as they store items. */
@Module({
  imports: [ItemsModule],
  controllers: [TopicsController],
  providers: [TopicsRepository, TopicMatcher, RematchService, TopicsService],
  exports: [RematchService],
})
export class TopicsModule {}
