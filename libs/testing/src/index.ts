/**
 * Local servers that speak the real protocols, for tests only: the api's
 * integration specs and the browser tests share them. Never imported by
 * application code.
 */
export { FeedServer } from './feed-server';
export type { FeedBehaviour, FeedItemSpec, FeedRequest } from './feed-server';
