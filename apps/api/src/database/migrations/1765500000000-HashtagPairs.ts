import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-occurring hashtags: per hashtag, per Copenhagen day, how many mentions
 * carry it together with each other hashtag (both directions stored, so one
 * hashtag's partners are one index range). Counted as the hashtag facet is:
 * a visible original that matched at least one topic, once, however many
 * topics it matched; an item enters when it gains its first mention and
 * leaves with its last, or when it is hidden or becomes a copy.
 *
 * A post lists few hashtags, but spam lists dozens (n² pairs): only the first
 * ten distinct hashtags of an item pair up (MAX_PAIRED_HASHTAGS).
 *
 * The triggers are their own, beside the stats triggers of MentionFacets:
 * they fire after them on the same statements (trigger names sort after), so
 * the item locks those take already serialise two writers of one item here.
 * Changes are appended to hashtag_pair_change and folded by the compaction
 * (StatsRepository.compact); reads add what is not folded yet.
 */
export class HashtagPairs1765500000000 implements MigrationInterface {
  name = 'HashtagPairs1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE item, mention IN SHARE ROW EXCLUSIVE MODE`);
    await db.query(`
      CREATE TABLE stats.hashtag_pair_day (
        tag text NOT NULL,
        other text NOT NULL,
        day timestamptz NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (tag, day, other)
      )`);
    await db.query(`
      CREATE TABLE stats.hashtag_pair_change (
        tag text NOT NULL,
        other text NOT NULL,
        day timestamptz NOT NULL,
        count integer NOT NULL
      )`);
    await db.query(
      `CREATE INDEX hashtag_pair_change_tag_idx ON stats.hashtag_pair_change (tag, day)`,
    );
    await db.query(`
      CREATE FUNCTION stats.hashtag_pairs(tags text[]) RETURNS TABLE (tag text, other text)
      LANGUAGE sql IMMUTABLE AS $$
        WITH firsts AS (
          SELECT x FROM (SELECT x, min(o) AS o FROM unnest(tags) WITH ORDINALITY AS u (x, o) GROUP BY x) AS t
           ORDER BY o LIMIT 10)
        SELECT a.x, b.x FROM firsts a, firsts b WHERE a.x <> b.x
      $$`);
    // Items whose mentions changed: +1 for one that has mentions now and had none, −1 the other way.
    await db.query(`
      CREATE FUNCTION stats.count_pair_changes(added_items bigint[], removed_items bigint[])
      RETURNS void LANGUAGE sql AS $$
        WITH changes AS (
          SELECT item_id, 1 AS direction FROM unnest(added_items) AS a (item_id)
          UNION ALL
          SELECT item_id, -1 FROM unnest(removed_items) AS r (item_id)),
        items AS (
          SELECT c.item_id, i.hashtags, date_trunc('day', i.published_at, 'Europe/Copenhagen') AS day,
                 sum(c.direction) AS net
            FROM changes c JOIN item i ON i.id = c.item_id
           WHERE NOT i.hidden AND i.duplicate_of IS NULL AND cardinality(i.hashtags) > 1
           GROUP BY 1, 2, 3),
        flipped AS (
          SELECT x.hashtags, x.day,
                 (present.mentions > 0)::int - (present.mentions - x.net > 0)::int AS delta
            FROM items x
           CROSS JOIN LATERAL (SELECT count(*) AS mentions FROM mention m WHERE m.item_id = x.item_id) AS present)
        INSERT INTO stats.hashtag_pair_change (tag, other, day, count)
        SELECT p.tag, p.other, f.day, sum(f.delta)
          FROM flipped f CROSS JOIN LATERAL stats.hashtag_pairs(f.hashtags) AS p
         WHERE f.delta <> 0
         GROUP BY 1, 2, 3
      $$`);
    await db.query(`
      CREATE FUNCTION stats.count_mention_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        added_items bigint[];
        removed_items bigint[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(item_id) INTO added_items FROM added;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(item_id) INTO removed_items FROM removed;
        ELSE
          SELECT array_agg(item_id) INTO added_items
            FROM (SELECT item_id, topic_id FROM added EXCEPT ALL SELECT item_id, topic_id FROM removed) AS a;
          SELECT array_agg(item_id) INTO removed_items
            FROM (SELECT item_id, topic_id FROM removed EXCEPT ALL SELECT item_id, topic_id FROM added) AS r;
        END IF;
        IF added_items IS NULL AND removed_items IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM stats.count_pair_changes(coalesce(added_items, '{}'), coalesce(removed_items, '{}'));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER stats_pairs_mention_inserted AFTER INSERT ON mention
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION stats.count_mention_pairs()`);
    await db.query(`
      CREATE TRIGGER stats_pairs_mention_deleted AFTER DELETE ON mention
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION stats.count_mention_pairs()`);
    await db.query(`
      CREATE TRIGGER stats_pairs_mention_updated AFTER UPDATE ON mention
        REFERENCING OLD TABLE AS removed NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION stats.count_mention_pairs()`);

    // Hide, show, becoming a copy, an edit of date or hashtags, deletion: the item's whole contribution.
    await db.query(`
      CREATE FUNCTION stats.recount_item_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT OLD.hidden AND OLD.duplicate_of IS NULL AND cardinality(OLD.hashtags) > 1
           AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = OLD.id) THEN
          INSERT INTO stats.hashtag_pair_change (tag, other, day, count)
          SELECT p.tag, p.other, date_trunc('day', OLD.published_at, 'Europe/Copenhagen'), -1
            FROM stats.hashtag_pairs(OLD.hashtags) AS p;
        END IF;
        IF TG_OP = 'UPDATE' AND NOT NEW.hidden AND NEW.duplicate_of IS NULL AND cardinality(NEW.hashtags) > 1
           AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = NEW.id) THEN
          INSERT INTO stats.hashtag_pair_change (tag, other, day, count)
          SELECT p.tag, p.other, date_trunc('day', NEW.published_at, 'Europe/Copenhagen'), 1
            FROM stats.hashtag_pairs(NEW.hashtags) AS p;
        END IF;
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NULL END;
      END $$`);
    await db.query(`
      CREATE TRIGGER stats_pairs_item_updated AFTER UPDATE ON item FOR EACH ROW
        WHEN (OLD.hidden IS DISTINCT FROM NEW.hidden
           OR OLD.duplicate_of IS DISTINCT FROM NEW.duplicate_of
           OR OLD.published_at IS DISTINCT FROM NEW.published_at
           OR OLD.hashtags IS DISTINCT FROM NEW.hashtags)
        EXECUTE FUNCTION stats.recount_item_pairs()`);
    // BEFORE, while the item's mentions are still there (the cascade removes them after).
    await db.query(`
      CREATE TRIGGER stats_pairs_item_deleted BEFORE DELETE ON item FOR EACH ROW
        EXECUTE FUNCTION stats.recount_item_pairs()`);
    await db.query(`
      CREATE FUNCTION stats.forget_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Waits for a fold in progress, so that it cannot write back what is forgotten here.
        LOCK TABLE stats.hashtag_pair_day, stats.hashtag_pair_change IN EXCLUSIVE MODE;
        DELETE FROM stats.hashtag_pair_day;
        DELETE FROM stats.hashtag_pair_change;
        RETURN NULL;
      END $$`);
    for (const table of ['item', 'mention'])
      await db.query(
        `CREATE TRIGGER stats_pairs_${table}_truncated AFTER TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION stats.forget_pairs()`,
      );

    // History: the triggers above hold the locks until commit, so nothing slips in between.
    await db.query(`
      INSERT INTO stats.hashtag_pair_day (tag, other, day, count)
      SELECT p.tag, p.other, date_trunc('day', i.published_at, 'Europe/Copenhagen'), count(*)
        FROM item i CROSS JOIN LATERAL stats.hashtag_pairs(i.hashtags) AS p
       WHERE NOT i.hidden AND i.duplicate_of IS NULL AND cardinality(i.hashtags) > 1
         AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)
       GROUP BY 1, 2, 3`);
    await db.query(`ANALYZE stats.hashtag_pair_day`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
      ['stats_pairs_mention_inserted', 'mention'],
      ['stats_pairs_mention_deleted', 'mention'],
      ['stats_pairs_mention_updated', 'mention'],
      ['stats_pairs_item_updated', 'item'],
      ['stats_pairs_item_deleted', 'item'],
      ['stats_pairs_item_truncated', 'item'],
      ['stats_pairs_mention_truncated', 'mention'],
    ])
      await db.query(`DROP TRIGGER ${trigger} ON ${table}`);
    await db.query(`DROP FUNCTION stats.forget_pairs()`);
    await db.query(`DROP FUNCTION stats.recount_item_pairs()`);
    await db.query(`DROP FUNCTION stats.count_mention_pairs()`);
    await db.query(
      `DROP FUNCTION stats.count_pair_changes(bigint[], bigint[])`,
    );
    await db.query(`DROP FUNCTION stats.hashtag_pairs(text[])`);
    await db.query(`DROP TABLE stats.hashtag_pair_change`);
    await db.query(`DROP TABLE stats.hashtag_pair_day`);
  }
}
