export interface TemplateField {
  name: string;
  label: string;
  example: string;
  /** Allowed values, for a choice. */
  options?: string[];
}

export interface SourceTemplate {
  id: string;
  name: string;
  description: string;
  fields: TemplateField[];
  /** The feed URL and a readable default name for the given field values (already validated). */
  build(values: Record<string, string>): { url: string; name: string };
}

const host = (value: string) =>
  value
    .replace(/^https?:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
/** A server's origin: https, unless the value names http itself (a local server). */
const origin = (value: string) =>
  `${/^http:\/\//i.test(value.trim()) ? 'http' : 'https'}://${host(value.trim())}`;
const bare = (value: string, prefix: string) =>
  value.trim().replace(new RegExp(`^\\${prefix}`), '');

const GOOGLE_NEWS_EDITIONS: Record<
  string,
  { hl: string; gl: string; ceid: string }
> = {
  da: { hl: 'da', gl: 'DK', ceid: 'DK:da' },
  en: { hl: 'en-US', gl: 'US', ceid: 'US:en' },
};

export const SOURCE_TEMPLATES: SourceTemplate[] = [
  {
    id: 'mastodon-tag',
    name: 'Mastodon hashtag',
    description:
      'Public posts with a hashtag on one Mastodon server, with their likes, boosts and replies.',
    fields: [
      { name: 'instance', label: 'Server', example: 'mastodon.social' },
      { name: 'tag', label: 'Hashtag', example: 'dkbiz' },
    ],
    // The tag's page: read through the server's tag timeline API, not its RSS feed.
    build: ({ instance, tag }) => {
      const name = bare(tag!, '#');
      return {
        url: `${origin(instance!)}/tags/${encodeURIComponent(name)}`,
        name: `#${name} on ${host(instance!)}`,
      };
    },
  },
  {
    id: 'bluesky-search',
    name: 'Bluesky search',
    description:
      'Newest Bluesky posts matching a search or a hashtag, with their likes, reposts, replies and quotes.',
    fields: [{ name: 'query', label: 'Search', example: '#dkbiz' }],
    // The search's page on bsky.app: read through the AppView's searchPosts (LYT_BLUESKY_API).
    build: ({ query }) => ({
      url: `https://bsky.app/search?${new URLSearchParams({ q: query!.trim() })}`,
      name: `Bluesky: ${query!.trim()}`,
    }),
  },
  {
    id: 'mastodon-account',
    name: 'Mastodon account',
    description: 'Public posts of one Mastodon account.',
    fields: [
      { name: 'instance', label: 'Server', example: 'mastodon.social' },
      { name: 'account', label: 'Account', example: 'Gargron' },
    ],
    build: ({ instance, account }) => {
      const name = bare(account!, '@').replace(/@.*$/, '');
      return {
        url: `https://${host(instance!)}/@${encodeURIComponent(name)}.rss`,
        name: `@${name}@${host(instance!)}`,
      };
    },
  },
  {
    id: 'bluesky-profile',
    name: 'Bluesky profile',
    description: 'Posts of one Bluesky profile.',
    fields: [{ name: 'handle', label: 'Handle', example: 'dr.dk' }],
    build: ({ handle }) => {
      const name = bare(handle!, '@');
      return {
        url: `https://bsky.app/profile/${encodeURIComponent(name)}/rss`,
        name: `@${name} on Bluesky`,
      };
    },
  },
  {
    id: 'reddit-search',
    name: 'Reddit search',
    description: 'Newest Reddit posts matching a search.',
    fields: [{ name: 'query', label: 'Search', example: 'novo nordisk' }],
    build: ({ query }) => ({
      url: `https://www.reddit.com/search.rss?${new URLSearchParams({ q: query!, sort: 'new' })}`,
      name: `Reddit: ${query}`,
    }),
  },
  {
    id: 'reddit-subreddit',
    name: 'Subreddit',
    description: 'Newest posts in one subreddit.',
    fields: [{ name: 'subreddit', label: 'Subreddit', example: 'Denmark' }],
    build: ({ subreddit }) => {
      const name = subreddit!.trim().replace(/^\/?r\//i, '');
      return {
        url: `https://www.reddit.com/r/${encodeURIComponent(name)}/new/.rss`,
        name: `r/${name}`,
      };
    },
  },
  {
    id: 'google-news',
    name: 'Google News search',
    description:
      'News articles matching a search, in the Danish or the English edition.',
    fields: [
      { name: 'query', label: 'Search', example: '"Novo Nordisk"' },
      {
        name: 'language',
        label: 'Edition',
        example: 'da',
        options: ['da', 'en'],
      },
    ],
    build: ({ query, language }) => {
      const edition = GOOGLE_NEWS_EDITIONS[language ?? 'da']!;
      return {
        url: `https://news.google.com/rss/search?${new URLSearchParams({ q: query!, ...edition })}`,
        name: `Google News (${language ?? 'da'}): ${query}`,
      };
    },
  },
  {
    id: 'youtube-channel',
    name: 'YouTube channel',
    description: 'New videos of one YouTube channel (its id starts with UC).',
    fields: [
      {
        name: 'channelId',
        label: 'Channel id',
        example: 'UCBR8-60-B28hp2BmDPdntcQ',
      },
    ],
    build: ({ channelId }) => ({
      url: `https://www.youtube.com/feeds/videos.xml?channel_id=${encodeURIComponent(channelId!.trim())}`,
      name: `YouTube ${channelId!.trim()}`,
    }),
  },
  {
    id: 'feed',
    name: 'Feed URL',
    description:
      'Any RSS, Atom or JSON Feed address: a blog, a news site, a search.',
    fields: [
      {
        name: 'url',
        label: 'Feed URL',
        example: 'https://example.dk/feed.xml',
      },
    ],
    build: ({ url }) => ({ url: url!.trim(), name: url!.trim() }),
  },
];

/** Field rules per template: what a value must look like before it goes into a URL. */
const FIELD_PATTERNS: Record<string, RegExp> = {
  instance: /^(https?:\/\/)?([a-z0-9-]+\.)+([a-z]{2,}|\d+)(:\d{1,5})?\/?$/i,
  tag: /^#?[\p{L}\p{N}_]+$/u,
  account: /^@?[A-Za-z0-9_]+(@[a-z0-9.-]+)?$/,
  handle: /^@?[a-z0-9.-]+\.[a-z0-9-]+$/i,
  subreddit: /^(\/?r\/)?[A-Za-z0-9_]{2,21}$/,
  channelId: /^\s*UC[A-Za-z0-9_-]{22}\s*$/,
  language: /^(da|en)$/,
  query: /^(?=[\s\S]*\S)[\s\S]{1,300}$/,
  url: /\S/,
};

/** The URL and default name a template builds, or the reason the values do not fit it. */
export function buildFromTemplate(
  templateId: string,
  values: Record<string, unknown>,
): { url: string; name: string } | { error: string } {
  const template = SOURCE_TEMPLATES.find(
    (candidate) => candidate.id === templateId,
  );
  if (!template) return { error: `template: unknown template "${templateId}"` };
  const clean: Record<string, string> = {};
  for (const field of template.fields) {
    const value = values[field.name];
    if (value === undefined && field.options) continue;
    if (typeof value !== 'string' || !FIELD_PATTERNS[field.name]!.test(value)) {
      return {
        error: `params.${field.name}: expected ${field.label.toLowerCase()} like "${field.example}"`,
      };
    }
    clean[field.name] = value;
  }
  return template.build(clean);
}
