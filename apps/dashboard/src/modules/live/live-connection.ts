import {
  LIVE_NAMESPACE,
  type LiveClientEvents,
  type LiveServerEvents,
  type Mention,
  type MentionSubscriptionFilter,
  type SubscribeRequest,
  wants,
} from '@lyt/contracts';
import { io, type Socket } from 'socket.io-client';
import {
  EVERYTHING,
  type LiveFilter,
  normaliseLiveFilter,
} from './live-filter';

/**
 * - `connecting`: the first connection is being made.
 * - `live`: connected and caught up (the subscription's replay is done).
 * - `reconnecting`: the connection was lost, trying again.
 * - `offline`: the browser is offline, or several attempts in a row failed.
 * - `unauthorized`: the token was refused (e.g. rotated): trying again will not help.
 * - `idle`: not connected on purpose (signed out).
 */
export type LiveStatus =
  'idle' | 'connecting' | 'live' | 'reconnecting' | 'offline' | 'unauthorized';

export interface LiveState {
  status: LiveStatus;
  /** What went wrong last, in the server's or the network's words; null while fine. */
  error: string | null;
}

export interface LiveConnectionOptions {
  /** Origin of the api; empty for the page's own. */
  url?: string;
  token(): string | null;
  /** The server refused the token. */
  onUnauthorized?(): void;
  /** A mention was hidden by moderation: drop it from everything that shows mentions. */
  onHidden?(id: string): void;
  /** How many recent mentions the connection keeps for views opened later. */
  recentLimit?: number;
  /** First reconnect delay; doubles up to `reconnectDelayMaxMs`, with jitter. */
  reconnectDelayMs?: number;
  reconnectDelayMaxMs?: number;
  /** A subscribe without an answer in this time is sent again. */
  ackTimeoutMs?: number;
  /** Views hear of new mentions at most this often: a flood costs a few renders a second, not one per mention. */
  notifyEveryMs?: number;
}

type LiveSocket = Socket<LiveServerEvents, LiveClientEvents>;

/** Several failed attempts in a row: this is an outage, not a blip. */
const OFFLINE_AFTER_FAILURES = 3;
const HIDDEN_MEMORY = 2_000;

const seq = (id: string) => BigInt(id);

/** One server subscription: the views that want one filter (equal keys share it). */
interface LiveSubscription {
  id: string;
  request: LiveFilter;
  views: Set<LiveView>;
  /** The newest mention id it received or was seeded with: its `since` on a reconnect. */
  lastId: string | null;
  /** Sent on this connection and not refused. */
  sent: boolean;
  /** Answered ok on this connection. */
  acked: boolean;
}

/**
 * The browser tab's one connection to `/live`, held outside React. Views
 * (`view(filter)`) share it: each distinct filter is one subscription on the
 * socket, with its own id and its own `since`, and the server names the
 * subscriptions each mention is for. It reconnects with backoff, resumes each
 * subscription from the last mention it saw, so nothing is missed or
 * repeated, and a `hidden` event removes the mention from every view at once.
 */
export class LiveConnection {
  private socket: LiveSocket | null = null;
  private state: LiveState = { status: 'idle', error: null };
  private readonly stateListeners = new Set<() => void>();
  private readonly views = new Set<LiveView>();
  /** By filter key, and the same objects by id. */
  private readonly subscriptions = new Map<string, LiveSubscription>();
  private readonly subscriptionsById = new Map<string, LiveSubscription>();
  private nextSubscription = 1;
  private recentMentions: Mention[] = [];
  private readonly recentIds = new Set<string>();
  private readonly hiddenIds = new Set<string>();
  private lastId: string | null = null;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly removeWindowListeners: () => void;

  constructor(private readonly options: LiveConnectionOptions) {
    const online = () => {
      if (this.socket && !this.socket.connected) this.socket.connect();
    };
    const offline = () => {
      if (this.socket) this.setState({ status: 'offline', error: null });
    };
    if (typeof window !== 'undefined') {
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
    }
    this.removeWindowListeners = () => {
      if (typeof window === 'undefined') return;
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }

  // --- state, for useSyncExternalStore -------------------------------------

  readonly getState = (): LiveState => this.state;

  readonly subscribeState = (listener: () => void): (() => void) => {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  };

  /** The newest mention id received or seeded: where a reconnect resumes. */
  get resumeFrom(): string | null {
    return this.lastId;
  }

  /** The most recent mentions (newest first), whichever view wanted them. */
  recent(): readonly Mention[] {
    return this.recentMentions;
  }

  isHidden(id: string): boolean {
    return this.hiddenIds.has(id);
  }

  // --- lifecycle --------------------------------------------------------------

  connect(): void {
    if (this.socket) return;
    if (!this.options.token()) return;
    const socket: LiveSocket = io(
      `${this.options.url ?? ''}${LIVE_NAMESPACE}`,
      {
        // A function, so every reconnect presents the token the session has now.
        auth: (send) => send({ token: this.options.token() }),
        transports: ['websocket'],
        reconnectionDelay: this.options.reconnectDelayMs ?? 1000,
        reconnectionDelayMax: this.options.reconnectDelayMaxMs ?? 30_000,
        randomizationFactor: 0.5,
      },
    );
    this.socket = socket;
    this.failures = 0;
    this.setState({ status: 'connecting', error: null });

    socket.on('connect', () => {
      this.failures = 0;
      this.forgetSent();
      for (const subscription of this.subscriptions.values())
        this.sendSubscription(subscription);
      this.settleState();
    });
    socket.on('disconnect', (reason) => {
      this.forgetSent();
      if (reason === 'io client disconnect') return;
      this.setState({ status: 'reconnecting', error: null });
      // The server closed this socket (e.g. its token was rotated): socket.io does not retry on its own.
      if (reason === 'io server disconnect') this.retryLater();
    });
    socket.on('connect_error', (error) => {
      if (/^unauthorized/i.test(error.message)) {
        this.stopRetrying();
        this.setState({ status: 'unauthorized', error: error.message });
        this.options.onUnauthorized?.();
        return;
      }
      this.failures += 1;
      const offline =
        this.failures >= OFFLINE_AFTER_FAILURES ||
        (typeof navigator !== 'undefined' && navigator.onLine === false);
      this.setState({
        status: offline
          ? 'offline'
          : this.state.status === 'connecting'
            ? 'connecting'
            : 'reconnecting',
        error: error.message,
      });
      // Refused by the server's middleware ("unavailable: try again"): socket.io leaves the retry to us.
      if (!socket.active) this.retryLater();
    });
    socket.on('mention', (mention, ids) => this.receive(mention, ids));
    socket.on('hidden', ({ id }) => this.hide(id));
  }

  /** Stops on purpose (sign-out); `connect()` starts again, resuming where it left off. */
  disconnect(): void {
    this.stopRetrying();
    const socket = this.socket;
    this.socket = null;
    this.forgetSent();
    socket?.removeAllListeners();
    socket?.disconnect();
    this.setState({ status: 'idle', error: null });
  }

  /** Forgets everything seen: for a new session. */
  reset(): void {
    this.disconnect();
    this.lastId = null;
    this.recentMentions = [];
    this.recentIds.clear();
    this.hiddenIds.clear();
    for (const subscription of this.subscriptions.values())
      subscription.lastId = null;
    for (const view of this.views) view.clear();
  }

  dispose(): void {
    this.disconnect();
    this.removeWindowListeners();
  }

  // --- views ------------------------------------------------------------------

  /**
   * A live view of the mentions `filter` wants, newest first, at most `limit`.
   * It joins the stream while it has listeners (`subscribe`), so a React
   * component can create it during render without side effects.
   */
  view(filter: LiveFilter = EVERYTHING, limit = 100): LiveView {
    return new LiveView(
      this,
      normaliseLiveFilter(filter),
      limit,
      this.options.notifyEveryMs ?? 50,
    );
  }

  /** @internal LiveView joins and leaves through these. */
  attach(view: LiveView): void {
    this.views.add(view);
    view.offerMany(this.recentMentions);
    let subscription = this.subscriptions.get(view.key);
    if (!subscription) {
      subscription = {
        id: `v${this.nextSubscription++}`,
        request: view.request,
        views: new Set(),
        // Seeded from the API before it joined: resume from there, not from nothing.
        lastId: view.seededThrough,
        sent: false,
        acked: false,
      };
      this.subscriptions.set(view.key, subscription);
      this.subscriptionsById.set(subscription.id, subscription);
    }
    subscription.views.add(view);
    if (!subscription.sent) this.sendSubscription(subscription);
  }

  /** @internal */
  detach(view: LiveView): void {
    this.views.delete(view);
    const subscription = this.subscriptions.get(view.key);
    if (!subscription) return;
    subscription.views.delete(view);
    if (subscription.views.size > 0) return;
    this.subscriptions.delete(view.key);
    this.subscriptionsById.delete(subscription.id);
    const socket = this.socket;
    if (subscription.sent && socket?.connected)
      socket.emit('unsubscribe', { id: subscription.id }, () => undefined);
    this.settleState();
  }

  /** @internal A view was back-filled from the API up to `id`: its subscription need not replay before it. */
  noteSeen(view: LiveView, id: string): void {
    const subscription = this.subscriptions.get(view.key);
    if (
      subscription &&
      (subscription.lastId === null || seq(id) > seq(subscription.lastId))
    )
      subscription.lastId = id;
    if (this.lastId === null || seq(id) > seq(this.lastId)) this.lastId = id;
  }

  // --- the stream -------------------------------------------------------------

  private receive(mention: Mention, ids: readonly string[] = []): void {
    if (this.hiddenIds.has(mention.id)) return;
    const id = seq(mention.id);
    // Per subscription, mentions arrive in commit order: anything at or before its last one is a repeat.
    const fresh = ids
      .map((name) => this.subscriptionsById.get(name))
      .filter(
        (subscription): subscription is LiveSubscription =>
          subscription !== undefined &&
          (subscription.lastId === null || id > seq(subscription.lastId)),
      );
    if (fresh.length === 0) return;
    for (const subscription of fresh) subscription.lastId = mention.id;
    if (this.lastId === null || id > seq(this.lastId)) this.lastId = mention.id;
    if (!this.recentIds.has(mention.id)) this.remember(mention);
    for (const subscription of fresh)
      for (const view of subscription.views) view.offer(mention);
  }

  /** Newest first, bounded: what views opened later start with. */
  private remember(mention: Mention): void {
    const limit = this.options.recentLimit ?? 200;
    const recent = [mention, ...this.recentMentions].sort((a, b) =>
      seq(b.id) > seq(a.id) ? 1 : -1,
    );
    for (const dropped of recent.splice(limit))
      this.recentIds.delete(dropped.id);
    this.recentIds.add(mention.id);
    this.recentMentions = recent;
  }

  private hide(id: string): void {
    this.hiddenIds.delete(id);
    this.hiddenIds.add(id);
    if (this.hiddenIds.size > HIDDEN_MEMORY) {
      const oldest = this.hiddenIds.values().next().value;
      if (oldest !== undefined) this.hiddenIds.delete(oldest);
    }
    this.recentMentions = this.recentMentions.filter(
      (mention) => mention.id !== id,
    );
    this.recentIds.delete(id);
    for (const view of this.views) view.remove(id);
    this.options.onHidden?.(id);
  }

  /** Sends one subscription (with its `since` when resuming); nothing while disconnected. */
  private sendSubscription(subscription: LiveSubscription): void {
    const socket = this.socket;
    if (!socket?.connected) return;
    const request: SubscribeRequest = {
      id: subscription.id,
      ...subscription.request,
      ...(subscription.lastId === null ? {} : { since: subscription.lastId }),
    };
    subscription.sent = true;
    subscription.acked = false;
    socket
      .timeout(this.options.ackTimeoutMs ?? 15_000)
      .emit('subscribe', request, (timedOut, answer) => {
        // Answers for a socket or a subscription that is gone are of no use.
        if (
          this.socket !== socket ||
          this.subscriptionsById.get(subscription.id) !== subscription ||
          !subscription.sent
        )
          return;
        if (timedOut) {
          this.sendSubscription(subscription);
          return;
        }
        subscription.acked = true;
        if (!answer.ok) this.setState({ status: 'live', error: answer.error });
        this.settleState();
      });
  }

  /** Live once every subscription sent on this connection is answered (at once when there are none). */
  private settleState(): void {
    if (!this.socket?.connected) return;
    for (const subscription of this.subscriptions.values())
      if (!subscription.acked) return;
    this.setState({
      status: 'live',
      error: this.state.status === 'live' ? this.state.error : null,
    });
  }

  private forgetSent(): void {
    for (const subscription of this.subscriptions.values()) {
      subscription.sent = false;
      subscription.acked = false;
    }
  }

  private retryLater(): void {
    if (this.retryTimer !== undefined) return;
    const min = this.options.reconnectDelayMs ?? 1000;
    const max = this.options.reconnectDelayMaxMs ?? 30_000;
    const base = Math.min(min * 2 ** this.failures, max);
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = undefined;
        this.socket?.connect();
      },
      base / 2 + Math.random() * (base / 2),
    );
  }

  private stopRetrying(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private setState(next: LiveState): void {
    if (next.status === this.state.status && next.error === this.state.error)
      return;
    this.state = next;
    for (const listener of this.stateListeners) listener();
  }
}

/** One consumer's share of the stream: read it with useSyncExternalStore(view.subscribe, view.getSnapshot). */
export class LiveView {
  readonly key: string;
  readonly request: LiveFilter;
  /** The newest mention of the API pages it was seeded with. */
  seededThrough: string | null = null;
  private readonly rule: MentionSubscriptionFilter;
  private items: readonly Mention[] = [];
  private readonly ids = new Set<string>();
  private pending: Mention[] = [];
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly connection: LiveConnection,
    filter: ReturnType<typeof normaliseLiveFilter>,
    readonly limit: number,
    private readonly notifyEveryMs: number,
  ) {
    this.key = filter.key;
    this.request = filter.request;
    this.rule = filter.rule;
  }

  readonly getSnapshot = (): readonly Mention[] => this.items;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.connection.attach(this);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.connection.detach(this);
      }
    };
  };

  /** Back-fills from the API (a newest-first page): merged by id, newest first. */
  seed(mentions: readonly Mention[]): void {
    const fresh = mentions.filter(
      (mention) =>
        !this.ids.has(mention.id) && !this.connection.isHidden(mention.id),
    );
    if (fresh.length === 0) return;
    const newest = fresh.reduce((a, b) => (seq(a.id) > seq(b.id) ? a : b));
    if (this.seededThrough === null || seq(newest.id) > seq(this.seededThrough))
      this.seededThrough = newest.id;
    this.connection.noteSeen(this, newest.id);
    this.replace(
      [...this.items, ...fresh].sort((a, b) =>
        seq(b.id) > seq(a.id) ? 1 : -1,
      ),
    );
  }

  /** @internal */
  offer(mention: Mention): void {
    if (!wants(this.rule, mention) || this.ids.has(mention.id)) return;
    this.pending.push(mention);
    this.ids.add(mention.id);
    this.timer ??= setTimeout(() => this.flush(), this.notifyEveryMs);
  }

  /** @internal Mentions seen before this view joined, newest first. */
  offerMany(mentions: readonly Mention[]): void {
    const wanted = mentions.filter(
      (mention) => wants(this.rule, mention) && !this.ids.has(mention.id),
    );
    if (wanted.length > 0)
      this.replace(
        [...this.items, ...wanted].sort((a, b) =>
          seq(b.id) > seq(a.id) ? 1 : -1,
        ),
      );
  }

  /** @internal */
  remove(id: string): void {
    this.pending = this.pending.filter((mention) => mention.id !== id);
    if (this.ids.has(id))
      this.replace(this.items.filter((mention) => mention.id !== id));
  }

  /** @internal */
  clear(): void {
    this.pending = [];
    this.seededThrough = null;
    this.replace([]);
  }

  private flush(): void {
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const arrived = this.pending.reverse();
    this.pending = [];
    this.replace([...arrived, ...this.items]);
  }

  private replace(items: readonly Mention[]): void {
    this.items = items.slice(0, this.limit);
    this.ids.clear();
    for (const mention of this.items) this.ids.add(mention.id);
    for (const mention of this.pending) this.ids.add(mention.id);
    for (const listener of this.listeners) listener();
  }
}
