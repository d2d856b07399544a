import {
  applyDecorators,
  NotFoundException,
  Param,
  PipeTransform,
} from '@nestjs/common';
import { ApiNotFoundResponse, ApiParam } from '@nestjs/swagger';
import { UUID } from './query-params.util';

/** A mention id is its item's seq: a positive PostgreSQL bigint. */
const MENTION_ID = /^[1-9]\d{0,18}$/;
const MAX_BIGINT = 9_223_372_036_854_775_807n;

export const isUuid = (id: string): boolean => UUID.test(id);
export const isMentionId = (id: string): boolean =>
  MENTION_ID.test(id) && BigInt(id) <= MAX_BIGINT;

const KINDS = {
  uuid: {
    valid: isUuid,
    schema: { type: 'string', format: 'uuid' },
  },
  mention: {
    valid: isMentionId,
    schema: { type: 'string', pattern: MENTION_ID.source },
  },
} as const;
type IdKind = keyof typeof KINDS;

/**
 * An id that cannot name a row names none: 404, as an unknown one does,
 * decided before any SQL runs (PostgreSQL would answer a malformed uuid with
 * an error, which is a 500 to the client).
 */
class IdPipe implements PipeTransform<string, string> {
  constructor(
    private readonly kind: IdKind,
    private readonly thing: string,
  ) {}

  transform(value: string): string {
    if (!KINDS[this.kind].valid(value))
      throw new NotFoundException(`no ${this.thing} ${value.slice(0, 100)}`);
    return this.kind === 'uuid' ? value.toLowerCase() : value;
  }
}

/** The `:id` route parameter, checked as the id of a `thing`. */
export const IdParam = (kind: IdKind, thing: string): ParameterDecorator =>
  Param('id', new IdPipe(kind, thing));

/** Documents `:id` for the OpenAPI document, with the 404 that a bad or unknown one gets. */
export const ApiIdParam = (kind: IdKind, thing: string): MethodDecorator =>
  applyDecorators(
    ApiParam({
      name: 'id',
      description: `The ${thing}'s id.`,
      schema: KINDS[kind].schema,
    }),
    ApiNotFoundResponse({
      description: `No ${thing} has this id.`,
      schema: { $ref: '#/components/schemas/ApiErrorBody' },
    }),
  );
