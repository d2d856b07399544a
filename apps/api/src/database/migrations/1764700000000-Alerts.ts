import { MigrationInterface, QueryRunner } from 'typeorm';

export class Alerts1764700000000 implements MigrationInterface {
  name = 'Alerts1764700000000';

  async up(db: QueryRunner): Promise<void> {
    // The selection is JSON, so interest lists (and a goal trigger's options) join without a
    // migration of every rule; the channel is columns, so a secret never travels in a JSON blob.
    await db.query(`
      CREATE TABLE alert_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        trigger text NOT NULL CHECK (trigger IN ('mention', 'spike', 'source-failing', 'digest')),
        selection jsonb NOT NULL DEFAULT '{}',
        every text NOT NULL CHECK (every IN ('instant', 'hourly', 'daily', 'weekly')),
        channel_type text NOT NULL CHECK (channel_type IN ('webhook', 'email')),
        webhook_url text,
        webhook_secret text,
        email_to text[],
        language text NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
        enabled boolean NOT NULL DEFAULT true,
        failing_for_minutes integer,
        digest_hour integer CHECK (digest_hour BETWEEN 0 AND 23),
        -- When the rule's last message was formed: its rate limit counts from here.
        last_message_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((channel_type = 'webhook') = (webhook_url IS NOT NULL)),
        CHECK ((channel_type = 'email') = (email_to IS NOT NULL))
      )`);
    // One message to one channel, and every attempt at it. Its id is the idempotency key a
    // receiver sees on every retry (X-Lyt-Delivery); the body is kept as sent (json, not
    // jsonb, keeps the bytes), so a retry signs and sends the same bytes.
    await db.query(`
      CREATE TABLE alert_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rule_id uuid NOT NULL REFERENCES alert_rule (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('mention', 'spike', 'source-failing', 'digest', 'test')),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        headline text NOT NULL,
        item_count integer NOT NULL,
        payload json NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        -- A worker's claim on a pending delivery while it sends it; expires if that worker dies.
        locked_until timestamptz,
        last_attempt_at timestamptz,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX alert_delivery_due_idx ON alert_delivery (next_attempt_at) WHERE status = 'pending'`,
    );
    await db.query(
      `CREATE INDEX alert_delivery_rule_idx ON alert_delivery (rule_id, created_at DESC)`,
    );
    // The outbox: what happened, written in the transaction that found it (the poll that
    // stored a mention, the job that saw a spike). The worker groups a rule's pending events
    // into one delivery. The key makes a fact one event, however many processes find it.
    await db.query(`
      CREATE TABLE alert_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        rule_id uuid NOT NULL REFERENCES alert_rule (id) ON DELETE CASCADE,
        dedupe_key text NOT NULL,
        item_id bigint REFERENCES item (id) ON DELETE CASCADE,
        payload jsonb,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        delivery_id uuid REFERENCES alert_delivery (id) ON DELETE CASCADE,
        UNIQUE (rule_id, dedupe_key)
      )`);
    await db.query(
      `CREATE INDEX alert_event_pending_idx ON alert_event (rule_id, id) WHERE delivery_id IS NULL`,
    );
    await db.query(
      `CREATE INDEX alert_event_delivery_idx ON alert_event (delivery_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE alert_event`);
    await db.query(`DROP TABLE alert_delivery`);
    await db.query(`DROP TABLE alert_rule`);
  }
}
