import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rules may watch goals: a goal reached or falling behind is a trigger, and the kind of its deliveries. */
export class GoalAlerts1765700000000 implements MigrationInterface {
  name = 'GoalAlerts1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE alert_rule DROP CONSTRAINT alert_rule_trigger_check,
        ADD CONSTRAINT alert_rule_trigger_check
        CHECK (trigger IN ('mention', 'spike', 'source-failing', 'digest', 'goal'))`);
    await db.query(`
      ALTER TABLE alert_delivery DROP CONSTRAINT alert_delivery_kind_check,
        ADD CONSTRAINT alert_delivery_kind_check
        CHECK (kind IN ('mention', 'spike', 'source-failing', 'digest', 'goal', 'test'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM alert_rule WHERE trigger = 'goal'`);
    await db.query(`
      ALTER TABLE alert_delivery DROP CONSTRAINT alert_delivery_kind_check,
        ADD CONSTRAINT alert_delivery_kind_check
        CHECK (kind IN ('mention', 'spike', 'source-failing', 'digest', 'test'))`);
    await db.query(`
      ALTER TABLE alert_rule DROP CONSTRAINT alert_rule_trigger_check,
        ADD CONSTRAINT alert_rule_trigger_check
        CHECK (trigger IN ('mention', 'spike', 'source-failing', 'digest'))`);
  }
}
