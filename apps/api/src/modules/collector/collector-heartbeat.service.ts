import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Client } from 'pg';
import { DATABASE_URL } from '../../config/config.module';
import { DatabaseAvailability } from '../health/database-availability.service';

/** How often the heartbeat is renewed. */
const HEARTBEAT_MS = 1000;
/** Connecting must not hang on a frozen server: the next beat tries again. */
const CONNECT_TIMEOUT_MS = 5000;
/** Collectors silent for this long are gone for good: their rows (and any claims left) are removed. */
const FORGET_AFTER = `interval '1 day'`;
/**
 * A claim whose collector has not renewed its heartbeat for this long is free,
 * even while its connection seems to exist: many beats missed in a row.
 */
export const CLAIM_STALE_SECONDS = 15;

/**
 * This process's identity on its claims (`source.claimed_by`). Every second it
 * renews its `collector` row over a connection of its own, recording that
 * connection's server process: when this process dies, PostgreSQL ends that
 * server process and every claim of ours is free for another collector at
 * once; if the machine vanishes without closing the connection, the claims
 * are free when the heartbeat is stale (CLAIM_STALE_SECONDS).
 */
@Injectable()
export class CollectorHeartbeat {
  readonly id = randomUUID();
  private readonly logger = new Logger(CollectorHeartbeat.name);
  private client: Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private beating: Promise<boolean> | undefined;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly database: DatabaseAvailability,
  ) {}

  /** Registers this collector and keeps it alive; resolves after the first beat. */
  async start(): Promise<void> {
    if (await this.beat())
      await this.client
        ?.query(
          `DELETE FROM collector WHERE heartbeat_at < now() - ${FORGET_AFTER}`,
        )
        .catch(() => undefined);
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_MS);
  }

  /** Leaves: the claims still held (none, after a clean drain) are freed with the row. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.beating;
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    await client
      .query(`DELETE FROM collector WHERE id = $1`, [this.id])
      .catch((error: unknown) =>
        this.logger.warn(`leaving as collector failed: ${String(error)}`),
      );
    await client.end().catch(() => undefined);
  }

  /** Renews the row now (creating it if it went missing); false when the database did not answer. */
  beat(): Promise<boolean> {
    this.beating ??= this.renew().finally(() => (this.beating = undefined));
    return this.beating;
  }

  private async renew(): Promise<boolean> {
    try {
      const client = this.client ?? (await this.connect());
      await client.query(
        `INSERT INTO collector (id, host, pid, backend_pid) VALUES ($1, $2, $3, pg_backend_pid())
         ON CONFLICT (id) DO UPDATE SET heartbeat_at = now(), backend_pid = EXCLUDED.backend_pid`,
        [this.id, hostname(), process.pid],
      );
      return true;
    } catch (error) {
      this.drop(this.client);
      // The collector pauses on its own while the database is away; the next beat reconnects.
      this.database.report(error);
      return false;
    }
  }

  private async connect(): Promise<Client> {
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'lyt-collector',
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
    });
    // Stays attached for the client's life: an error on an idle connection must not end the process.
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    this.client = client;
    try {
      await client.connect();
    } catch (error) {
      this.drop(client);
      throw error;
    }
    return client;
  }

  private drop(client: Client | undefined): void {
    if (!client) return;
    if (this.client === client) this.client = undefined;
    void client.end().catch(() => undefined);
  }
}
