import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An item's place in commit order moves out of the item row into a narrow
 * table of its own. Drawing it happens under the stream lock, which serialises
 * the commits of every collector; updating the wide item row there (a new row
 * version and an entry in every one of its indexes, full-text included) made
 * that section long. Inserting two integers is short.
 */
export class ItemStream1765870000000 implements MigrationInterface {
  name = 'ItemStream1765870000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE item_stream (
        seq bigint PRIMARY KEY,
        item_id bigint NOT NULL UNIQUE REFERENCES item (id) ON DELETE CASCADE)`);
    await db.query(
      `INSERT INTO item_stream (seq, item_id) SELECT seq, id FROM item WHERE seq IS NOT NULL`,
    );
    await db.query(`ALTER TABLE item DROP COLUMN seq`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE item ADD COLUMN seq bigint`);
    await db.query(
      `UPDATE item SET seq = st.seq FROM item_stream st WHERE st.item_id = item.id`,
    );
    await db.query(`CREATE UNIQUE INDEX item_seq_idx ON item (seq)`);
    await db.query(`DROP TABLE item_stream`);
  }
}
