import { formatDateTime, formatRelative } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useNow } from '../hooks/useNow';

export type RelativeTimeProps = { value: string | Date; className?: string };

/** "for 5 minutter siden", kept current, with the exact Copenhagen time on hover and for screen readers. */
export function RelativeTime({ value, className }: RelativeTimeProps) {
  const { language } = useLanguage();
  const now = useNow();
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const exact = formatDateTime(date, language);
  return (
    <time className={className} dateTime={date.toISOString()} title={exact}>
      {formatRelative(date, now, language)}
    </time>
  );
}
