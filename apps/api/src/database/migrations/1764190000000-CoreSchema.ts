import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoreSchema1764190000000 implements MigrationInterface {
  name = 'CoreSchema1764190000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE access_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        role text NOT NULL CHECK (role IN ('admin', 'viewer')),
        token_hash text NOT NULL UNIQUE,
        origin text NOT NULL CHECK (origin IN ('generated', 'environment')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE topic (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('company', 'competitor', 'industry', 'custom')),
        query text NOT NULL,
        color text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE source (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        url text NOT NULL UNIQUE,
        kind text NOT NULL DEFAULT 'feed',
        interval_seconds integer NOT NULL DEFAULT 300 CHECK (interval_seconds >= 5),
        enabled boolean NOT NULL DEFAULT true,
        etag text,
        last_modified text,
        next_poll_at timestamptz NOT NULL DEFAULT now(),
        last_ok_at timestamptz,
        last_error text,
        error_count integer NOT NULL DEFAULT 0,
        items_seen integer NOT NULL DEFAULT 0,
        last_new_item_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX source_due_idx ON source (next_poll_at) WHERE enabled`,
    );
    await db.query(`
      CREATE TABLE item (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_id uuid NOT NULL REFERENCES source (id) ON DELETE CASCADE,
        guid text NOT NULL,
        url text,
        canonical_url text,
        title text,
        text text NOT NULL,
        author text,
        published_at timestamptz NOT NULL,
        fetched_at timestamptz NOT NULL DEFAULT now(),
        hashtags text[] NOT NULL DEFAULT '{}',
        media_url text,
        language text,
        sentiment_score real,
        sentiment_label text CHECK (sentiment_label IN ('positive', 'neutral', 'negative')),
        hidden boolean NOT NULL DEFAULT false,
        search tsvector GENERATED ALWAYS AS (
          to_tsvector('danish'::regconfig, coalesce(title, '') || ' ' || text)
          || to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text)
        ) STORED,
        UNIQUE (source_id, guid)
      )`);
    await db.query(
      `CREATE INDEX item_published_at_idx ON item (published_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX item_hashtags_idx ON item USING gin (hashtags)`,
    );
    await db.query(`CREATE INDEX item_search_idx ON item USING gin (search)`);
    await db.query(
      `CREATE INDEX item_canonical_url_idx ON item (canonical_url) WHERE canonical_url IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE mention (
        item_id bigint NOT NULL REFERENCES item (id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
        terms text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_id, topic_id)
      )`);
    await db.query(
      `CREATE INDEX mention_topic_idx ON mention (topic_id, item_id DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mention`);
    await db.query(`DROP TABLE item`);
    await db.query(`DROP TABLE source`);
    await db.query(`DROP TABLE topic`);
    await db.query(`DROP TABLE access_token`);
  }
}
