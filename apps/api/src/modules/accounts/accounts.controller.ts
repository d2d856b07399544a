import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  BadRequestException,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiQuery, ApiResponse } from '@nestjs/swagger';
import type {
  Account,
  AccountComparison,
  AmbassadorSettings,
  AmbassadorStats,
} from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';
import { ApiAnswer } from '../../common/api-answer.decorator';
import { ApiIdParam, IdParam } from '../../common/id-param.decorator';
import type { RawQuery } from '../../common/query-params.util';
import { AdminOnly } from '../auth/access.decorator';
import { closedPeriod, readAccountPeriod } from './account-period.util';
import { AccountsService } from './accounts.service';
import { CreateAccountDto, UpdateAccountDto } from './dto/account.dto';
import { AmbassadorSettingsDto } from './dto/ambassador-settings.dto';
import { AccountInsightsService } from './insights/account-insights.service';

/** Comparisons and rankings default to the last 30 days. */
const DEFAULT_DAYS = 30;
const HOSTNAME =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export const ApiPeriod = (): MethodDecorator & ClassDecorator => {
  const from = ApiQuery({
    name: 'from',
    required: false,
    schema: { type: 'string', format: 'date-time' },
    description: 'Start of the period (ISO 8601; without an offset, UTC).',
  });
  const to = ApiQuery({
    name: 'to',
    required: false,
    schema: { type: 'string', format: 'date-time' },
    description: 'End of the period, exclusive (ISO 8601).',
  });
  return ((...args: Parameters<MethodDecorator>) => {
    from(...args);
    to(...args);
  }) as MethodDecorator & ClassDecorator;
};

@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly insights: AccountInsightsService,
  ) {}

  @Get()
  @ApiAnswer('Account', {
    list: true,
    description:
      'Every account with its latest followers and, for the period (all time without from/to), the posts and their likes, boosts, replies and quotes.',
  })
  @ApiPeriod()
  list(@Query() query: RawQuery): Promise<Account[]> {
    return this.accounts.list(readAccountPeriod(query));
  }

  // Declared before ':id', which would take these names for ids.
  @Get('comparison')
  @ApiAnswer('AccountComparison', {
    description:
      'Own accounts, role models and watched accounts side by side in the period (default the last 30 days).',
  })
  @ApiPeriod()
  comparison(@Query() query: RawQuery): Promise<AccountComparison> {
    const { from, to } = closedPeriod(readAccountPeriod(query), DEFAULT_DAYS);
    return this.insights.comparison(from, to);
  }

  @Get('ambassadors')
  @ApiAnswer('AmbassadorStats', {
    description:
      'Employee accounts ranked by shares of company content in the period (default the last 30 days), and the company posts shared most.',
  })
  @ApiPeriod()
  ambassadors(@Query() query: RawQuery): Promise<AmbassadorStats> {
    const { from, to } = closedPeriod(readAccountPeriod(query), DEFAULT_DAYS);
    return this.insights.ambassadors(from, to);
  }

  @Get('ambassador-settings')
  @ApiAnswer('AmbassadorSettings')
  ambassadorSettings(): Promise<AmbassadorSettings> {
    return this.insights.settings();
  }

  @AdminOnly()
  @Put('ambassador-settings')
  @ApiAnswer('AmbassadorSettings')
  replaceAmbassadorSettings(
    @Body() dto: AmbassadorSettingsDto,
  ): Promise<AmbassadorSettings> {
    const domains = dto.domains.map((raw) => {
      const host = raw
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, '')
        .replace(/^www\./, '');
      if (!HOSTNAME.test(host))
        throw new BadRequestException(
          `domains: ${raw.slice(0, 100)} is not a domain name`,
        );
      return host;
    });
    const hashtags = dto.hashtags.map((raw) => {
      const tag = normaliseHashtag(raw);
      if (!tag)
        throw new BadRequestException(
          `hashtags: ${raw.slice(0, 100)} is not a hashtag`,
        );
      return tag;
    });
    return this.insights.replaceSettings({ domains, hashtags });
  }

  @Get(':id')
  @ApiAnswer('Account')
  @ApiIdParam('uuid', 'account')
  @ApiPeriod()
  get(
    @IdParam('uuid', 'account') id: string,
    @Query() query: RawQuery,
  ): Promise<Account> {
    return this.accounts.get(id, readAccountPeriod(query));
  }

  @AdminOnly()
  @Post()
  @ApiAnswer('Account', {
    status: 201,
    description:
      'Resolved against its platform and stored; its posts are collected from now on. An unknown handle is a 400.',
  })
  create(@Body() dto: CreateAccountDto): Promise<Account> {
    return this.accounts.create(dto);
  }

  @AdminOnly()
  @Patch(':id')
  @ApiAnswer('Account')
  @ApiIdParam('uuid', 'account')
  update(
    @IdParam('uuid', 'account') id: string,
    @Body() dto: UpdateAccountDto,
  ): Promise<Account> {
    return this.accounts.update(id, dto);
  }

  @AdminOnly()
  @Delete(':id')
  @HttpCode(204)
  @ApiResponse({
    status: 204,
    description: 'Deleted, with the posts collected for it.',
  })
  @ApiIdParam('uuid', 'account')
  remove(@IdParam('uuid', 'account') id: string): Promise<void> {
    return this.accounts.remove(id);
  }
}
