import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { readBuildStamp } from './build-stamp.util';
import { DatabaseAvailability } from './database-availability.service';
import { DatabaseUnavailableFilter } from './database-unavailable.filter';
import { BUILD_ID } from './health.constant';
import { HealthController } from './health.controller';

/** Global: every module that talks to the database pauses and resumes by DatabaseAvailability. */
@Global()
@Module({
  controllers: [HealthController],
  providers: [
    DatabaseAvailability,
    {
      provide: BUILD_ID,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => readBuildStamp(config.dashboardDir),
    },
    { provide: APP_FILTER, useClass: DatabaseUnavailableFilter },
  ],
  exports: [DatabaseAvailability],
})
export class HealthModule {}
