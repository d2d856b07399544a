import {
  DEFAULT_SUBSCRIPTION_ID,
  LIVE_NAMESPACE,
  type LiveClientEvents,
  type LiveServerEvents,
  type Mention,
  type MentionSubscriptionFilter,
  type SubscribeRequest,
  wants,
} from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';
import {
  createServer,
  type RequestListener,
  type Server as HttpServer,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';

interface SocketData {
  subscriptions?: Map<string, MentionSubscriptionFilter>;
}
type LiveServer = Server<
  LiveClientEvents,
  LiveServerEvents,
  Record<string, never>,
  SocketData
>;
type LiveSocket = Socket<
  LiveClientEvents,
  LiveServerEvents,
  Record<string, never>,
  SocketData
>;

/**
 * A real Socket.IO server speaking Lyt's `/live` protocol, in the test
 * process: token check in the handshake, several subscriptions per socket
 * (`subscribe` with an id, an ack and a replay after its `since`;
 * `unsubscribe`), each mention sent once naming the subscriptions whose
 * filter (the shared rule) wants it, `hidden` to everyone.
 * It keeps a log so that a reconnecting client can be replayed to, and it
 * can be stopped and started again on the same port (a restart, a network cut).
 */
export class LiveTestServer {
  readonly subscribes: SubscribeRequest[] = [];
  readonly unsubscribes: string[] = [];
  /** Handshakes that were let in. */
  connections = 0;
  private readonly log: Mention[] = [];
  private readonly hiddenIds = new Set<string>();
  private http: HttpServer | undefined;
  private io: LiveServer | undefined;
  private port = 0;
  private seq = 0;
  validTokens = new Set<string>(['viewer-token']);

  /** Plain HTTP requests (the REST side) on the same port; socket.io takes its own path. */
  constructor(private readonly rest?: RequestListener) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.http = createServer(this.rest);
    this.io = new Server<
      LiveClientEvents,
      LiveServerEvents,
      Record<string, never>,
      SocketData
    >(this.http, {
      serveClient: false,
    });
    const live = this.io.of(LIVE_NAMESPACE);
    live.use((socket, next) => {
      const token: unknown = socket.handshake.auth['token'];
      if (typeof token !== 'string' || !this.validTokens.has(token))
        return next(new Error('unauthorized: a valid token is required'));
      this.connections += 1;
      next();
    });
    live.on('connection', (socket: LiveSocket) => {
      const subscriptions = (socket.data.subscriptions = new Map());
      socket.on('subscribe', (request, ack) => {
        this.subscribes.push(request);
        const id = request.id ?? DEFAULT_SUBSCRIPTION_ID;
        const filter: MentionSubscriptionFilter = {
          topics: new Set(request.topics ?? []),
          kinds: new Set(request.kinds ?? []),
          hashtags: new Set(
            (request.hashtags ?? []).map((tag) => normaliseHashtag(tag) ?? tag),
          ),
          sources: new Set(request.sources ?? []),
          sentiments: new Set(request.sentiments ?? []),
          languages: new Set(request.languages ?? []),
        };
        subscriptions.set(id, filter);
        const since =
          request.since === undefined ? null : BigInt(request.since);
        let replayed = 0;
        if (since !== null) {
          for (const mention of this.log) {
            if (BigInt(mention.id) > since && wants(filter, mention)) {
              socket.emit('mention', mention, [id]);
              replayed += 1;
            }
          }
        }
        ack({ ok: true, id, replayed });
      });
      socket.on('unsubscribe', ({ id }, ack) => {
        this.unsubscribes.push(id);
        subscriptions.delete(id);
        ack({ ok: true });
      });
    });
    await new Promise<void>((resolve) =>
      this.http!.listen(this.port, '127.0.0.1', resolve),
    );
    this.port = (this.http.address() as AddressInfo).port;
    return this;
  }

  /** Closes every connection and the port; `start()` opens the same port again. */
  async stop(): Promise<void> {
    const io = this.io;
    this.io = undefined;
    if (!io) return;
    io.disconnectSockets(true);
    await new Promise<void>((resolve) => io.close(() => resolve()));
    this.http?.closeAllConnections();
  }

  /** Every mention published and not hidden, newest first: what `GET /api/mentions` would list. */
  visible(): Mention[] {
    return [...this.log]
      .reverse()
      .filter((mention) => !this.hiddenIds.has(mention.id));
  }

  /** Commits a mention: logged for replays, sent to every socket that wants it. */
  publish(overrides: Partial<Mention> = {}): Mention {
    this.seq += 1;
    const mention = makeMention({ id: String(this.seq), ...overrides });
    this.log.push(mention);
    for (const socket of this.sockets()) this.send(socket, mention);
    return mention;
  }

  /** Sends a mention again, as a second api replica relaying the same commit would. */
  resend(mention: Mention): void {
    for (const socket of this.sockets()) this.send(socket, mention);
  }

  /** The subscriptions each open socket holds now, by id. */
  subscriptionIds(): string[][] {
    return this.sockets().map((socket) => [
      ...(socket.data.subscriptions?.keys() ?? []),
    ]);
  }

  private send(socket: LiveSocket, mention: Mention): void {
    const ids = [...(socket.data.subscriptions ?? [])]
      .filter(([, filter]) => wants(filter, mention))
      .map(([id]) => id);
    if (ids.length > 0) socket.emit('mention', mention, ids);
  }

  hide(id: string): void {
    this.hiddenIds.add(id);
    this.io?.of(LIVE_NAMESPACE).emit('hidden', { id });
  }

  /** As Lyt does when the viewer token is rotated: the old token's sockets are closed. */
  rotate(oldToken: string, newToken: string): void {
    this.validTokens.delete(oldToken);
    this.validTokens.add(newToken);
    for (const socket of this.sockets()) socket.disconnect(true);
  }

  openSockets(): number {
    return this.sockets().length;
  }

  private sockets(): LiveSocket[] {
    return this.io ? [...this.io.of(LIVE_NAMESPACE).sockets.values()] : [];
  }
}

export function makeMention(overrides: Partial<Mention> = {}): Mention {
  return {
    id: '1',
    title: null,
    text: 'LEGO åbner ny fabrik i Billund',
    url: 'https://example.dk/1',
    author: '@anna@mastodon.social',
    publishedAt: new Date().toISOString(),
    hashtags: [],
    mediaUrl: null,
    engagement: null,
    deletedOnPlatform: false,
    language: 'da',
    sentiment: { score: 0.4, label: 'positive' },
    source: { id: 'source-1', name: 'Mastodon #dkbiz' },
    topics: [{ id: 'lego', name: 'LEGO', kind: 'company', terms: ['lego'] }],
    ...overrides,
  };
}

/**
 * Resolves once `condition` holds, checking whenever the store notifies (no
 * polling); fails naming `what` after the timeout.
 */
export function when(
  subscribe: (listener: () => void) => () => void,
  condition: () => boolean,
  what: string,
  timeoutMs = 5_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (condition()) return resolve();
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const unsubscribe = subscribe(() => {
      if (!condition()) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}
