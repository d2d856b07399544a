import { Module } from '@nestjs/common';
import { CollectorModule } from '../collector/collector.module';
import { ItemsModule } from '../items/items.module';
import { AccountSourceReader } from './account-source.reader';
import { AccountsController } from './accounts.controller';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { EngagementRefresher } from './engagement-refresher.service';
import { EngagementRepository } from './engagement.repository';
import { HashtagSourceReader } from './hashtag-source.reader';
import { GoalsController } from './goals/goals.controller';
import { GoalsRepository } from './goals/goals.repository';
import { GoalsService } from './goals/goals.service';
import { AccountInsightsService } from './insights/account-insights.service';
import { InsightsRepository } from './insights/insights.repository';
import { InterestListsController } from './lists/interest-lists.controller';
import { InterestListsRepository } from './lists/interest-lists.repository';
import { InterestListsService } from './lists/interest-lists.service';

/**
 * Collecting accounts, in every role: their sources, and hashtag and search
 * sources, are read through the platforms' APIs, and young posts' counts
 * refreshed on a schedule.
 */
@Module({
  imports: [CollectorModule, ItemsModule],
  providers: [
    AccountsRepository,
    EngagementRepository,
    AccountSourceReader,
    HashtagSourceReader,
    EngagementRefresher,
  ],
  exports: [AccountsRepository, EngagementRepository],
})
export class AccountCollectionModule {}

/** The accounts api: `/api/accounts`, the comparison and ambassadors built on them, `/api/goals` and `/api/lists`. */
@Module({
  imports: [AccountCollectionModule, CollectorModule],
  controllers: [AccountsController, GoalsController, InterestListsController],
  providers: [
    AccountsService,
    AccountInsightsService,
    InsightsRepository,
    GoalsService,
    GoalsRepository,
    InterestListsService,
    InterestListsRepository,
  ],
})
export class AccountsModule {}
