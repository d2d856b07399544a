import type {
  LiveClientEvents,
  LiveServerEvents,
  Mention,
  SubscribeAck,
  SubscribeRequest,
  UnsubscribeAck,
} from '@lyt/contracts';
import { io, Socket } from 'socket.io-client';

/** A real socket.io-client on `/live`, recording what it receives. */
export class LiveClient {
  /** Each with the ids of the subscriptions it came for. */
  readonly mentions: (Mention & {
    receivedAt: number;
    subscriptions: string[];
  })[] = [];
  readonly hidden: string[] = [];
  private readonly socket: Socket<LiveServerEvents, LiveClientEvents>;

  constructor(baseUrl: string, token: string) {
    this.socket = io(`${baseUrl}/live`, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    });
    this.socket.on('mention', (mention, subscriptions) =>
      this.mentions.push({ ...mention, receivedAt: Date.now(), subscriptions }),
    );
    this.socket.on('hidden', ({ id }) => this.hidden.push(id));
  }

  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
  }

  async subscribe(request: SubscribeRequest = {}): Promise<SubscribeAck> {
    await this.connected();
    return this.socket.timeout(10_000).emitWithAck('subscribe', request);
  }

  async unsubscribe(id: string): Promise<UnsubscribeAck> {
    await this.connected();
    return this.socket.timeout(10_000).emitWithAck('unsubscribe', { id });
  }

  /** The ids received for one subscription, in order of arrival. */
  idsFor(subscription: string): string[] {
    return this.mentions
      .filter((mention) => mention.subscriptions.includes(subscription))
      .map((mention) => mention.id);
  }

  async waitFor(count: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.mentions.length < count) {
      if (Date.now() > deadline) {
        throw new Error(
          `expected ${count} mentions, got ${this.mentions.length}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Also calls `listener` for every mention from now on. */
  onMention(listener: (mention: Mention) => void): void {
    this.socket.on('mention', listener);
  }

  ids(): string[] {
    return this.mentions.map((mention) => mention.id);
  }

  close(): void {
    this.socket.close();
  }
}
