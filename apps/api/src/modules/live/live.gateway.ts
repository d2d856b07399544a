import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import {
  LIVE_NAMESPACE,
  type LiveClientEvents,
  type LiveServerEvents,
  type Mention,
  type Role,
  type SubscribeAck,
} from '@lyt/contracts';
import { AuthService } from '../auth/auth.service';
import { DatabaseAvailability } from '../health/database-availability.service';
import { ItemQueryRepository } from '../items/item-query.repository';
import { LiveRelay } from './live-relay.service';
import { MentionEvents } from './mention-events';
import { parseSubscription, Subscription } from './subscription.util';

interface SocketData {
  role: Role;
  subscription?: Subscription;
  /** Set while a replay runs: live mentions wait here so that they follow the replay in order. */
  buffer?: Mention[];
  /** The last mention sent: never send it, or an earlier one, again. */
  lastSent?: bigint;
}
export type LiveNamespace = Namespace<
  LiveClientEvents,
  LiveServerEvents,
  Record<string, never>,
  SocketData
>;
export type LiveSocket = Socket<
  LiveClientEvents,
  LiveServerEvents,
  Record<string, never>,
  SocketData
>;

/** How far back a resuming screen is told about mentions hidden while it was away. */
const HIDDEN_LOOKBACK_HOURS = 24;

/**
 * The `/live` namespace. A connection is let in only with a viewer or admin
 * token in the handshake (`auth: {token}`); anything else is refused before it
 * can subscribe, so it never receives an event.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit<LiveNamespace> {
  private readonly logger = new Logger(LiveGateway.name);

  constructor(
    private readonly auth: AuthService,
    private readonly events: MentionEvents,
    private readonly relay: LiveRelay,
    private readonly mentions: ItemQueryRepository,
    private readonly database: DatabaseAvailability,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    this.events.attach(namespace);
    this.relay.attach(namespace);
    namespace.use((socket: LiveSocket, next) => {
      const token: unknown = socket.handshake.auth?.['token'];
      this.auth.roleFor(typeof token === 'string' ? token : null).then(
        (role) => {
          if (!role)
            return next(new Error('unauthorized: a valid token is required'));
          socket.data.role = role;
          next();
        },
        (error: unknown) => {
          if (!this.database.report(error))
            this.logger.error(`token check failed: ${String(error)}`);
          next(new Error('unavailable: try again'));
        },
      );
    });
  }

  /** Starts (or changes) what this socket receives; with `since`, first replays what it missed. */
  @SubscribeMessage('subscribe')
  async subscribe(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() payload: unknown,
  ): Promise<SubscribeAck> {
    const subscription = parseSubscription(payload);
    if ('error' in subscription)
      return { ok: false, error: subscription.error };
    if (subscription.since === null) {
      socket.data.subscription = subscription;
      return { ok: true, replayed: 0 };
    }
    // Nothing is delivered live until the replay has started buffering: a mention relayed in
    // between would reach the client before the older ones the replay sends.
    socket.data.subscription = undefined;
    try {
      for (const id of await this.mentions.hiddenSince(HIDDEN_LOOKBACK_HOURS))
        socket.emit('hidden', { id });
      socket.data.subscription = subscription;
      return {
        ok: true,
        replayed: await this.relay.replay(socket, BigInt(subscription.since)),
      };
    } catch (error) {
      // Live delivery must not start after a gap: the client subscribes again with the same `since`.
      socket.data.subscription = undefined;
      if (!this.database.report(error)) throw error;
      return {
        ok: false,
        error: 'unavailable: the database is not answering; subscribe again',
      };
    }
  }
}
