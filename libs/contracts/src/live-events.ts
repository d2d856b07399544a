import type { Mention, SentimentLabel } from './mention';
import type { TopicKind } from './topic';

/** The Socket.IO namespace of the live stream. */
export const LIVE_NAMESPACE = '/live';

/** A subscription without an id: what clients that hold one subscription per socket send. */
export const DEFAULT_SUBSCRIPTION_ID = 'default';
/** How many subscriptions one socket may hold (a board of columns, the overview, a screen). */
export const MAX_SUBSCRIPTIONS = 50;
/** A subscription id: 1–64 letters, digits, '-' or '_'. */
export const SUBSCRIPTION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * `subscribe`: one of a socket's subscriptions. Each non-empty list narrows
 * (any of its values matches; see `wants`). Subscribing again with the same
 * id replaces that subscription; other ids are untouched.
 */
export interface SubscribeRequest {
  /** Names the subscription on this socket; default `DEFAULT_SUBSCRIPTION_ID`. */
  id?: string;
  topics?: string[];
  kinds?: TopicKind[];
  hashtags?: string[];
  sources?: string[];
  sentiments?: SentimentLabel[];
  /** ISO 639-1. */
  languages?: string[];
  /**
   * The last mention id this subscription saw: what came after it (and
   * matches) is replayed first, in order, then live ones follow without a
   * gap or a repeat. Each subscription has its own.
   */
  since?: string;
}

/** The answer to `subscribe`: how many missed mentions were replayed, or which field was wrong. */
export type SubscribeAck =
  { ok: true; id: string; replayed: number } | { ok: false; error: string };

/** `unsubscribe`: ends one subscription of this socket. */
export interface UnsubscribeRequest {
  id: string;
}

export type UnsubscribeAck = { ok: true } | { ok: false; error: string };

/** Events the server sends to a browser on `/live`. */
export interface LiveServerEvents {
  /**
   * A mention for the subscriptions named in `subscriptions` (never empty):
   * sent once however many of them want it. Per subscription, mentions come
   * in commit order (ascending id) and never twice.
   */
  mention: (mention: Mention, subscriptions: string[]) => void;
  /** Moderation hid a mention: drop it everywhere (it never streams again). */
  hidden: (event: { id: string }) => void;
}

/** Events a browser sends on `/live`. */
export interface LiveClientEvents {
  subscribe: (
    request: SubscribeRequest,
    ack: (answer: SubscribeAck) => void,
  ) => void;
  unsubscribe: (
    request: UnsubscribeRequest,
    ack: (answer: UnsubscribeAck) => void,
  ) => void;
}
