import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module';
import { MentionModerationRepository } from './mention-moderation.repository';
import { MentionQueryRepository } from './mention-query.repository';
import { MentionsController } from './mentions.controller';
import { MentionsService } from './mentions.service';

/** Listing, exporting and moderating mentions: the api role only. */
@Module({
  imports: [LiveModule],
  controllers: [MentionsController],
  providers: [
    MentionQueryRepository,
    MentionModerationRepository,
    MentionsService,
  ],
})
export class MentionsModule {}
