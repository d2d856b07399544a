import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { LiveModule } from '../live/live.module';
import { MentionsController } from './mentions.controller';
import { MentionsService } from './mentions.service';

/** Listing, exporting and moderating mentions: the api role only. */
@Module({
  imports: [ItemsModule, LiveModule],
  controllers: [MentionsController],
  providers: [MentionsService],
})
export class MentionsModule {}
