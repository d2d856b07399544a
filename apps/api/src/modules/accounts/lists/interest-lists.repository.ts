import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface InterestListRow {
  id: string;
  name: string;
  sourceIds: string[];
  accountIds: string[];
  createdAt: Date;
}

const SELECT = `SELECT l.id, l.name, l.created_at AS "createdAt",
    coalesce(array(SELECT m.source_id::text FROM interest_list_member m WHERE m.list_id = l.id ORDER BY m.source_id), '{}') AS "sourceIds",
    coalesce(array(SELECT a.id::text FROM interest_list_member m JOIN account a ON a.source_id = m.source_id
                    WHERE m.list_id = l.id ORDER BY a.id), '{}') AS "accountIds"
  FROM interest_list l`;

/** The owner of `interest_list` and its members (sources; an account is a member through its source). */
@Injectable()
export class InterestListsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<InterestListRow[]> {
    return this.dataSource.query(`${SELECT} ORDER BY lower(l.name), l.id`);
  }

  async find(id: string): Promise<InterestListRow | null> {
    const [row] = await this.dataSource.query(`${SELECT} WHERE l.id = $1`, [
      id,
    ]);
    return row ?? null;
  }

  /** The member sources of each of these lists, in one query; a list that no longer exists is absent. */
  async sourcesOf(
    manager: EntityManager,
    listIds: string[],
  ): Promise<Map<string, Set<string>>> {
    const members = new Map<string, Set<string>>();
    if (listIds.length === 0) return members;
    const rows: { listId: string; sourceId: string }[] = await manager.query(
      `SELECT list_id::text AS "listId", source_id::text AS "sourceId"
         FROM interest_list_member WHERE list_id = ANY($1::uuid[])`,
      [listIds],
    );
    for (const { listId, sourceId } of rows) {
      const sources = members.get(listId) ?? new Set<string>();
      sources.add(sourceId);
      members.set(listId, sources);
    }
    return members;
  }

  /** The sources of these accounts, and which of the ids name no source or account. */
  async resolveMembers(
    sourceIds: string[],
    accountIds: string[],
  ): Promise<{
    sourceIds: string[];
    unknownSources: string[];
    unknownAccounts: string[];
  }> {
    const sources: { id: string }[] = await this.dataSource.query(
      `SELECT id::text FROM source WHERE id = ANY($1::uuid[])`,
      [sourceIds],
    );
    const accounts: { id: string; source_id: string }[] =
      await this.dataSource.query(
        `SELECT id::text, source_id::text FROM account WHERE id = ANY($1::uuid[])`,
        [accountIds],
      );
    const known = new Set(sources.map((row) => row.id));
    const knownAccounts = new Set(accounts.map((row) => row.id));
    return {
      sourceIds: [
        ...new Set([...known, ...accounts.map((row) => row.source_id)]),
      ],
      unknownSources: sourceIds.filter((id) => !known.has(id)),
      unknownAccounts: accountIds.filter((id) => !knownAccounts.has(id)),
    };
  }

  async save(
    id: string | null,
    name: string | undefined,
    sourceIds: string[] | undefined,
  ): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      let listId = id;
      if (listId === null) {
        const [row] = await manager.query(
          `INSERT INTO interest_list (name) VALUES ($1) RETURNING id`,
          [name],
        );
        listId = row.id as string;
      } else if (name !== undefined) {
        await manager.query(
          `UPDATE interest_list SET name = $2 WHERE id = $1`,
          [listId, name],
        );
      }
      if (sourceIds !== undefined) {
        await manager.query(
          `DELETE FROM interest_list_member WHERE list_id = $1`,
          [listId],
        );
        await manager.query(
          `INSERT INTO interest_list_member (list_id, source_id) SELECT $1, unnest($2::uuid[])`,
          [listId, sourceIds],
        );
      }
      return listId;
    });
  }

  async remove(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM interest_list WHERE id = $1 RETURNING id) SELECT id FROM gone`,
      [id],
    );
    return rows.length > 0;
  }
}
