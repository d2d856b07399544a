import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { itemGuid, type PlatformPost } from './platforms/platform-post';
import { nextRefreshAt } from './refresh-schedule.util';

/** A post whose counts are due to be read again, claimed by this process. */
export interface DueRefresh {
  id: string;
  /** An account's post; or null, and the post came through a hashtag or search source. */
  accountId: string | null;
  /** The hashtag or search source a post that is no account's came through, and its kind and URL. */
  source: { id: string; kind: string; url: string } | null;
  remoteId: string;
  postedAt: Date;
}

/** Whose posts: an account's, or those a hashtag or search source found. */
export type PostOwner = { accountId: string } | { sourceId: string };

export interface RefreshedCounts {
  id: string;
  likes: number;
  boosts: number;
  replies: number;
  quotes: number;
  postedAt: Date;
}

/** A follower count is sampled at most this often, unless it changed. */
const SAMPLE_EVERY = '1 hour';

/**
 * The owner of `account_post` and `follower_sample`: what the platforms say
 * about posts and followers over time. A post in `account_post` is an
 * account's, or (account_id null, source_id set) one that a hashtag or
 * search source found.
 */
@Injectable()
export class EngagementRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The ids of the owner's newest stored posts: a timeline is read back until it meets one. */
  async knownRemoteIds(owner: PostOwner, limit = 40): Promise<Set<string>> {
    const [column, id] = ownerColumn(owner);
    const rows: { remote_id: string }[] = await this.dataSource.query(
      `SELECT remote_id FROM account_post WHERE ${column} = $1 ORDER BY posted_at DESC LIMIT $2`,
      [id, limit],
    );
    return new Set(rows.map((row) => row.remote_id));
  }

  /**
   * Stores what a timeline read said about each post: new posts are linked to
   * the item they became (by the source's guid, in the same transaction), known
   * ones get their counts refreshed and their next refresh rescheduled.
   */
  async upsertPosts(
    manager: EntityManager,
    owner: PostOwner,
    sourceId: string,
    posts: PlatformPost[],
    now: Date,
  ): Promise<void> {
    if (posts.length === 0) return;
    const rows = posts.map((post) => ({
      remote_id: post.remoteId,
      guid: post.shared ? null : itemGuid(post),
      url: post.url,
      text: post.text,
      posted_at: post.publishedAt,
      likes: post.likes,
      boosts: post.boosts,
      replies: post.replies,
      quotes: post.quotes,
      has_image: post.mediaUrl !== null,
      link_hosts: post.linkHosts,
      hashtags: post.hashtags,
      shared_url: post.shared?.url ?? null,
      shared_handle: post.shared?.handle ?? null,
      // A boost's counts are the original's, not the booster's: nothing to follow.
      next_refresh_at: post.shared
        ? null
        : nextRefreshAt(new Date(post.publishedAt), now),
    }));
    const [column, ownerId] = ownerColumn(owner);
    await manager.query(
      `INSERT INTO account_post (${column}, remote_id, item_id, url, text, posted_at, likes, boosts, replies, quotes,
                                 has_image, link_hosts, hashtags, shared_url, shared_handle, refreshed_at, next_refresh_at)
       SELECT $1, x.remote_id,
              (SELECT i.id FROM item i WHERE i.source_id = $2 AND i.guid = x.guid),
              x.url, x.text, x.posted_at, x.likes, x.boosts, x.replies, x.quotes,
              x.has_image, x.link_hosts, x.hashtags, x.shared_url, x.shared_handle, $3, x.next_refresh_at
         FROM jsonb_to_recordset($4::jsonb) AS x(
              remote_id text, guid text, url text, text text, posted_at timestamptz,
              likes int, boosts int, replies int, quotes int, has_image boolean,
              link_hosts text[], hashtags text[], shared_url text, shared_handle text,
              next_refresh_at timestamptz)
       ON CONFLICT (${column}, remote_id) DO UPDATE SET
              likes = excluded.likes, boosts = excluded.boosts, replies = excluded.replies,
              quotes = excluded.quotes, text = excluded.text, has_image = excluded.has_image,
              link_hosts = excluded.link_hosts, hashtags = excluded.hashtags,
              item_id = coalesce(account_post.item_id, excluded.item_id),
              refreshed_at = excluded.refreshed_at, next_refresh_at = excluded.next_refresh_at,
              deleted_at = NULL`,
      [ownerId, sourceId, now, JSON.stringify(rows)],
    );
  }

  /** A new sample when the last is an hour old or the count changed: a time series without a row per poll. */
  async recordFollowers(
    manager: EntityManager | DataSource,
    accountId: string,
    followers: number,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO follower_sample (account_id, sampled_at, followers)
       SELECT $1, $2, $3
        WHERE NOT EXISTS (
          SELECT 1 FROM (SELECT followers, sampled_at FROM follower_sample
                          WHERE account_id = $1 ORDER BY sampled_at DESC LIMIT 1) last
           WHERE last.followers = $3 AND last.sampled_at > $2::timestamptz - interval '${SAMPLE_EVERY}')
       ON CONFLICT DO NOTHING`,
      [accountId, now, followers],
    );
  }

  /**
   * Takes up to `limit` posts due for a refresh. SKIP LOCKED keeps collectors
   * off each other's claims; pushing next_refresh_at ahead by the lease keeps a
   * claimed post from being claimed again, and frees it if this process dies.
   */
  async claimDue(limit: number, leaseSeconds: number): Promise<DueRefresh[]> {
    return this.dataSource.query(
      `WITH due AS (
         SELECT id FROM account_post
          WHERE next_refresh_at <= now() AND deleted_at IS NULL
          ORDER BY next_refresh_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED),
       claimed AS (
         UPDATE account_post p SET next_refresh_at = now() + make_interval(secs => $2)
           FROM due WHERE p.id = due.id
         RETURNING p.id::text AS id, p.account_id AS "accountId", p.source_id, p.remote_id AS "remoteId",
                   p.posted_at AS "postedAt")
       SELECT c.id, c."accountId", c."remoteId", c."postedAt",
              CASE WHEN s.id IS NOT NULL THEN json_build_object('id', s.id, 'kind', s.kind, 'url', s.url) END AS source
         FROM claimed c LEFT JOIN source s ON s.id = c.source_id`,
      [limit, leaseSeconds],
    );
  }

  async applyRefresh(counts: RefreshedCounts[], now: Date): Promise<void> {
    if (counts.length === 0) return;
    await this.dataSource.query(
      `UPDATE account_post p SET likes = x.likes, boosts = x.boosts, replies = x.replies, quotes = x.quotes,
              refreshed_at = $1, next_refresh_at = x.next_refresh_at
         FROM jsonb_to_recordset($2::jsonb) AS x(id bigint, likes int, boosts int, replies int, quotes int,
                                                  next_refresh_at timestamptz)
        WHERE p.id = x.id`,
      [
        now,
        JSON.stringify(
          counts.map((count) => ({
            ...count,
            next_refresh_at: nextRefreshAt(count.postedAt, now),
          })),
        ),
      ],
    );
  }

  /** The platform no longer has these posts: they leave every count and are not refreshed again. Returns their items. */
  async markDeleted(ids: string[], now: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    // A SELECT around the UPDATE, so that TypeORM hands back the rows alone.
    const rows: { item_id: string }[] = await this.dataSource.query(
      `WITH deleted AS (
         UPDATE account_post SET deleted_at = $2, next_refresh_at = NULL
          WHERE id = ANY($1::bigint[])
         RETURNING item_id)
       SELECT item_id::text FROM deleted WHERE item_id IS NOT NULL`,
      [ids, now],
    );
    return rows.map((row) => row.item_id);
  }

  /** A failed refresh is tried again later rather than at once. */
  async postpone(ids: string[], until: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE account_post SET next_refresh_at = $2 WHERE id = ANY($1::bigint[]) AND next_refresh_at IS NOT NULL`,
      [ids, until],
    );
  }
}

function ownerColumn(owner: PostOwner): ['account_id' | 'source_id', string] {
  return 'accountId' in owner
    ? ['account_id', owner.accountId]
    : ['source_id', owner.sourceId];
}
