/**
 * Local servers that speak the real protocols, for tests only: the api's
 * integration specs and the browser tests share them. Never imported by
 * application code.
 */
export { FeedServer } from './feed-server';
export type { FeedBehaviour, FeedItemSpec, FeedRequest } from './feed-server';
export { WebhookReceiver } from './webhook-receiver';
export type { ReceivedWebhook } from './webhook-receiver';
export { SmtpReceiver } from './smtp-receiver';
export type { ReceivedMail } from './smtp-receiver';
export { MastodonServer } from './mastodon-server';
export type {
  MastodonAccountSpec,
  MastodonStatusSpec,
} from './mastodon-server';
export { BlueskyServer } from './bluesky-server';
export type { BlueskyPostSpec, BlueskyProfileSpec } from './bluesky-server';
export type { ApiRequest, RateLimitState } from './json-api-server';
