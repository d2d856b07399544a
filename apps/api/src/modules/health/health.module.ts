import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { DatabaseAvailability } from './database-availability.service';
import { DatabaseUnavailableFilter } from './database-unavailable.filter';
import { HealthController } from './health.controller';

/** Global: every module that talks to the database pauses and resumes by DatabaseAvailability. */
@Global()
@Module({
  controllers: [HealthController],
  providers: [
    DatabaseAvailability,
    { provide: APP_FILTER, useClass: DatabaseUnavailableFilter },
  ],
  exports: [DatabaseAvailability],
})
export class HealthModule {}
