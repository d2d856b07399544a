import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TopicKind } from '@lyt/contracts';
import { TopicEntity } from './entities/topic.entity';

export interface NewTopic {
  name: string;
  kind: TopicKind;
  query: string;
  color: string;
}

@Injectable()
export class TopicsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get topics() {
    return this.dataSource.getRepository(TopicEntity);
  }

  list(): Promise<TopicEntity[]> {
    return this.topics.find({ order: { createdAt: 'ASC' } });
  }

  find(id: string): Promise<TopicEntity | null> {
    return this.topics.findOne({ where: { id } });
  }

  count(): Promise<number> {
    return this.topics.count();
  }

  async create(topic: NewTopic): Promise<TopicEntity> {
    const [row] = await this.dataSource.query(
      `INSERT INTO topic (name, kind, query, color, rematch_status) VALUES ($1, $2, $3, $4, 'running') RETURNING id`,
      [topic.name, topic.kind, topic.query, topic.color],
    );
    return (await this.find(row.id))!;
  }

  /** Applies the changes; a changed query starts a new re-match generation. */
  async update(
    id: string,
    changes: Partial<NewTopic>,
    queryChanged: boolean,
  ): Promise<void> {
    await this.topics.update(id, {
      ...changes,
      ...(queryChanged
        ? {
            queryVersion: () => 'query_version + 1',
            rematchStatus: 'running',
            rematchProcessed: 0,
            rematchFinishedAt: null,
          }
        : {}),
    } as never);
  }

  async remove(id: string): Promise<boolean> {
    return ((await this.topics.delete(id)).affected ?? 0) > 0;
  }

  /** Topics whose re-match did not finish, e.g. because the process stopped. */
  unfinishedRematches(): Promise<TopicEntity[]> {
    return this.topics.find({ where: { rematchStatus: 'running' } });
  }

  /** Records progress, unless the query changed since this generation started. Returns false then. */
  async recordRematch(
    id: string,
    version: number,
    processed: number,
    total: number,
    done: boolean,
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH updated AS (
         UPDATE topic SET rematch_processed = $3, rematch_total = $4,
                rematch_status = CASE WHEN $5 THEN 'done' ELSE 'running' END,
                rematch_finished_at = CASE WHEN $5 THEN now() ELSE NULL END
          WHERE id = $1 AND query_version = $2 RETURNING id)
       SELECT id FROM updated`,
      [id, version, processed, total, done],
    );
    return rows.length > 0;
  }
}
