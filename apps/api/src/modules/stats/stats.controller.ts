import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import type { SummaryStats } from '@lyt/contracts';
import { StatsService } from './stats.service';

@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('summary')
  summary(
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): Promise<SummaryStats> {
    return this.stats.summary({
      from: parseInstant('from', from),
      to: parseInstant('to', to),
    });
  }
}

function parseInstant(field: string, raw: string | undefined): Date | null {
  if (raw === undefined || raw === '') return null;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime()))
    throw new BadRequestException(`${field}: must be an ISO 8601 date or time`);
  return date;
}
