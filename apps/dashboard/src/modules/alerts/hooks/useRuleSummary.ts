import type { AlertRule, InterestList, Source, Topic } from '@lyt/contracts';
import { useCallback } from 'react';
import { formatDuration, formatTime } from '../../../i18n/format';
import type { Language } from '../../../i18n/language';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { uiMessages } from '../../ui/ui.messages';
import { alertsMessages } from '../alerts.messages';

const KNOWN_LANGUAGES = ['da', 'en', 'no', 'sv', 'de'] as const;
type KnownLanguage = (typeof KNOWN_LANGUAGES)[number];

export interface RuleSummary {
  selection: string;
  every: string;
  channel: string;
}

/** A webhook's place without its path: Slack and Discord carry their secret there. */
export function webhookPlace(url: string): string {
  // A viewer is given the origin only, already shortened by the API.
  if (url.endsWith('/…')) return url.replace(/^https?:\/\//, '');
  try {
    const { host, pathname } = new URL(url);
    const first = pathname.split('/').filter(Boolean)[0];
    return first ? `${host}/${first}/…` : host;
  } catch {
    return url;
  }
}

/** "07.00" / "07:00": an hour of the Copenhagen clock, written by Intl (1 January is UTC+1 there). */
export function formatHour(hour: number, language: Language): string {
  return formatTime(new Date(Date.UTC(2026, 0, 1, hour - 1)), language);
}

/** One rule in words: what it watches, how often it speaks, where to. */
export function useRuleSummary(
  topics: Topic[],
  sources: Source[],
  lists: InterestList[],
) {
  const t = useMessages(alertsMessages);
  const ui = useMessages(uiMessages);
  const { language } = useLanguage();
  const languageName = useCallback(
    (code: string) =>
      (KNOWN_LANGUAGES as readonly string[]).includes(code)
        ? t(`language.${code as KnownLanguage}`)
        : code,
    [t],
  );
  return useCallback(
    (rule: AlertRule): RuleSummary => {
      const { selection } = rule;
      const names = (ids: string[], of: { id: string; name: string }[]) =>
        ids.map((id) => of.find((item) => item.id === id)?.name ?? id);
      const listNames = selection.lists.map(
        (id) =>
          lists.find((list) => list.id === id)?.name ?? t('selection.listGone'),
      );
      const parts = [
        names(selection.topics, topics).join(', '),
        selection.kinds.map((kind) => t(`kind.${kind}`)).join(', '),
        selection.sentiment
          .map((label) => ui(`sentiment.${label}`).toLowerCase())
          .join(', '),
        selection.hashtags.map((tag) => `#${tag}`).join(' '),
        selection.language.map(languageName).join(', '),
        names(selection.sources, sources).join(', '),
        listNames.length === 1 && t('selection.list', { names: listNames[0]! }),
        listNames.length > 1 &&
          t('selection.lists', { names: listNames.join(', ') }),
      ].filter(Boolean);
      const everything = {
        mention: t('selection.everything'),
        spike: t('selection.everySpike'),
        'source-failing': t('selection.everySource'),
        digest: t('selection.everyTopic'),
        goal: t('selection.everyGoal'),
      }[rule.trigger];
      let watched = parts.length > 0 ? parts.join(' · ') : everything;
      if (rule.trigger === 'source-failing' && rule.failingForMinutes !== null)
        watched += ` · ${t('rule.failingFor', {
          duration: formatDuration(rule.failingForMinutes * 60_000, language),
        })}`;
      const every =
        rule.trigger === 'digest'
          ? t('rule.digestAt', {
              period: t(
                rule.every === 'weekly' ? 'period.weekly' : 'period.daily',
              ),
              hour: formatHour(rule.digestHour ?? 7, language),
            })
          : t(`every.${rule.every}`);
      const channel =
        rule.channel.type === 'webhook'
          ? [
              webhookPlace(rule.channel.url),
              rule.channel.secretHint &&
                t('rule.secret', { hint: rule.channel.secretHint }),
            ]
              .filter(Boolean)
              .join(' · ')
          : rule.channel.to.join(', ');
      return {
        selection: watched,
        every: `${every} · ${t('rule.language', { language: languageName(rule.language) })}`,
        channel,
      };
    },
    [t, ui, topics, sources, lists, language, languageName],
  );
}

export { KNOWN_LANGUAGES };
