import { Injectable } from '@nestjs/common';
import type { LiveServerEvents } from '@lyt/contracts';

/** What broadcasting needs of the `/live` namespace (the gateway owns it). */
interface Broadcast {
  emit(
    event: 'hidden',
    payload: Parameters<LiveServerEvents['hidden']>[0],
  ): unknown;
}

/**
 * Broadcasts to every browser on `/live`, in every api replica (through the
 * Socket.IO Postgres adapter). Mentions themselves do not go this way: they are
 * relayed from PostgreSQL by each process, so that they can be replayed.
 */
@Injectable()
export class MentionEvents {
  private namespace: Broadcast | undefined;

  attach(namespace: Broadcast): void {
    this.namespace = namespace;
  }

  /** A mention was hidden: every screen and list drops it at once. */
  hidden(id: string): void {
    this.namespace?.emit('hidden', { id });
  }
}
