import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import type { AlertDelivery, AlertRule } from '@lyt/contracts';
import { AdminOnly } from '../auth/access.decorator';
import { AlertRulesService, DEFAULT_DELIVERIES } from './alert-rules.service';
import {
  CreateAlertRuleDto,
  DeliveriesQueryDto,
  UpdateAlertRuleDto,
} from './dto/alert-rule.dto';

/** Rules hold webhook URLs (Slack's carry their secret in the path) and addresses: admin only. */
@AdminOnly()
@Controller('alert-rules')
export class AlertRulesController {
  constructor(private readonly rules: AlertRulesService) {}

  @Get()
  list(): Promise<AlertRule[]> {
    return this.rules.list();
  }

  @Post()
  create(@Body() dto: CreateAlertRuleDto): Promise<AlertRule> {
    return this.rules.create(dto);
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<AlertRule> {
    return this.rules.get(id);
  }

  @Patch(':id')
  update(
    @Param('id') id: string,
    @Body() dto: UpdateAlertRuleDto,
  ): Promise<AlertRule> {
    return this.rules.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id') id: string): Promise<void> {
    return this.rules.remove(id);
  }

  /** Sends what the rule would send now, marked as a test; answers with the delivery, sent or failed and why. */
  @Post(':id/test')
  @HttpCode(200)
  test(@Param('id') id: string): Promise<AlertDelivery> {
    return this.rules.test(id);
  }

  /** Newest first: sent, retrying (why), failed (why). */
  @Get(':id/deliveries')
  deliveries(
    @Param('id') id: string,
    @Query() query: DeliveriesQueryDto,
  ): Promise<AlertDelivery[]> {
    return this.rules.deliveries(id, query.limit ?? DEFAULT_DELIVERIES);
  }
}
