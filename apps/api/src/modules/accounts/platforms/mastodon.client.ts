import { type AddressGuard, htmlToText } from '@lyt/feeds';
import { extractHashtags } from '@lyt/matching';
import { fetchJson, later } from './json-fetch.util';
import {
  hostsOf,
  type PlatformPost,
  type PlatformProfile,
  type TimelineLimits,
  type TimelineRead,
} from './platform-post';

/** The fields of Mastodon's Account entity that Lyt reads. */
interface MastodonAccount {
  id: string;
  username: string;
  acct: string;
  display_name: string;
  url: string;
  followers_count: number;
}

/** The fields of Mastodon's Status entity that Lyt reads. */
interface MastodonStatus {
  id: string;
  created_at: string;
  url: string | null;
  uri: string;
  content: string;
  language: string | null;
  visibility: string;
  favourites_count: number;
  reblogs_count: number;
  replies_count: number;
  reblog: MastodonStatus | null;
  account: MastodonAccount;
  media_attachments: {
    type: string;
    url: string | null;
    preview_url: string | null;
  }[];
  tags: { name: string }[];
  card: { url: string } | null;
}

const PAGE_SIZE = 40;

/** Mastodon's public REST API at one instance, unauthenticated, as docs.joinmastodon.org describes it. */
export class MastodonClient {
  constructor(
    private readonly instanceUrl: string,
    private readonly guard: AddressGuard | undefined,
  ) {}

  /** `GET /api/v1/accounts/lookup?acct=`: a 404 is an unknown account. */
  async lookup(username: string): Promise<PlatformProfile> {
    const { body } = await fetchJson<MastodonAccount>(
      this.api(`/api/v1/accounts/lookup?acct=${encodeURIComponent(username)}`),
      this.guard,
    );
    return this.profile(body);
  }

  async account(
    id: string,
  ): Promise<{ profile: PlatformProfile; notBefore: Date | null }> {
    const { body, notBefore } = await fetchJson<MastodonAccount>(
      this.api(`/api/v1/accounts/${encodeURIComponent(id)}`),
      this.guard,
    );
    return { profile: this.profile(body), notBefore };
  }

  /** An account's own posts and boosts, replies left out. */
  statuses(accountId: string, limits: TimelineLimits): Promise<TimelineRead> {
    return this.timeline(
      `/api/v1/accounts/${encodeURIComponent(accountId)}/statuses?limit=${PAGE_SIZE}&exclude_replies=true`,
      limits,
    );
  }

  /** `GET /api/v1/timelines/tag/:hashtag`: the instance's public posts with the hashtag, local and federated. */
  tagTimeline(tag: string, limits: TimelineLimits): Promise<TimelineRead> {
    return this.timeline(
      `/api/v1/timelines/tag/${encodeURIComponent(tag)}?limit=${PAGE_SIZE}`,
      limits,
    );
  }

  /** Newest first, following `Link: rel="next"` (max_id) until a known post, the oldest date or the page limit. */
  private async timeline(
    path: string,
    limits: TimelineLimits,
  ): Promise<TimelineRead> {
    const posts: PlatformPost[] = [];
    let notBefore: Date | null = null;
    let next: string | null = this.api(path);
    for (let page = 0; next && page < limits.maxPages; page += 1) {
      const fetched: Awaited<ReturnType<typeof fetchJson<MastodonStatus[]>>> =
        await fetchJson<MastodonStatus[]>(next, this.guard);
      notBefore = later(notBefore, fetched.notBefore);
      const statuses = Array.isArray(fetched.body) ? fetched.body : [];
      const read = statuses.filter(isPublic).map((status) => this.post(status));
      posts.push(...read);
      const reachedKnown = read.some((post) =>
        limits.knownRemoteIds.has(post.remoteId),
      );
      const oldest = read[read.length - 1];
      if (
        statuses.length < PAGE_SIZE ||
        reachedKnown ||
        notBefore ||
        (oldest && new Date(oldest.publishedAt) < limits.oldest)
      )
        break;
      next = nextLink(fetched.headers['link'], this.instanceUrl);
    }
    return {
      posts: posts.filter(
        (post) => new Date(post.publishedAt) >= limits.oldest,
      ),
      notBefore,
    };
  }

  /** `GET /api/v1/statuses/:id`: null once the status is deleted (404). */
  async status(
    id: string,
  ): Promise<{ post: PlatformPost | null; notBefore: Date | null }> {
    try {
      const { body, notBefore } = await fetchJson<MastodonStatus>(
        this.api(`/api/v1/statuses/${encodeURIComponent(id)}`),
        this.guard,
      );
      return { post: this.post(body), notBefore };
    } catch (error) {
      if (isGone(error)) return { post: null, notBefore: null };
      throw error;
    }
  }

  private api(path: string): string {
    return new URL(path, this.instanceUrl).href;
  }

  private profile(account: MastodonAccount): PlatformProfile {
    return {
      remoteId: String(account.id),
      handle: this.handle(account.acct),
      name: account.display_name?.trim() || account.username,
      url: account.url,
      followers: nonNegative(account.followers_count),
    };
  }

  /** `@user@instance`, whether the instance wrote `acct` as local (`user`) or remote (`user@other`). */
  private handle(acct: string): string {
    return acct.includes('@')
      ? `@${acct}`
      : `@${acct}@${new URL(this.instanceUrl).host}`;
  }

  private post(status: MastodonStatus): PlatformPost {
    const original = status.reblog;
    const shown = original ?? status;
    const links = [
      ...[...shown.content.matchAll(/<a\s[^>]*>/gi)]
        .map((anchor) => anchor[0])
        .filter((anchor) => !/class="[^"]*\b(mention|hashtag)\b/i.test(anchor))
        .map((anchor) => /href="([^"]+)"/i.exec(anchor)?.[1] ?? ''),
      ...(shown.card?.url ? [shown.card.url] : []),
    ];
    const text = htmlToText(shown.content);
    const image = shown.media_attachments.find(
      (media) => media.type === 'image',
    );
    return {
      remoteId: String(status.id),
      url: status.url ?? original?.url ?? null,
      text,
      publishedAt: new Date(status.created_at).toISOString(),
      language: shown.language,
      author: this.handle(status.account.acct),
      likes: nonNegative(status.favourites_count),
      boosts: nonNegative(status.reblogs_count),
      replies: nonNegative(status.replies_count),
      quotes: 0,
      mediaUrl: image?.url ?? image?.preview_url ?? null,
      linkHosts: hostsOf(links.map(decodeEntities)),
      hashtags: [
        ...new Set([
          ...extractHashtags(text),
          ...shown.tags.map((tag) => tag.name.toLowerCase()),
        ]),
      ],
      shared: original
        ? {
            url: original.url ?? original.uri,
            handle: this.handle(original.account.acct),
          }
        : null,
    };
  }
}

function isPublic(status: MastodonStatus): boolean {
  return status.visibility === 'public' || status.visibility === 'unlisted';
}

/** The `rel="next"` target of a Link header, if it stays on the instance. */
export function nextLink(
  header: string | undefined,
  instanceUrl: string,
): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
    if (!match) continue;
    try {
      const url = new URL(match[1]!, instanceUrl);
      return url.origin === new URL(instanceUrl).origin ? url.href : null;
    } catch {
      return null;
    }
  }
  return null;
}

export function isGone(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 404 || status === 410;
}

function nonNegative(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? Math.floor(value)
    : 0;
}

function decodeEntities(url: string): string {
  return url.replace(/&amp;/g, '&');
}
