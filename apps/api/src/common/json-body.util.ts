import {
  BadRequestException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** No request body Lyt reads is anywhere near this deep; validation recurses and would overflow its stack. */
export const MAX_JSON_DEPTH = 32;
/** A topic query of 2,000 characters or an OPML-sized list fits many times over. */
export const MAX_JSON_BYTES = '1mb';

/** Whether a parsed JSON value nests objects and arrays deeper than `max` (without recursing itself). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(current))
      pending.push([child, depth + 1]);
  }
  return false;
}

/** After the JSON parser: a body too deep for validation (which recurses) is refused with 400. */
export function refuseDeepBodies(
  request: Request,
  _response: Response,
  next: NextFunction,
): void {
  if (nestsDeeperThan(request.body, MAX_JSON_DEPTH)) {
    next(
      new BadRequestException(
        `body: nested deeper than ${MAX_JSON_DEPTH} levels`,
      ),
    );
    return;
  }
  next();
}

/**
 * After the JSON parser: a body it could not read is refused with 400 in
 * words ("body: is not valid JSON"), instead of the parser's own message
 * ("Unexpected end of JSON input"). The parser takes objects and arrays only.
 */
export function explainUnreadableJson(
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void {
  if ((error as { type?: string } | null)?.type === 'entity.parse.failed') {
    next(
      new BadRequestException(
        'body: is not valid JSON; send one JSON object, e.g. {"name": "Nordlys"}',
      ),
    );
    return;
  }
  next(error);
}

/** The one body that is not JSON: an OPML file, read as text. */
export const OPML_IMPORT_PATH = '/api/sources/opml';
export const OPML_TYPES = ['text/x-opml', 'application/xml', 'text/xml'];
export const MAX_OPML_BYTES = '1mb';

/** The API reads JSON only (and the OPML import its XML): any other body is refused with 415 instead of being taken for an empty one. */
export function requireJsonBodies(
  request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const hasBody =
    Number(request.headers['content-length'] ?? 0) > 0 ||
    request.headers['transfer-encoding'] !== undefined;
  if (
    hasBody &&
    /^\/api\//.test(request.path) &&
    !request.is('application/json') &&
    !(request.path === OPML_IMPORT_PATH && request.is(OPML_TYPES))
  ) {
    next(
      new UnsupportedMediaTypeException(
        'send the body as JSON, with Content-Type: application/json',
      ),
    );
    return;
  }
  next();
}
