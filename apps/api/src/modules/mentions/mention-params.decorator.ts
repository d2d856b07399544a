import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { SENTIMENT_LABELS, TOPIC_KINDS } from '@lyt/contracts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './mention-params.util';

// The query is read by hand (mention-params.util.ts), so the OpenAPI document
// learns its parameters from here rather than from a DTO.

type SchemaObject = Extract<
  Parameters<typeof ApiQuery>[0],
  { schema: unknown }
>['schema'];

const repeatable = (
  name: string,
  items: SchemaObject,
  description: string,
): MethodDecorator =>
  ApiQuery({
    name,
    required: false,
    description: `${description} Repeat it for any of several.`,
    schema: { type: 'array', items },
  });

const once = (
  name: string,
  schema: SchemaObject,
  description: string,
): MethodDecorator => ApiQuery({ name, required: false, description, schema });

/** The filters that the list and the CSV export share. */
export const ApiMentionFilters = () =>
  applyDecorators(
    repeatable('topic', { type: 'string', format: 'uuid' }, 'A topic id.'),
    repeatable('kind', { type: 'string', enum: [...TOPIC_KINDS] }, 'A kind.'),
    repeatable(
      'hashtag',
      { type: 'string', example: 'dkbiz' },
      'A hashtag, with or without #, in any case.',
    ),
    repeatable('source', { type: 'string', format: 'uuid' }, 'A source id.'),
    repeatable(
      'sentiment',
      { type: 'string', enum: [...SENTIMENT_LABELS] },
      'A sentiment.',
    ),
    repeatable(
      'language',
      { type: 'string', example: 'da' },
      'An ISO 639-1 code.',
    ),
    once(
      'q',
      { type: 'string', maxLength: 500 },
      'Free text, full-text searched in Danish and English (web search syntax: "phrase", -word, or).',
    ),
    once(
      'from',
      { type: 'string', format: 'date-time' },
      'Published at or after (ISO 8601; without an offset, UTC).',
    ),
    once(
      'to',
      { type: 'string', format: 'date-time' },
      'Published before (ISO 8601; without an offset, UTC).',
    ),
  );

/** The keyset paging of the list. */
export const ApiMentionPaging = () =>
  applyDecorators(
    once('cursor', { type: 'string' }, 'The nextCursor of the previous page.'),
    once(
      'limit',
      {
        type: 'integer',
        minimum: 1,
        maximum: MAX_PAGE_SIZE,
        default: DEFAULT_PAGE_SIZE,
      },
      'Mentions per page.',
    ),
  );
