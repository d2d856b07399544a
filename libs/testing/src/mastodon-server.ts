import { JsonAnswer, JsonApiServer, RateLimitState } from './json-api-server';

/** One status as a test describes it; the server writes it in Mastodon's Status shape. */
export interface MastodonStatusSpec {
  /** Plain text; written as HTML paragraphs, as Mastodon sends `content`. */
  text: string;
  /** ISO 8601; default a minute apart, newest first, before 2026-11-01 08:00 UTC. */
  createdAt?: string;
  favourites?: number;
  reblogs?: number;
  replies?: number;
  /** An image attachment. */
  image?: boolean;
  /** A boost: the status is a reblog of this one (an `@acct` and the original's URL). */
  reblogOf?: { acct: string; url: string; text?: string };
  language?: string;
}

export interface MastodonAccountSpec {
  username: string;
  displayName?: string;
  followers?: number;
  statuses?: MastodonStatusSpec[];
}

interface StoredStatus extends MastodonStatusSpec {
  id: string;
  accountId: string;
  createdAt: string;
  deleted: boolean;
}

interface StoredAccount {
  id: string;
  username: string;
  displayName: string;
  followers: number;
}

const FIRST_ID = 113_000_000_000_000_000n;

/**
 * A local Mastodon instance answering the public, unauthenticated REST API in
 * the shapes docs.joinmastodon.org documents: `GET /api/v1/accounts/lookup?acct=`
 * (404 `{"error":"Record not found"}` for an unknown account), `/api/v1/accounts/:id`,
 * `/api/v1/accounts/:id/statuses` (newest first, `limit` ≤ 40, `max_id`/`since_id`/`min_id`,
 * a `Link` header with `rel="next"` and `rel="prev"`), `/api/v1/statuses/:id` (404 once
 * deleted) and `/api/v1/timelines/tag/:hashtag` (the same paging); every answer carries
 * `X-RateLimit-Limit`, `-Remaining` and `-Reset` (ISO 8601), and 429 once the window is spent.
 * `/tags/:hashtag.rss` is the tag's RSS feed as Mastodon writes it (the status URL as
 * `<guid>` and `<link>`, the HTML as `<description>`, the tags as `<category>`).
 */
export class MastodonServer extends JsonApiServer {
  private readonly accounts = new Map<string, StoredAccount>();
  private readonly statuses: StoredStatus[] = [];
  private nextId = FIRST_ID;

  /** The instance's host, as in `@user@host`. */
  get host(): string {
    return new URL(this.url).host;
  }

  /** Adds an account with its statuses (newest first) and returns its id. */
  addAccount(spec: MastodonAccountSpec): string {
    const id = String(this.nextId++);
    this.accounts.set(id, {
      id,
      username: spec.username,
      displayName: spec.displayName ?? spec.username,
      followers: spec.followers ?? 0,
    });
    // Ids grow with time: the oldest status gets the lowest.
    [...(spec.statuses ?? [])]
      .reverse()
      .forEach((status, index, all) =>
        this.post(id, status, all.length - 1 - index),
      );
    return id;
  }

  /** Adds a status as the account's newest and returns its id. */
  post(accountId: string, spec: MastodonStatusSpec, place = 0): string {
    const id = String(this.nextId++);
    this.statuses.push({
      ...spec,
      id,
      accountId,
      createdAt:
        spec.createdAt ??
        new Date(Date.UTC(2026, 10, 1, 8) - (place + 1) * 60_000).toISOString(),
      deleted: false,
    });
    return id;
  }

  setCounts(
    statusId: string,
    counts: Pick<MastodonStatusSpec, 'favourites' | 'reblogs' | 'replies'>,
  ): void {
    Object.assign(this.status(statusId), counts);
  }

  setFollowers(accountId: string, followers: number): void {
    this.accounts.get(accountId)!.followers = followers;
  }

  deleteStatus(statusId: string): void {
    this.status(statusId).deleted = true;
  }

  statusIds(accountId: string): string[] {
    return this.visible(accountId).map((status) => status.id);
  }

  /** A status's public page, as `url` gives it. */
  statusUrl(statusId: string): string {
    const status = this.status(statusId);
    return `${this.url}/@${this.accounts.get(status.accountId)!.username}/${status.id}`;
  }

  protected route(url: URL): JsonAnswer {
    const path = url.pathname;
    if (path === '/api/v1/accounts/lookup') {
      const acct = (url.searchParams.get('acct') ?? '')
        .replace(/^@/, '')
        .replace(`@${this.host}`, '');
      const account = [...this.accounts.values()].find(
        (candidate) => candidate.username.toLowerCase() === acct.toLowerCase(),
      );
      return account ? ok(this.accountJson(account)) : notFound();
    }
    const statuses = /^\/api\/v1\/accounts\/(\d+)\/statuses$/.exec(path);
    if (statuses) {
      const accountId = statuses[1]!;
      if (!this.accounts.has(accountId)) return notFound();
      return this.page(url, this.visible(accountId));
    }
    const account = /^\/api\/v1\/accounts\/(\d+)$/.exec(path);
    if (account) {
      const found = this.accounts.get(account[1]!);
      return found ? ok(this.accountJson(found)) : notFound();
    }
    const status = /^\/api\/v1\/statuses\/(\d+)$/.exec(path);
    if (status) {
      const found = this.statuses.find(
        (candidate) => candidate.id === status[1] && !candidate.deleted,
      );
      return found ? ok(this.statusJson(found)) : notFound();
    }
    const tag = /^\/api\/v1\/timelines\/tag\/([^/]+)$/.exec(path);
    if (tag) return this.page(url, this.tagged(tag[1]!));
    const feed = /^\/tags\/([^/]+)\.rss$/.exec(path);
    if (feed) return this.tagFeed(feed[1]!);
    return notFound();
  }

  protected rateLimitHeaders(rate: RateLimitState): Record<string, string> {
    return {
      'X-RateLimit-Limit': String(rate.limit),
      'X-RateLimit-Remaining': String(Math.max(0, rate.remaining)),
      'X-RateLimit-Reset': rate.resetAt.toISOString(),
    };
  }

  protected tooManyRequests(): unknown {
    return { error: 'Too many requests' };
  }

  /** One page of a timeline, newest first, with Mastodon's Link header. */
  private page(url: URL, all: StoredStatus[]): JsonAnswer {
    const limit = Math.min(
      40,
      Math.max(1, Number(url.searchParams.get('limit') ?? 20) || 20),
    );
    const maxId = url.searchParams.get('max_id');
    const sinceId =
      url.searchParams.get('since_id') ?? url.searchParams.get('min_id');
    const inRange = all.filter(
      (status) =>
        (maxId === null || BigInt(status.id) < BigInt(maxId)) &&
        (sinceId === null || BigInt(status.id) > BigInt(sinceId)),
    );
    const page = inRange.slice(0, limit);
    const headers: Record<string, string> = {};
    if (page.length > 0) {
      const link = (param: string, id: string) => {
        const next = new URL(url);
        for (const name of ['max_id', 'since_id', 'min_id'])
          next.searchParams.delete(name);
        next.searchParams.set(param, id);
        return `<${next.href}>`;
      };
      headers['Link'] =
        `${link('max_id', page[page.length - 1]!.id)}; rel="next", ${link('min_id', page[0]!.id)}; rel="prev"`;
    }
    return {
      status: 200,
      body: page.map((status) => this.statusJson(status)),
      headers,
    };
  }

  /** The public statuses with the hashtag, newest first, as the tag timeline lists them. */
  private tagged(encoded: string): StoredStatus[] {
    const name = decodeURIComponent(encoded).toLowerCase();
    return this.newestFirst(
      this.statuses.filter(
        (candidate) =>
          !candidate.deleted &&
          !candidate.reblogOf &&
          hashtagsOf(candidate.text).includes(name),
      ),
    );
  }

  /** The tag's RSS feed, 20 newest, in the shape of Mastodon's tags/show.rss. */
  private tagFeed(encoded: string): JsonAnswer {
    const name = decodeURIComponent(encoded).toLowerCase();
    const items = this.tagged(encoded)
      .slice(0, 20)
      .map((status) => {
        const link = this.statusUrl(status.id);
        const categories = hashtagsOf(status.text)
          .map((tag) => `<category>${tag}</category>`)
          .join('');
        return `<item><guid isPermaLink="true">${link}</guid><link>${link}</link><pubDate>${new Date(status.createdAt).toUTCString()}</pubDate><description>${escapeHtml(html(status.text))}</description>${categories}</item>`;
      })
      .join('\n');
    return {
      status: 200,
      contentType: 'application/rss+xml; charset=utf-8',
      body: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>#${name}</title><description>Public posts tagged #${name}</description><link>${this.url}/tags/${name}</link><generator>Mastodon v4.3.4</generator>
${items}
</channel></rss>`,
    };
  }

  private visible(accountId: string): StoredStatus[] {
    return this.newestFirst(
      this.statuses.filter(
        (status) => status.accountId === accountId && !status.deleted,
      ),
    );
  }

  private newestFirst(statuses: StoredStatus[]): StoredStatus[] {
    return [...statuses].sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  }

  private status(statusId: string): StoredStatus {
    const status = this.statuses.find((candidate) => candidate.id === statusId);
    if (!status) throw new Error(`no status ${statusId}`);
    return status;
  }

  private accountJson(account: StoredAccount) {
    const statuses = this.visible(account.id);
    return {
      id: account.id,
      username: account.username,
      acct: account.username,
      display_name: account.displayName,
      locked: false,
      bot: false,
      discoverable: true,
      group: false,
      created_at: '2022-11-01T00:00:00.000Z',
      note: `<p>${escapeHtml(account.displayName)}</p>`,
      url: `${this.url}/@${account.username}`,
      uri: `${this.url}/users/${account.username}`,
      avatar: `${this.url}/avatars/${account.id}.png`,
      avatar_static: `${this.url}/avatars/${account.id}.png`,
      header: `${this.url}/headers/missing.png`,
      header_static: `${this.url}/headers/missing.png`,
      followers_count: account.followers,
      following_count: 12,
      statuses_count: statuses.length,
      last_status_at: statuses[0]?.createdAt.slice(0, 10) ?? null,
      emojis: [],
      fields: [],
    };
  }

  private statusJson(status: StoredStatus): Record<string, unknown> {
    const account = this.accounts.get(status.accountId)!;
    const url = `${this.url}/@${account.username}/${status.id}`;
    const reblog = status.reblogOf
      ? {
          ...this.originalJson(status),
          url: status.reblogOf.url,
          uri: status.reblogOf.url,
          content: html(status.reblogOf.text ?? status.text),
          account: {
            ...this.accountJson(account),
            username: status.reblogOf.acct.split('@')[0],
            acct: status.reblogOf.acct,
            url: status.reblogOf.url.replace(/\/\d+$/, ''),
          },
        }
      : null;
    return {
      ...this.originalJson(status),
      url: reblog ? null : url,
      uri: `${this.url}/users/${account.username}/statuses/${status.id}`,
      content: reblog ? '' : html(status.text),
      reblog,
      account: this.accountJson(account),
    };
  }

  private originalJson(status: StoredStatus) {
    return {
      id: status.id,
      created_at: status.createdAt,
      in_reply_to_id: null,
      in_reply_to_account_id: null,
      sensitive: false,
      spoiler_text: '',
      visibility: 'public',
      language: status.language ?? 'da',
      replies_count: status.replies ?? 0,
      reblogs_count: status.reblogs ?? 0,
      favourites_count: status.favourites ?? 0,
      edited_at: null,
      media_attachments: status.image
        ? [
            {
              id: `${status.id}1`,
              type: 'image',
              url: `${this.url}/media/${status.id}.jpg`,
              preview_url: `${this.url}/media/${status.id}-small.jpg`,
              remote_url: null,
              description: 'Et billede',
              blurhash: null,
            },
          ]
        : [],
      mentions: [],
      tags: hashtagsOf(status.text).map((name) => ({
        name,
        url: `${this.url}/tags/${name}`,
      })),
      emojis: [],
      card: null,
      poll: null,
    };
  }
}

function ok(body: unknown): JsonAnswer {
  return { status: 200, body };
}

function notFound(): JsonAnswer {
  return { status: 404, body: { error: 'Record not found' } };
}

function hashtagsOf(text: string): string[] {
  return [...text.matchAll(/(?:^|[^\p{L}\p{N}/])#([\p{L}\p{N}_]+)/gu)].map(
    (match) => match[1]!.toLowerCase(),
  );
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Mastodon's content: paragraphs, links as anchors, hashtags as tag links. */
function html(text: string): string {
  const linked = escapeHtml(text)
    .replace(
      /https?:\/\/[^\s<]+/g,
      (url) =>
        `<a href="${url}" rel="nofollow noopener" target="_blank">${url}</a>`,
    )
    .replace(
      /(^|\s)#([\p{L}\p{N}_]+)/gu,
      (_, space: string, tag: string) =>
        `${space}<a href="/tags/${tag.toLowerCase()}" class="mention hashtag" rel="tag">#<span>${tag}</span></a>`,
    );
  return `<p>${linked}</p>`;
}
