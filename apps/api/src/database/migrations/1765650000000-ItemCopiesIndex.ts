import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deleting an item sets `duplicate_of` to null on its copies (ON DELETE SET
 * NULL), which without an index scans the whole table once per deleted item:
 * removing a source (or the demo) with 30,000 items took minutes. Copies are
 * few, so the index is partial and small.
 */
export class ItemCopiesIndex1765650000000 implements MigrationInterface {
  name = 'ItemCopiesIndex1765650000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX item_duplicate_of_idx ON item (duplicate_of) WHERE duplicate_of IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX item_duplicate_of_idx`);
  }
}
