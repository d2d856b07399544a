import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { HealthStatus } from '@lyt/contracts';
import { Public } from '../auth/access.decorator';
import { DatabaseAvailability } from './database-availability.service';

@Controller('health')
export class HealthController {
  constructor(private readonly database: DatabaseAvailability) {}

  @Public()
  @Get()
  @HttpCode(HttpStatus.OK)
  async check(
    @Res({ passthrough: true }) response: Response,
  ): Promise<HealthStatus> {
    const dbUp = await this.database.check();
    if (!dbUp) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return dbUp ? { status: 'ok', db: 'up' } : { status: 'error', db: 'down' };
  }
}
