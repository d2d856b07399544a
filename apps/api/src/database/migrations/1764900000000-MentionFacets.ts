import { MigrationInterface, QueryRunner } from 'typeorm';
import { StatsRollups1764230000000 } from './1764230000000-StatsRollups';

/**
 * Hashtags, authors and sources count mentions as the rest of Lyt does: a
 * visible original item that matched at least one topic counts once, however
 * many topics it matched. (Before, authors and sources counted one per topic,
 * so an item matching two topics counted twice and the sources added up to
 * more than the summary; hashtags counted every item, matched or not.)
 *
 * An item enters the facets when it gains its first mention and leaves them
 * when it loses its last one. Two transactions changing the mentions of one
 * item at once (re-match passes of two topics) could each see the item
 * without the other's mention and both count it; the trigger therefore locks
 * the items it changes (FOR NO KEY UPDATE) before it reads their mentions, so
 * that the second reads what the first committed. Writers that change many
 * items in several statements lock them all first, in id order
 * (MentionsRepository.replaceRange), so that they cannot deadlock.
 *
 * Topic rollups are unchanged. Facets are rebuilt from item and mention.
 */
export class MentionFacets1764900000000 implements MigrationInterface {
  name = 'MentionFacets1764900000000';

  async up(db: QueryRunner): Promise<void> {
    // No write may slip between the old triggers' last change and the rebuild below.
    await db.query(`LOCK TABLE item, mention IN SHARE ROW EXCLUSIVE MODE`);
    await db.query(`
      LOCK TABLE stats.topic_hour, stats.topic_change, stats.facet_hour, stats.facet_day,
                 stats.facet_change IN EXCLUSIVE MODE`);

    await db.query(`DROP TRIGGER stats_item_inserted ON item`);
    await db.query(`DROP FUNCTION stats.count_new_items()`);
    await db.query(`DROP TRIGGER stats_mention_moved ON mention`);
    await db.query(`DROP FUNCTION stats.move_mention()`);
    await db.query(`DROP FUNCTION stats.count_moved(item, uuid, integer)`);
    await db.query(`DROP TRIGGER stats_mention_inserted ON mention`);
    await db.query(`DROP TRIGGER stats_mention_deleted ON mention`);
    await db.query(`DROP FUNCTION stats.count_mentions()`);

    await db.query(`
      CREATE FUNCTION stats.count_mention_changes(
        added_items bigint[], added_topics uuid[], removed_items bigint[], removed_topics uuid[]
      ) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- One transaction at a time per item, and each statement below reads a fresh snapshot:
        -- the second of two writers sees the first's mentions. A hide (UPDATE item) waits for
        -- this lock too, or this for the hide: whichever commits second sees the other's rows.
        PERFORM 1 FROM item
          WHERE id IN (SELECT unnest(added_items) UNION SELECT unnest(removed_items))
          ORDER BY id FOR NO KEY UPDATE;
        -- Mentions whose item is being deleted find no item here: the item's BEFORE DELETE
        -- trigger has already taken it out.
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
        -- +1 for an item that has mentions now and had none before this statement, -1 the other way.
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
      END $$`);
    // One function for the three statement triggers; an UPDATE that moves a mention to another
    // item or topic is a removal and an addition (nothing in Lyt does, but plain SQL may).
    await db.query(`
      CREATE FUNCTION stats.count_mentions() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        added_items bigint[];
        added_topics uuid[];
        removed_items bigint[];
        removed_topics uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(item_id), array_agg(topic_id) INTO added_items, added_topics FROM added;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(item_id), array_agg(topic_id) INTO removed_items, removed_topics FROM removed;
        ELSE
          SELECT array_agg(item_id), array_agg(topic_id) INTO added_items, added_topics
            FROM (SELECT item_id, topic_id FROM added EXCEPT ALL SELECT item_id, topic_id FROM removed) AS a;
          SELECT array_agg(item_id), array_agg(topic_id) INTO removed_items, removed_topics
            FROM (SELECT item_id, topic_id FROM removed EXCEPT ALL SELECT item_id, topic_id FROM added) AS r;
        END IF;
        IF added_items IS NULL AND removed_items IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM stats.count_mention_changes(
          coalesce(added_items, '{}'), coalesce(added_topics, '{}'),
          coalesce(removed_items, '{}'), coalesce(removed_topics, '{}'));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER stats_mention_inserted AFTER INSERT ON mention
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION stats.count_mentions()`);
    await db.query(`
      CREATE TRIGGER stats_mention_deleted AFTER DELETE ON mention
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION stats.count_mentions()`);
    // Statement-level triggers with transition tables cannot be limited to columns: this one also
    // runs for ON CONFLICT … SET terms, and finds nothing moved.
    await db.query(`
      CREATE TRIGGER stats_mention_updated AFTER UPDATE ON mention
        REFERENCING OLD TABLE AS removed NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION stats.count_mentions()`);

    // Hide, show, becoming a copy or an original again, edits: the item's whole contribution.
    await db.query(`
      CREATE OR REPLACE FUNCTION stats.count_item(i item, direction integer) RETURNS void LANGUAGE sql AS $$
        INSERT INTO stats.topic_change
        SELECT m.topic_id, date_trunc('hour', i.published_at, 'UTC'), direction,
               direction * (i.sentiment_label IS NOT DISTINCT FROM 'positive')::int,
               direction * (i.sentiment_label IS NOT DISTINCT FROM 'neutral')::int,
               direction * (i.sentiment_label IS NOT DISTINCT FROM 'negative')::int,
               direction * (i.sentiment_score IS NOT NULL)::int,
               direction * coalesce(i.sentiment_score::numeric, 0)
          FROM mention m WHERE m.item_id = i.id;
        INSERT INTO stats.facet_change (facet, key, hour, count)
        SELECT facets.facet, facets.key, date_trunc('hour', i.published_at, 'UTC'), direction
          FROM (SELECT 'source' AS facet, i.source_id::text AS key
                UNION ALL SELECT 'author', i.author
                UNION ALL SELECT 'hashtag', tag FROM (SELECT DISTINCT unnest(i.hashtags) AS tag) AS tags
               ) AS facets
         WHERE facets.key IS NOT NULL AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id);
      $$`);

    // Every facet now depends on mentions: emptying either table empties them all.
    await db.query(`
      CREATE OR REPLACE FUNCTION stats.forget() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Waits for a fold in progress, so that it cannot write back what is forgotten here.
        LOCK TABLE stats.topic_hour, stats.topic_change, stats.facet_hour, stats.facet_day,
                   stats.facet_change IN EXCLUSIVE MODE;
        DELETE FROM stats.topic_hour;
        DELETE FROM stats.topic_change;
        DELETE FROM stats.facet_hour;
        DELETE FROM stats.facet_day;
        DELETE FROM stats.facet_change;
        RETURN NULL;
      END $$`);

    await db.query(`DELETE FROM stats.facet_change`);
    await db.query(`DELETE FROM stats.facet_hour`);
    await db.query(`DELETE FROM stats.facet_day`);
    await db.query(`
      INSERT INTO stats.facet_hour (facet, key, hour, count)
      SELECT facets.facet, facets.key, date_trunc('hour', i.published_at, 'UTC'), count(*)
        FROM item i,
             LATERAL (SELECT 'source' AS facet, i.source_id::text AS key
                      UNION ALL SELECT 'author', i.author
                      UNION ALL SELECT 'hashtag', tag FROM (SELECT DISTINCT unnest(i.hashtags) AS tag) AS tags
                     ) AS facets
       WHERE NOT i.hidden AND i.duplicate_of IS NULL AND facets.key IS NOT NULL
         AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)
       GROUP BY 1, 2, 3`);
    await db.query(`
      INSERT INTO stats.facet_day (facet, key, day, count)
      SELECT facet, key, date_trunc('day', hour, 'Europe/Copenhagen'), sum(count)
        FROM stats.facet_hour GROUP BY 1, 2, 3`);
    await db.query(`ANALYZE stats.facet_hour, stats.facet_day`);
  }

  /** Back to the earlier counting: the rollups are derived, so they are rebuilt as that migration built them. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE item, mention IN SHARE ROW EXCLUSIVE MODE`);
    // The stats triggers depend on the schema's functions and go with it.
    await db.query(`DROP SCHEMA stats CASCADE`);
    await new StatsRollups1764230000000().up(db);
  }
}
