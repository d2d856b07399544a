import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { Account } from '@lyt/contracts';
import { ApiAnswer } from '../../common/api-answer.decorator';
import { ApiIdParam, IdParam } from '../../common/id-param.decorator';
import type { RawQuery } from '../../common/query-params.util';
import { AdminOnly } from '../auth/access.decorator';
import { readAccountPeriod } from './account-period.util';
import { AccountsService } from './accounts.service';
import { CreateAccountDto, UpdateAccountDto } from './dto/account.dto';

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
  constructor(private readonly accounts: AccountsService) {}

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
