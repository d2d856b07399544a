import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hashtag and search sources (a Mastodon tag, a Bluesky search) are read
 * through the platforms' JSON APIs, and their posts' counts are kept in
 * `account_post` beside the accounts' posts: such a post belongs to its
 * source rather than to an account. Mastodon tag sources, stored as the tag's
 * RSS feed, now name the tag's page; their items keep their guids (the status
 * URL, in the feed as in the API), so nothing is stored twice.
 */
export class HashtagEngagement1765910000000 implements MigrationInterface {
  name = 'HashtagEngagement1765910000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE account_post ALTER COLUMN account_id DROP NOT NULL`,
    );
    await db.query(
      `ALTER TABLE account_post ADD COLUMN source_id uuid REFERENCES source (id) ON DELETE CASCADE`,
    );
    await db.query(
      `ALTER TABLE account_post ADD CONSTRAINT account_post_owner CHECK ((account_id IS NULL) <> (source_id IS NULL))`,
    );
    await db.query(
      `ALTER TABLE account_post ADD CONSTRAINT account_post_source_remote UNIQUE (source_id, remote_id)`,
    );
    await db.query(`
      UPDATE source SET url = regexp_replace(url, '\\.rss$', ''), etag = NULL, last_modified = NULL
       WHERE kind = 'mastodon-tag' AND url ~ '/tags/[^/]+\\.rss$'
         AND NOT EXISTS (SELECT 1 FROM source other WHERE other.url = regexp_replace(source.url, '\\.rss$', ''))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `UPDATE source SET url = url || '.rss' WHERE kind = 'mastodon-tag' AND url ~ '/tags/[^/.]+$'`,
    );
    await db.query(`DELETE FROM account_post WHERE account_id IS NULL`);
    await db.query(
      `ALTER TABLE account_post DROP CONSTRAINT account_post_source_remote`,
    );
    await db.query(
      `ALTER TABLE account_post DROP CONSTRAINT account_post_owner`,
    );
    await db.query(`ALTER TABLE account_post DROP COLUMN source_id`);
    await db.query(
      `ALTER TABLE account_post ALTER COLUMN account_id SET NOT NULL`,
    );
  }
}
