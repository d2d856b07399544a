import type { Source } from '@lyt/contracts';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/messages';
import { failureReason, sourceStatus } from './source-text';
import { sourcesMessages } from './sources.messages';

const health: Source['health'] = {
  lastOkAt: null,
  lastPolledAt: null,
  lastStatus: null,
  lastError: null,
  errorCount: 0,
  nextPollAt: null,
  itemsSeen: 0,
  lastNewItemAt: null,
};
const at = '2026-12-01T10:00:00.000Z';

describe('sourceStatus', () => {
  it.each([
    ['never polled', true, {}, 'waiting'],
    [
      'polled fine',
      true,
      { lastPolledAt: at, lastOkAt: at, lastStatus: 'ok' },
      'ok',
    ],
    [
      'failing',
      true,
      { lastPolledAt: at, lastStatus: 'timeout', errorCount: 2 },
      'failing',
    ],
    [
      'failing but paused',
      false,
      { lastPolledAt: at, errorCount: 3 },
      'paused',
    ],
    ['paused before its first poll', false, {}, 'paused'],
  ] as const)('%s → %s', (_, enabled, changes, expected) => {
    expect(sourceStatus({ enabled, health: { ...health, ...changes } })).toBe(
      expected,
    );
  });
});

describe('failureReason', () => {
  const en = translator(sourcesMessages, 'en');
  const da = translator(sourcesMessages, 'da');
  it.each([
    [null, null],
    ['ok', null],
    ['not-modified', null],
    ['timeout', 'The server took too long to answer.'],
    ['http-status', 'The server answered with an error.'],
    ['something-new', 'something-new'],
  ])('%s → %s', (status, expected) => {
    expect(failureReason(en, status)).toBe(expected);
  });
  it('speaks Danish', () => {
    expect(failureReason(da, 'not-a-feed')).toBe(
      'Adressen svarer, men ikke med et feed.',
    );
  });
});
