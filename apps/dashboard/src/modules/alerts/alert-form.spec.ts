import type { AlertRule } from '@lyt/contracts';
import { describe, expect, it } from 'vitest';
import {
  alertFormErrors,
  alertFormOf,
  alertRuleInput,
  checkAlertForm,
  newAlertForm,
  withTrigger,
} from './alert-form';

const TOPIC = '6f1c1d3e-2b4a-4c5d-9e8f-7a6b5c4d3e2f';

describe(alertRuleInput.name, () => {
  it('sends negative mentions of the company to a webhook as they happen, with every mention field', () => {
    const form = {
      ...newAlertForm('da'),
      name: '  Kritik af Nordlys ',
      hashtags: '#dkbiz, givlivetvidere',
      url: ' https://hooks.example.dk/x ',
    };
    form.selection = {
      ...form.selection,
      kinds: ['company'],
      sentiment: ['negative'],
    };
    expect(alertRuleInput(form)).toEqual({
      name: 'Kritik af Nordlys',
      trigger: 'mention',
      selection: {
        topics: [],
        kinds: ['company'],
        hashtags: ['#dkbiz', 'givlivetvidere'],
        sentiment: ['negative'],
        language: [],
        sources: [],
        lists: [],
      },
      every: 'instant',
      language: 'da',
      enabled: true,
      channel: { type: 'webhook', url: 'https://hooks.example.dk/x' },
    });
  });

  it.each([
    [
      'a new secret',
      { secret: 'whsec-123456', removeSecret: false },
      { secret: 'whsec-123456' },
    ],
    ['a removed secret', { secret: '', removeSecret: true }, { secret: null }],
    ['no word on the secret (kept)', { secret: '', removeSecret: false }, {}],
  ])('sends %s', (_, change, channel) => {
    const form = { ...newAlertForm('en'), url: 'https://x.dk', ...change };
    expect(alertRuleInput(form).channel).toEqual({
      type: 'webhook',
      url: 'https://x.dk',
      ...channel,
    });
  });

  it('sends a daily digest to e-mail with its hour and only the topics it reads', () => {
    const form = {
      ...withTrigger(newAlertForm('en'), 'digest'),
      channelType: 'email' as const,
      to: 'chef@nordlys.dk; pr@nordlys.dk ,',
      digestHour: 6,
    };
    form.selection = {
      ...form.selection,
      topics: [TOPIC],
      sentiment: ['negative'],
    };
    expect(alertRuleInput(form)).toMatchObject({
      trigger: 'digest',
      every: 'daily',
      digestHour: 6,
      selection: { topics: [TOPIC] },
      channel: { type: 'email', to: ['chef@nordlys.dk', 'pr@nordlys.dk'] },
    });
    expect(alertRuleInput(form).selection).toEqual({ topics: [TOPIC] });
    expect(alertRuleInput(form)).not.toHaveProperty('failingForMinutes');
  });

  it('sends a failing source rule its minutes', () => {
    const form = {
      ...withTrigger(newAlertForm('da'), 'source-failing'),
      failingForMinutes: ' 90 ',
    };
    expect(alertRuleInput(form)).toMatchObject({
      failingForMinutes: 90,
      selection: { sources: [] },
    });
    expect(checkAlertForm(form)).toEqual({});
    expect(checkAlertForm({ ...form, failingForMinutes: '1,5' })).toEqual({
      failingForMinutes: 'whole',
    });
  });
});

describe(withTrigger.name, () => {
  it.each([
    ['instant', 'digest', 'daily'],
    ['weekly', 'digest', 'weekly'],
    ['hourly', 'spike', 'hourly'],
  ] as const)('every %s, switched to %s → %s', (every, trigger, expected) => {
    expect(withTrigger({ ...newAlertForm('da'), every }, trigger).every).toBe(
      expected,
    );
  });

  it('leaves a digest for as-it-happens', () => {
    const digest = withTrigger(newAlertForm('da'), 'digest');
    expect(withTrigger(digest, 'mention').every).toBe('instant');
  });
});

describe(alertFormOf.name, () => {
  it('fills the form from a stored rule, never with its secret', () => {
    const rule: AlertRule = {
      id: TOPIC,
      name: 'Kritik',
      trigger: 'mention',
      selection: {
        topics: [],
        kinds: [],
        hashtags: ['dkbiz', 'æøå'],
        sentiment: [],
        language: [],
        sources: [],
        lists: [],
      },
      every: 'hourly',
      channel: {
        type: 'webhook',
        url: 'https://x.dk/h',
        hasSecret: true,
        secretHint: '••••3f9a',
      },
      language: 'en',
      enabled: false,
      failingForMinutes: null,
      digestHour: null,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      lastDelivery: null,
    };
    expect(alertFormOf(rule)).toMatchObject({
      hashtags: '#dkbiz #æøå',
      url: 'https://x.dk/h',
      secret: '',
      every: 'hourly',
      language: 'en',
      enabled: false,
    });
  });
});

describe(alertFormErrors.name, () => {
  it.each([
    ['channel.url: not a valid URL', { url: 'not a valid URL' }],
    [
      'channel.secret must be longer than or equal to 8 characters',
      {
        secret: 'channel.secret must be longer than or equal to 8 characters',
      },
    ],
    [
      'channel: e-mail needs LYT_SMTP_URL and LYT_MAIL_FROM to be set on the server',
      {
        channel:
          'e-mail needs LYT_SMTP_URL and LYT_MAIL_FROM to be set on the server',
      },
    ],
    [
      'channel.to must be e-mail addresses',
      { to: 'channel.to must be e-mail addresses' },
    ],
    [
      'selection.hashtags: "#" is not a hashtag like dkbiz or #dkbiz',
      {
        'selection.hashtags': '"#" is not a hashtag like dkbiz or #dkbiz',
      },
    ],
    [
      'selection.language must be two-letter ISO 639-1 codes like da',
      {
        'selection.language':
          'selection.language must be two-letter ISO 639-1 codes like da',
      },
    ],
    [
      'name must be longer than or equal to 1 characters; failingForMinutes must not be less than 5',
      {
        name: 'name must be longer than or equal to 1 characters',
        failingForMinutes: 'failingForMinutes must not be less than 5',
      },
    ],
    [
      'property colour should not exist',
      { form: 'property colour should not exist' },
    ],
    ['no alert rule 123', { form: 'no alert rule 123' }],
  ])('%s', (message, expected) => {
    expect(alertFormErrors(message)).toEqual(expected);
  });
});
