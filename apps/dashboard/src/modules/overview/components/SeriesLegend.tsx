import { Link } from 'react-router';

export type SeriesLegendEntry = {
  id: string;
  color: string;
  name: string;
  /** The series' figure for the period, formatted. */
  value: string;
  /** Against the period before, formatted; null when there is nothing to compare with. */
  change: string | null;
  /** The mentions behind it. */
  href?: string;
};

export type SeriesLegendProps = { entries: SeriesLegendEntry[] };

/** A chart's legend as a list of links: colour, name, figure and change. */
export function SeriesLegend({ entries }: SeriesLegendProps) {
  return (
    <ul className="series-legend">
      {entries.map((entry) => {
        const body = (
          <>
            <span
              className="series-legend__swatch"
              style={{ background: entry.color }}
              aria-hidden="true"
            />
            <span className="series-legend__name">{entry.name}</span>
            <span className="series-legend__value">{entry.value}</span>
            {entry.change && (
              <span className="series-legend__change">{entry.change}</span>
            )}
          </>
        );
        return (
          <li key={entry.id}>
            {entry.href ? (
              <Link to={entry.href} className="series-legend__item">
                {body}
              </Link>
            ) : (
              <span className="series-legend__item">{body}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
