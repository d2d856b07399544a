import type { Mention } from './mention';
import type { TopicKind } from './topic';

/** The Socket.IO namespace of the live stream. */
export const LIVE_NAMESPACE = '/live';

export interface SubscribeRequest {
  topics?: string[];
  kinds?: TopicKind[];
  hashtags?: string[];
  /** The last mention id the client saw: what came after it is replayed first. */
  since?: string;
}

/** The answer to `subscribe`: how many missed mentions were replayed, or which field was wrong. */
export type SubscribeAck =
  { ok: true; replayed: number } | { ok: false; error: string };

/** Events the server sends to a browser on `/live`. */
export interface LiveServerEvents {
  mention: (mention: Mention) => void;
  hidden: (event: { id: string }) => void;
}

/** Events a browser sends on `/live`. */
export interface LiveClientEvents {
  subscribe: (
    request: SubscribeRequest,
    ack: (answer: SubscribeAck) => void,
  ) => void;
}
