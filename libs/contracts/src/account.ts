/** What an account is to the organisation: its own voice, someone to learn from, an employee, or just watched. */
export const ACCOUNT_ROLES = [
  'own',
  'role-model',
  'employee',
  'watched',
] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Mastodon and Bluesky come with engagement and followers; a feed (a blog) with posts only. */
export const ACCOUNT_PLATFORMS = ['mastodon', 'bluesky', 'feed'] as const;
export type AccountPlatform = (typeof ACCOUNT_PLATFORMS)[number];

export interface AccountRef {
  id: string;
  platform: AccountPlatform;
  /** `@user@instance` on Mastodon, `name.bsky.social` on Bluesky, the host for a feed. */
  handle: string;
  role: AccountRole;
  name: string;
}

/**
 * Sums over an account's own posts (not its boosts or reposts) published in a
 * period. A feed (a blog) has posts but no likes, boosts, replies or quotes:
 * those are null (not available), not 0.
 */
export interface AccountEngagement {
  posts: number;
  likes: number | null;
  boosts: number | null;
  replies: number | null;
  quotes: number | null;
}

/**
 * `POST /api/accounts`, `GET /api/accounts?from=&to=`: an account with its
 * latest follower count and its posts' engagement in the period (all time
 * without from/to).
 */
export interface Account extends AccountRef, AccountEngagement {
  /** The public profile page. */
  url: string;
  /** The source its posts are collected through (its health is the source's). */
  sourceId: string | null;
  /** The latest sample; null for a feed or before the first poll. */
  followers: number | null;
  followersAt: string | null;
  createdAt: string;
}

/** One post of an account, with its engagement as last refreshed. */
export interface AccountPost {
  /** The post's mention id when it matched a topic, else null. */
  mentionId: string | null;
  url: string | null;
  text: string;
  publishedAt: string;
  likes: number;
  boosts: number;
  replies: number;
  quotes: number;
  /** likes + boosts + replies + quotes. */
  engagement: number;
}

/** Shares (0–1) of an account's posts that show a trait of style. */
export interface AccountStyle {
  /**
   * Written in a personal voice: jeg, vi, mig, os, min, mit, mine, vores; I,
   * we, me, us, my, our. A capital "I" counts in Danish posts too, where it is
   * "you" (plural): the reader addressed, a personal voice all the same.
   */
  firstPerson: number;
  questions: number;
  exclamations: number;
  emoji: number;
  /** Laughter and jokes: haha, lol, 😂, 😄, ;-), "for sjov", "just kidding"… */
  humour: number;
}

/**
 * How one account posts in a period: the numbers behind "formal, personal,
 * humorous?". A feed (a blog) has posts, hashtags, images, links, length and
 * style; its followers, engagement and best posts are not available (null, []).
 */
export interface AccountProfileStats {
  account: AccountRef;
  followers: number | null;
  posts: number;
  postsPerWeek: number;
  /** Null without posts, and for a feed. */
  engagementPerPost: number | null;
  /** Engagement per post per 1,000 followers; null without posts or followers. */
  engagementPerThousandFollowers: number | null;
  /** Shares (0–1) of posts with an image and with a link; null without posts. */
  withImage: number | null;
  withLink: number | null;
  /** The median post's length in characters; null without posts. */
  typicalLength: number | null;
  style: AccountStyle | null;
  /** The hashtags it used most, most used first. */
  hashtags: { hashtag: string; count: number }[];
  /** Its most engaging posts, best first; empty for a feed. */
  bestPosts: AccountPost[];
}

/** `GET /api/accounts/comparison?from=&to=`: own accounts first, then role models, then the rest. */
export interface AccountComparison {
  from: string;
  to: string;
  accounts: AccountProfileStats[];
}

export const GOAL_METRICS = [
  'posts',
  'followers',
  'engagement-per-post',
  'mentions',
  'hashtag-uses',
] as const;
/**
 * posts: posts by own accounts; followers: of one own account; engagement-per-post:
 * average over own accounts' posts; mentions: of the company topics (or one topic);
 * hashtag-uses: mentions carrying the hashtag (a campaign tag).
 */
export type GoalMetric = (typeof GOAL_METRICS)[number];

/** A goal that renews: its target is per Copenhagen week or month. */
export const GOAL_PERIODS = ['week', 'month'] as const;
export type GoalPeriod = (typeof GOAL_PERIODS)[number];

export type GoalForecastStatus =
  /** The target is met already. */
  | 'reached'
  /** At the current pace it is met by the end. */
  | 'on-track'
  /** At the current pace it is missed. */
  | 'misses'
  /** Too early to tell: nothing measured yet. */
  | 'unknown';

export interface GoalProgress {
  /** The window measured: startsAt → deadline, or the current week or month. */
  windowStart: string;
  windowEnd: string;
  /** The value at the window's start (followers then; 0 for counts) and now. */
  start: number;
  current: number;
  target: number;
  /** 0–1 of the way from start to target. */
  fraction: number;
  /** Per day, the pace so far and the pace still needed; null where a pace means nothing (an average). */
  pacePerDay: number | null;
  neededPerDay: number | null;
  status: GoalForecastStatus;
  /** on-track: the day the target is forecast to be met (Copenhagen date, YYYY-MM-DD). */
  reachedOn: string | null;
  /** misses: how far short the forecast ends. */
  shortfall: number | null;
  /** The value forecast at the window's end. */
  projected: number | null;
}

export interface Goal {
  id: string;
  name: string;
  metric: GoalMetric;
  target: number;
  /** followers: required; posts and engagement-per-post: null for all own accounts. */
  accountId: string | null;
  /** mentions: null for the company topics. */
  topicId: string | null;
  /** hashtag-uses: lower-case, without '#'. */
  hashtag: string | null;
  /** A goal has a deadline or a period, never both. */
  startsAt: string;
  /**
   * Where the goal's window ends (exclusive). A date-only deadline given to
   * the API (`2027-03-14`) is the end of that day in Copenhagen: the midnight
   * after it (`2027-03-14T23:00:00.000Z`); its last day is the one before.
   */
  deadline: string | null;
  period: GoalPeriod | null;
  createdAt: string;
  progress: GoalProgress;
}

/** Who counts as sharing company content, besides boosting an own account's post. */
export interface AmbassadorSettings {
  /** Hosts of the company's sites, e.g. `nordlys.dk` (subdomains count). */
  domains: string[];
  /** Campaign hashtags, lower-case, without '#'. */
  hashtags: string[];
}

export interface AmbassadorRank {
  account: AccountRef;
  followers: number | null;
  /** Posts that shared company content in the period (each counted once). */
  shares: number;
  /** Of those: boosts/reposts of an own account's post, links to a company domain, posts matching a company topic or a campaign tag. */
  boosts: number;
  links: number;
  topics: number;
  /** Followers reached: shares × followers; null where followers are unknown (a feed has none). */
  reach: number | null;
}

export interface SharedCompanyPost {
  url: string;
  text: string;
  /** The own account that posted it, when known. */
  account: AccountRef | null;
  /** Employee accounts that boosted, reposted or linked it in the period. */
  shares: number;
}

/** `GET /api/accounts/ambassadors?from=&to=`: employees ranked by shares, then reach. */
export interface AmbassadorStats {
  from: string;
  to: string;
  ranking: AmbassadorRank[];
  sharedPosts: SharedCompanyPost[];
}

/**
 * `/api/lists`: a named list of sources and accounts (tip 2), e.g. "Branchemedier";
 * `list=<id>` filters mentions to what its sources collected.
 */
export interface InterestList {
  id: string;
  name: string;
  sourceIds: string[];
  /** Accounts whose source is in the list. */
  accountIds: string[];
  createdAt: string;
}
