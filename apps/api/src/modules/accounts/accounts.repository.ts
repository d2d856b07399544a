import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AccountRole } from '@lyt/contracts';
import type {
  AccountRow,
  AccountWithEngagement,
  NewAccount,
} from './account.types';

const COLUMNS = `a.id, a.platform, a.handle, a.role, a.name, a.profile_url AS "profileUrl",
  a.instance_url AS "instanceUrl", a.remote_id AS "remoteId", a.source_id AS "sourceId",
  a.created_at AS "createdAt"`;

/** Own accounts first, then role models, employees and the watched; by name within a role. */
const ROLE_ORDER = `array_position(ARRAY['own','role-model','employee','watched'], a.role), lower(a.name), a.id`;

@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(
    manager: EntityManager,
    account: NewAccount,
    ownsSource: boolean,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO account (platform, handle, role, name, profile_url, instance_url, remote_id, source_id, owns_source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        account.platform,
        account.handle,
        account.role,
        account.name,
        account.profileUrl,
        account.instanceUrl,
        account.remoteId,
        account.sourceId,
        ownsSource,
      ],
    );
    return row.id;
  }

  async find(id: string): Promise<AccountRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM account a WHERE a.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async findBySource(sourceId: string): Promise<AccountRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM account a WHERE a.source_id = $1`,
      [sourceId],
    );
    return row ?? null;
  }

  async findByHandle(
    platform: string,
    handle: string,
  ): Promise<AccountRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM account a WHERE a.platform = $1 AND lower(a.handle) = lower($2)`,
      [platform, handle],
    );
    return row ?? null;
  }

  async list(): Promise<AccountRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM account a ORDER BY ${ROLE_ORDER}`,
    );
  }

  /**
   * Every account (or one) with its latest follower sample and the sums over
   * its own posts (not boosts or reposts, not deleted) published in
   * [from, to); a feed's posts are its source's items.
   */
  async listWithEngagement(
    from: Date | null,
    to: Date | null,
    id?: string,
  ): Promise<AccountWithEngagement[]> {
    const rows: (AccountWithEngagement & Record<string, unknown>)[] =
      await this.dataSource.query(
        `SELECT ${COLUMNS}, f.followers, f.sampled_at AS "followersAt",
                CASE WHEN a.platform = 'feed' THEN coalesce(fi.posts, 0) ELSE coalesce(p.posts, 0) END AS posts,
                coalesce(p.likes, 0) AS likes, coalesce(p.boosts, 0) AS boosts,
                coalesce(p.replies, 0) AS replies, coalesce(p.quotes, 0) AS quotes
           FROM account a
           LEFT JOIN LATERAL (
             SELECT s.followers, s.sampled_at FROM follower_sample s
              WHERE s.account_id = a.id ORDER BY s.sampled_at DESC LIMIT 1) f ON true
           LEFT JOIN LATERAL (
             SELECT count(*)::int AS posts, sum(ap.likes)::int AS likes, sum(ap.boosts)::int AS boosts,
                    sum(ap.replies)::int AS replies, sum(ap.quotes)::int AS quotes
               FROM account_post ap
              WHERE ap.account_id = a.id AND ap.shared_url IS NULL AND ap.deleted_at IS NULL
                AND ($1::timestamptz IS NULL OR ap.posted_at >= $1)
                AND ($2::timestamptz IS NULL OR ap.posted_at < $2)) p ON a.platform <> 'feed'
           LEFT JOIN LATERAL (
             SELECT count(*)::int AS posts FROM item i
              WHERE i.source_id = a.source_id AND NOT i.hidden
                AND ($1::timestamptz IS NULL OR i.published_at >= $1)
                AND ($2::timestamptz IS NULL OR i.published_at < $2)) fi ON a.platform = 'feed'
          WHERE ($3::uuid IS NULL OR a.id = $3)
          ORDER BY ${ROLE_ORDER}`,
        [from, to, id ?? null],
      );
    return rows;
  }

  async update(
    id: string,
    changes: { role?: AccountRole; name?: string },
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH changed AS (
         UPDATE account SET role = coalesce($2, role), name = coalesce($3, name) WHERE id = $1 RETURNING id)
       SELECT id FROM changed`,
      [id, changes.role ?? null, changes.name ?? null],
    );
    return rows.length > 0;
  }

  /** Removes the account and, with the source made for it, the posts collected through it. */
  async remove(id: string): Promise<boolean> {
    return this.transaction(async (manager) => {
      const [gone]: { source_id: string; owns_source: boolean }[] =
        await manager.query(
          `WITH gone AS (DELETE FROM account WHERE id = $1 RETURNING source_id, owns_source)
           SELECT * FROM gone`,
          [id],
        );
      if (!gone) return false;
      if (gone.owns_source)
        await manager.query(`DELETE FROM source WHERE id = $1`, [
          gone.source_id,
        ]);
      return true;
    });
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
