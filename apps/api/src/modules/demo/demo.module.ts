import { Module } from '@nestjs/common';
import { DemoController } from './demo.controller';
import { DemoRepository } from './demo.repository';

/** The demo workspace: seeded on the first start of an empty database, removed for good in one step. */
@Module({
  controllers: [DemoController],
  providers: [DemoRepository],
})
export class DemoModule {}
