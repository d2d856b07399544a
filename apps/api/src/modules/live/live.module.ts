import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ItemsModule } from '../items/items.module';
import { LiveRelay } from './live-relay.service';
import { LiveGateway } from './live.gateway';
import { MentionEvents } from './mention-events';

@Module({
  imports: [AuthModule, ItemsModule],
  providers: [LiveGateway, LiveRelay, MentionEvents],
  exports: [MentionEvents],
})
export class LiveModule {}
