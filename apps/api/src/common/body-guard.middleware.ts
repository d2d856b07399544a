import {
  BadRequestException,
  Injectable,
  NestMiddleware,
} from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Keys that name an object's prototype, never a field. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What in `value` no route can take, as "field: why"; null if nothing. */
export function bodyDefect(value: unknown, path = ''): string | null {
  if (typeof value === 'string')
    return value.includes('\u0000')
      ? `${path || 'body'}: must not contain a NUL character`
      : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) return `${field}: is not a field`;
    const defect = bodyDefect(item, field);
    if (defect !== null) return defect;
  }
  return null;
}

/**
 * Refuses, with 400, parsed JSON bodies that would otherwise pass the DTOs: a
 * string holding U+0000 (PostgreSQL's text cannot store it: a 500 in SQL) and
 * prototype keys (the DTOs' transform drops them, so the request would succeed
 * as if they were not sent). A middleware, so it sees the body as sent.
 */
@Injectable()
export class BodyGuardMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    const defect = bodyDefect(request.body);
    if (defect !== null) throw new BadRequestException(defect);
    next();
  }
}
