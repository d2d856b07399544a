import { Injectable } from '@nestjs/common';
import type {
  AccountComparison,
  AccountPost,
  AccountProfileStats,
  AmbassadorRank,
  AmbassadorSettings,
  AmbassadorStats,
  SharedCompanyPost,
} from '@lyt/contracts';
import type { AccountWithEngagement } from '../account.types';
import { toAccountRef } from '../account.view';
import { AccountsRepository } from '../accounts.repository';
import { InsightPost, InsightsRepository } from './insights.repository';
import { styleOf } from './style-signals.util';

const WEEK_MS = 7 * 86_400_000;
const BEST_POSTS = 3;
const TOP_HASHTAGS = 8;
const SHARED_POSTS = 10;

/** The comparison of role models with one's own accounts, and the ambassador ranking. */
@Injectable()
export class AccountInsightsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly insights: InsightsRepository,
  ) {}

  /**
   * Own accounts, role models and watched accounts side by side; a feed
   * (a blog) with what a feed gives: no followers and no engagement.
   */
  async comparison(from: Date, to: Date): Promise<AccountComparison> {
    const accounts = (await this.accounts.listWithEngagement(from, to)).filter(
      (account) => account.role !== 'employee',
    );
    const posts = await this.insights.postsOf(
      accounts.map((account) => account.id),
      from,
      to,
    );
    const weeks = Math.max((to.getTime() - from.getTime()) / WEEK_MS, 1 / 7);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      accounts: accounts.map((account) =>
        profileStats(
          account,
          posts.filter(
            (post) => post.accountId === account.id && !post.sharedUrl,
          ),
          weeks,
        ),
      ),
    };
  }

  /**
   * Employees ranked by how often they shared company content in the period:
   * a boost or repost of an own account's post, a link to a company domain,
   * or a post matching a company topic or carrying a campaign hashtag. A
   * feed's reach is unknown (null): it has no followers.
   */
  async ambassadors(from: Date, to: Date): Promise<AmbassadorStats> {
    const all = await this.accounts.listWithEngagement(from, to);
    const own = all.filter((account) => account.role === 'own');
    const employees = all.filter((account) => account.role === 'employee');
    const settings = await this.insights.signals();
    const ownHandles = new Set(
      own.map((account) => account.handle.toLowerCase()),
    );
    const posts = await this.insights.postsOf(
      employees.map((account) => account.id),
      from,
      to,
    );
    const ranking: AmbassadorRank[] = employees.map((account) => {
      const kinds = posts
        .filter((post) => post.accountId === account.id)
        .map((post) => shareKinds(post, ownHandles, settings));
      const shares = kinds.filter(
        (kind) => kind.boost || kind.link || kind.topic,
      ).length;
      return {
        account: toAccountRef(account),
        followers: account.followers,
        shares,
        boosts: kinds.filter((kind) => kind.boost).length,
        links: kinds.filter((kind) => kind.link).length,
        topics: kinds.filter((kind) => kind.topic).length,
        reach: account.followers === null ? null : shares * account.followers,
      };
    });
    // Among equal shares, a known reach before an unknown one.
    ranking.sort(
      (a, b) =>
        b.shares - a.shares ||
        (b.reach ?? -1) - (a.reach ?? -1) ||
        a.account.name.localeCompare(b.account.name, 'da'),
    );
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      ranking,
      sharedPosts: await this.sharedPosts(posts, ownHandles, own),
    };
  }

  settings(): Promise<AmbassadorSettings> {
    return this.insights.signals();
  }

  async replaceSettings(
    settings: AmbassadorSettings,
  ): Promise<AmbassadorSettings> {
    await this.insights.replaceSignals(
      [...new Set(settings.domains)],
      [...new Set(settings.hashtags)],
    );
    return this.settings();
  }

  private async sharedPosts(
    posts: InsightPost[],
    ownHandles: Set<string>,
    own: AccountWithEngagement[],
  ): Promise<SharedCompanyPost[]> {
    const counts = new Map<string, Set<string>>();
    for (const post of posts) {
      if (
        !post.sharedUrl ||
        !ownHandles.has(post.sharedHandle?.toLowerCase() ?? '')
      )
        continue;
      const sharers = counts.get(post.sharedUrl) ?? new Set<string>();
      sharers.add(post.accountId);
      counts.set(post.sharedUrl, sharers);
    }
    const top = [...counts.entries()]
      .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
      .slice(0, SHARED_POSTS);
    const originals = new Map(
      (await this.insights.ownPostsByUrl(top.map(([url]) => url))).map(
        (post) => [post.url, post],
      ),
    );
    const ownById = new Map(own.map((account) => [account.id, account]));
    return top.map(([url, sharers]) => {
      const original = originals.get(url);
      const account = original ? ownById.get(original.accountId) : undefined;
      return {
        url,
        text: original?.text ?? '',
        account: account ? toAccountRef(account) : null,
        shares: sharers.size,
      };
    });
  }
}

function shareKinds(
  post: InsightPost,
  ownHandles: Set<string>,
  settings: AmbassadorSettings,
): { boost: boolean; link: boolean; topic: boolean } {
  return {
    boost:
      post.sharedHandle !== null &&
      ownHandles.has(post.sharedHandle.toLowerCase()),
    link: post.linkHosts.some((host) =>
      settings.domains.some(
        (domain) => host === domain || host.endsWith(`.${domain}`),
      ),
    ),
    topic:
      !post.sharedUrl &&
      (post.company ||
        post.hashtags.some((tag) => settings.hashtags.includes(tag))),
  };
}

function profileStats(
  account: AccountWithEngagement,
  posts: InsightPost[],
  weeks: number,
): AccountProfileStats {
  const engagement = (post: InsightPost) =>
    post.likes + post.boosts + post.replies + post.quotes;
  const count = posts.length;
  // A feed carries no likes, boosts or replies: unknown, not zero.
  const hasEngagement = account.platform !== 'feed';
  const perPost =
    hasEngagement && count > 0
      ? posts.reduce((sum, post) => sum + engagement(post), 0) / count
      : null;
  const share = (test: (post: InsightPost) => boolean) =>
    count > 0 ? round(posts.filter(test).length / count, 3) : null;
  const hashtags = new Map<string, number>();
  for (const post of posts)
    for (const tag of post.hashtags)
      hashtags.set(tag, (hashtags.get(tag) ?? 0) + 1);
  return {
    account: toAccountRef(account),
    followers: account.followers,
    posts: count,
    postsPerWeek: round(count / weeks, 1),
    engagementPerPost: perPost === null ? null : round(perPost, 1),
    engagementPerThousandFollowers:
      perPost === null || !account.followers
        ? null
        : round((perPost / account.followers) * 1000, 1),
    withImage: share((post) => post.hasImage),
    withLink: share((post) => post.linkHosts.length > 0),
    typicalLength: median(posts.map((post) => [...post.text].length)),
    style: styleOf(posts),
    hashtags: [...hashtags.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP_HASHTAGS)
      .map(([hashtag, uses]) => ({ hashtag, count: uses })),
    bestPosts: (hasEngagement ? [...posts] : [])
      .sort(
        (a, b) =>
          engagement(b) - engagement(a) ||
          b.postedAt.getTime() - a.postedAt.getTime(),
      )
      .slice(0, BEST_POSTS)
      .map((post): AccountPost => ({
        mentionId: post.mentionId,
        url: post.url,
        text: post.text,
        publishedAt: new Date(post.postedAt).toISOString(),
        likes: post.likes,
        boosts: post.boosts,
        replies: post.replies,
        quotes: post.quotes,
        engagement: engagement(post),
      })),
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
