import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Res,
} from '@nestjs/common';
import type { Response } from 'express';
import type { HealthStatus } from '@lyt/contracts';
import { ApiAnswer } from '../../common/api-answer.decorator';
import { Public } from '../auth/access.decorator';
import { DatabaseAvailability } from './database-availability.service';
import { BUILD_ID } from './health.constant';

@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseAvailability,
    @Inject(BUILD_ID) private readonly build: string | null,
  ) {}

  @Public()
  @Get()
  @ApiAnswer('HealthStatus', {
    description:
      'The database answers; `build` names the dashboard build served (a page that runs another reloads).',
  })
  @ApiAnswer('HealthStatus', {
    status: 503,
    description:
      'The database does not answer (within 2 s); the process keeps running and recovers by itself.',
  })
  @HttpCode(HttpStatus.OK)
  async check(
    @Res({ passthrough: true }) response: Response,
  ): Promise<HealthStatus> {
    const dbUp = await this.database.check();
    if (!dbUp) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return dbUp
      ? { status: 'ok', db: 'up', build: this.build }
      : { status: 'error', db: 'down', build: this.build };
  }
}
