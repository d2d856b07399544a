import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { LiveGateway } from './live.gateway';
import { MentionEvents } from './mention-events';

@Module({ imports: [AuthModule], providers: [LiveGateway, MentionEvents], exports: [MentionEvents] })
export class LiveModule {}
