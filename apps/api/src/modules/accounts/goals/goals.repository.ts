import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { GoalMetric, GoalPeriod } from '@lyt/contracts';
import { mentionConditions, MentionFilter } from '../../items/mention-filter';

export interface GoalRow {
  id: string;
  name: string;
  metric: GoalMetric;
  target: number;
  accountId: string | null;
  topicId: string | null;
  hashtag: string | null;
  startsAt: Date;
  deadline: Date | null;
  period: GoalPeriod | null;
  createdAt: Date;
}

export type NewGoal = Omit<GoalRow, 'id' | 'createdAt'>;

const COLUMNS = `id, name, metric, target, account_id AS "accountId", topic_id AS "topicId", hashtag,
  starts_at AS "startsAt", deadline, period, created_at AS "createdAt"`;

/** The owner of `goal`, and the measurements goals are made of. */
@Injectable()
export class GoalsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(goal: NewGoal): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO goal (name, metric, target, account_id, topic_id, hashtag, starts_at, deadline, period)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        goal.name,
        goal.metric,
        goal.target,
        goal.accountId,
        goal.topicId,
        goal.hashtag,
        goal.startsAt,
        goal.deadline,
        goal.period,
      ],
    );
    return row.id;
  }

  async list(): Promise<GoalRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM goal ORDER BY created_at, id`,
    );
  }

  async find(id: string): Promise<GoalRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM goal WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async update(
    id: string,
    changes: { name?: string; target?: number; deadline?: Date },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE goal SET name = coalesce($2, name), target = coalesce($3, target), deadline = coalesce($4, deadline) WHERE id = $1`,
      [
        id,
        changes.name ?? null,
        changes.target ?? null,
        changes.deadline ?? null,
      ],
    );
  }

  async remove(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM goal WHERE id = $1 RETURNING id) SELECT id FROM gone`,
      [id],
    );
    return rows.length > 0;
  }

  async accountExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM account WHERE id = $1`,
      [id],
    );
    return rows.length > 0;
  }

  async topicExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM topic WHERE id = $1`,
      [id],
    );
    return rows.length > 0;
  }

  /** The follower count at `from` (the last sample by then, else the first after) and the latest. */
  async followers(
    accountId: string,
    from: Date,
  ): Promise<{ start: number; startAt: Date; current: number } | null> {
    const [row] = await this.dataSource.query(
      `SELECT s.followers AS start, s.sampled_at AS "startAt", l.followers AS current
         FROM (SELECT followers, sampled_at FROM follower_sample WHERE account_id = $1
                ORDER BY sampled_at <= $2 DESC, abs(extract(epoch FROM sampled_at - $2)) LIMIT 1) s,
              (SELECT followers FROM follower_sample WHERE account_id = $1 ORDER BY sampled_at DESC LIMIT 1) l`,
      [accountId, from],
    );
    return row ?? null;
  }

  /** Posts by one account, or by every own account, in [from, to) and their average engagement. */
  async ownPosts(
    accountId: string | null,
    from: Date,
    to: Date,
  ): Promise<{ posts: number; engagementPerPost: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS posts,
              coalesce(avg(ap.likes + ap.boosts + ap.replies + ap.quotes), 0)::float AS "engagementPerPost"
         FROM account_post ap JOIN account a ON a.id = ap.account_id
        WHERE (CASE WHEN $1::uuid IS NULL THEN a.role = 'own' ELSE a.id = $1 END)
          AND ap.shared_url IS NULL AND ap.deleted_at IS NULL
          AND ap.posted_at >= $2 AND ap.posted_at < $3`,
      [accountId, from, to],
    );
    return row;
  }

  /** Mentions as `GET /api/mentions` counts them. */
  async mentions(filter: MentionFilter): Promise<number> {
    const params: unknown[] = [];
    const conditions = mentionConditions(filter, params);
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM item i WHERE ${conditions.join(' AND ')}`,
      params,
    );
    return row.count;
  }
}
