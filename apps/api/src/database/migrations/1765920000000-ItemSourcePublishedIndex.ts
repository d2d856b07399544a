import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics of an interest list count the items of its sources in a
 * period (the rollups have no source dimension): this index reads just those
 * items, where the one on published_at alone reads every source's and drops
 * the rest. It carries what the counts of mentions test (id, hidden,
 * duplicate_of), so that they join mention without reading the wide item
 * rows at all.
 */
export class ItemSourcePublishedIndex1765920000000 implements MigrationInterface {
  name = 'ItemSourcePublishedIndex1765920000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX item_source_published_idx ON item (source_id, published_at) INCLUDE (id, hidden, duplicate_of)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX item_source_published_idx`);
  }
}
