import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mentions per topic, source and hour, so that an interest list's per-topic
 * statistics (volume, share of voice, sentiment, spikes) add the hours of its
 * sources instead of reading item and mention. Counted by the rule of
 * stats.topic_hour (StatsRollups): a mention counts while its item is visible
 * and an original, in the UTC hour it was published.
 *
 * Its own triggers, beside those of the other rollups, append signed changes
 * to stats.topic_source_change; StatsCompactionService folds them. The
 * mention triggers are named stats_topic_source_* so that they fire after
 * stats_mention_* (same event, names in order): those lock the changed
 * items first, so a hide that commits meanwhile is seen here, and a hide
 * that comes later waits and then counts these mentions out.
 */
export class TopicSourceHours1766100000000 implements MigrationInterface {
  name = 'TopicSourceHours1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE item, mention IN SHARE ROW EXCLUSIVE MODE`);
    await db.query(`
      CREATE TABLE stats.topic_source_hour (
        topic_id uuid NOT NULL,
        source_id uuid NOT NULL,
        hour timestamptz NOT NULL,
        mentions integer NOT NULL,
        positive integer NOT NULL,
        neutral integer NOT NULL,
        negative integer NOT NULL,
        scored integer NOT NULL,
        sentiment_sum numeric NOT NULL,
        PRIMARY KEY (topic_id, source_id, hour)
      )`);
    await db.query(
      `CREATE TABLE stats.topic_source_change (LIKE stats.topic_source_hour)`,
    );

    await db.query(countTopicSources('CREATE', 'joined'));
    for (const [name, event, tables] of MENTION_TRIGGERS)
      await db.query(`
        CREATE TRIGGER stats_topic_source_mention_${name} AFTER ${event} ON mention
          REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION stats.count_topic_sources()`);

    // Hide, show, becoming a copy or an original again, edits, deletion: the item's whole part.
    await db.query(`
      CREATE FUNCTION stats.count_item_topic_sources(i item, direction integer) RETURNS void
      LANGUAGE sql AS $$
        INSERT INTO stats.topic_source_change
        SELECT m.topic_id, i.source_id, date_trunc('hour', i.published_at, 'UTC'), direction,
               direction * (i.sentiment_label IS NOT DISTINCT FROM 'positive')::int,
               direction * (i.sentiment_label IS NOT DISTINCT FROM 'neutral')::int,
               direction * (i.sentiment_label IS NOT DISTINCT FROM 'negative')::int,
               direction * (i.sentiment_score IS NOT NULL)::int,
               direction * coalesce(i.sentiment_score::numeric, 0)
          FROM mention m WHERE m.item_id = i.id;
      $$`);
    await db.query(`
      CREATE FUNCTION stats.recount_item_topic_sources() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT OLD.hidden AND OLD.duplicate_of IS NULL THEN
          PERFORM stats.count_item_topic_sources(OLD, -1);
        END IF;
        IF TG_OP = 'UPDATE' AND NOT NEW.hidden AND NEW.duplicate_of IS NULL THEN
          PERFORM stats.count_item_topic_sources(NEW, 1);
        END IF;
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NULL END;
      END $$`);
    // Row-level with a WHEN clause: the frequent UPDATEs of other columns call no function.
    await db.query(`
      CREATE TRIGGER stats_topic_source_item_updated AFTER UPDATE ON item FOR EACH ROW
        WHEN (OLD.hidden IS DISTINCT FROM NEW.hidden
           OR OLD.duplicate_of IS DISTINCT FROM NEW.duplicate_of
           OR OLD.published_at IS DISTINCT FROM NEW.published_at
           OR OLD.source_id IS DISTINCT FROM NEW.source_id
           OR OLD.sentiment_label IS DISTINCT FROM NEW.sentiment_label
           OR OLD.sentiment_score IS DISTINCT FROM NEW.sentiment_score)
        EXECUTE FUNCTION stats.recount_item_topic_sources()`);
    // BEFORE, while the item's mentions are still there (the cascade removes them after,
    // and then finds no item to count them by).
    await db.query(`
      CREATE TRIGGER stats_topic_source_item_deleted BEFORE DELETE ON item FOR EACH ROW
        EXECUTE FUNCTION stats.recount_item_topic_sources()`);

    await db.query(`
      CREATE FUNCTION stats.forget_topic_sources() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Waits for a fold in progress, so that it cannot write back what is forgotten here.
        LOCK TABLE stats.topic_source_hour, stats.topic_source_change IN EXCLUSIVE MODE;
        DELETE FROM stats.topic_source_hour;
        DELETE FROM stats.topic_source_change;
        RETURN NULL;
      END $$`);
    for (const table of ['item', 'mention'])
      await db.query(`
        CREATE TRIGGER stats_topic_source_${table}_truncated AFTER TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION stats.forget_topic_sources()`);

    // History: the lock above holds until commit, so nothing slips in between.
    await db.query(`
      INSERT INTO stats.topic_source_hour
      SELECT m.topic_id, i.source_id, date_trunc('hour', i.published_at, 'UTC'), count(*),
             count(*) FILTER (WHERE i.sentiment_label = 'positive'),
             count(*) FILTER (WHERE i.sentiment_label = 'neutral'),
             count(*) FILTER (WHERE i.sentiment_label = 'negative'),
             count(i.sentiment_score), coalesce(sum(i.sentiment_score::numeric), 0)
        FROM mention m JOIN item i ON i.id = m.item_id
       WHERE NOT i.hidden AND i.duplicate_of IS NULL
       GROUP BY 1, 2, 3`);
    await db.query(`ANALYZE stats.topic_source_hour`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE item, mention IN SHARE ROW EXCLUSIVE MODE`);
    for (const table of ['item', 'mention'])
      await db.query(
        `DROP TRIGGER stats_topic_source_${table}_truncated ON ${table}`,
      );
    await db.query(`DROP TRIGGER stats_topic_source_item_deleted ON item`);
    await db.query(`DROP TRIGGER stats_topic_source_item_updated ON item`);
    for (const [name] of MENTION_TRIGGERS)
      await db.query(
        `DROP TRIGGER stats_topic_source_mention_${name} ON mention`,
      );
    await db.query(`DROP FUNCTION stats.forget_topic_sources()`);
    await db.query(`DROP FUNCTION stats.recount_item_topic_sources()`);
    await db.query(
      `DROP FUNCTION stats.count_item_topic_sources(item, integer)`,
    );
    await db.query(`DROP FUNCTION stats.count_topic_sources()`);
    await db.query(`DROP TABLE stats.topic_source_change`);
    await db.query(`DROP TABLE stats.topic_source_hour`);
  }
}

const MENTION_TRIGGERS = [
  ['inserted', 'INSERT', 'NEW TABLE AS added'],
  ['deleted', 'DELETE', 'OLD TABLE AS removed'],
  ['updated', 'UPDATE', 'OLD TABLE AS removed NEW TABLE AS added'],
] as const;

/**
 * The mention triggers' function. 'joined' joins the changed mentions to item,
 * which the planner may do by a scan of all items; 'looked-up' reads each
 * changed mention's item by its key (TopicSourceLookups).
 */
export function countTopicSources(
  verb: 'CREATE' | 'CREATE OR REPLACE',
  items: 'joined' | 'looked-up',
): string {
  const countChanges = (changes: string) => countChangesOf(changes, items);
  return `
      ${verb} FUNCTION stats.count_topic_sources() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${countChanges(`SELECT item_id, topic_id, 1 AS direction FROM added`)};
        ELSIF TG_OP = 'DELETE' THEN
          ${countChanges(`SELECT item_id, topic_id, -1 AS direction FROM removed`)};
        ELSE
          -- Also runs for ON CONFLICT … SET terms, and finds nothing moved.
          ${countChanges(`
            SELECT item_id, topic_id, 1 AS direction
              FROM (SELECT item_id, topic_id FROM added EXCEPT ALL SELECT item_id, topic_id FROM removed) AS a
            UNION ALL
            SELECT item_id, topic_id, -1
              FROM (SELECT item_id, topic_id FROM removed EXCEPT ALL SELECT item_id, topic_id FROM added) AS r`)};
        END IF;
        RETURN NULL;
      END $$`;
}

/**
 * One pass over the changed mentions (item, topic, ±1), with their items.
 * Mentions whose item is being deleted find no item: its BEFORE DELETE
 * trigger has already counted them out.
 */
function countChangesOf(
  changes: string,
  items: 'joined' | 'looked-up',
): string {
  // OFFSET 0 keeps the subquery apart: one primary key lookup per changed mention.
  const item =
    items === 'joined'
      ? `JOIN item i ON i.id = c.item_id`
      : `CROSS JOIN LATERAL (SELECT * FROM item WHERE id = c.item_id OFFSET 0) AS i`;
  return `
    INSERT INTO stats.topic_source_change
    SELECT c.topic_id, i.source_id, date_trunc('hour', i.published_at, 'UTC'), sum(c.direction),
           sum(c.direction * (i.sentiment_label IS NOT DISTINCT FROM 'positive')::int),
           sum(c.direction * (i.sentiment_label IS NOT DISTINCT FROM 'neutral')::int),
           sum(c.direction * (i.sentiment_label IS NOT DISTINCT FROM 'negative')::int),
           sum(c.direction * (i.sentiment_score IS NOT NULL)::int),
           coalesce(sum(c.direction * i.sentiment_score::numeric), 0)
      FROM (${changes}) AS c ${item}
     WHERE NOT i.hidden AND i.duplicate_of IS NULL
     GROUP BY 1, 2, 3`;
}
