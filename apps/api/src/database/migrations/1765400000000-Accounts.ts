import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (a person's or organisation's profile on Mastodon, Bluesky or a
 * blog) with a role, collected through a source of their own: its posts are
 * items like any other, and `account_post` keeps what feeds lack — likes,
 * boosts, replies and quotes per post, refreshed on a schedule while a post is
 * young — and `follower_sample` the follower count over time. Goals measure
 * them; ambassador signals say which posts share company content.
 */
export class Accounts1765400000000 implements MigrationInterface {
  name = 'Accounts1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        platform text NOT NULL CHECK (platform IN ('mastodon', 'bluesky', 'feed')),
        handle text NOT NULL,
        role text NOT NULL CHECK (role IN ('own', 'role-model', 'employee', 'watched')),
        name text NOT NULL,
        profile_url text NOT NULL,
        -- Mastodon: the instance's origin; Bluesky: null (LYT_BLUESKY_API); feed: null.
        instance_url text,
        -- Mastodon's account id or Bluesky's DID.
        remote_id text,
        source_id uuid NOT NULL UNIQUE REFERENCES source (id) ON DELETE CASCADE,
        -- False when the account was given a source that existed already: removing the account keeps it.
        owns_source boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX account_handle_idx ON account (platform, lower(handle))`,
    );
    await db.query(`
      CREATE TABLE account_post (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        -- Mastodon's status id or Bluesky's at:// URI.
        remote_id text NOT NULL,
        -- The item the post became; null for a boost or repost, which is someone else's post.
        item_id bigint REFERENCES item (id) ON DELETE SET NULL,
        url text,
        text text NOT NULL,
        posted_at timestamptz NOT NULL,
        likes integer NOT NULL DEFAULT 0,
        boosts integer NOT NULL DEFAULT 0,
        replies integer NOT NULL DEFAULT 0,
        quotes integer NOT NULL DEFAULT 0,
        has_image boolean NOT NULL DEFAULT false,
        -- Hosts of the links in the post, lower-case.
        link_hosts text[] NOT NULL DEFAULT '{}',
        hashtags text[] NOT NULL DEFAULT '{}',
        -- A boost or repost: the original's URL and its author's handle.
        shared_url text,
        shared_handle text,
        refreshed_at timestamptz NOT NULL DEFAULT now(),
        -- Null once the post is old enough that its counts are final, or deleted.
        next_refresh_at timestamptz,
        deleted_at timestamptz,
        UNIQUE (account_id, remote_id)
      )`);
    await db.query(
      `CREATE INDEX account_post_posted_idx ON account_post (account_id, posted_at DESC)`,
    );
    await db.query(
      `CREATE INDEX account_post_refresh_idx ON account_post (next_refresh_at) WHERE next_refresh_at IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX account_post_item_idx ON account_post (item_id) WHERE item_id IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE follower_sample (
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        sampled_at timestamptz NOT NULL,
        followers integer NOT NULL CHECK (followers >= 0),
        PRIMARY KEY (account_id, sampled_at)
      )`);
    await db.query(`
      CREATE TABLE goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        metric text NOT NULL CHECK (metric IN ('posts', 'followers', 'engagement-per-post', 'mentions', 'hashtag-uses')),
        target double precision NOT NULL CHECK (target > 0),
        account_id uuid REFERENCES account (id) ON DELETE CASCADE,
        topic_id uuid REFERENCES topic (id) ON DELETE CASCADE,
        hashtag text,
        starts_at timestamptz NOT NULL,
        deadline timestamptz,
        period text CHECK (period IN ('week', 'month')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((deadline IS NULL) <> (period IS NULL)),
        CHECK (deadline IS NULL OR deadline > starts_at)
      )`);
    await db.query(`
      CREATE TABLE ambassador_signal (
        kind text NOT NULL CHECK (kind IN ('domain', 'hashtag')),
        value text NOT NULL,
        PRIMARY KEY (kind, value)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ambassador_signal`);
    await db.query(`DROP TABLE goal`);
    await db.query(`DROP TABLE follower_sample`);
    await db.query(`DROP TABLE account_post`);
    await db.query(`DROP TABLE account`);
  }
}
