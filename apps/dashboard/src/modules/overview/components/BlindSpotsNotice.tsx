import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatTime,
  formatTimeRange,
} from '../../../i18n/format';
import type { Language } from '../../../i18n/language';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages, type Translate } from '../../../i18n/messages';
import { type PeriodSelection, resolvePeriod } from '../../stats/period';
import { ButtonLink, Notice } from '../../ui';
import { type Outage, overlaps } from '../blind-spots';
import { useBlindSpots } from '../hooks/useBlindSpots';
import { overviewMessages } from '../overview.messages';

const SHOWN = 4;

export type BlindSpotsNoticeProps = {
  period: PeriodSelection;
  /** An interest list's id: its sources only. */
  list: string | null;
};

/** Which sources failed in the period, when and for how long: what the shaded hours on the charts are. */
export function BlindSpotsNotice({ period, list }: BlindSpotsNoticeProps) {
  const t = useMessages(overviewMessages);
  const { language } = useLanguage();
  const { outages } = useBlindSpots(period, list);
  const now = new Date();
  const range = resolvePeriod(period, now);
  const shown = outages.filter((outage) => overlaps(outage, range, now));
  if (shown.length === 0) return null;
  return (
    <Notice
      tone="warning"
      title={t('blind.title')}
      action={
        <ButtonLink to="/settings?section=sources" size="sm">
          {t('blind.sources')}
        </ButtonLink>
      }
    >
      <p>{t('blind.text')}</p>
      <ul className="blind-spots" data-testid="blind-spots">
        {shown.slice(0, SHOWN).map((outage) => (
          <li key={`${outage.source.id}:${outage.from.toISOString()}`}>
            <strong>{describeOutage(outage, now, language, t)}</strong>
            {outage.error && (
              <span className="blind-spots__error"> — {outage.error}</span>
            )}
          </li>
        ))}
        {shown.length > SHOWN && (
          <li>
            {t('blind.more', {
              count: formatNumber(shown.length - SHOWN, language),
            })}
          </li>
        )}
      </ul>
    </Notice>
  );
}

/** "Reddit-søgning fejlede 14.00–15.10 (1 t. 10 min.)", or "… har fejlet siden 14.00" while it lasts. */
export function describeOutage(
  outage: Outage,
  now: Date,
  language: Language,
  t: Translate<(typeof overviewMessages)['en']>,
): string {
  if (outage.to === null) {
    const today =
      formatDate(outage.from, language) === formatDate(now, language);
    return t('blind.failing', {
      source: outage.source.name,
      since: (today ? formatTime : formatDateTime)(outage.from, language),
    });
  }
  return t('blind.failed', {
    source: outage.source.name,
    range: formatTimeRange(outage.from, outage.to, language),
    duration: formatDuration(
      outage.to.getTime() - outage.from.getTime(),
      language,
    ),
  });
}
