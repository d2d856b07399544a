import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mention statistics' triggers, cheaper for the collector's inserts:
 *
 * - One pass per statement instead of two. The facet triggers (MentionFacets)
 *   and the hashtag pair triggers (HashtagPairs) each joined the changed
 *   mentions to their items and counted each item's mentions; the one
 *   function below does it once and writes both. It is plpgsql, whose plans
 *   a connection keeps: the pairs' function was SQL, planned again on every
 *   call.
 * - Items that this transaction inserted are not locked. The lock makes the
 *   second of two transactions that change one item's mentions read what the
 *   first committed; an item no other transaction can see yet (inserted by
 *   this one) has no second writer, and one this transaction has already
 *   updated is locked by that update until commit. A lock on a fresh row
 *   writes its header and the WAL once more, 200 times per poll.
 *
 * What is counted is unchanged.
 */
export class MentionCountsOnce1765960000000 implements MigrationInterface {
  name = 'MentionCountsOnce1765960000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE item, mention IN SHARE ROW EXCLUSIVE MODE`);
    await db.query(`DROP TRIGGER stats_pairs_mention_inserted ON mention`);
    await db.query(`DROP TRIGGER stats_pairs_mention_deleted ON mention`);
    await db.query(`DROP TRIGGER stats_pairs_mention_updated ON mention`);
    await db.query(`DROP FUNCTION stats.count_mention_pairs()`);
    await db.query(
      `DROP FUNCTION stats.count_pair_changes(bigint[], bigint[])`,
    );
    await db.query(COUNT_ONCE);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE item, mention IN SHARE ROW EXCLUSIVE MODE`);
    await db.query(COUNT_FACETS);
    await db.query(COUNT_PAIRS);
    await db.query(COUNT_MENTION_PAIRS);
    for (const [name, event, tables] of [
      ['inserted', 'INSERT', 'NEW TABLE AS added'],
      ['deleted', 'DELETE', 'OLD TABLE AS removed'],
      ['updated', 'UPDATE', 'OLD TABLE AS removed NEW TABLE AS added'],
    ])
      await db.query(`
        CREATE TRIGGER stats_pairs_mention_${name} AFTER ${event} ON mention
          REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION stats.count_mention_pairs()`);
  }
}

const COUNT_ONCE = `
  CREATE OR REPLACE FUNCTION stats.count_mention_changes(
    added_items bigint[], added_topics uuid[], removed_items bigint[], removed_topics uuid[]
  ) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    -- One transaction at a time per item, and each statement below reads a fresh snapshot:
    -- the second of two writers sees the first's mentions. A hide (UPDATE item) waits for
    -- this lock too, or this for the hide: whichever commits second sees the other's rows.
    -- Rows this transaction wrote (xmin) are skipped: inserted ones no other can see, and
    -- updated ones the update keeps locked.
    PERFORM 1 FROM item
      WHERE id IN (SELECT unnest(added_items) UNION SELECT unnest(removed_items))
        AND xmin <> pg_current_xact_id()::xid
      ORDER BY id FOR NO KEY UPDATE;
    -- Mentions whose item is being deleted find no item here: the item's BEFORE DELETE
    -- triggers have already taken it out.
    WITH changes AS (
      SELECT item_id, topic_id, 1 AS direction FROM unnest(added_items, added_topics) AS a (item_id, topic_id)
      UNION ALL
      SELECT item_id, topic_id, -1 FROM unnest(removed_items, removed_topics) AS r (item_id, topic_id)),
    counted AS MATERIALIZED (
      SELECT c.item_id, c.topic_id, c.direction, i.source_id, i.author, i.hashtags, i.published_at,
             i.sentiment_label, i.sentiment_score, date_trunc('hour', i.published_at, 'UTC') AS hour
        FROM changes c JOIN item i ON i.id = c.item_id
       WHERE NOT i.hidden AND i.duplicate_of IS NULL),
    topics AS (
      INSERT INTO stats.topic_change
      SELECT topic_id, hour, sum(direction),
             sum(direction * (sentiment_label IS NOT DISTINCT FROM 'positive')::int),
             sum(direction * (sentiment_label IS NOT DISTINCT FROM 'neutral')::int),
             sum(direction * (sentiment_label IS NOT DISTINCT FROM 'negative')::int),
             sum(direction * (sentiment_score IS NOT NULL)::int),
             coalesce(sum(direction * sentiment_score::numeric), 0)
        FROM counted GROUP BY topic_id, hour),
    items AS (
      SELECT item_id, source_id, author, hashtags, published_at, hour, sum(direction) AS net
        FROM counted GROUP BY item_id, source_id, author, hashtags, published_at, hour),
    -- +1 for an item that has mentions now and had none before this statement, -1 the other way.
    flipped AS MATERIALIZED (
      SELECT x.source_id, x.author, x.hashtags, x.published_at, x.hour,
             (present.mentions > 0)::int - (present.mentions - x.net > 0)::int AS delta
        FROM items x
       CROSS JOIN LATERAL (SELECT count(*) AS mentions FROM mention m WHERE m.item_id = x.item_id) AS present),
    pairs AS (
      INSERT INTO stats.hashtag_pair_change (tag, other, day, count)
      SELECT p.tag, p.other, date_trunc('day', f.published_at, 'Europe/Copenhagen'), sum(f.delta)
        FROM flipped f CROSS JOIN LATERAL stats.hashtag_pairs(f.hashtags) AS p
       WHERE f.delta <> 0 AND cardinality(f.hashtags) > 1
       GROUP BY 1, 2, 3)
    INSERT INTO stats.facet_change (facet, key, hour, count)
    SELECT 'source', source_id::text, hour, sum(delta) FROM flipped WHERE delta <> 0
     GROUP BY source_id, hour
    UNION ALL
    SELECT 'author', author, hour, sum(delta) FROM flipped WHERE delta <> 0 AND author IS NOT NULL
     GROUP BY author, hour
    UNION ALL
    SELECT 'hashtag', tags.tag, hour, sum(delta)
      FROM flipped CROSS JOIN LATERAL (SELECT DISTINCT unnest(flipped.hashtags) AS tag) AS tags
     WHERE delta <> 0 GROUP BY tags.tag, hour;
  END $$`;

/** Down: the facets' function as MentionFacets made it… */
const COUNT_FACETS = `
  CREATE OR REPLACE FUNCTION stats.count_mention_changes(
    added_items bigint[], added_topics uuid[], removed_items bigint[], removed_topics uuid[]
  ) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM 1 FROM item
      WHERE id IN (SELECT unnest(added_items) UNION SELECT unnest(removed_items))
      ORDER BY id FOR NO KEY UPDATE;
    WITH changes AS (
      SELECT item_id, topic_id, 1 AS direction FROM unnest(added_items, added_topics) AS a (item_id, topic_id)
      UNION ALL
      SELECT item_id, topic_id, -1 FROM unnest(removed_items, removed_topics) AS r (item_id, topic_id)),
    counted AS MATERIALIZED (
      SELECT c.item_id, c.topic_id, c.direction, i.source_id, i.author, i.hashtags,
             i.sentiment_label, i.sentiment_score, date_trunc('hour', i.published_at, 'UTC') AS hour
        FROM changes c JOIN item i ON i.id = c.item_id
       WHERE NOT i.hidden AND i.duplicate_of IS NULL),
    topics AS (
      INSERT INTO stats.topic_change
      SELECT topic_id, hour, sum(direction),
             sum(direction * (sentiment_label IS NOT DISTINCT FROM 'positive')::int),
             sum(direction * (sentiment_label IS NOT DISTINCT FROM 'neutral')::int),
             sum(direction * (sentiment_label IS NOT DISTINCT FROM 'negative')::int),
             sum(direction * (sentiment_score IS NOT NULL)::int),
             coalesce(sum(direction * sentiment_score::numeric), 0)
        FROM counted GROUP BY topic_id, hour),
    items AS (
      SELECT item_id, source_id, author, hashtags, hour, sum(direction) AS net
        FROM counted GROUP BY item_id, source_id, author, hashtags, hour),
    flipped AS (
      SELECT x.source_id, x.author, x.hashtags, x.hour,
             (present.mentions > 0)::int - (present.mentions - x.net > 0)::int AS delta
        FROM items x
       CROSS JOIN LATERAL (SELECT count(*) AS mentions FROM mention m WHERE m.item_id = x.item_id) AS present)
    INSERT INTO stats.facet_change (facet, key, hour, count)
    SELECT 'source', source_id::text, hour, sum(delta) FROM flipped WHERE delta <> 0
     GROUP BY source_id, hour
    UNION ALL
    SELECT 'author', author, hour, sum(delta) FROM flipped WHERE delta <> 0 AND author IS NOT NULL
     GROUP BY author, hour
    UNION ALL
    SELECT 'hashtag', tags.tag, hour, sum(delta)
      FROM flipped CROSS JOIN LATERAL (SELECT DISTINCT unnest(flipped.hashtags) AS tag) AS tags
     WHERE delta <> 0 GROUP BY tags.tag, hour;
  END $$`;

/** …and the pairs' functions as HashtagPairs made them. */
const COUNT_PAIRS = `
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
  $$`;

const COUNT_MENTION_PAIRS = `
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
  END $$`;
