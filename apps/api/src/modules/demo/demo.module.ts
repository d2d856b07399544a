import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { BulkHistory } from './bulk-history.service';
import { DemoFeedsController } from './demo-feeds.controller';
import { DemoHistory } from './demo-history.service';
import { DemoSeeder } from './demo-seeder.service';
import { DemoController } from './demo.controller';
import { DemoRepository } from './demo.repository';

/**
 * The demo workspace: seeded on the first start of an empty database, its
 * feeds served by every process, removed for good in one step.
 */
@Module({
  imports: [ItemsModule],
  controllers: [DemoController, DemoFeedsController],
  providers: [DemoRepository, DemoHistory, DemoSeeder, BulkHistory],
  exports: [DemoRepository, BulkHistory],
})
export class DemoModule {}
