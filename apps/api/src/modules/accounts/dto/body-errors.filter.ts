import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';

/** The validation pipe's words for a field no route takes. */
const UNKNOWN_FIELD = /^property (.+) should not exist$/;

/**
 * The validation pipe's list of failed constraints as one sentence, as the
 * other 400s of the API say it ("field: why"): the first complaint per field
 * (the DTOs' messages start with their field), unknown fields named.
 */
export function oneSentence(messages: string[]): string {
  if (
    messages.some((message) => /^property \d+ should not exist$/.test(message))
  )
    return 'body: send one JSON object, not a list';
  const byField = new Map<string, string>();
  for (const raw of messages) {
    const unknown = UNKNOWN_FIELD.exec(raw);
    const message = unknown ? `${unknown[1]}: is not a field` : raw;
    const field = /^[^\s:]*/.exec(message)![0];
    if (!byField.has(field)) byField.set(field, message);
  }
  return [...byField.values()].join('; ');
}

/** Rewrites the validation pipe's array of messages into one sentence; any other 400 is answered as it was. */
@Catch(BadRequestException)
export class BodyErrorsFilter implements ExceptionFilter {
  catch(exception: BadRequestException, host: ArgumentsHost): void {
    const answer = exception.getResponse();
    const body =
      typeof answer === 'string'
        ? { statusCode: 400, message: answer, error: 'Bad Request' }
        : Array.isArray((answer as { message?: unknown }).message)
          ? {
              ...answer,
              message: oneSentence(
                (answer as { message: unknown[] }).message.map(String),
              ),
            }
          : answer;
    host.switchToHttp().getResponse<Response>().status(400).json(body);
  }
}
