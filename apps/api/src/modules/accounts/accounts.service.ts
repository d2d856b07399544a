import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { Account } from '@lyt/contracts';
import {
  type AddressGuard,
  blockPrivateAddresses,
  FeedError,
  FeedHttpError,
  fetchFeed,
  parseFeed,
} from '@lyt/feeds';
import { checkOutboundUrl } from '../../common/public-url.util';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { SourcesRepository } from '../sources/sources.repository';
import {
  AccountAddress,
  AccountAddressError,
  readHandle,
  readProfileUrl,
} from './account-address.util';
import type { AccountPeriod } from './account-period.util';
import { ACCOUNT_SOURCE_KINDS, type NewAccount } from './account.types';
import { toAccountView } from './account.view';
import { AccountsRepository } from './accounts.repository';
import type { CreateAccountDto, UpdateAccountDto } from './dto/account.dto';
import { EngagementRepository } from './engagement.repository';
import { BlueskyClient } from './platforms/bluesky.client';
import { MastodonClient } from './platforms/mastodon.client';

/** Platform APIs are polled less often than feeds: their rate limits are per address. */
const API_INTERVAL_SECONDS = 600;
const FEED_INTERVAL_SECONDS = 300;

interface Resolved {
  account: Omit<NewAccount, 'sourceId' | 'role'>;
  source: { url: string; kind: string; name: string; intervalSeconds: number };
  followers: number | null;
}

@Injectable()
export class AccountsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountsRepository,
    private readonly engagement: EngagementRepository,
    private readonly sources: SourcesRepository,
  ) {}

  async list(period: AccountPeriod): Promise<Account[]> {
    return (await this.accounts.listWithEngagement(period.from, period.to)).map(
      toAccountView,
    );
  }

  async get(
    id: string,
    period: AccountPeriod = { from: null, to: null },
  ): Promise<Account> {
    const [row] = await this.accounts.listWithEngagement(
      period.from,
      period.to,
      id,
    );
    if (!row) throw new NotFoundException(`no account ${id}`);
    return toAccountView(row);
  }

  /**
   * Resolves the handle or URL against its platform (an unknown one is a 400),
   * then stores the account with a source of its own, due at once: the next
   * collector tick reads its timeline.
   */
  async create(dto: CreateAccountDto): Promise<Account> {
    const field = dto.url !== undefined ? 'url' : 'handle';
    let address: AccountAddress;
    try {
      address =
        dto.url !== undefined
          ? readProfileUrl(dto.url)
          : readHandle(dto.handle!);
    } catch (error) {
      if (error instanceof AccountAddressError)
        throw new BadRequestException(`${field}: ${error.message}`);
      throw error;
    }
    const resolved = await this.resolve(address, field);
    if (
      await this.accounts.findByHandle(
        address.platform,
        resolved.account.handle,
      )
    )
      throw new ConflictException(
        `${field}: the account ${resolved.account.handle} exists already`,
      );
    const existing =
      address.platform === 'feed'
        ? await this.sources.findByUrl(resolved.source.url)
        : null;
    if (existing && (await this.accounts.findBySource(existing.id)))
      throw new ConflictException(
        `${field}: an account is collected from ${resolved.source.url} already`,
      );
    const source = existing ?? (await this.sources.create(resolved.source));
    try {
      const id = await this.accounts.transaction(async (manager) => {
        const created = await this.accounts.create(
          manager,
          {
            ...resolved.account,
            name: dto.name ?? resolved.account.name,
            role: dto.role,
            sourceId: source.id,
          },
          !existing,
        );
        if (resolved.followers !== null)
          await this.engagement.recordFollowers(
            manager,
            created,
            resolved.followers,
            new Date(),
          );
        return created;
      });
      return this.get(id);
    } catch (error) {
      if (!existing) await this.sources.remove(source.id);
      if ((error as { code?: string }).code === '23505')
        throw new ConflictException(
          `${field}: the account ${resolved.account.handle} exists already`,
        );
      throw error;
    }
  }

  async update(id: string, dto: UpdateAccountDto): Promise<Account> {
    if (!(await this.accounts.update(id, dto)))
      throw new NotFoundException(`no account ${id}`);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.accounts.remove(id)))
      throw new NotFoundException(`no account ${id}`);
  }

  private async resolve(
    address: AccountAddress,
    field: string,
  ): Promise<Resolved> {
    const allowPrivate = this.config.allowPrivateFeeds;
    const guard: AddressGuard | undefined = allowPrivate
      ? undefined
      : blockPrivateAddresses;
    try {
      switch (address.platform) {
        case 'mastodon': {
          const instanceUrl = new URL(
            await checkOutboundUrl(address.instanceUrl, field, allowPrivate),
          ).origin;
          const profile = await new MastodonClient(instanceUrl, guard).lookup(
            address.username,
          );
          return {
            account: {
              platform: 'mastodon',
              handle: profile.handle,
              name: profile.name,
              profileUrl: safeProfileUrl(
                profile.url,
                `${instanceUrl}/@${address.username}`,
              ),
              instanceUrl,
              remoteId: profile.remoteId,
            },
            source: {
              url: `${instanceUrl}/api/v1/accounts/${encodeURIComponent(profile.remoteId)}/statuses`,
              kind: ACCOUNT_SOURCE_KINDS.mastodon,
              name: `Mastodon: ${profile.handle}`,
              intervalSeconds: API_INTERVAL_SECONDS,
            },
            followers: profile.followers,
          };
        }
        case 'bluesky': {
          const { profile } = await new BlueskyClient(
            this.config.blueskyApi,
            guard,
          ).profile(address.actor);
          return {
            account: {
              platform: 'bluesky',
              handle: profile.handle,
              name: profile.name,
              profileUrl: profile.url,
              instanceUrl: null,
              remoteId: profile.remoteId,
            },
            source: {
              url: `${this.config.blueskyApi}/xrpc/app.bsky.feed.getAuthorFeed?actor=${encodeURIComponent(profile.remoteId)}`,
              kind: ACCOUNT_SOURCE_KINDS.bluesky,
              name: `Bluesky: ${profile.handle}`,
              intervalSeconds: API_INTERVAL_SECONDS,
            },
            followers: profile.followers,
          };
        }
        case 'feed': {
          const url = await checkOutboundUrl(address.url, field, allowPrivate);
          const fetched = await fetchFeed(url, { guard });
          const title =
            fetched.status === 'ok'
              ? (await parseFeed(fetched.body, fetched.finalUrl)).title
              : null;
          const parsed = new URL(url);
          return {
            account: {
              platform: 'feed',
              handle: `${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`,
              name: title ?? parsed.host,
              profileUrl: url,
              instanceUrl: null,
              remoteId: null,
            },
            source: {
              url,
              kind: 'feed',
              name: title ?? parsed.host,
              intervalSeconds: FEED_INTERVAL_SECONDS,
            },
            followers: null,
          };
        }
      }
    } catch (error) {
      if (
        error instanceof FeedHttpError &&
        [400, 404, 410].includes(error.status)
      )
        throw new BadRequestException(`${field}: ${unknownAccount(address)}`);
      if (error instanceof FeedError)
        throw new BadRequestException(`${field}: ${error.message}`);
      throw error;
    }
  }
}

function unknownAccount(address: AccountAddress): string {
  switch (address.platform) {
    case 'mastodon':
      return `${new URL(address.instanceUrl).host} has no account ${address.username}`;
    case 'bluesky':
      return `Bluesky has no profile ${address.actor}`;
    case 'feed':
      return `${address.url} is not there`;
  }
}

/** The profile URL the platform gave, if it is http(s); else the one built from the handle. */
function safeProfileUrl(given: string, fallback: string): string {
  try {
    const url = new URL(given);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? url.href
      : fallback;
  } catch {
    return fallback;
  }
}
