import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  formatNumber,
  formatSignedPercent,
  formatSignedPoints,
} from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { uiMessages } from '../ui.messages';
import { Icon } from './Icon';
import { Skeleton } from './Skeleton';

export type KpiChange = {
  /** The same figure in the period before. */
  previous: number | null;
  /** Which way is good news: more mentions is, more negative mentions is not. */
  goodWhen?: 'up' | 'down' | 'neither';
  /** The period compared with, in words: "de foregående 7 dage". */
  period: string;
  /**
   * How the change is told: as a ratio of the previous value (+25 %), or, for
   * shares and balances, as the difference in percentage points (+3 pp).
   */
  as?: 'ratio' | 'points';
};

export type KpiCardProps = {
  label: string;
  value: number | null;
  /** Formats the value (and nothing else); default a plain number. */
  format?(value: number): string;
  change?: KpiChange;
  /** Opens the detail (e.g. /explore with this selection). */
  to?: string;
  hint?: ReactNode;
  loading?: boolean;
  testId?: string;
};

/** The change as a ratio, or null when there is nothing to compare with. */
export function changeRatio(
  value: number,
  previous: number | null,
): number | null {
  if (previous === null || previous === 0) return null;
  return (value - previous) / previous;
}

export function KpiCard({
  label,
  value,
  format,
  change,
  to,
  hint,
  loading,
  testId,
}: KpiCardProps) {
  const { language } = useLanguage();
  const shown =
    value === null
      ? '–'
      : format
        ? format(value)
        : formatNumber(value, language);
  const body = (
    <>
      <span className="ui-kpi__label">{label}</span>
      {loading ? (
        <Skeleton width="60%" height={34} />
      ) : (
        <span className="ui-kpi__value" data-testid={testId}>
          {shown}
        </span>
      )}
      {!loading && change && value !== null && (
        <KpiDelta value={value} change={change} />
      )}
      {hint && <span className="ui-kpi__hint">{hint}</span>}
      {to && <Icon name="chevronRight" className="ui-kpi__go" />}
    </>
  );
  return to ? (
    <Link to={to} className="ui-kpi ui-kpi--link">
      {body}
    </Link>
  ) : (
    <div className="ui-kpi">{body}</div>
  );
}

function KpiDelta({ value, change }: { value: number; change: KpiChange }) {
  const { language } = useLanguage();
  const t = useMessages(uiMessages);
  const points = change.as === 'points';
  const ratio = points
    ? change.previous === null
      ? null
      : value - change.previous
    : changeRatio(value, change.previous);
  const vs = t('change.vs', { period: change.period });
  if (ratio === null) {
    const isNew = value > 0 && change.previous === 0;
    const label = isNew
      ? `${t('change.new')} ${vs}`
      : value === 0 && change.previous === 0
        ? `${t('change.flat')} ${vs}`
        : '–';
    return <span className="ui-kpi__delta ui-kpi__delta--flat">{label}</span>;
  }
  const direction = ratio > 0 ? 'up' : ratio < 0 ? 'down' : 'flat';
  const goodWhen = change.goodWhen ?? 'up';
  const tone =
    direction === 'flat' || goodWhen === 'neither'
      ? 'flat'
      : direction === goodWhen
        ? 'good'
        : 'bad';
  return (
    <span className={`ui-kpi__delta ui-kpi__delta--${tone}`}>
      {direction !== 'flat' && (
        <Icon name={direction === 'up' ? 'arrowUp' : 'arrowDown'} size={14} />
      )}
      <span className="ui-visually-hidden">
        {direction === 'up'
          ? t('change.up')
          : direction === 'down'
            ? t('change.down')
            : t('change.flat')}{' '}
      </span>
      <strong>
        {points
          ? formatSignedPoints(ratio, language)
          : formatSignedPercent(ratio, language)}
      </strong>{' '}
      <span>{vs}</span>
    </span>
  );
}
