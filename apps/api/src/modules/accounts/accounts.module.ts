import { Module } from '@nestjs/common';
import { CollectorModule } from '../collector/collector.module';
import { AccountSourceReader } from './account-source.reader';
import { AccountsController } from './accounts.controller';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { EngagementRefresher } from './engagement-refresher.service';
import { EngagementRepository } from './engagement.repository';

/**
 * Collecting accounts, in every role: their sources are read through the
 * platforms' APIs, and young posts' counts refreshed on a schedule.
 */
@Module({
  imports: [CollectorModule],
  providers: [
    AccountsRepository,
    EngagementRepository,
    AccountSourceReader,
    EngagementRefresher,
  ],
  exports: [AccountsRepository, EngagementRepository],
})
export class AccountCollectionModule {}

/** The accounts api: `/api/accounts` and what is built on accounts. */
@Module({
  imports: [AccountCollectionModule, CollectorModule],
  controllers: [AccountsController],
  providers: [AccountsService],
})
export class AccountsModule {}
