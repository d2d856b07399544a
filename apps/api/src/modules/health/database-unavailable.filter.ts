import { ArgumentsHost, Catch, HttpStatus, Injectable } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { DatabaseAvailability } from './database-availability.service';

/** How soon a client may try again, in seconds. */
const RETRY_AFTER_SECONDS = 5;

/**
 * A request that meets an unreachable database is answered 503 with
 * Retry-After, not 500: nothing is wrong with the request, and the outage is
 * logged once by DatabaseAvailability instead of once per request.
 */
@Catch()
@Injectable()
export class DatabaseUnavailableFilter extends BaseExceptionFilter {
  constructor(private readonly database: DatabaseAvailability) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http' || !this.database.report(exception)) {
      super.catch(exception, host);
      return;
    }
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      // A stream (the CSV export) that breaks off: all that can be done is to end it.
      response.destroy();
      return;
    }
    response
      .status(HttpStatus.SERVICE_UNAVAILABLE)
      .setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
      .json({
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        message: 'the database is not answering; try again in a few seconds',
        error: 'Service Unavailable',
      });
  }
}
