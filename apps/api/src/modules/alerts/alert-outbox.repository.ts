import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  AlertSourceState,
  AlertTrigger,
  AlertWebhookPayload,
  Mention,
  TopicKind,
} from '@lyt/contracts';
import {
  MENTION_COLUMNS,
  MENTION_FROM,
  MentionRow,
  toMention,
} from '../items/mention.view';
import { AlertRuleRecord, RULE_COLUMNS } from './alert-rules.repository';
import { LIMIT_MS } from './alert-schedule.util';

/** A fact for a rule, written to the outbox by whoever found it. */
export interface NewAlertEvent {
  ruleId: string;
  /** The same fact found twice (by two collectors, or two runs of a check) is one event. */
  dedupeKey: string;
  itemId?: string;
  payload?: unknown;
}

export interface PendingEvent {
  id: string;
  itemId: string | null;
  payload: unknown;
  occurredAt: Date;
}

/** What a rule's pending events become: one message. */
export interface ComposedMessage {
  kind: AlertTrigger | 'test';
  headline: string;
  count: number;
  payload: AlertWebhookPayload;
}

/** A pending delivery this process holds a lease on. */
export interface ClaimedDelivery {
  id: string;
  /** This attempt's number: the fence when recording its outcome. */
  attempt: number;
  createdAt: Date;
  /** The JSON body exactly as stored, for every attempt alike. */
  body: string;
  rule: AlertRuleRecord;
}

export interface DeliveryRow {
  id: string;
  ruleId: string;
  kind: AlertTrigger | 'test';
  status: 'pending' | 'sent' | 'failed';
  headline: string;
  count: number;
  attempts: number;
  createdAt: Date;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
  lastError: string | null;
}

const DELIVERY_COLUMNS = `
  d.id, d.rule_id AS "ruleId", d.kind, d.status, d.headline, d.item_count AS count, d.attempts,
  d.created_at AS "createdAt", d.last_attempt_at AS "lastAttemptAt",
  d.next_attempt_at AS "nextAttemptAt", d.sent_at AS "sentAt", d.last_error AS "lastError"`;

/** Events one message takes at most; a larger burst goes on in the next message. */
const MAX_EVENTS_PER_MESSAGE = 10_000;

@Injectable()
export class AlertOutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes events in the caller's transaction (or its own); known ones are skipped. Returns how many were new. */
  async addEvents(
    manager: EntityManager | undefined,
    events: NewAlertEvent[],
  ): Promise<number> {
    manager ??= this.dataSource.manager;
    if (events.length === 0) return 0;
    const rows: unknown[] = await manager.query(
      `WITH added AS (
         INSERT INTO alert_event (rule_id, dedupe_key, item_id, payload)
         SELECT x."ruleId", x."dedupeKey", x."itemId", x.payload
           FROM jsonb_to_recordset($1::jsonb) AS x ("ruleId" uuid, "dedupeKey" text, "itemId" bigint, payload jsonb)
         ON CONFLICT (rule_id, dedupe_key) DO NOTHING
         RETURNING id)
       SELECT id FROM added`,
      [JSON.stringify(events)],
    );
    return rows.length;
  }

  /** The topics each of the items matched, read in the transaction that just wrote the mentions. */
  matchedTopics(
    manager: EntityManager,
    itemIds: string[],
  ): Promise<{ itemId: string; id: string; kind: TopicKind }[]> {
    return manager.query(
      `SELECT m.item_id::text AS "itemId", t.id, t.kind
         FROM mention m JOIN topic t ON t.id = m.topic_id
        WHERE m.item_id = ANY($1::bigint[])`,
      [itemIds],
    );
  }

  /** A rule's reports of failing sources that no "works again" has followed yet. */
  unrecoveredFailures(
    ruleId: string,
  ): Promise<{ dedupeKey: string; state: AlertSourceState }[]> {
    return this.dataSource.query(
      `SELECT e.dedupe_key AS "dedupeKey", e.payload AS state FROM alert_event e
        WHERE e.rule_id = $1 AND e.payload->>'state' = 'failing'
          AND NOT EXISTS (SELECT 1 FROM alert_event r
                           WHERE r.rule_id = e.rule_id AND r.dedupe_key = e.dedupe_key || ':recovered')`,
      [ruleId],
    );
  }

  /**
   * Enabled rules with events waiting, whose `every` allows a message now, and
   * with no message of theirs still being delivered: a rule's messages go out
   * one after the other, and what arrives while one is retrying joins the next.
   */
  waitingRules(limit: number): Promise<AlertRuleRecord[]> {
    return this.dataSource.query(
      `SELECT ${RULE_COLUMNS} FROM alert_rule r
        WHERE r.enabled
          AND EXISTS (SELECT 1 FROM alert_event e WHERE e.rule_id = r.id AND e.delivery_id IS NULL)
          AND NOT EXISTS (SELECT 1 FROM alert_delivery d WHERE d.rule_id = r.id AND d.status = 'pending')
          AND (r.trigger = 'digest' OR r.last_message_at IS NULL
               OR r.last_message_at + make_interval(secs => ($2::jsonb ->> r.every)::float / 1000) <= now())
        ORDER BY r.last_message_at NULLS FIRST LIMIT $1`,
      [limit, JSON.stringify(LIMIT_MS)],
    );
  }

  /**
   * Turns a rule's waiting events into one delivery, holding the rule's row so
   * that no other worker groups the same events; false when another worker
   * holds it, `mayForm` says no, or there is nothing to send. Events that
   * `compose` finds nothing in (every mention hidden since) are dropped.
   */
  formDelivery(
    ruleId: string,
    mayForm: (rule: AlertRuleRecord) => boolean,
    compose: (
      rule: AlertRuleRecord,
      events: PendingEvent[],
    ) => Promise<ComposedMessage | null>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [rule]: AlertRuleRecord[] = await manager.query(
        `SELECT ${RULE_COLUMNS} FROM alert_rule r WHERE r.id = $1 AND r.enabled FOR UPDATE SKIP LOCKED`,
        [ruleId],
      );
      if (!rule || !mayForm(rule)) return false;
      const [busy] = await manager.query(
        `SELECT 1 FROM alert_delivery WHERE rule_id = $1 AND status = 'pending' LIMIT 1`,
        [ruleId],
      );
      if (busy) return false;
      const events: PendingEvent[] = await manager.query(
        `SELECT id::text, item_id::text AS "itemId", payload, occurred_at AS "occurredAt"
           FROM alert_event WHERE rule_id = $1 AND delivery_id IS NULL ORDER BY id LIMIT $2`,
        [ruleId, MAX_EVENTS_PER_MESSAGE],
      );
      if (events.length === 0) return false;
      const ids = events.map((event) => event.id);
      const message = await compose(rule, events);
      if (!message) {
        await manager.query(
          `DELETE FROM alert_event WHERE id = ANY($1::bigint[])`,
          [ids],
        );
        return false;
      }
      const [{ id }] = await manager.query(
        `INSERT INTO alert_delivery (rule_id, kind, headline, item_count, payload)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          ruleId,
          message.kind,
          message.headline,
          message.count,
          JSON.stringify(message.payload),
        ],
      );
      await manager.query(
        `UPDATE alert_event SET delivery_id = $1 WHERE id = ANY($2::bigint[])`,
        [id, ids],
      );
      await manager.query(
        `UPDATE alert_rule SET last_message_at = now() WHERE id = $1`,
        [ruleId],
      );
      return true;
    });
  }

  /**
   * Leases up to `limit` due deliveries to this process. SKIP LOCKED lets any
   * number of workers claim at once without taking each other's; the lease
   * keeps a delivery from being claimed again while it is sent, and frees it
   * again if this process dies mid-send.
   */
  async claimDue(
    limit: number,
    leaseSeconds: number,
  ): Promise<ClaimedDelivery[]> {
    const rows: (Omit<ClaimedDelivery, 'rule'> & { ruleId: string })[] =
      await this.dataSource.query(
        `WITH claimed AS (
           UPDATE alert_delivery d
              SET attempts = d.attempts + 1, last_attempt_at = now(),
                  locked_until = now() + make_interval(secs => $2)
            WHERE d.id IN (
              SELECT id FROM alert_delivery
               WHERE status = 'pending' AND next_attempt_at <= now()
                 AND (locked_until IS NULL OR locked_until <= now())
               ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
            RETURNING d.id, d.rule_id, d.attempts, d.created_at, d.payload::text AS body)
         SELECT id, rule_id AS "ruleId", attempts AS attempt, created_at AS "createdAt", body FROM claimed`,
        [limit, leaseSeconds],
      );
    if (rows.length === 0) return [];
    const rules: AlertRuleRecord[] = await this.dataSource.query(
      `SELECT ${RULE_COLUMNS} FROM alert_rule r WHERE r.id = ANY($1::uuid[])`,
      [[...new Set(rows.map((row) => row.ruleId))]],
    );
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    return rows.flatMap(({ ruleId, ...row }) => {
      const rule = byId.get(ruleId);
      return rule ? [{ ...row, rule }] : [];
    });
  }

  /** Records an attempt's success; false when the lease was lost to another worker meanwhile. */
  markSent(delivery: ClaimedDelivery): Promise<boolean> {
    return this.finish(
      delivery,
      `status = 'sent', sent_at = now(), last_error = NULL`,
      [],
    );
  }

  markRetry(
    delivery: ClaimedDelivery,
    error: string,
    delayMs: number,
  ): Promise<boolean> {
    return this.finish(
      delivery,
      `last_error = $3, next_attempt_at = now() + make_interval(secs => $4)`,
      [error, delayMs / 1000],
    );
  }

  markFailed(delivery: ClaimedDelivery, error: string): Promise<boolean> {
    return this.finish(delivery, `status = 'failed', last_error = $3`, [error]);
  }

  private async finish(
    delivery: ClaimedDelivery,
    set: string,
    params: unknown[],
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH done AS (
         UPDATE alert_delivery SET ${set}, locked_until = NULL
          WHERE id = $1 AND attempts = $2 AND status = 'pending' RETURNING id)
       SELECT id FROM done`,
      [delivery.id, delivery.attempt, ...params],
    );
    return rows.length > 0;
  }

  /** "Send a test" was sent (or not) at once: kept in the rule's history all the same. */
  async recordTest(
    id: string,
    ruleId: string,
    message: ComposedMessage,
    error: string | null,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO alert_delivery (id, rule_id, kind, headline, item_count, payload, status, attempts,
                                   last_attempt_at, sent_at, last_error)
       VALUES ($1, $2, 'test', $3, $4, $5, $6, 1, now(), CASE WHEN $6 = 'sent' THEN now() END, $7)`,
      [
        id,
        ruleId,
        message.headline,
        message.count,
        JSON.stringify(message.payload),
        error === null ? 'sent' : 'failed',
        error,
      ],
    );
  }

  find(id: string): Promise<DeliveryRow | null> {
    return this.dataSource
      .query(
        `SELECT ${DELIVERY_COLUMNS} FROM alert_delivery d WHERE d.id = $1`,
        [id],
      )
      .then(([row]: DeliveryRow[]) => row ?? null);
  }

  /** A rule's newest deliveries first. */
  recent(ruleId: string, limit: number): Promise<DeliveryRow[]> {
    return this.dataSource.query(
      `SELECT ${DELIVERY_COLUMNS} FROM alert_delivery d WHERE d.rule_id = $1
        ORDER BY d.created_at DESC, d.id LIMIT $2`,
      [ruleId, limit],
    );
  }

  /** The newest delivery of each of the rules. */
  async newest(ruleIds: string[]): Promise<Map<string, DeliveryRow>> {
    if (ruleIds.length === 0) return new Map();
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT ${DELIVERY_COLUMNS} FROM unnest($1::uuid[]) AS r (id)
        CROSS JOIN LATERAL (
          SELECT * FROM alert_delivery WHERE rule_id = r.id ORDER BY created_at DESC, id LIMIT 1) AS d`,
      [ruleIds],
    );
    return new Map(rows.map((row) => [row.ruleId, row]));
  }

  /** Visible mentions among the items, in commit order: the first `limit`, and how many there are. */
  async mentionsOfItems(
    itemIds: string[],
    limit: number,
  ): Promise<{ mentions: Mention[]; count: number }> {
    const visible = `i.id = ANY($1::bigint[]) AND NOT i.hidden`;
    const rows: MentionRow[] = await this.dataSource.query(
      `SELECT ${MENTION_COLUMNS} FROM ${MENTION_FROM}
        WHERE ${visible} ORDER BY st.seq LIMIT $2`,
      [itemIds, limit],
    );
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM item i JOIN item_stream st ON st.item_id = i.id WHERE ${visible}`,
      [itemIds],
    );
    return { mentions: rows.map(toMention), count };
  }

  /** Forgets finished deliveries (and their events) older than `days`. */
  async prune(days: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM alert_delivery WHERE status <> 'pending' AND created_at < now() - make_interval(days => $1)`,
      [days],
    );
  }
}
