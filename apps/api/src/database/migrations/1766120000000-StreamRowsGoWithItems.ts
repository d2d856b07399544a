import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * item_stream rows go with their items by statement-level triggers instead of
 * a foreign key. The key checked each new row (a lookup and a key-share lock
 * of its item) inside the commit-time section that holds the stream lock:
 * 65–80 % of the time of that INSERT for a poll of 200 items (1.2–5 ms of
 * 1.9–6 ms). Its rows need no check: publish_items() draws places only for the
 * ids its own transaction inserted (ItemsRepository), which no other
 * transaction can see, let alone delete, before that commit; and a source
 * deleted meanwhile waits for the commit on the source's key lock, then
 * deletes the committed items, which fires the trigger below.
 */
export class StreamRowsGoWithItems1766120000000 implements MigrationInterface {
  name = 'StreamRowsGoWithItems1766120000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE item_stream DROP CONSTRAINT item_stream_item_id_fkey`,
    );
    await db.query(`
      CREATE FUNCTION forget_stream_places() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM item_stream st USING removed WHERE st.item_id = removed.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER item_stream_item_deleted AFTER DELETE ON item
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION forget_stream_places()`);
    await db.query(`
      CREATE FUNCTION forget_stream() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE item_stream;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER item_stream_item_truncated AFTER TRUNCATE ON item
        FOR EACH STATEMENT EXECUTE FUNCTION forget_stream()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER item_stream_item_truncated ON item`);
    await db.query(`DROP FUNCTION forget_stream()`);
    await db.query(`DROP TRIGGER item_stream_item_deleted ON item`);
    await db.query(`DROP FUNCTION forget_stream_places()`);
    await db.query(`
      ALTER TABLE item_stream ADD CONSTRAINT item_stream_item_id_fkey
        FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE`);
  }
}
