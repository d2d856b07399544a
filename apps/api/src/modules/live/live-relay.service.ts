import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { Client } from 'pg';
import type { Mention } from '@lyt/contracts';
import { Backoff } from '../../common/backoff.util';
import { APP_CONFIG, DATABASE_URL } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { DatabaseAvailability } from '../health/database-availability.service';
import { ItemQueryRepository } from '../items/item-query.repository';
import { HIDDEN_CHANNEL, ITEMS_CHANNEL } from '../items/items.repository';
import type { MentionFilter } from '../items/mention-filter';

const BATCH = 500;
/** Connecting must not hang on a frozen or unreachable server: it is retried instead. */
const CONNECT_TIMEOUT_MS = 5000;

/**
 * Each api process LISTENs for committed items and relays the new mentions to
 * its listeners (the gateway, which knows the sockets) in seq order. Because the relay reads from the database, a
 * collector in any process is heard, nothing is lost while the listening
 * connection is down (it catches up from the last seq it relayed), and a
 * client can replay from any seq with the same query.
 */
@Injectable()
export class LiveRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LiveRelay.name);
  private readonly listeners = new Set<Listener>();
  private readonly hiddenListeners = new Set<(id: string) => void>();
  private client: Client | undefined;
  /** The highest seq this process has relayed: replays end here, live delivery starts after it. */
  private relayed = 0n;
  private target = 0n;
  private draining: Promise<void> | undefined;
  private stopping = false;
  private readonly stopped: Promise<void>;
  private stop!: () => void;
  /** Between attempts to listen again, and between relays that failed for another reason than an outage. */
  private readonly reconnectBackoff = new Backoff(250, 10_000);
  private readonly drainBackoff = new Backoff(500, 30_000);
  private reconnectTimer: NodeJS.Timeout | undefined;
  private lostAt: number | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly mentions: ItemQueryRepository,
    private readonly database: DatabaseAvailability,
  ) {
    this.stopped = new Promise((resolve) => (this.stop = resolve));
  }

  /**
   * Hears every committed mention once, in seq order, as this process relays
   * it, while `wanted()` says someone here would receive mentions; when no
   * listener wants any, the relay moves on without reading them back (a
   * subscriber that comes later and asks for what it missed is replayed from
   * the database). Returns the way to stop listening.
   */
  onMention(
    deliver: (mention: Mention) => void,
    wanted: () => boolean = () => true,
  ): () => void {
    const listener = { deliver, wanted };
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Hears each mention a collector hid (its post was deleted on its
   * platform), in this process: every api process is told, and tells its
   * own sockets. Returns the way to stop listening.
   */
  onHidden(deliver: (id: string) => void): () => void {
    this.hiddenListeners.add(deliver);
    return () => this.hiddenListeners.delete(deliver);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.roles.has('api')) return;
    this.relayed = this.target = BigInt(await this.mentions.lastSeq());
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.stop();
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
    await this.draining;
  }

  get lastRelayed(): bigint {
    return this.relayed;
  }

  /**
   * Reads the mentions `filter` wants after `since`, up to everything
   * committed so far (also what is committed but not yet relayed here: its
   * NOTIFY may be on its way), in seq order, handing each to `send` until it
   * returns false. Mentions relayed meanwhile reach the listeners as usual:
   * whoever replays buffers them and skips what the replay already sent.
   */
  async replay(
    since: bigint,
    filter: MentionFilter,
    send: (mention: Mention) => boolean,
  ): Promise<void> {
    const committed = BigInt(await this.mentions.lastSeq());
    const through = committed > this.relayed ? committed : this.relayed;
    let cursor = since;
    while (cursor < through) {
      const batch = await this.mentions.inSeqRange(
        String(cursor),
        String(through),
        filter,
        BATCH,
      );
      for (const mention of batch) if (!send(mention)) return;
      if (batch.length < BATCH) break;
      cursor = BigInt(batch[batch.length - 1]!.id);
    }
  }

  /**
   * LISTENs on a connection of its own. When that connection fails (the server
   * restarts, the network goes), it tries again with backoff once the database
   * answers, and catches up from the last seq it relayed: nothing is lost.
   */
  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'lyt-live',
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
    });
    this.client = client;
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      client.removeAllListeners('notification');
      if (this.client === client) this.client = undefined;
      if (this.stopping) return;
      if (error) this.database.report(error);
      if (this.lostAt === undefined) {
        this.lostAt = Date.now();
        this.logger.warn(
          `live stream connection lost (${error?.message ?? 'it ended'}): listening again when the database answers`,
        );
      }
      this.listenAgain();
    };
    // Stays attached for the client's life: a late error on a dead client must not end the process.
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel === ITEMS_CHANNEL && message.payload)
        this.advance(BigInt(message.payload));
      if (message.channel === HIDDEN_CHANNEL && message.payload)
        for (const deliver of this.hiddenListeners) deliver(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${ITEMS_CHANNEL}`);
      await client.query(`LISTEN ${HIDDEN_CHANNEL}`);
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)));
      await client.end().catch(() => undefined);
      return;
    }
    this.reconnectBackoff.reset();
    if (this.lostAt !== undefined) {
      this.logger.log(
        `live stream listening again after ${((Date.now() - this.lostAt) / 1000).toFixed(1)} s; catching up after mention ${this.relayed}`,
      );
      this.lostAt = undefined;
    }
    // Anything committed while not listening is picked up here.
    await this.catchUp();
  }

  private listenAgain(): void {
    if (this.stopping || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      void this.database.whenUp().then(() => {
        this.reconnectTimer = undefined;
        if (!this.stopping && !this.client) void this.listen();
      });
    }, this.reconnectBackoff.next());
  }

  private async catchUp(): Promise<void> {
    try {
      this.advance(BigInt(await this.mentions.lastSeq()));
    } catch (error) {
      // The drain that the next notification or reconnect starts will catch up instead.
      if (!this.database.report(error))
        this.logger.error(`reading the last mention failed: ${String(error)}`);
    }
  }

  private advance(upTo: bigint): void {
    if (upTo > this.target) this.target = upTo;
    this.draining ??= this.relayUntilCaughtUp().finally(() => {
      this.draining = undefined;
    });
  }

  /** Relays until nothing is left; a failure waits (for the database, or a backoff) and tries again. */
  private async relayUntilCaughtUp(): Promise<void> {
    while (this.relayed < this.target && !this.stopping) {
      try {
        await this.drain();
        this.drainBackoff.reset();
      } catch (error) {
        if (this.database.report(error)) {
          await Promise.race([this.database.whenUp(), this.stopped]);
        } else {
          this.logger.error(`relaying mentions failed: ${String(error)}`);
          await Promise.race([sleep(this.drainBackoff.next()), this.stopped]);
        }
      }
    }
  }

  private async drain(): Promise<void> {
    while (this.relayed < this.target && !this.stopping) {
      const through = this.target;
      if (![...this.listeners].some((listener) => listener.wanted())) {
        this.relayed = through;
        continue;
      }
      for (;;) {
        const batch = await this.mentions.inSeqRange(
          String(this.relayed),
          String(through),
          {},
          BATCH,
        );
        for (const mention of batch) {
          this.relayed = BigInt(mention.id);
          this.deliver(mention);
        }
        if (batch.length < BATCH) break;
      }
      this.relayed = through;
    }
  }

  private deliver(mention: Mention): void {
    for (const listener of this.listeners) listener.deliver(mention);
  }
}

interface Listener {
  deliver: (mention: Mention) => void;
  wanted: () => boolean;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
