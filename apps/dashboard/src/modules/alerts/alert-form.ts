import {
  ALERT_SELECTION_FIELDS,
  type AlertFrequency,
  type AlertLanguage,
  type AlertRule,
  type AlertRuleInput,
  type AlertSelection,
  type AlertTrigger,
} from '@lyt/contracts';

/** The rule form as it is being filled in: text where the person types, lists where they pick. */
export interface AlertForm {
  name: string;
  trigger: AlertTrigger;
  selection: AlertSelection;
  /** As typed: "#dkbiz, givlivetvidere". */
  hashtags: string;
  every: AlertFrequency;
  /** As typed, checked before it is sent. */
  failingForMinutes: string;
  digestHour: number;
  language: AlertLanguage;
  channelType: 'webhook' | 'email';
  url: string;
  /** A new secret; empty keeps the stored one. */
  secret: string;
  removeSecret: boolean;
  /** As typed: "chef@nordlys.dk, pr@nordlys.dk". */
  to: string;
  enabled: boolean;
}

/** Where an error is shown: a field of the form, or the form as a whole. */
export type AlertFormField =
  | 'name'
  | 'trigger'
  | `selection.${keyof AlertSelection}`
  | 'selection'
  | 'every'
  | 'failingForMinutes'
  | 'digestHour'
  | 'language'
  | 'channel'
  | 'url'
  | 'secret'
  | 'to'
  | 'enabled'
  | 'form';

export type AlertFormErrors = Partial<Record<AlertFormField, string>>;

const DIGEST_PERIODS: readonly AlertFrequency[] = ['daily', 'weekly'];

export function newAlertForm(language: AlertLanguage): AlertForm {
  return {
    name: '',
    trigger: 'mention',
    selection: {
      topics: [],
      kinds: [],
      hashtags: [],
      sentiment: [],
      language: [],
      sources: [],
      lists: [],
    },
    hashtags: '',
    every: 'instant',
    failingForMinutes: '60',
    digestHour: 7,
    language,
    channelType: 'webhook',
    url: '',
    secret: '',
    removeSecret: false,
    to: '',
    enabled: true,
  };
}

export function alertFormOf(rule: AlertRule): AlertForm {
  return {
    ...newAlertForm(rule.language),
    name: rule.name,
    trigger: rule.trigger,
    selection: rule.selection,
    hashtags: rule.selection.hashtags.map((tag) => `#${tag}`).join(' '),
    every: rule.every,
    failingForMinutes: String(rule.failingForMinutes ?? 60),
    digestHour: rule.digestHour ?? 7,
    channelType: rule.channel.type,
    url: rule.channel.type === 'webhook' ? rule.channel.url : '',
    to: rule.channel.type === 'email' ? rule.channel.to.join(', ') : '',
    enabled: rule.enabled,
  };
}

/** A digest's `every` is its period: daily or weekly. Other triggers keep what was chosen. */
export function withTrigger(form: AlertForm, trigger: AlertTrigger): AlertForm {
  const every =
    trigger === 'digest' && !DIGEST_PERIODS.includes(form.every)
      ? 'daily'
      : trigger !== 'digest' && form.trigger === 'digest'
        ? 'instant'
        : form.every;
  return { ...form, trigger, every };
}

const list = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);

/** What the form cannot send as it is; the server checks everything else and names the field. */
export function checkAlertForm(form: AlertForm): AlertFormErrors {
  if (
    form.trigger === 'source-failing' &&
    !/^\d+$/.test(form.failingForMinutes.trim())
  )
    return { failingForMinutes: 'whole' };
  return {};
}

/**
 * The body of `POST /api/alert-rules` or its PATCH: only the selection fields
 * the trigger reads (all of them, so that a cleared one is cleared), the
 * trigger's own settings, and a secret only when one is written or removed.
 */
export function alertRuleInput(form: AlertForm): AlertRuleInput {
  const selection: AlertRuleInput['selection'] = {};
  for (const field of ALERT_SELECTION_FIELDS[form.trigger])
    selection[field] =
      field === 'hashtags' ? list(form.hashtags) : form.selection[field];
  return {
    name: form.name.trim(),
    trigger: form.trigger,
    selection,
    every: form.every,
    language: form.language,
    enabled: form.enabled,
    channel:
      form.channelType === 'email'
        ? { type: 'email', to: list(form.to) }
        : {
            type: 'webhook',
            url: form.url.trim(),
            ...(form.secret
              ? { secret: form.secret }
              : form.removeSecret
                ? { secret: null }
                : {}),
          },
    ...(form.trigger === 'source-failing'
      ? { failingForMinutes: Number(form.failingForMinutes.trim()) }
      : {}),
    ...(form.trigger === 'digest' ? { digestHour: form.digestHour } : {}),
  };
}

const FIELD =
  /^(name|trigger|every|language|enabled|failingForMinutes|digestHour|selection(?:\.[a-z]+)?|channel(?:\.[a-z]+)?)(?::\s*|\s+)([\s\S]*)$/;

const FIELD_OF: Record<string, AlertFormField> = {
  'channel.url': 'url',
  'channel.secret': 'secret',
  'channel.to': 'to',
  'channel.type': 'channel',
};

/**
 * The server's 400 message(s) at the fields they name: "channel.url: not a
 * valid URL" goes under the URL, "name must be …" under the name; what names
 * no field goes above the form.
 */
export function alertFormErrors(message: string): AlertFormErrors {
  const errors: AlertFormErrors = {};
  const add = (field: AlertFormField, text: string) => {
    errors[field] = errors[field] ? `${errors[field]}; ${text}` : text;
  };
  for (const part of message.split('; ')) {
    const match = FIELD.exec(part);
    if (!match) {
      add('form', part);
      continue;
    }
    const [, path, rest] = match as unknown as [string, string, string];
    const field =
      FIELD_OF[path] ??
      (path.startsWith('channel.') ? 'channel' : (path as AlertFormField));
    // "name: …" says the problem after the colon; "name must be …" is a sentence whole.
    add(field, part.charAt(path.length) === ':' ? rest : part);
  }
  return errors;
}
