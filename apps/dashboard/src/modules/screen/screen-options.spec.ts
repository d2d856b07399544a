import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCREEN_OPTIONS,
  parseScreenOptions,
  type ScreenOptions,
  screenHref,
} from './screen-options';

const TOPIC = '0b6f3c1e-5d2a-4a8e-9c47-1f2e3d4c5b6a';
const COLUMN = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const parse = (query: string) => parseScreenOptions(new URLSearchParams(query));

describe(parseScreenOptions.name, () => {
  it.each<[string, string, Partial<ScreenOptions>]>([
    ['nothing', '', {}],
    [
      'every option',
      `layout=grid&theme=light&lang=da&seconds=15&topic=${TOPIC}&kind=company&hashtag=DKbiz`,
      {
        layout: 'grid',
        theme: 'light',
        language: 'da',
        seconds: 15,
        topics: [TOPIC],
        kinds: ['company'],
        hashtags: ['dkbiz'],
      },
    ],
    [
      'a hashtag written with #',
      'hashtag=%23GivLivetVidere',
      { hashtags: ['givlivetvidere'] },
    ],
    [
      'repeated values once',
      `topic=${TOPIC}&topic=${TOPIC.toUpperCase()}&kind=competitor&kind=competitor`,
      { topics: [TOPIC], kinds: ['competitor'] },
    ],
    ['a column', `column=${COLUMN.toUpperCase()}`, { column: COLUMN }],
    ['a malformed column id', 'column=../etc', {}],
    ['an interest list', `list=${COLUMN.toUpperCase()}`, { list: COLUMN }],
    ['a list that is no id', 'list=politikere', {}],
    ['an unknown layout', 'layout=carousel', {}],
    ['an unknown theme', 'theme=neon', {}],
    ['an unknown language', 'lang=sv', {}],
    ['too few seconds', 'seconds=1', {}],
    ['too many seconds', 'seconds=100000', {}],
    ['seconds that are no number', 'seconds=ten', {}],
    ['a malformed topic id', 'topic=1%27%20OR%201=1', {}],
    ['something that is no hashtag', 'hashtag=a%20b&hashtag=%3Cscript%3E', {}],
    ['an unknown kind', 'kind=admin', {}],
  ])('reads %s', (_case, query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULT_SCREEN_OPTIONS, ...expected });
  });
});

describe(screenHref.name, () => {
  it('leaves the defaults out', () => {
    expect(screenHref(DEFAULT_SCREEN_OPTIONS)).toBe('/screen');
  });

  it('writes what parseScreenOptions reads back, token last', () => {
    const options: ScreenOptions = {
      ...DEFAULT_SCREEN_OPTIONS,
      layout: 'ticker',
      theme: 'light',
      language: 'en',
      seconds: 20,
      topics: [TOPIC],
      kinds: ['industry'],
      hashtags: ['dkbiz', 'grønenergi'],
      list: COLUMN,
    };
    const href = screenHref(options, 'viewer-token-0123456789');
    const url = new URL(href, 'http://lyt.test');
    expect(url.searchParams.get('token')).toBe('viewer-token-0123456789');
    expect(parseScreenOptions(url.searchParams)).toEqual(options);
  });

  it('names a column instead of its filters', () => {
    expect(
      screenHref({
        ...DEFAULT_SCREEN_OPTIONS,
        column: COLUMN,
        hashtags: ['dkbiz'],
        list: TOPIC,
      }),
    ).toBe(`/screen?column=${COLUMN}`);
  });
});
