import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import {
  DEFAULT_RANGE_DAYS,
  HOURLY_DEFAULT_MAX_DAYS,
  HOURLY_MAX_DAYS,
  MAX_COMPARED_HASHTAGS,
  MAX_RANGE_DAYS,
  TOPIC_KINDS,
} from '@lyt/contracts';
import { DEFAULT_LIMIT, MAX_LIMIT } from './stats.constant';
import type { StatsParam } from './stats-params.util';

// The query is read by hand (stats-params.util.ts), so the OpenAPI document
// learns its parameters from here rather than from a DTO.

type ApiQueryOptions = Parameters<typeof ApiQuery>[0];

const PARAMS: Record<StatsParam, ApiQueryOptions> = {
  from: {
    name: 'from',
    required: false,
    schema: { type: 'string', format: 'date-time' },
    description: `Start (ISO 8601; without an offset, UTC); default ${DEFAULT_RANGE_DAYS} days before to, at most ${MAX_RANGE_DAYS} days before it. Widened to whole buckets.`,
  },
  to: {
    name: 'to',
    required: false,
    schema: { type: 'string', format: 'date-time' },
    description:
      'End, exclusive (ISO 8601); default now. Widened to whole buckets.',
  },
  bucket: {
    name: 'bucket',
    required: false,
    schema: { type: 'string', enum: ['hour', 'day'] },
    description: `Default hour up to ${HOURLY_DEFAULT_MAX_DAYS} days, else day; hour for at most ${HOURLY_MAX_DAYS} days. Days are Europe/Copenhagen days.`,
  },
  topic: {
    name: 'topic',
    required: false,
    schema: { type: 'array', items: { type: 'string', format: 'uuid' } },
    description: 'A topic id; repeat it for several. Default: every topic.',
  },
  kind: {
    name: 'kind',
    required: false,
    schema: {
      type: 'array',
      items: { type: 'string', enum: [...TOPIC_KINDS] },
    },
    description: 'A topic kind; repeat it for several.',
  },
  hashtag: {
    name: 'hashtag',
    required: true,
    schema: {
      type: 'array',
      items: { type: 'string' },
      maxItems: MAX_COMPARED_HASHTAGS,
    },
    description: `A hashtag, with or without '#'; repeat it to compare up to ${MAX_COMPARED_HASHTAGS}.`,
  },
  list: {
    name: 'list',
    required: false,
    schema: { type: 'array', items: { type: 'string', format: 'uuid' } },
    description:
      'An interest list id (/api/lists): count only mentions of items from its sources and accounts; repeat it for a source of any of several. An unknown list is a 404. Default: every source.',
  },
  limit: {
    name: 'limit',
    required: false,
    schema: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_LIMIT,
      default: DEFAULT_LIMIT,
    },
    description: 'How many to list.',
  },
};

/** The query parameters a statistic takes, for the OpenAPI document. */
export const ApiStatsQuery = (params: readonly StatsParam[]) =>
  applyDecorators(...params.map((param) => ApiQuery(PARAMS[param])));
