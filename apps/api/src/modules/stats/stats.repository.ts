import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SummaryStats } from '@lyt/contracts';

export interface Period {
  from: Date | null;
  to: Date | null;
}

@Injectable()
export class StatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Items and mentions published in the period (all time when open); sources and topics as they are now. */
  async summary({ from, to }: Period): Promise<SummaryStats> {
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM item i
           WHERE NOT i.hidden AND ($1::timestamptz IS NULL OR i.published_at >= $1)
             AND ($2::timestamptz IS NULL OR i.published_at < $2)) AS items,
         (SELECT count(DISTINCT m.item_id) FROM mention m JOIN item i ON i.id = m.item_id
           WHERE NOT i.hidden AND ($1::timestamptz IS NULL OR i.published_at >= $1)
             AND ($2::timestamptz IS NULL OR i.published_at < $2)) AS mentions,
         (SELECT count(*) FROM source) AS sources,
         (SELECT count(*) FROM topic) AS topics`,
      [from, to],
    );
    return {
      items: Number(row.items),
      mentions: Number(row.mentions),
      sources: Number(row.sources),
      topics: Number(row.topics),
    };
  }
}
