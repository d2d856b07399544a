import {
  BadRequestException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  ALERT_SELECTION_FIELDS,
  type AlertDelivery,
  type AlertFrequency,
  type AlertRule,
  type AlertSelection,
  type AlertTrigger,
  type Role,
} from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';
import { checkOutboundUrl } from '../../common/public-url.util';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { AlertComposer } from './alert-composer.service';
import { AlertOutboxRepository } from './alert-outbox.repository';
import {
  AlertRuleFields,
  AlertRuleRecord,
  AlertRulesRepository,
} from './alert-rules.repository';
import { EMPTY_SELECTION } from './alert-selection.util';
import {
  deliveryForViewer,
  forViewer,
  toAlertRule,
  toDelivery,
} from './alert.view';
import {
  AlertChannels,
  MAIL_NOT_CONFIGURED,
} from './channels/alert-channels.service';
import type {
  AlertSelectionDto,
  CreateAlertRuleDto,
  UpdateAlertRuleDto,
} from './dto/alert-rule.dto';

const DEFAULT_FAILING_MINUTES = 60;
const DEFAULT_DIGEST_HOUR = 7;
export const DEFAULT_DELIVERIES = 20;

const shownTo = (role: Role, rule: AlertRule): AlertRule =>
  role === 'admin' ? rule : forViewer(rule);

function fail(field: string, problem: string): never {
  throw new BadRequestException(`${field}: ${problem}`);
}

@Injectable()
export class AlertRulesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rules: AlertRulesRepository,
    private readonly outbox: AlertOutboxRepository,
    private readonly composer: AlertComposer,
    private readonly channels: AlertChannels,
  ) {}

  async list(role: Role): Promise<AlertRule[]> {
    const rules = await this.rules.list();
    const newest = await this.outbox.newest(rules.map((rule) => rule.id));
    return rules.map((rule) =>
      shownTo(role, toAlertRule(rule, newest.get(rule.id))),
    );
  }

  async get(id: string, role: Role): Promise<AlertRule> {
    const rule = await this.require(id);
    const newest = await this.outbox.newest([rule.id]);
    return shownTo(role, toAlertRule(rule, newest.get(rule.id)));
  }

  async create(dto: CreateAlertRuleDto): Promise<AlertRule> {
    return this.get(
      await this.rules.create(await this.resolve(dto, null)),
      'admin',
    );
  }

  async update(id: string, dto: UpdateAlertRuleDto): Promise<AlertRule> {
    const existing = await this.require(id);
    await this.rules.update(id, await this.resolve(dto, existing));
    return this.get(id, 'admin');
  }

  async remove(id: string): Promise<void> {
    if (!(await this.rules.remove(id)))
      throw new NotFoundException(`no alert rule ${id}`);
  }

  /** Sends what the rule would send now, marked as a test, and answers how it went. */
  async test(id: string): Promise<AlertDelivery> {
    const rule = await this.require(id);
    const message = await this.composer.sample(rule);
    const deliveryId = randomUUID();
    const outcome = await this.channels.send(
      rule,
      deliveryId,
      JSON.stringify(message.payload),
    );
    await this.outbox.recordTest(
      deliveryId,
      rule.id,
      message,
      outcome.ok ? null : outcome.error,
    );
    return toDelivery((await this.outbox.find(deliveryId))!);
  }

  async deliveries(
    id: string,
    limit: number,
    role: Role,
  ): Promise<AlertDelivery[]> {
    const rule = await this.require(id);
    const deliveries = (await this.outbox.recent(rule.id, limit)).map(
      toDelivery,
    );
    return role === 'admin' ? deliveries : deliveries.map(deliveryForViewer);
  }

  private async require(id: string): Promise<AlertRuleRecord> {
    const rule = await this.rules.find(id);
    if (!rule) throw new NotFoundException(`no alert rule ${id}`);
    return rule;
  }

  /** The rule's fields after `dto`, checked as a whole: what is wrong is a 400 naming the field. */
  private async resolve(
    dto: UpdateAlertRuleDto,
    existing: AlertRuleRecord | null,
  ): Promise<AlertRuleFields> {
    const trigger = (dto.trigger ?? existing?.trigger)!;
    const sameTrigger = existing?.trigger === trigger;
    const every = this.every(
      trigger,
      dto.every ?? (sameTrigger ? existing.every : undefined),
    );
    const selection = dto.selection
      ? await this.selection(trigger, dto.selection)
      : sameTrigger
        ? existing.selection
        : await this.selection(trigger, existing?.selection ?? {});
    if (dto.failingForMinutes !== undefined && trigger !== 'source-failing')
      fail('failingForMinutes', 'only a source-failing rule has it');
    if (dto.digestHour !== undefined && trigger !== 'digest')
      fail('digestHour', 'only a digest rule has it');
    return {
      name: (dto.name ?? existing?.name)!.trim(),
      trigger,
      selection,
      every,
      ...(await this.channel(dto, existing)),
      language: dto.language ?? existing?.language ?? 'da',
      enabled: dto.enabled ?? existing?.enabled ?? true,
      failingForMinutes:
        trigger === 'source-failing'
          ? (dto.failingForMinutes ??
            existing?.failingForMinutes ??
            DEFAULT_FAILING_MINUTES)
          : null,
      digestHour:
        trigger === 'digest'
          ? (dto.digestHour ?? existing?.digestHour ?? DEFAULT_DIGEST_HOUR)
          : null,
    };
  }

  private every(
    trigger: AlertTrigger,
    every: AlertFrequency | undefined,
  ): AlertFrequency {
    if (trigger !== 'digest') return every ?? 'instant';
    if (every === undefined) return 'daily';
    if (every !== 'daily' && every !== 'weekly')
      fail('every', 'a digest is daily or weekly');
    return every;
  }

  private async selection(
    trigger: AlertTrigger,
    given: AlertSelectionDto | Partial<AlertSelection>,
  ): Promise<AlertSelection> {
    const unique = <T>(values: T[] | undefined) => [...new Set(values ?? [])];
    const selection: AlertSelection = {
      ...EMPTY_SELECTION,
      topics: unique(given.topics?.map((id) => id.toLowerCase())),
      kinds: unique(given.kinds),
      hashtags: unique(
        given.hashtags?.map(
          (written) =>
            normaliseHashtag(written) ??
            fail(
              'selection.hashtags',
              `"${written}" is not a hashtag like dkbiz or #dkbiz`,
            ),
        ),
      ),
      sentiment: unique(given.sentiment),
      language: unique(given.language?.map((code) => code.toLowerCase())),
      sources: unique(given.sources?.map((id) => id.toLowerCase())),
      lists: unique(given.lists?.map((id) => id.toLowerCase())),
    };
    const allowed: readonly string[] = ALERT_SELECTION_FIELDS[trigger];
    for (const [field, values] of Object.entries(selection))
      if (values.length > 0 && !allowed.includes(field))
        fail(
          `selection.${field}`,
          `a ${trigger} rule does not use it; ${
            allowed.length
              ? `it reads ${allowed.join(', ')}`
              : 'it reads no selection'
          }`,
        );
    const [topic] = await this.rules.missing('topic', selection.topics);
    if (topic) fail('selection.topics', `there is no topic ${topic}`);
    const [source] = await this.rules.missing('source', selection.sources);
    if (source) fail('selection.sources', `there is no source ${source}`);
    const [list] = await this.rules.missing('interest_list', selection.lists);
    if (list) fail('selection.lists', `there is no interest list ${list}`);
    return selection;
  }

  private async channel(
    dto: UpdateAlertRuleDto,
    existing: AlertRuleRecord | null,
  ): Promise<
    Pick<
      AlertRuleFields,
      'channelType' | 'webhookUrl' | 'webhookSecret' | 'emailTo'
    >
  > {
    const channel = dto.channel;
    if (!channel) return existing!;
    if (channel.type === 'email') {
      if (!this.channels.mailConfigured) fail('channel', MAIL_NOT_CONFIGURED);
      return {
        channelType: 'email',
        webhookUrl: null,
        webhookSecret: null,
        emailTo: [...new Set(channel.to!.map((address) => address.trim()))],
      };
    }
    const url = await checkOutboundUrl(
      channel.url!,
      'channel.url',
      this.config.allowPrivateFeeds,
    );
    // Written once: a PATCH without a secret keeps the one stored.
    const secret =
      channel.secret === undefined
        ? existing?.channelType === 'webhook'
          ? existing.webhookSecret
          : null
        : channel.secret;
    return {
      channelType: 'webhook',
      webhookUrl: url,
      webhookSecret: secret,
      emailTo: null,
    };
  }
}
