import { useMessages } from '../../../i18n/messages';
import { overviewMessages } from '../overview.messages';

/** What the shading on a chart means, shown only when something is shaded. */
export function BlindSpotLegend({ shown }: { shown: boolean }) {
  const t = useMessages(overviewMessages);
  if (!shown) return null;
  return (
    <p className="blind-spot-legend" data-testid="blind-spot-legend">
      <span className="blind-spot-legend__swatch" aria-hidden="true" />
      {t('blind.legend')}
    </p>
  );
}
