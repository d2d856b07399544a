import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  AlertFrequency,
  AlertLanguage,
  AlertSelection,
  AlertTrigger,
} from '@lyt/contracts';

/** A rule as stored, secret included: never hand this to a client (see alert.view.ts). */
export interface AlertRuleRecord {
  id: string;
  name: string;
  trigger: AlertTrigger;
  selection: AlertSelection;
  every: AlertFrequency;
  channelType: 'webhook' | 'email';
  webhookUrl: string | null;
  webhookSecret: string | null;
  emailTo: string[] | null;
  language: AlertLanguage;
  enabled: boolean;
  failingForMinutes: number | null;
  digestHour: number | null;
  lastMessageAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type AlertRuleFields = Omit<
  AlertRuleRecord,
  'id' | 'lastMessageAt' | 'createdAt' | 'updatedAt'
>;

export const RULE_COLUMNS = `
  r.id, r.name, r.trigger, '{"lists": []}'::jsonb || r.selection AS selection, r.every, r.channel_type AS "channelType",
  r.webhook_url AS "webhookUrl", r.webhook_secret AS "webhookSecret", r.email_to AS "emailTo",
  r.language, r.enabled, r.failing_for_minutes AS "failingForMinutes", r.digest_hour AS "digestHour",
  r.last_message_at AS "lastMessageAt", r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

const FIELDS: [keyof AlertRuleFields, string][] = [
  ['name', 'name'],
  ['trigger', 'trigger'],
  ['selection', 'selection'],
  ['every', 'every'],
  ['channelType', 'channel_type'],
  ['webhookUrl', 'webhook_url'],
  ['webhookSecret', 'webhook_secret'],
  ['emailTo', 'email_to'],
  ['language', 'language'],
  ['enabled', 'enabled'],
  ['failingForMinutes', 'failing_for_minutes'],
  ['digestHour', 'digest_hour'],
];

@Injectable()
export class AlertRulesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<AlertRuleRecord[]> {
    return this.dataSource.query(
      `SELECT ${RULE_COLUMNS} FROM alert_rule r ORDER BY r.created_at, r.id`,
    );
  }

  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AlertRuleRecord | null> {
    const [row] = await manager.query(
      `SELECT ${RULE_COLUMNS} FROM alert_rule r WHERE r.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Enabled rules of a trigger. */
  enabled(
    trigger: AlertTrigger,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AlertRuleRecord[]> {
    return manager.query(
      `SELECT ${RULE_COLUMNS} FROM alert_rule r WHERE r.enabled AND r.trigger = $1`,
      [trigger],
    );
  }

  async create(fields: AlertRuleFields): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO alert_rule (${FIELDS.map(([, column]) => column).join(', ')})
       VALUES (${FIELDS.map((_, index) => `$${index + 1}`).join(', ')}) RETURNING id`,
      FIELDS.map(([field]) => value(fields, field)),
    );
    return row.id;
  }

  /**
   * Replaces the rule's fields. A rule turned off drops what it had not sent
   * yet, so turning it on again does not deliver old news.
   */
  async update(id: string, fields: AlertRuleFields): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE alert_rule SET ${FIELDS.map(([, column], index) => `${column} = $${index + 2}`).join(', ')},
                updated_at = now()
          WHERE id = $1`,
        [id, ...FIELDS.map(([field]) => value(fields, field))],
      );
      if (fields.enabled) return;
      await manager.query(
        `DELETE FROM alert_event WHERE rule_id = $1 AND delivery_id IS NULL`,
        [id],
      );
      await manager.query(
        `UPDATE alert_delivery
            SET status = 'failed', locked_until = NULL, last_error = 'cancelled: the rule was turned off'
          WHERE rule_id = $1 AND status = 'pending'`,
        [id],
      );
    });
  }

  async remove(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH deleted AS (DELETE FROM alert_rule WHERE id = $1 RETURNING id) SELECT id FROM deleted`,
      [id],
    );
    return rows.length > 0;
  }

  /** Ids among `ids` that name no topic (or source, or interest list). */
  async missing(
    table: 'topic' | 'source' | 'interest_list',
    ids: string[],
  ): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT x.id FROM unnest($1::uuid[]) AS x (id)
        WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.id = x.id)`,
      [ids],
    );
    return rows.map((row) => row.id);
  }
}

function value(fields: AlertRuleFields, field: keyof AlertRuleFields): unknown {
  return field === 'selection'
    ? JSON.stringify(fields.selection)
    : fields[field];
}
