import { Controller, Get } from '@nestjs/common';
import type { AlertChannelOptions } from '@lyt/contracts';
import { ApiAnswer } from '../../common/api-answer.decorator';
import { AdminOnly } from '../auth/access.decorator';
import { AlertChannels } from './channels/alert-channels.service';

/** Which channels a rule may use here, so that settings can say why e-mail is off before anyone tries. */
@AdminOnly()
@Controller('alert-channels')
export class AlertChannelsController {
  constructor(private readonly channels: AlertChannels) {}

  @Get()
  @ApiAnswer('AlertChannelOptions')
  options(): AlertChannelOptions {
    return this.channels.options();
  }
}
