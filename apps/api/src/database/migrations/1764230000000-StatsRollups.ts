import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hourly and daily rollups for `/api/stats`, kept exact by triggers whatever
 * writes `item` or `mention` (collector, re-match, topic and source deletion
 * cascades, moderation, plain SQL).
 *
 * Triggers only append signed changes to `*_change` tables, never update a
 * rollup row in place: a re-match pass DELETEs and then INSERTs mentions in
 * one transaction, and in-place upserts from two such passes (or a pass and a
 * poll) lock shared author, source and hashtag rows in two rounds and can
 * deadlock. Appends take no row locks. The api folds the changes into the
 * rollups every few seconds (StatsCompactionService); readers add the pending
 * changes, so answers are exact before and after folding.
 *
 * A mention or item counts while the item is visible (not hidden) and an
 * original (duplicate_of IS NULL). Days are Europe/Copenhagen days; hours are
 * the same in UTC and in Copenhagen, whose offsets are whole hours.
 *
 * Derived data lives in its own schema: it can be dropped and rebuilt from
 * `item` and `mention` at any time.
 */
export class StatsRollups1764230000000 implements MigrationInterface {
  name = 'StatsRollups1764230000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA stats`);
    await db.query(`
      CREATE TABLE stats.topic_hour (
        topic_id uuid NOT NULL,
        hour timestamptz NOT NULL,
        mentions integer NOT NULL,
        positive integer NOT NULL,
        neutral integer NOT NULL,
        negative integer NOT NULL,
        -- Mentions with a sentiment score: the divisor of the mean.
        scored integer NOT NULL,
        -- numeric, so that adding and later subtracting the same scores leaves exactly zero.
        sentiment_sum numeric NOT NULL,
        PRIMARY KEY (topic_id, hour)
      )`);
    await db.query(`CREATE TABLE stats.topic_change (LIKE stats.topic_hour)`);
    // Per hashtag: visible items carrying it. Per author and per source: mentions.
    await db.query(`
      CREATE TABLE stats.facet_hour (
        facet text NOT NULL CHECK (facet IN ('hashtag', 'author', 'source')),
        key text NOT NULL,
        hour timestamptz NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (facet, hour, key)
      )`);
    // Long ranges read whole days here and only their ragged ends from facet_hour.
    await db.query(`
      CREATE TABLE stats.facet_day (
        facet text NOT NULL,
        key text NOT NULL,
        day timestamptz NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (facet, key, day)
      )`);
    // Each day's leading keys: a top list over many days is ranked from these (StatsService).
    await db.query(
      `CREATE INDEX facet_day_leaders_idx ON stats.facet_day (facet, day, count DESC) INCLUDE (key)`,
    );
    await db.query(`
      CREATE TABLE stats.facet_change (
        facet text NOT NULL,
        key text NOT NULL,
        hour timestamptz NOT NULL,
        count integer NOT NULL
      )`);

    await db.query(`
      CREATE FUNCTION stats.count_mentions() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        direction integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
      BEGIN
        -- A hide (UPDATE item) waits for this lock and this waits for a hide: whichever commits
        -- second sees the other's rows, so a mention is never counted for a hidden item.
        PERFORM 1 FROM item WHERE id IN (SELECT item_id FROM changed) ORDER BY id FOR SHARE;
        -- Mentions whose item is being deleted find no item here: the item's BEFORE DELETE
        -- trigger has already taken them out.
        WITH counted AS MATERIALIZED (
          SELECT c.topic_id, i.source_id, i.author, i.sentiment_label, i.sentiment_score,
                 date_trunc('hour', i.published_at, 'UTC') AS hour
            FROM changed c JOIN item i ON i.id = c.item_id
           WHERE NOT i.hidden AND i.duplicate_of IS NULL),
        topics AS (
          INSERT INTO stats.topic_change
          SELECT topic_id, hour, direction * count(*),
                 direction * count(*) FILTER (WHERE sentiment_label = 'positive'),
                 direction * count(*) FILTER (WHERE sentiment_label = 'neutral'),
                 direction * count(*) FILTER (WHERE sentiment_label = 'negative'),
                 direction * count(sentiment_score),
                 direction * coalesce(sum(sentiment_score::numeric), 0)
            FROM counted GROUP BY topic_id, hour)
        INSERT INTO stats.facet_change (facet, key, hour, count)
        SELECT 'source', source_id::text, hour, direction * count(*) FROM counted GROUP BY source_id, hour
        UNION ALL
        SELECT 'author', author, hour, direction * count(*) FROM counted
         WHERE author IS NOT NULL GROUP BY author, hour;
        RETURN NULL;
      END $$`);
    // INSERT and DELETE share the function: both name their transition table "changed".
    await db.query(`
      CREATE TRIGGER stats_mention_inserted AFTER INSERT ON mention
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stats.count_mentions()`);
    await db.query(`
      CREATE TRIGGER stats_mention_deleted AFTER DELETE ON mention
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stats.count_mentions()`);

    // One item's whole contribution, added (1) or taken out (-1): for the rare row-level paths.
    await db.query(`
      CREATE FUNCTION stats.count_item(i item, direction integer) RETURNS void LANGUAGE sql AS $$
        INSERT INTO stats.facet_change (facet, key, hour, count)
        SELECT 'hashtag', tag, date_trunc('hour', i.published_at, 'UTC'), direction
          FROM (SELECT DISTINCT unnest(i.hashtags) AS tag) AS tags;
        INSERT INTO stats.topic_change
        SELECT m.topic_id, date_trunc('hour', i.published_at, 'UTC'), direction,
               direction * (i.sentiment_label IS NOT DISTINCT FROM 'positive')::int,
               direction * (i.sentiment_label IS NOT DISTINCT FROM 'neutral')::int,
               direction * (i.sentiment_label IS NOT DISTINCT FROM 'negative')::int,
               direction * (i.sentiment_score IS NOT NULL)::int,
               direction * coalesce(i.sentiment_score::numeric, 0)
          FROM mention m WHERE m.item_id = i.id;
        INSERT INTO stats.facet_change (facet, key, hour, count)
        SELECT facet, key, date_trunc('hour', i.published_at, 'UTC'), direction * n
          FROM (SELECT count(*)::int AS n FROM mention m WHERE m.item_id = i.id) AS mentions,
               LATERAL (VALUES ('source', i.source_id::text), ('author', i.author)) AS facets (facet, key)
         WHERE n > 0 AND key IS NOT NULL;
      $$`);
    await db.query(`
      CREATE FUNCTION stats.recount_item() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT OLD.hidden AND OLD.duplicate_of IS NULL THEN
          PERFORM stats.count_item(OLD, -1);
        END IF;
        IF TG_OP = 'UPDATE' AND NOT NEW.hidden AND NEW.duplicate_of IS NULL THEN
          PERFORM stats.count_item(NEW, 1);
        END IF;
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NULL END;
      END $$`);
    // Row-level with a WHEN clause: the frequent UPDATE (publishing seq) never calls a function.
    // (A statement-level trigger cannot be limited to columns once it has transition tables.)
    await db.query(`
      CREATE TRIGGER stats_item_updated AFTER UPDATE ON item FOR EACH ROW
        WHEN (OLD.hidden IS DISTINCT FROM NEW.hidden
           OR OLD.duplicate_of IS DISTINCT FROM NEW.duplicate_of
           OR OLD.published_at IS DISTINCT FROM NEW.published_at
           OR OLD.hashtags IS DISTINCT FROM NEW.hashtags
           OR OLD.author IS DISTINCT FROM NEW.author
           OR OLD.source_id IS DISTINCT FROM NEW.source_id
           OR OLD.sentiment_label IS DISTINCT FROM NEW.sentiment_label
           OR OLD.sentiment_score IS DISTINCT FROM NEW.sentiment_score)
        EXECUTE FUNCTION stats.recount_item()`);
    // BEFORE, because only then are both the item and its mentions still there: the cascade
    // removes the mentions, and statement triggers on item and on mention each see one side only.
    await db.query(`
      CREATE TRIGGER stats_item_deleted BEFORE DELETE ON item FOR EACH ROW
        EXECUTE FUNCTION stats.recount_item()`);

    await db.query(`
      CREATE FUNCTION stats.count_new_items() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stats.facet_change (facet, key, hour, count)
        SELECT 'hashtag', tags.tag, date_trunc('hour', n.published_at, 'UTC'), count(*)
          FROM added n CROSS JOIN LATERAL (SELECT DISTINCT unnest(n.hashtags) AS tag) AS tags
         WHERE NOT n.hidden AND n.duplicate_of IS NULL
         GROUP BY 2, 3;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER stats_item_inserted AFTER INSERT ON item
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION stats.count_new_items()`);

    // Nothing in Lyt moves a mention to another item or topic; if anything ever does, it still counts right.
    await db.query(`
      CREATE FUNCTION stats.count_moved(i item, topic uuid, direction integer) RETURNS void LANGUAGE sql AS $$
        INSERT INTO stats.topic_change
        VALUES (topic, date_trunc('hour', i.published_at, 'UTC'), direction,
                direction * (i.sentiment_label IS NOT DISTINCT FROM 'positive')::int,
                direction * (i.sentiment_label IS NOT DISTINCT FROM 'neutral')::int,
                direction * (i.sentiment_label IS NOT DISTINCT FROM 'negative')::int,
                direction * (i.sentiment_score IS NOT NULL)::int,
                direction * coalesce(i.sentiment_score::numeric, 0));
        INSERT INTO stats.facet_change (facet, key, hour, count)
        SELECT facet, key, date_trunc('hour', i.published_at, 'UTC'), direction
          FROM (VALUES ('source', i.source_id::text), ('author', i.author)) AS facets (facet, key)
         WHERE key IS NOT NULL;
      $$`);
    await db.query(`
      CREATE FUNCTION stats.move_mention() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        i item;
      BEGIN
        PERFORM 1 FROM item WHERE id IN (OLD.item_id, NEW.item_id) ORDER BY id FOR SHARE;
        FOR i IN SELECT * FROM item WHERE id IN (OLD.item_id, NEW.item_id)
                   AND NOT hidden AND duplicate_of IS NULL LOOP
          -- Out where the mention was, in where it is now (possibly the same item).
          IF i.id = OLD.item_id THEN
            PERFORM stats.count_moved(i, OLD.topic_id, -1);
          END IF;
          IF i.id = NEW.item_id THEN
            PERFORM stats.count_moved(i, NEW.topic_id, 1);
          END IF;
        END LOOP;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER stats_mention_moved AFTER UPDATE OF item_id, topic_id ON mention FOR EACH ROW
        WHEN (OLD.item_id <> NEW.item_id OR OLD.topic_id <> NEW.topic_id)
        EXECUTE FUNCTION stats.move_mention()`);

    await db.query(`
      CREATE FUNCTION stats.forget() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Waits for a fold in progress, so that it cannot write back what is forgotten here.
        LOCK TABLE stats.topic_hour, stats.topic_change, stats.facet_hour, stats.facet_day,
                   stats.facet_change IN EXCLUSIVE MODE;
        DELETE FROM stats.topic_hour;
        DELETE FROM stats.topic_change;
        IF TG_TABLE_NAME = 'item' THEN
          DELETE FROM stats.facet_hour;
          DELETE FROM stats.facet_day;
          DELETE FROM stats.facet_change;
        ELSE
          DELETE FROM stats.facet_hour WHERE facet <> 'hashtag';
          DELETE FROM stats.facet_day WHERE facet <> 'hashtag';
          DELETE FROM stats.facet_change WHERE facet <> 'hashtag';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(
      `CREATE TRIGGER stats_mention_truncated AFTER TRUNCATE ON mention FOR EACH STATEMENT EXECUTE FUNCTION stats.forget()`,
    );
    await db.query(
      `CREATE TRIGGER stats_item_truncated AFTER TRUNCATE ON item FOR EACH STATEMENT EXECUTE FUNCTION stats.forget()`,
    );

    // The triggers above hold SHARE ROW EXCLUSIVE locks on item and mention until this
    // migration commits: no write slips between the backfill and the first trigger.
    await db.query(`
      INSERT INTO stats.topic_hour
      SELECT m.topic_id, date_trunc('hour', i.published_at, 'UTC'), count(*),
             count(*) FILTER (WHERE i.sentiment_label = 'positive'),
             count(*) FILTER (WHERE i.sentiment_label = 'neutral'),
             count(*) FILTER (WHERE i.sentiment_label = 'negative'),
             count(i.sentiment_score), coalesce(sum(i.sentiment_score::numeric), 0)
        FROM mention m JOIN item i ON i.id = m.item_id
       WHERE NOT i.hidden AND i.duplicate_of IS NULL
       GROUP BY 1, 2`);
    await db.query(`
      INSERT INTO stats.facet_hour (facet, key, hour, count)
      SELECT 'hashtag', tags.tag, date_trunc('hour', i.published_at, 'UTC'), count(*)
        FROM item i CROSS JOIN LATERAL (SELECT DISTINCT unnest(i.hashtags) AS tag) AS tags
       WHERE NOT i.hidden AND i.duplicate_of IS NULL
       GROUP BY 2, 3`);
    await db.query(`
      INSERT INTO stats.facet_hour (facet, key, hour, count)
      SELECT facets.facet, facets.key, date_trunc('hour', i.published_at, 'UTC'), count(*)
        FROM mention m JOIN item i ON i.id = m.item_id,
             LATERAL (VALUES ('source', i.source_id::text), ('author', i.author)) AS facets (facet, key)
       WHERE NOT i.hidden AND i.duplicate_of IS NULL AND facets.key IS NOT NULL
       GROUP BY 1, 2, 3`);
    await db.query(`
      INSERT INTO stats.facet_day (facet, key, day, count)
      SELECT facet, key, date_trunc('day', hour, 'Europe/Copenhagen'), sum(count)
        FROM stats.facet_hour GROUP BY 1, 2, 3`);
    await db.query(
      `ANALYZE stats.topic_hour, stats.facet_hour, stats.facet_day`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER stats_item_truncated ON item`);
    await db.query(`DROP TRIGGER stats_mention_truncated ON mention`);
    await db.query(`DROP TRIGGER stats_mention_moved ON mention`);
    await db.query(`DROP TRIGGER stats_item_inserted ON item`);
    await db.query(`DROP TRIGGER stats_item_deleted ON item`);
    await db.query(`DROP TRIGGER stats_item_updated ON item`);
    await db.query(`DROP TRIGGER stats_mention_deleted ON mention`);
    await db.query(`DROP TRIGGER stats_mention_inserted ON mention`);
    await db.query(`DROP SCHEMA stats CASCADE`);
  }
}
