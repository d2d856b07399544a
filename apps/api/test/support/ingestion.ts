import type { Mention, MentionPage } from '@lyt/contracts';
import { FeedServer } from '@lyt/testing';
import { LiveClient } from './live-client';
import { ADMIN_TOKEN, VIEWER_TOKEN } from './test-app';

/**
 * Feeds that keep growing while a fault happens: every tick, each gets a new
 * item (all containing "novo", so each becomes a mention of the topic), and
 * each keeps every item it ever had, so that whatever is missing at the end
 * was lost by Lyt, not by the feed.
 */
export class GrowingFeeds {
  readonly urls: string[];
  private readonly items = new Map<
    string,
    { guid: string; title: string; text: string }[]
  >();
  private timer: NodeJS.Timeout | undefined;
  private counter = 0;

  constructor(
    private readonly server: FeedServer,
    prefix: string,
    count: number,
  ) {
    this.urls = Array.from({ length: count }, (_, index) => {
      const path = `/${prefix}-${index}`;
      this.items.set(path, []);
      return server.serve(path, { items: [] });
    });
  }

  grow(everyMs: number): void {
    this.timer = setInterval(() => {
      for (const [path, items] of this.items) {
        const guid = `${path.slice(1)}-${++this.counter}`;
        items.push({ guid, title: `novo ${guid}`, text: `Novo nyhed ${guid}` });
        this.server.serve(path, { items: [...items] });
      }
    }, everyMs);
  }

  /** No more items from now on. */
  freeze(): void {
    clearInterval(this.timer);
  }

  /** The titles of every item that any feed has had. */
  titles(): string[] {
    return [...this.items.values()].flat().map((item) => item.title);
  }
}

/** An info-screen: follows /live and, after every disconnect, resumes with `since` its last mention id. */
export class Screen {
  readonly mentions: Mention[] = [];
  private client: LiveClient | undefined;

  async connect(baseUrl: string): Promise<void> {
    this.client?.close();
    const client = new LiveClient(baseUrl, VIEWER_TOKEN);
    this.client = client;
    const since = this.mentions.at(-1)?.id ?? '0';
    client.onMention((mention) => this.mentions.push(mention));
    const ack = await client.subscribe({ since });
    if (!ack.ok) throw new Error(`subscribe failed: ${ack.error}`);
  }

  disconnect(): void {
    this.client?.close();
    this.client = undefined;
  }

  ids(): string[] {
    return this.mentions.map((mention) => mention.id);
  }
}

/**
 * Once the feeds stop growing: every item they ever had is stored exactly once,
 * and every screen received exactly the stored mentions, in commit order (the
 * order of their ids). Returns the stored ids.
 */
export async function expectEveryItemOnceOnEveryScreen(
  baseUrl: string,
  growing: Pick<GrowingFeeds, 'freeze' | 'titles'>,
  screens: Screen[],
): Promise<string[]> {
  growing.freeze();
  const expected = growing.titles().sort();
  const stored = await eventually(
    'every item stored',
    () => allMentions(baseUrl),
    (mentions) => mentions.length >= expected.length,
  );
  expect(stored.map((mention) => mention.title).sort()).toEqual(expected);
  const ids = stored
    .map((mention) => mention.id)
    .sort((a, b) => Number(BigInt(a) - BigInt(b)));
  expect(new Set(ids).size).toBe(ids.length);
  for (const screen of screens) {
    await eventually(
      'every mention on the screen',
      () => screen.mentions.length,
      (count) => count >= ids.length,
      10_000,
    );
    expect(screen.ids()).toEqual(ids);
  }
  return ids;
}

/** Every mention, through the REST list, oldest first. */
export async function allMentions(baseUrl: string): Promise<Mention[]> {
  const mentions: Mention[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const response = await fetch(`${baseUrl}/api/mentions?limit=200${query}`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    if (!response.ok) throw new Error(`mentions: ${response.status}`);
    const page = (await response.json()) as MentionPage;
    mentions.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return mentions.reverse();
}

/** Polls `check` until it holds, or fails naming what was last seen. */
export async function eventually<T>(
  what: string,
  read: () => Promise<T> | T,
  holds: (value: T) => boolean,
  timeoutMs = 20_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (holds(last)) return last;
    } catch (error) {
      last = error as T;
    }
    if (Date.now() > deadline)
      throw new Error(
        `${what}: not within ${timeoutMs} ms (last: ${JSON.stringify(last)?.slice(0, 500)})`,
      );
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export async function post(
  baseUrl: string,
  path: string,
  body: unknown,
): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${ADMIN_TOKEN}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(
      `POST ${path}: ${response.status} ${await response.text()}`,
    );
  return response.json();
}

export async function healthStatus(baseUrl: string): Promise<number> {
  try {
    return (
      await fetch(`${baseUrl}/api/health`, {
        signal: AbortSignal.timeout(3000),
      })
    ).status;
  } catch {
    return 0;
  }
}
