import type { AccountPlatform, AccountRole } from '@lyt/contracts';

/** A row of `account`. */
export interface AccountRow {
  id: string;
  platform: AccountPlatform;
  handle: string;
  role: AccountRole;
  name: string;
  profileUrl: string;
  /** Mastodon: the instance's origin. */
  instanceUrl: string | null;
  /** Mastodon's account id or Bluesky's DID. */
  remoteId: string | null;
  sourceId: string;
  createdAt: Date;
}

export type NewAccount = Omit<AccountRow, 'id' | 'createdAt'>;

/** An account with its latest followers and the sums over its posts in a period. */
export interface AccountWithEngagement extends AccountRow {
  followers: number | null;
  followersAt: Date | null;
  posts: number;
  likes: number;
  boosts: number;
  replies: number;
  quotes: number;
}

/** Source kinds whose posts are read from a platform's JSON API rather than a feed. */
export const ACCOUNT_SOURCE_KINDS = {
  mastodon: 'mastodon-account-api',
  bluesky: 'bluesky-account-api',
} as const;
