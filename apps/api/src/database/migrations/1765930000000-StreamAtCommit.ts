import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * New items get their place in the stream while their transaction commits,
 * not in a statement before it. The stream lock serialises the commits of
 * every collector, so that a lower seq is always visible before a higher one;
 * taken by a statement, it was held across that statement's round trip, the
 * NOTIFY's and the COMMIT's, each waiting for a busy collector process to read
 * the answer and send the next. Now a transaction asks for its items to be
 * published (one row in `item_stream_request`), and a deferred trigger on that
 * row, run by COMMIT itself, takes the lock, draws the seqs, notifies and
 * deletes the request: the lock is held from there to the commit's WAL flush
 * only, with no client in between.
 */
export class StreamAtCommit1765930000000 implements MigrationInterface {
  name = 'StreamAtCommit1765930000000';

  async up(db: QueryRunner): Promise<void> {
    // Rows live only inside the transaction that adds them: the trigger removes each at commit.
    await db.query(`
      CREATE TABLE item_stream_request (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        item_ids bigint[] NOT NULL)`);
    // 0x6c797402, the stream lock; 'lyt_items', the channel the live relay listens on.
    await db.query(`
      CREATE FUNCTION publish_items() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        last bigint;
      BEGIN
        PERFORM pg_advisory_xact_lock(1819898882);
        WITH numbered AS (
          INSERT INTO item_stream (seq, item_id)
          SELECT nextval('item_seq'), id FROM unnest(NEW.item_ids) AS new (id) ORDER BY id
          RETURNING seq)
        SELECT max(seq) INTO last FROM numbered;
        DELETE FROM item_stream_request WHERE id = NEW.id;
        IF last IS NOT NULL THEN
          PERFORM pg_notify('lyt_items', last::text);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER item_stream_request_published AFTER INSERT ON item_stream_request
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION publish_items()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE item_stream_request`);
    await db.query(`DROP FUNCTION publish_items()`);
  }
}
