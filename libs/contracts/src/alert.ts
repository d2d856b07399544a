import type { GoalMetric, GoalProgress } from './account';
import type { Mention, SentimentLabel } from './mention';
import type { SourceRef } from './source';
import type { TopicKind } from './topic';

/** What makes a rule speak. `goal`: a goal reached, or falling behind its pace. */
export const ALERT_TRIGGERS = [
  'mention',
  'spike',
  'source-failing',
  'digest',
  'goal',
] as const;
export type AlertTrigger = (typeof ALERT_TRIGGERS)[number];

/**
 * How often a rule may send at most; a burst in between becomes one message.
 * For a digest: the period it sums up (daily or weekly).
 */
export const ALERT_FREQUENCIES = [
  'instant',
  'hourly',
  'daily',
  'weekly',
] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** The language of a rule's messages. */
export const ALERT_LANGUAGES = ['da', 'en'] as const;
export type AlertLanguage = (typeof ALERT_LANGUAGES)[number];

/**
 * Which mentions a rule watches: the filters of `/api/mentions`. An empty list
 * does not narrow; the lists narrow together (a mention must meet each one).
 * For a spike: the topics and hashtags watched (every topic when both are
 * empty). For a failing source: the sources watched (every one when empty).
 * For a digest: the topics it covers (every one when empty).
 */
export interface AlertSelection {
  topics: string[];
  kinds: TopicKind[];
  /** Lower-case, without '#'. */
  hashtags: string[];
  sentiment: SentimentLabel[];
  /** ISO 639-1 codes. */
  language: string[];
  sources: string[];
  /** Interest list ids (`/api/lists`): a mention of a source of any of them; a deleted list matches nothing. */
  lists: string[];
}

/**
 * The selection fields each trigger reads; the others would silently do
 * nothing, so the API refuses them and settings does not offer them.
 */
export const ALERT_SELECTION_FIELDS = {
  mention: [
    'topics',
    'kinds',
    'hashtags',
    'sentiment',
    'language',
    'sources',
    'lists',
  ],
  spike: ['topics', 'hashtags'],
  'source-failing': ['sources'],
  digest: ['topics'],
  goal: [],
} as const satisfies Record<AlertTrigger, readonly (keyof AlertSelection)[]>;

/** A webhook as the API shows it: the secret is never shown back, only its last characters. */
export interface WebhookChannelView {
  type: 'webhook';
  /** To a viewer only the origin: `https://hooks.slack.com/…`. */
  url: string;
  hasSecret: boolean;
  /** "••••3f9a" for a long secret, "••••" for a short one, null without a secret (and for a viewer). */
  secretHint: string | null;
}

export interface EmailChannelView {
  type: 'email';
  /** To a viewer masked: `c•••@nordlys.dk`. */
  to: string[];
}

export type AlertChannelView = WebhookChannelView | EmailChannelView;

/** Whether this server can deliver over a channel, and what its operator must do when it cannot. */
export interface AlertChannelAvailability {
  available: boolean;
  /** Why it is not available (names the settings to configure); null when it is. */
  reason: string | null;
}

/** `GET /api/alert-channels` (admin): the channels rules may use on this server. */
export interface AlertChannelOptions {
  webhook: AlertChannelAvailability;
  /** Available when `LYT_SMTP_URL` and `LYT_MAIL_FROM` are set. */
  email: AlertChannelAvailability & {
    /** The sender alert e-mail goes out as; null without e-mail. */
    from: string | null;
  };
}

/** A channel as it is written to the API. */
export type AlertChannelInput =
  | {
      type: 'webhook';
      url: string;
      /** Signs each body with HMAC-SHA256 (`X-Lyt-Signature`). On PATCH, omit to keep, null to remove. */
      secret?: string | null;
    }
  | { type: 'email'; to: string | string[] };

/** `POST /api/alert-rules` (and, every field optional, PATCH). */
export interface AlertRuleInput {
  name: string;
  trigger: AlertTrigger;
  selection?: Partial<
    Record<keyof AlertSelection, string | string[] | undefined>
  >;
  every?: AlertFrequency;
  channel: AlertChannelInput;
  language?: AlertLanguage;
  enabled?: boolean;
  /** `source-failing` only: how long a source must fail before it is reported (default 60). */
  failingForMinutes?: number;
  /** `digest` only: the hour of the day, Copenhagen time, it is sent at (default 7). */
  digestHour?: number;
}

export const ALERT_DELIVERY_STATUSES = [
  'pending',
  'retrying',
  'sent',
  'failed',
] as const;
export type AlertDeliveryStatus = (typeof ALERT_DELIVERY_STATUSES)[number];

/** One message of a rule, as settings lists it. */
export interface AlertDelivery {
  /** Also the `X-Lyt-Delivery` header, the same on every attempt. */
  id: string;
  ruleId: string;
  /** The rule's trigger, or `test` for "send a test". */
  kind: AlertTrigger | 'test';
  status: AlertDeliveryStatus;
  /** The message's first line. */
  headline: string;
  /** Mentions, spikes or sources the message carries. */
  count: number;
  attempts: number;
  createdAt: string;
  lastAttemptAt: string | null;
  /** When it is tried next while pending or retrying. */
  nextAttemptAt: string | null;
  sentAt: string | null;
  /** Why it is retrying, or why it failed; null when sent. */
  error: string | null;
}

export interface AlertRule {
  id: string;
  name: string;
  trigger: AlertTrigger;
  selection: AlertSelection;
  every: AlertFrequency;
  channel: AlertChannelView;
  language: AlertLanguage;
  enabled: boolean;
  /** `source-failing` rules; null for the others. */
  failingForMinutes: number | null;
  /** `digest` rules; null for the others. */
  digestHour: number | null;
  createdAt: string;
  updatedAt: string;
  /** The newest delivery, test or not. */
  lastDelivery: AlertDelivery | null;
}

/** A spike as an alert carries it: the same detection as `/api/stats/spikes`. */
export interface AlertSpike {
  /** What spiked: a topic or a hashtag. */
  topic: { id: string; name: string; kind: TopicKind; color: string } | null;
  hashtag: string | null;
  /** An hour, or a Copenhagen day in a weekly digest. */
  bucket: 'hour' | 'day';
  /** Start of the bucket (ISO 8601). */
  t: string;
  count: number;
  baseline: number;
  /** count / baseline; null when the baseline is 0. */
  factor: number | null;
}

/** A source that has failed for longer than the rule allows, or that works again. */
export interface AlertSourceState {
  source: SourceRef & { url: string };
  state: 'failing' | 'recovered';
  /** The last success (or the source's creation) before it began to fail. */
  failingSince: string;
  lastError: string | null;
  errorCount: number;
}

/**
 * A goal that was reached, or that falls behind: at the current pace it misses
 * its target (`/api/goals` calls that `misses`). Each is told once per goal,
 * state and window (a renewing goal's week or month).
 */
export interface AlertGoalState {
  goal: { id: string; name: string; metric: GoalMetric; target: number };
  state: 'reached' | 'behind';
  progress: GoalProgress;
}

/** A goal's progress as a digest shows it, whatever its state. */
export interface DigestGoal {
  goal: AlertGoalState['goal'];
  progress: GoalProgress;
}

/** A topic's figures over a digest's period. */
export interface DigestTopic {
  topic: { id: string; name: string; kind: TopicKind; color: string };
  mentions: number;
  /** The period of equal length before. */
  previous: number;
  /** (mentions − previous) / previous; null when previous is 0. */
  change: number | null;
  /** Of company, competitor and industry mentions; null for custom topics. */
  share: number | null;
  positive: number;
  neutral: number;
  negative: number;
  meanScore: number | null;
}

/** A mention with its reach: how many sources carried the story (itself and its copies). */
export interface DigestMention extends Mention {
  sources: number;
}

/** The daily or weekly summary for leaders. */
export interface AlertDigest {
  every: 'daily' | 'weekly';
  /** The period, whole Copenhagen days: [from, to). */
  from: string;
  to: string;
  /** Mentions of the covered topics (each item once), and in the period before. */
  total: number;
  previousTotal: number;
  topics: DigestTopic[];
  spikes: AlertSpike[];
  /** Highest reach first: carried by the most sources, then newest. */
  topMentions: DigestMention[];
  /** Most negative first. */
  negativeMentions: Mention[];
  failingSources: AlertSourceState[];
  /** Every goal's progress when the digest was made (empty without goals). */
  goals: DigestGoal[];
}

/**
 * The JSON body of a webhook delivery: Slack's incoming-webhook shape (`text`),
 * which Mattermost, Rocket.Chat and Discord's /slack endpoint accept too.
 */
export interface AlertWebhookPayload {
  rule: { id: string; name: string };
  trigger: AlertTrigger;
  /** True for "send a test". */
  test: boolean;
  /** Ready to show: a headline and the first few items, one a line. */
  text: string;
  /** How many mentions, spikes or sources the message is about (`mentions` holds at most 20). */
  count: number;
  mentions: Mention[];
  spikes?: AlertSpike[];
  sources?: AlertSourceState[];
  goals?: AlertGoalState[];
  digest?: AlertDigest;
}
