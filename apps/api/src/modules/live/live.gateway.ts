import { Logger, OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import {
  LIVE_NAMESPACE,
  type LiveClientEvents,
  type LiveServerEvents,
  MAX_SUBSCRIPTIONS,
  type Mention,
  type Role,
  type SubscribeAck,
  SUBSCRIPTION_ID_PATTERN,
  type UnsubscribeAck,
  wants,
} from '@lyt/contracts';
import { AuthService } from '../auth/auth.service';
import { DatabaseAvailability } from '../health/database-availability.service';
import { ItemQueryRepository } from '../items/item-query.repository';
import { LiveRelay } from './live-relay.service';
import { MentionEvents } from './mention-events';
import {
  parseSubscription,
  type Subscription,
  subscriptionFilter,
} from './subscription.util';

/** One subscription of a socket, as the gateway delivers it. */
interface SubscriptionState {
  filter: Subscription;
  /** Set while its replay runs: live mentions wait here so that they follow the replay in order. */
  buffer?: Mention[];
  /** The last mention sent for it: never send it, or an earlier one, again. */
  lastSent?: bigint;
}

interface SocketData {
  role: Role;
  subscriptions?: Map<string, SubscriptionState>;
}
/** Between api replicas (through the Postgres adapter), never to browsers. */
interface ReplicaEvents {
  /** The viewer token was replaced: forget the cached old one. */
  viewerTokenRotated(): void;
}
type LiveNamespace = Namespace<
  LiveClientEvents,
  LiveServerEvents,
  ReplicaEvents,
  SocketData
>;
type LiveSocket = Socket<
  LiveClientEvents,
  LiveServerEvents,
  ReplicaEvents,
  SocketData
>;

const roleRoom = (role: Role) => `role:${role}`;

/** How far back a resuming screen is told about mentions hidden while it was away. */
const HIDDEN_LOOKBACK_HOURS = 24;

/**
 * The `/live` namespace and everything about its sockets. A connection is let
 * in only with a viewer or admin token in the handshake (`auth: {token}`).
 * A socket holds up to MAX_SUBSCRIPTIONS subscriptions, each with its own id,
 * filter and `since`; a mention goes out once per socket, naming every
 * subscription that wants it, and per subscription in seq order, never twice.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway
  implements
    OnGatewayInit<LiveNamespace>,
    OnGatewayConnection<LiveSocket>,
    OnModuleDestroy
{
  private readonly logger = new Logger(LiveGateway.name);
  private namespace: LiveNamespace | undefined;
  private readonly stopRelay: () => void;
  private readonly stopHidden: () => void;

  constructor(
    private readonly auth: AuthService,
    private readonly events: MentionEvents,
    private readonly relay: LiveRelay,
    private readonly mentions: ItemQueryRepository,
    private readonly database: DatabaseAvailability,
  ) {
    this.stopRelay = relay.onMention(
      (mention) => this.deliver(mention),
      () => this.hasSubscriptions(),
    );
    // Every api process hears it from PostgreSQL: each tells its own sockets only.
    this.stopHidden = relay.onHidden((id) =>
      this.namespace?.local.emit('hidden', { id }),
    );
  }

  afterInit(namespace: LiveNamespace): void {
    this.namespace = namespace;
    this.events.attach(namespace);
    // Only the old viewer token can have opened a viewer socket: nobody has the new one yet.
    // Both go through the Postgres adapter to every api replica, the cache first, so that a
    // disconnected screen cannot reconnect elsewhere with a token still cached there.
    this.auth.onViewerTokenRotated(() => {
      namespace.serverSideEmit('viewerTokenRotated');
      namespace.in(roleRoom('viewer')).disconnectSockets(true);
    });
    namespace.on('viewerTokenRotated', () => this.auth.forgetCachedTokens());
    namespace.use((socket: LiveSocket, next) => {
      const token: unknown = socket.handshake.auth?.['token'];
      this.auth.roleFor(typeof token === 'string' ? token : null).then(
        (role) => {
          if (!role)
            return next(new Error('unauthorized: a valid token is required'));
          socket.data.role = role;
          socket.data.subscriptions = new Map();
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

  onModuleDestroy(): void {
    this.stopRelay();
    this.stopHidden();
  }

  /** Each socket is in its role's room, so that rotating the viewer token can disconnect the viewers. */
  handleConnection(socket: LiveSocket): void {
    void socket.join(roleRoom(socket.data.role));
  }

  /** Starts (or replaces) one subscription of this socket; with `since`, first replays what it missed. */
  @SubscribeMessage('subscribe')
  async subscribe(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() payload: unknown,
  ): Promise<SubscribeAck> {
    const subscription = parseSubscription(payload);
    if ('error' in subscription)
      return { ok: false, error: subscription.error };
    const { id } = subscription;
    const subscriptions = (socket.data.subscriptions ??= new Map());
    if (!subscriptions.has(id) && subscriptions.size >= MAX_SUBSCRIPTIONS)
      return {
        ok: false,
        error: `id: a socket holds at most ${MAX_SUBSCRIPTIONS} subscriptions; unsubscribe one first`,
      };
    if (subscription.since === null) {
      subscriptions.set(id, { filter: subscription });
      return { ok: true, id, replayed: 0 };
    }
    // Live mentions for it wait in the buffer from here on: a mention relayed during the
    // replay must not reach the client before the older ones the replay sends.
    const state: SubscriptionState = {
      filter: subscription,
      buffer: [],
      lastSent: BigInt(subscription.since),
    };
    subscriptions.set(id, state);
    const current = () =>
      socket.connected && socket.data.subscriptions?.get(id) === state;
    let replayed = 0;
    try {
      for (const hidden of await this.mentions.hiddenSince(
        HIDDEN_LOOKBACK_HOURS,
      ))
        socket.emit('hidden', { id: hidden });
      await this.relay.replay(
        state.lastSent!,
        subscriptionFilter(subscription),
        (mention) => {
          if (!current()) return false;
          replayed += this.sendOne(socket, id, state, mention);
          return true;
        },
      );
    } catch (error) {
      // Live delivery must not start after a gap: the client subscribes again with the same `since`.
      if (current()) subscriptions.delete(id);
      if (!this.database.report(error)) throw error;
      return {
        ok: false,
        error: 'unavailable: the database is not answering; subscribe again',
      };
    }
    const waiting = state.buffer ?? [];
    state.buffer = undefined;
    if (current())
      for (const mention of waiting)
        replayed += this.sendOne(socket, id, state, mention);
    return { ok: true, id, replayed };
  }

  /** Ends one subscription; its mentions stop at once. */
  @SubscribeMessage('unsubscribe')
  unsubscribe(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() payload: unknown,
  ): UnsubscribeAck {
    const id = (payload as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !SUBSCRIPTION_ID_PATTERN.test(id))
      return { ok: false, error: 'id: 1 to 64 letters, digits, - or _' };
    socket.data.subscriptions?.delete(id);
    return { ok: true };
  }

  /** A committed mention, from the relay: once per socket, naming the subscriptions that want it. */
  /** Whether any socket of this process has a subscription (also one still replaying). */
  private hasSubscriptions(): boolean {
    if (!this.namespace) return false;
    for (const socket of this.namespace.sockets.values())
      if (socket.data.subscriptions?.size) return true;
    return false;
  }

  private deliver(mention: Mention): void {
    if (!this.namespace) return;
    const seq = BigInt(mention.id);
    for (const socket of this.namespace.sockets.values()) {
      const subscriptions = socket.data.subscriptions;
      if (!subscriptions?.size) continue;
      const ids: string[] = [];
      for (const [id, state] of subscriptions) {
        if (!wants(state.filter, mention)) continue;
        if (state.buffer) state.buffer.push(mention);
        else if (state.lastSent === undefined || seq > state.lastSent) {
          state.lastSent = seq;
          ids.push(id);
        }
      }
      if (ids.length > 0) socket.emit('mention', mention, ids);
    }
  }

  /** Emits for one subscription unless it has had this mention (or a later one) already. */
  private sendOne(
    socket: LiveSocket,
    id: string,
    state: SubscriptionState,
    mention: Mention,
  ): number {
    const seq = BigInt(mention.id);
    if (state.lastSent !== undefined && seq <= state.lastSent) return 0;
    state.lastSent = seq;
    socket.emit('mention', mention, [id]);
    return 1;
  }
}
