import type { Account, AccountRef } from '@lyt/contracts';
import type { AccountRow, AccountWithEngagement } from './account.types';

export function toAccountRef(row: AccountRow): AccountRef {
  return {
    id: row.id,
    platform: row.platform,
    handle: row.handle,
    role: row.role,
    name: row.name,
  };
}

export function toAccountView(row: AccountWithEngagement): Account {
  return {
    ...toAccountRef(row),
    url: row.profileUrl,
    sourceId: row.sourceId,
    followers: row.followers,
    followersAt: row.followersAt
      ? new Date(row.followersAt).toISOString()
      : null,
    posts: row.posts,
    // A feed carries no engagement: not available, not 0.
    ...(row.platform === 'feed'
      ? { likes: null, boosts: null, replies: null, quotes: null }
      : {
          likes: row.likes,
          boosts: row.boosts,
          replies: row.replies,
          quotes: row.quotes,
        }),
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
