import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { AlertDelivery, AlertRule } from '@lyt/contracts';
import { ApiAnswer } from '../../common/api-answer.decorator';
import { ApiIdParam, IdParam } from '../../common/id-param.decorator';
import { AdminOnly } from '../auth/access.decorator';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { AlertRulesService, DEFAULT_DELIVERIES } from './alert-rules.service';
import {
  CreateAlertRuleDto,
  DeliveriesQueryDto,
  UpdateAlertRuleDto,
} from './dto/alert-rule.dto';

/**
 * The admin changes rules; a viewer reads them, but rules hold webhook URLs
 * (Slack's carry their secret in the path) and addresses: a viewer sees only
 * a webhook's origin and masked addresses.
 */
@Controller('alert-rules')
export class AlertRulesController {
  constructor(private readonly rules: AlertRulesService) {}

  @Get()
  @ApiAnswer('AlertRule', { list: true })
  list(@Req() request: AuthenticatedRequest): Promise<AlertRule[]> {
    return this.rules.list(request.role ?? 'viewer');
  }

  @Post()
  @AdminOnly()
  @ApiAnswer('AlertRule', { status: 201 })
  create(@Body() dto: CreateAlertRuleDto): Promise<AlertRule> {
    return this.rules.create(dto);
  }

  @Get(':id')
  @ApiAnswer('AlertRule')
  @ApiIdParam('uuid', 'alert rule')
  get(
    @IdParam('uuid', 'alert rule') id: string,
    @Req() request: AuthenticatedRequest,
  ): Promise<AlertRule> {
    return this.rules.get(id, request.role ?? 'viewer');
  }

  @Patch(':id')
  @AdminOnly()
  @ApiAnswer('AlertRule')
  @ApiIdParam('uuid', 'alert rule')
  update(
    @IdParam('uuid', 'alert rule') id: string,
    @Body() dto: UpdateAlertRuleDto,
  ): Promise<AlertRule> {
    return this.rules.update(id, dto);
  }

  @Delete(':id')
  @AdminOnly()
  @HttpCode(204)
  @ApiResponse({
    status: 204,
    description: 'Deleted, with its deliveries and what it had not sent.',
  })
  @ApiIdParam('uuid', 'alert rule')
  remove(@IdParam('uuid', 'alert rule') id: string): Promise<void> {
    return this.rules.remove(id);
  }

  /** Sends what the rule would send now, marked as a test; answers with the delivery, sent or failed and why. */
  @Post(':id/test')
  @AdminOnly()
  @HttpCode(200)
  @ApiAnswer('AlertDelivery')
  @ApiIdParam('uuid', 'alert rule')
  test(@IdParam('uuid', 'alert rule') id: string): Promise<AlertDelivery> {
    return this.rules.test(id);
  }

  /** Newest first: sent, retrying (why), failed (why). */
  @Get(':id/deliveries')
  @ApiAnswer('AlertDelivery', { list: true })
  @ApiIdParam('uuid', 'alert rule')
  @ApiQuery({
    name: 'limit',
    required: false,
    description: `How many, newest first (default ${DEFAULT_DELIVERIES}).`,
    schema: { type: 'integer', minimum: 1, maximum: 100 },
  })
  deliveries(
    @IdParam('uuid', 'alert rule') id: string,
    @Query() query: DeliveriesQueryDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<AlertDelivery[]> {
    return this.rules.deliveries(
      id,
      query.limit ?? DEFAULT_DELIVERIES,
      request.role ?? 'viewer',
    );
  }
}
