import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MentionQueryRepository } from '../mentions/mention-query.repository';
import { LiveRelay } from './live-relay.service';
import { LiveGateway } from './live.gateway';
import { MentionEvents } from './mention-events';

@Module({
  imports: [AuthModule],
  providers: [LiveGateway, LiveRelay, MentionEvents, MentionQueryRepository],
  exports: [MentionEvents],
})
export class LiveModule {}
