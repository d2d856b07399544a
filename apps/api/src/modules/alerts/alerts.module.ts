import { Module } from '@nestjs/common';
import { GoalsRepository } from '../accounts/goals/goals.repository';
import { GoalsService } from '../accounts/goals/goals.service';
import { InterestListsRepository } from '../accounts/lists/interest-lists.repository';
import { CollectorModule } from '../collector/collector.module';
import { ItemsModule } from '../items/items.module';
import { ListedStatsRepository } from '../stats/listed-stats.repository';
import { StatsRepository } from '../stats/stats.repository';
import { StatsService } from '../stats/stats.service';
import { AlertChannelsController } from './alert-channels.controller';
import { AlertChecks } from './alert-checks.service';
import { AlertComposer } from './alert-composer.service';
import { AlertOutboxRepository } from './alert-outbox.repository';
import { AlertRulesController } from './alert-rules.controller';
import { AlertRulesRepository } from './alert-rules.repository';
import { AlertRulesService } from './alert-rules.service';
import { AlertWorker } from './alert-worker.service';
import { AlertChannels } from './channels/alert-channels.service';
import { DigestBuilder } from './digest.builder';
import { DigestRepository } from './digest.repository';
import { MentionAlerts } from './mention-alerts.service';

/**
 * Alert rules, their outbox and delivery. Loaded in every role: any process
 * that stores items (a collector, or the api's "poll now") writes the outbox;
 * only collectors deliver (AlertWorker). The statistics queries and the goals'
 * progress are stateless readers, provided here too so that a collector-only process has them
 * without the api's routes.
 */
@Module({
  imports: [CollectorModule, ItemsModule],
  controllers: [AlertRulesController, AlertChannelsController],
  providers: [
    AlertRulesRepository,
    AlertOutboxRepository,
    DigestRepository,
    AlertRulesService,
    AlertComposer,
    DigestBuilder,
    AlertChannels,
    AlertChecks,
    AlertWorker,
    MentionAlerts,
    StatsRepository,
    ListedStatsRepository,
    StatsService,
    GoalsService,
    GoalsRepository,
    InterestListsRepository,
  ],
})
export class AlertsModule {}
