import { TOPIC_KINDS, type TopicKind } from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';
import { isLanguage, type Language } from '../../i18n/language';

export const SCREEN_LAYOUTS = ['single', 'grid', 'ticker'] as const;
export type ScreenLayout = (typeof SCREEN_LAYOUTS)[number];
export const SCREEN_THEMES = ['dark', 'light'] as const;
export type ScreenTheme = (typeof SCREEN_THEMES)[number];

export const DEFAULT_SECONDS = 10;
export const MIN_SECONDS = 3;
export const MAX_SECONDS = 300;

/**
 * What an info-screen link says, in the URL (`/screen?layout=grid&theme=light
 * &lang=da&seconds=15&topic=…&kind=company&hashtag=dkbiz&list=…`, or
 * `column=<id>` for a saved explore column instead of topics, kinds,
 * hashtags and list). Lists
 * repeat their parameter, as in explore. A value that makes no sense falls
 * back to the default instead of leaving a wall blank.
 */
export interface ScreenOptions {
  topics: string[];
  kinds: TopicKind[];
  hashtags: string[];
  /** An interest list's id: only mentions from its sources. */
  list: string | null;
  /** A saved explore column: its filter is shown instead of topics, kinds and hashtags. */
  column: string | null;
  theme: ScreenTheme;
  /** Null: the browser's (or the stored) language. */
  language: Language | null;
  /** How long each slide (one mention, one page of the grid) stays. */
  seconds: number;
  layout: ScreenLayout;
}

export const DEFAULT_SCREEN_OPTIONS: ScreenOptions = {
  topics: [],
  kinds: [],
  hashtags: [],
  list: null,
  column: null,
  theme: 'dark',
  language: null,
  seconds: DEFAULT_SECONDS,
  layout: 'single',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const id = (value: string | null): string | null =>
  value !== null && UUID.test(value.toLowerCase()) ? value.toLowerCase() : null;
const oneOf = <T extends string>(
  values: readonly T[],
  value: string | null,
  fallback: T,
): T =>
  (values as readonly (string | null)[]).includes(value)
    ? (value as T)
    : fallback;
const unique = <T>(values: T[]): T[] => [...new Set(values)];

export function parseScreenOptions(search: URLSearchParams): ScreenOptions {
  const seconds = Number(search.get('seconds'));
  const language = search.get('lang');
  return {
    topics: unique(
      search
        .getAll('topic')
        .map(id)
        .filter((topic): topic is string => topic !== null),
    ),
    kinds: unique(
      search
        .getAll('kind')
        .filter((kind): kind is TopicKind =>
          (TOPIC_KINDS as readonly string[]).includes(kind),
        ),
    ),
    hashtags: unique(
      search
        .getAll('hashtag')
        .map((tag) => normaliseHashtag(tag))
        .filter((tag): tag is string => tag !== null),
    ),
    list: id(search.get('list')),
    column: id(search.get('column')),
    theme: oneOf(SCREEN_THEMES, search.get('theme'), 'dark'),
    language: isLanguage(language) ? language : null,
    seconds:
      Number.isInteger(seconds) &&
      seconds >= MIN_SECONDS &&
      seconds <= MAX_SECONDS
        ? seconds
        : DEFAULT_SECONDS,
    layout: oneOf(SCREEN_LAYOUTS, search.get('layout'), 'single'),
  };
}

/** `/screen?…` for the options, leaving defaults out; `token` (a viewer token) signs the screen in. */
export function screenHref(options: ScreenOptions, token?: string): string {
  const search = new URLSearchParams();
  if (options.layout !== DEFAULT_SCREEN_OPTIONS.layout)
    search.set('layout', options.layout);
  if (options.theme !== DEFAULT_SCREEN_OPTIONS.theme)
    search.set('theme', options.theme);
  if (options.language) search.set('lang', options.language);
  if (options.seconds !== DEFAULT_SECONDS)
    search.set('seconds', String(options.seconds));
  if (options.column) search.set('column', options.column);
  else {
    for (const topic of options.topics) search.append('topic', topic);
    for (const kind of options.kinds) search.append('kind', kind);
    for (const tag of options.hashtags) search.append('hashtag', tag);
    if (options.list) search.set('list', options.list);
  }
  if (token) search.set('token', token);
  const query = search.toString();
  return query ? `/screen?${query}` : '/screen';
}

/** The language an info-screen link names (`/screen?lang=da`), for the page's language at start; null elsewhere. */
export function screenLinkLanguage(location: {
  pathname: string;
  search: string;
}): Language | null {
  return location.pathname.replace(/\/$/, '') === '/screen'
    ? parseScreenOptions(new URLSearchParams(location.search)).language
    : null;
}
