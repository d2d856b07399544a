import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The most-engaging order of mentions (`GET /api/mentions?sort=engagement`)
 * walks posts by the sum of their counts, highest first, and stops once a
 * page is full, rather than ranking every mention of the period.
 */
export class EngagementOrder1765970000000 implements MigrationInterface {
  name = 'EngagementOrder1765970000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX account_post_engagement_idx ON account_post ((likes + boosts + replies + quotes) DESC) WHERE item_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX account_post_engagement_idx`);
  }
}
