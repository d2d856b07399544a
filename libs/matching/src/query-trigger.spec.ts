import { parseQuery } from './query-parser';
import { queryTriggers } from './query-trigger';

describe(queryTriggers.name, () => {
  it.each([
    ['novo', ['word:novo']],
    ['"novo nordisk"', ['word:novo']],
    ['"grøn* omstilling"', ['word:omstilling']],
    ['vind*', ['prefix:vind']],
    ['"vind* kraft*"', ['prefix:vind']],
    ['#dkbiz', ['tag:dkbiz']],
    ['#dk*', ['tagPrefix:dk']],
    ['@novo@x.social', ['handle:novo']],
    [
      'novo OR #novonordisk OR @novo',
      ['word:novo', 'tag:novonordisk', 'handle:novo'],
    ],
    ['vind* novo', ['word:novo']],
    ['novo lego', ['word:novo']],
    ['(a OR b OR c) d', ['word:d']],
    ['(a OR b) (c* OR d*)', ['word:a', 'word:b']],
    ['-job novo', ['word:novo']],
    ['x (-a OR b)', ['word:x']],
    ['x NOT a OR b', ['word:x']],
  ])('files %j under %j', (query, triggers) => {
    expect(
      queryTriggers(parseQuery(query)).map(
        (trigger) => `${trigger.kind}:${trigger.key}`,
      ),
    ).toEqual(triggers);
  });
});
