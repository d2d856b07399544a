import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveStream1764220000000 implements MigrationInterface {
  name = 'LiveStream1764220000000';

  async up(db: QueryRunner): Promise<void> {
    // An item's place in commit order: the id clients resume from. A plain identity is not
    // enough (a lower id can commit after a higher one was seen), so seq is drawn only while
    // holding a lock that is released at commit: seqs become visible in increasing order.
    await db.query(`CREATE SEQUENCE item_seq AS bigint`);
    await db.query(`ALTER TABLE item ADD COLUMN seq bigint`);
    await db.query(`
      UPDATE item SET seq = numbered.seq
        FROM (SELECT id, nextval('item_seq') AS seq FROM (SELECT id FROM item ORDER BY id) AS ordered) AS numbered
       WHERE item.id = numbered.id`);
    await db.query(`CREATE UNIQUE INDEX item_seq_idx ON item (seq)`);
    // When a mention was hidden: a screen that reconnects is told about recent ones.
    await db.query(`ALTER TABLE item ADD COLUMN hidden_at timestamptz`);
    await db.query(
      `CREATE INDEX item_hidden_at_idx ON item (hidden_at) WHERE hidden_at IS NOT NULL`,
    );
    // The Socket.IO Postgres adapter keeps payloads too large for NOTIFY here.
    await db.query(`
      CREATE TABLE socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE socket_io_attachments`);
    await db.query(`ALTER TABLE item DROP COLUMN hidden_at`);
    await db.query(`ALTER TABLE item DROP COLUMN seq`);
    await db.query(`DROP SEQUENCE item_seq`);
  }
}
