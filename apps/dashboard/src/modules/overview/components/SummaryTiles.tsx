import type { SummaryStats } from '@lyt/contracts';
import { useLanguage } from '../../../i18n/language';
import type { MessageKey } from '../../../i18n/en';

const TILES: { key: keyof SummaryStats; label: MessageKey }[] = [
  { key: 'mentions', label: 'overview.mentions' },
  { key: 'items', label: 'overview.items' },
  { key: 'sources', label: 'overview.sources' },
  { key: 'topics', label: 'overview.topics' },
];

type SummaryTilesProps = { summary: SummaryStats };

export function SummaryTiles({ summary }: SummaryTilesProps) {
  const { t, language } = useLanguage();
  const format = new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB');
  return (
    <dl className="tiles">
      {TILES.map((tile) => (
        <div
          key={tile.key}
          className="tile"
          data-testid={`summary-${tile.key}`}
        >
          <dt>{t(tile.label)}</dt>
          <dd>{format.format(summary[tile.key])}</dd>
        </div>
      ))}
    </dl>
  );
}
