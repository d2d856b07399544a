import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { Client } from 'pg';
import { type Mention, wants } from '@lyt/contracts';
import { APP_CONFIG, DATABASE_URL } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { ITEMS_CHANNEL } from '../collector/items.repository';
import { MentionQueryRepository } from '../mentions/mention-query.repository';
import type { LiveNamespace, LiveSocket } from './live.gateway';
import { subscriptionFilter } from './subscription.util';

const BATCH = 500;
const RECONNECT_MS = 1000;

/**
 * Each api process LISTENs for committed items and relays the new mentions to
 * its own sockets in seq order. Because the relay reads from the database, a
 * collector in any process is heard, nothing is lost while the listening
 * connection is down (it catches up from the last seq it relayed), and a
 * client can replay from any seq with the same query.
 */
@Injectable()
export class LiveRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LiveRelay.name);
  private namespace: LiveNamespace | undefined;
  private client: Client | undefined;
  /** The highest seq this process has relayed: replays end here, live delivery starts after it. */
  private relayed = 0n;
  private target = 0n;
  private draining: Promise<void> | undefined;
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly mentions: MentionQueryRepository,
  ) {}

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.roles.has('api')) return;
    this.relayed = this.target = BigInt(await this.mentions.lastSeq());
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await this.client?.end().catch(() => undefined);
    await this.draining;
  }

  get lastRelayed(): bigint {
    return this.relayed;
  }

  /**
   * Sends `socket` what it missed after `since`, up to everything committed so
   * far, then whatever the relay passed on meanwhile: in order, with no gap and
   * no repeat (the relay skips what the replay already sent).
   */
  async replay(socket: LiveSocket, since: bigint): Promise<number> {
    const subscription = socket.data.subscription!;
    const buffer: Mention[] = [];
    socket.data.buffer = buffer;
    socket.data.lastSent = since;
    let sent = 0;
    try {
      // Also what is committed but not yet relayed here (its NOTIFY may be on its way).
      const committed = BigInt(await this.mentions.lastSeq());
      const through = committed > this.relayed ? committed : this.relayed;
      let cursor = since;
      while (cursor < through && socket.connected) {
        const batch = await this.mentions.inSeqRange(
          String(cursor),
          String(through),
          subscriptionFilter(subscription),
          BATCH,
        );
        for (const mention of batch) sent += this.send(socket, mention);
        if (batch.length < BATCH) break;
        cursor = BigInt(batch[batch.length - 1]!.id);
      }
    } finally {
      socket.data.buffer = undefined;
      for (const mention of buffer) sent += this.send(socket, mention);
    }
    return sent;
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'lyt-live',
    });
    this.client = client;
    const reconnect = () => {
      if (this.stopping || this.client !== client) return;
      this.client = undefined;
      setTimeout(
        () => void this.listen().catch((error: unknown) => this.retry(error)),
        RECONNECT_MS,
      );
    };
    client.on('error', (error) => {
      this.logger.warn(`live connection lost: ${error.message}`);
      reconnect();
    });
    client.on('end', reconnect);
    client.on('notification', (message) => {
      if (message.channel === ITEMS_CHANNEL && message.payload)
        this.advance(BigInt(message.payload));
    });
    await client.connect();
    await client.query(`LISTEN ${ITEMS_CHANNEL}`);
    // Anything committed while not listening is picked up here.
    this.advance(BigInt(await this.mentions.lastSeq()));
  }

  private retry(error: unknown): void {
    this.logger.warn(`live connection failed: ${String(error)}; retrying`);
    this.client = undefined;
    if (!this.stopping)
      setTimeout(
        () => void this.listen().catch((next: unknown) => this.retry(next)),
        RECONNECT_MS,
      );
  }

  private advance(upTo: bigint): void {
    if (upTo > this.target) this.target = upTo;
    this.draining ??= this.drain()
      .catch((error: unknown) =>
        this.logger.error(`relaying mentions failed: ${String(error)}`),
      )
      .finally(() => {
        this.draining = undefined;
        if (this.target > this.relayed && !this.stopping)
          this.advance(this.target);
      });
  }

  private async drain(): Promise<void> {
    while (this.relayed < this.target && !this.stopping) {
      const through = this.target;
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
    if (!this.namespace) return;
    for (const socket of this.namespace.sockets.values()) {
      const subscription = socket.data.subscription;
      if (!subscription || !wants(subscription, mention)) continue;
      if (socket.data.buffer) socket.data.buffer.push(mention);
      else this.send(socket, mention);
    }
  }

  /** Emits unless the socket has had this mention (or a later one) already. */
  private send(socket: LiveSocket, mention: Mention): number {
    const seq = BigInt(mention.id);
    if (socket.data.lastSent !== undefined && seq <= socket.data.lastSent)
      return 0;
    socket.data.lastSent = seq;
    socket.emit('mention', mention);
    return 1;
  }
}
