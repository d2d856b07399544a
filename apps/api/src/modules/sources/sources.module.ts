import { Module } from '@nestjs/common';
import { CollectorModule } from '../collector/collector.module';
import { SourcesController } from './sources.controller';
import { SourcesService } from './sources.service';

@Module({
  imports: [CollectorModule],
  controllers: [SourcesController],
  providers: [SourcesService],
})
export class SourcesModule {}
