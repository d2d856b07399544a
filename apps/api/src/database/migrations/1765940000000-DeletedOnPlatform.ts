import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why an item is hidden, where it is not a moderator's choice: a post its
 * platform no longer has (deleted) is hidden the way moderation hides, and is
 * not offered to be shown again.
 */
export class DeletedOnPlatform1765940000000 implements MigrationInterface {
  name = 'DeletedOnPlatform1765940000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE item ADD COLUMN hidden_reason text CHECK (hidden_reason IN ('deleted-on-platform'))`,
    );
    await db.query(`
      UPDATE item SET hidden = true, hidden_at = coalesce(hidden_at, now()), hidden_reason = 'deleted-on-platform'
        FROM account_post ap
       WHERE ap.item_id = item.id AND ap.deleted_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE item DROP COLUMN hidden_reason`);
  }
}
