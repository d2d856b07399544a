import { BadRequestException, Injectable } from '@nestjs/common';
import type { SummaryStats } from '@lyt/contracts';
import { Period, StatsRepository } from './stats.repository';

@Injectable()
export class StatsService {
  constructor(private readonly stats: StatsRepository) {}

  summary(period: Period): Promise<SummaryStats> {
    if (period.from && period.to && period.from > period.to) {
      throw new BadRequestException('from: must not be after to');
    }
    return this.stats.summary(period);
  }
}
