import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import {
  MENTION_FILTERS,
  MENTION_SORTS,
  type MentionFilterParam,
  SENTIMENT_LABELS,
  TOPIC_KINDS,
} from '@lyt/contracts';
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

/** How the OpenAPI document describes each filter; the type refuses a filter left out. */
const FILTER_DOCS: Record<MentionFilterParam, MethodDecorator> = {
  topic: repeatable('topic', { type: 'string', format: 'uuid' }, 'A topic id.'),
  kind: repeatable(
    'kind',
    { type: 'string', enum: [...TOPIC_KINDS] },
    'A kind.',
  ),
  hashtag: repeatable(
    'hashtag',
    { type: 'string', example: 'dkbiz' },
    'A hashtag, with or without #, in any case.',
  ),
  source: repeatable(
    'source',
    { type: 'string', format: 'uuid' },
    'A source id.',
  ),
  sentiment: repeatable(
    'sentiment',
    { type: 'string', enum: [...SENTIMENT_LABELS] },
    'A sentiment.',
  ),
  language: repeatable(
    'language',
    { type: 'string', example: 'da' },
    'An ISO 639-1 code.',
  ),
  q: once(
    'q',
    { type: 'string', maxLength: 500 },
    'Free text, full-text searched in Danish and English (web search syntax: "phrase", -word, or).',
  ),
  list: repeatable(
    'list',
    { type: 'string', format: 'uuid' },
    'An interest list id (/api/lists): only mentions from its sources and accounts.',
  ),
  from: once(
    'from',
    { type: 'string', format: 'date-time' },
    'Published at or after (ISO 8601; without an offset, UTC).',
  ),
  to: once(
    'to',
    { type: 'string', format: 'date-time' },
    'Published before (ISO 8601; without an offset, UTC).',
  ),
};

/** The filters that the list and the CSV export share. */
export const ApiMentionFilters = () =>
  applyDecorators(...MENTION_FILTERS.map((name) => FILTER_DOCS[name]));

/** The keyset paging of the list. */
export const ApiMentionPaging = () =>
  applyDecorators(
    once(
      'sort',
      { type: 'string', enum: [...MENTION_SORTS], default: 'newest' },
      'newest: by publication, newest first. engagement: by likes + boosts + replies + quotes as the platform last said, highest first, then newest; posts without counts (from feeds) come after every post with counts.',
    ),
    once(
      'cursor',
      { type: 'string' },
      'The nextCursor of the previous page, of the same sort.',
    ),
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
