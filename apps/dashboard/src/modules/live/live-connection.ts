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

/**
 * The browser tab's one connection to `/live`, held outside React. Views
 * (`view(filter)`) share it: the server is asked for one filter when all
 * views want the same, else for everything, and each view keeps what the
 * shared rule (`wants`) lets through. It reconnects with backoff, resumes
 * with `since` (the last mention id it saw) so nothing is missed or repeated,
 * and a `hidden` event removes the mention from every view at once.
 */
export class LiveConnection {
  private socket: LiveSocket | null = null;
  private state: LiveState = { status: 'idle', error: null };
  private readonly stateListeners = new Set<() => void>();
  private readonly views = new Set<LiveView>();
  private recentMentions: Mention[] = [];
  private readonly hiddenIds = new Set<string>();
  private lastId: string | null = null;
  /** The filter the server has for this socket (its key), null when none was sent since connecting. */
  private serverKey: string | null = null;
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
      this.serverKey = null;
      if (!this.sendSubscription())
        this.setState({ status: 'live', error: null });
    });
    socket.on('disconnect', (reason) => {
      this.serverKey = null;
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
    socket.on('mention', (mention) => this.receive(mention));
    socket.on('hidden', ({ id }) => this.hide(id));
  }

  /** Stops on purpose (sign-out); `connect()` starts again, resuming where it left off. */
  disconnect(): void {
    this.stopRetrying();
    const socket = this.socket;
    this.socket = null;
    this.serverKey = null;
    socket?.removeAllListeners();
    socket?.disconnect();
    this.setState({ status: 'idle', error: null });
  }

  /** Forgets everything seen: for a new session. */
  reset(): void {
    this.disconnect();
    this.lastId = null;
    this.recentMentions = [];
    this.hiddenIds.clear();
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
    this.syncSubscription();
  }

  /** @internal */
  detach(view: LiveView): void {
    this.views.delete(view);
    this.syncSubscription();
  }

  /** @internal A view was back-filled from the API up to `id`: a reconnect need not replay before it. */
  noteSeen(id: string): void {
    if (this.lastId === null || seq(id) > seq(this.lastId)) this.lastId = id;
  }

  // --- the stream -------------------------------------------------------------

  private receive(mention: Mention): void {
    // Mentions arrive in commit order; anything at or before the last one is a repeat.
    if (this.lastId !== null && seq(mention.id) <= seq(this.lastId)) return;
    if (this.hiddenIds.has(mention.id)) return;
    this.lastId = mention.id;
    this.recentMentions = [
      mention,
      ...this.recentMentions.slice(0, (this.options.recentLimit ?? 200) - 1),
    ];
    for (const view of this.views) view.offer(mention);
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
    for (const view of this.views) view.remove(id);
    this.options.onHidden?.(id);
  }

  /** What the server should send: the one filter all views share, or everything. */
  private wanted(): LiveFilter | null {
    if (this.views.size === 0) return null;
    const keys = new Map<string, LiveFilter>();
    for (const view of this.views) keys.set(view.key, view.request);
    return keys.size === 1 ? [...keys.values()][0]! : EVERYTHING;
  }

  private syncSubscription(): void {
    const wanted = this.wanted();
    if (wanted && JSON.stringify(wanted) !== this.serverKey)
      this.sendSubscription();
  }

  /** Sends the subscription (with `since` when resuming); false when there is nothing to subscribe to. */
  private sendSubscription(): boolean {
    const socket = this.socket;
    const wanted = this.wanted();
    if (!socket?.connected || !wanted) return false;
    const key = JSON.stringify(wanted);
    const request: SubscribeRequest =
      this.lastId === null ? { ...wanted } : { ...wanted, since: this.lastId };
    this.serverKey = key;
    socket
      .timeout(this.options.ackTimeoutMs ?? 15_000)
      .emit('subscribe', request, (timedOut, answer) => {
        if (this.socket !== socket || this.serverKey !== key) return;
        if (timedOut) {
          this.serverKey = null;
          this.sendSubscription();
          return;
        }
        this.setState(
          answer.ok
            ? { status: 'live', error: null }
            : { status: 'live', error: answer.error },
        );
      });
    return true;
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
    this.connection.noteSeen(newest.id);
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
