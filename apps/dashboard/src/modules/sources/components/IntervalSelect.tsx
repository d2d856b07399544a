import { formatDuration } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { sourcesMessages } from '../sources.messages';

const PRESETS = [
  [60, 'interval.1m'],
  [300, 'interval.5m'],
  [900, 'interval.15m'],
  [1800, 'interval.30m'],
  [3600, 'interval.1h'],
  [21600, 'interval.6h'],
  [86400, 'interval.1d'],
] as const;

export type IntervalSelectProps = {
  id?: string;
  value: number;
  onChange(seconds: number): void;
  /** Names the control when no visible label does (in a table row). */
  label?: string;
  disabled?: boolean;
  'aria-describedby'?: string;
};

/** How often a source is polled: the usual choices, and the source's own value when it is none of them (set over the api). */
export function IntervalSelect({
  value,
  onChange,
  label,
  ...rest
}: IntervalSelectProps) {
  const t = useMessages(sourcesMessages);
  const { language } = useLanguage();
  const custom = !PRESETS.some(([seconds]) => seconds === value);
  return (
    <select
      {...rest}
      className="ui-select source-interval"
      aria-label={label}
      value={value}
      onChange={(event) => onChange(Number(event.target.value))}
    >
      {custom && (
        <option value={value}>
          {t('interval.custom', {
            every: formatDuration(value * 1000, language),
          })}
        </option>
      )}
      {PRESETS.map(([seconds, key]) => (
        <option key={seconds} value={seconds}>
          {t(key)}
        </option>
      ))}
    </select>
  );
}
