import { extractHashtags } from '@lyt/feeds';
import {
  DEMO_ARTICLES,
  DEMO_BURST,
  DEMO_FORUM_USERS,
  DEMO_JOURNALISTS,
  DEMO_PEOPLE,
  DEMO_POSTS,
  DEMO_SLOTS,
  DemoSubject,
  DemoTemplate,
} from './demo-content.constant';

/**
 * The demo feeds: what each one says is a pure function of (feed, time), so
 * any Lyt process serves the same bytes and the history written at seeding
 * is what the feeds would have said then.
 */
export type DemoFeedFormat = 'rss' | 'atom' | 'json';

export interface DemoFeed {
  /** The file name under /api/demo/feeds/. */
  file: string;
  name: string;
  format: DemoFeedFormat;
  /** Posts a minute at a busy hour of a weekday. */
  rate: number;
  intervalSeconds: number;
  style: 'news' | 'mastodon' | 'bluesky' | 'forum' | 'press';
  /** Fails now and then: HTTP 503 and timeouts for minutes at a time. */
  flaky: boolean;
  /** How often each subject comes up, in DemoSubject order company, vestvind, havstrom, industry. */
  mix: [number, number, number, number];
}

export const DEMO_FEEDS: readonly DemoFeed[] = [
  {
    file: 'energinyt.rss',
    name: 'Energinyt',
    format: 'rss',
    rate: 0.6,
    intervalSeconds: 30,
    style: 'news',
    flaky: false,
    mix: [0.35, 0.2, 0.15, 0.3],
  },
  {
    file: 'mastodon-dkbiz.atom',
    name: 'Mastodon #dkbiz',
    format: 'atom',
    rate: 2.6,
    intervalSeconds: 10,
    style: 'mastodon',
    flaky: false,
    mix: [0.45, 0.15, 0.1, 0.3],
  },
  {
    file: 'bluesky-energi.json',
    name: 'Bluesky: energi',
    format: 'json',
    rate: 1.8,
    intervalSeconds: 15,
    style: 'bluesky',
    flaky: false,
    mix: [0.4, 0.15, 0.15, 0.3],
  },
  {
    file: 'energiforum.rss',
    name: 'Energiforum',
    format: 'rss',
    rate: 0.6,
    intervalSeconds: 20,
    style: 'forum',
    flaky: true,
    mix: [0.4, 0.25, 0.1, 0.25],
  },
  {
    file: 'pressemeddelelser.atom',
    name: 'Pressemeddelelser',
    format: 'atom',
    rate: 0.12,
    intervalSeconds: 60,
    style: 'press',
    flaky: false,
    mix: [0.3, 0.35, 0.35, 0],
  },
];

export function demoFeed(file: string): DemoFeed | undefined {
  return DEMO_FEEDS.find((feed) => feed.file === file);
}

export interface DemoPost {
  guid: string;
  /** Milliseconds since the epoch. */
  publishedAt: number;
  title: string | null;
  text: string;
  author: string;
  url: string;
  /** Path of a demo image under /api/demo/images/, or null. */
  image: string | null;
  hashtags: string[];
  language: 'da' | 'en';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DEMO_IMAGE_COUNT = 6;

/** Per Copenhagen hour of the day: quiet nights, busy mornings and afternoons. */
const DAY_SHAPE = [
  0.3, 0.25, 0.2, 0.2, 0.2, 0.25, 0.4, 0.7, 0.95, 1, 1, 0.95, 0.9, 0.95, 1,
  0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.45, 0.35,
];
const copenhagenHour = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hour: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});
const shapeCache = new Map<number, number>();

/** How busy an hour is: the time of day and the weekday in Copenhagen. */
function hourShape(hour: number): number {
  const cached = shapeCache.get(hour);
  if (cached !== undefined) return cached;
  const parts = copenhagenHour.formatToParts(new Date(hour * HOUR));
  const local = Number(parts.find((part) => part.type === 'hour')!.value);
  const weekday = parts.find((part) => part.type === 'weekday')!.value;
  const weekend = weekday === 'Sat' || weekday === 'Sun' ? 0.6 : 1;
  const shape = DAY_SHAPE[local]! * weekend;
  if (shapeCache.size > 10_000) shapeCache.clear();
  shapeCache.set(hour, shape);
  return shape;
}

/**
 * About one hour in 30 (never two in a row) is a burst: a story breaks and
 * the company is talked about several times as much, enough for the spike
 * detection to flag the hour.
 */
export function isBurstHour(hour: number): boolean {
  return (
    hash(`burst:${hour}`) % 30 === 0 && hash(`burst:${hour - 1}`) % 30 !== 0
  );
}

/** Extra posts a minute in a burst, as a multiple of the feed's busiest rate. */
const BURST_EXTRA = 1;
/** In a story: enough for a day that stands out in a week, not only an hour in a day. */
const STORY_EXTRA = 3;

export interface DemoPostOptions {
  /** Where Lyt is opened: the base of the demo images. */
  origin: string;
  /** Posts per minute as a multiple of the feed's own rate (bulk history: more than the demo's). */
  scale?: number;
  /** Starts every guid: `demo` for the demo's own posts, another for each bulk history run. */
  run?: string;
  /** A story that broke: hours in which the company is talked about many times as much. */
  story?: { from: number; to: number };
}

/** Posts of `feed` published in [from, to), oldest first. */
export function demoPosts(
  feed: DemoFeed,
  from: number,
  to: number,
  options: DemoPostOptions,
): DemoPost[] {
  const posts: DemoPost[] = [];
  for (let minute = Math.floor(from / MINUTE); minute * MINUTE < to; minute++) {
    for (const post of postsInMinute(feed, minute, options)) {
      if (post.publishedAt >= from && post.publishedAt < to) posts.push(post);
    }
  }
  return posts;
}

/** How many posts `feed` has on average in [from, to) at scale 1: for history of a wanted size. */
export function demoExpectedPosts(
  feed: DemoFeed,
  from: number,
  to: number,
): number {
  let expected = 0;
  for (let hour = Math.floor(from / HOUR); hour * HOUR < to; hour++) {
    const covered =
      (Math.min(to, (hour + 1) * HOUR) - Math.max(from, hour * HOUR)) / MINUTE;
    const burst = isBurstHour(hour) && feed.style !== 'press';
    expected +=
      covered * feed.rate * (hourShape(hour) + (burst ? BURST_EXTRA : 0));
  }
  return expected;
}

function postsInMinute(
  feed: DemoFeed,
  minute: number,
  { origin, scale = 1, run = 'demo', story }: DemoPostOptions,
): DemoPost[] {
  const random = prng(hash(`${run}:${feed.file}:${minute}`));
  const hour = Math.floor(minute / 60);
  const at = minute * MINUTE;
  const inStory = story !== undefined && at >= story.from && at < story.to;
  const extraRate =
    feed.style === 'press'
      ? 0
      : (isBurstHour(hour) ? BURST_EXTRA : 0) + (inStory ? STORY_EXTRA : 0);
  const rate = feed.rate * scale * hourShape(hour);
  const count = poisson(rate, random);
  const extra = extraRate ? poisson(feed.rate * scale * extraRate, random) : 0;
  const posts: DemoPost[] = [];
  for (let index = 0; index < count + extra; index++) {
    const offset = Math.floor(random() * MINUTE);
    const template =
      index >= count ? pick(DEMO_BURST, random) : pickTemplate(feed, random);
    posts.push(
      render(
        feed,
        template,
        minute * MINUTE + offset,
        `${run}:${feed.file}:${minute}-${index}`,
        random,
        origin,
      ),
    );
  }
  return posts.sort((a, b) => a.publishedAt - b.publishedAt);
}

const SUBJECTS: DemoSubject[] = ['company', 'vestvind', 'havstrom', 'industry'];

function pickTemplate(feed: DemoFeed, random: () => number): DemoTemplate {
  let roll = random();
  let subject: DemoSubject = 'industry';
  for (let index = 0; index < SUBJECTS.length; index++) {
    roll -= feed.mix[index]!;
    if (roll < 0) {
      subject = SUBJECTS[index]!;
      break;
    }
  }
  const pool = (
    feed.style === 'mastodon' || feed.style === 'bluesky'
      ? DEMO_POSTS
      : DEMO_ARTICLES
  ).filter((template) => template.subject === subject);
  return pick(pool, random);
}

function render(
  feed: DemoFeed,
  template: DemoTemplate,
  publishedAt: number,
  id: string,
  random: () => number,
  origin: string,
): DemoPost {
  const fill = (text: string) =>
    text
      .replace(/\{city\}/g, () => pick(DEMO_SLOTS.city, random))
      .replace(/\{product\}/g, () => pick(DEMO_SLOTS.product, random))
      .replace(/\{month\}/g, () => pick(DEMO_SLOTS.month, random))
      .replace(/\{tag\}/g, () => pick(DEMO_SLOTS.tag, random))
      .replace(/\{n\}/g, () => String(2 + Math.floor(random() * 48)));
  const text = fill(template.text);
  const title = template.title === null ? null : fill(template.title);
  const slug = id.replace(/[^0-9a-z]+/gi, '-');
  const [name, handle] = pick(DEMO_PEOPLE, random);
  let author: string;
  let url: string;
  switch (feed.style) {
    case 'news':
      author = pick(DEMO_JOURNALISTS, random);
      url = `https://energinyt.example/artikel/${slug}`;
      break;
    case 'mastodon':
      author = `@${handle}@mastodon.example`;
      url = `https://mastodon.example/@${handle}/${slug}`;
      break;
    case 'bluesky':
      author = `${name} (@${handle}.bsky.example)`;
      url = `https://bsky.example/profile/${handle}/post/${slug}`;
      break;
    case 'forum':
      author = pick(DEMO_FORUM_USERS, random);
      url = `https://energiforum.example/traad/${slug}`;
      break;
    case 'press':
      author =
        template.subject === 'company'
          ? 'Nordlys Energi Presse'
          : template.subject === 'vestvind'
            ? 'Vestvind Kraft Presse'
            : 'Havstrøm Energi Presse';
      url = `https://presse.example/${slug}`;
      break;
  }
  const withImage =
    feed.style === 'news' || feed.style === 'press' || random() < 0.2;
  const image = withImage
    ? `${origin}/api/demo/images/${1 + Math.floor(random() * DEMO_IMAGE_COUNT)}.png`
    : null;
  return {
    guid: id,
    publishedAt,
    title,
    text,
    author,
    url,
    image,
    hashtags: extractHashtags(`${title ?? ''} ${text}`),
    language: template.language,
  };
}

/** What the flaky feed answers at `at`: every 15 minutes since `start`, three failing ones. */
export function demoFeedHealth(
  feed: DemoFeed,
  at: number,
  start: number,
): 'ok' | 'unavailable' | 'timeout' {
  if (!feed.flaky) return 'ok';
  const minute = Math.floor((at - start) / MINUTE);
  if (minute < 0) return 'ok';
  const inCycle = minute % 15;
  if (inCycle < 2) return 'unavailable';
  if (inCycle < 3) return 'timeout';
  return 'ok';
}

/** The flaky feed's outages before seeding: a few, of 30 minutes to 2 hours, as blind spots in the history. */
export function demoPastOutages(
  from: number,
  to: number,
): { start: number; end: number }[] {
  const outages: { start: number; end: number }[] = [];
  for (let hour = Math.ceil(from / HOUR); hour * HOUR < to; hour++) {
    if (hash(`outage:${hour}`) % 53 !== 0) continue;
    const start = hour * HOUR + (hash(`start:${hour}`) % 30) * MINUTE;
    const end = Math.min(
      start + (30 + (hash(`len:${hour}`) % 90)) * MINUTE,
      to,
    );
    if (outages.length === 0 || start > outages.at(-1)!.end)
      outages.push({ start, end });
  }
  return outages;
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}

function poisson(mean: number, random: () => number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random(); product > limit; product *= random()) count++;
  return count;
}

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** mulberry32: small, fast, and the same sequence in every process. */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
