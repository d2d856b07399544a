import { formatNumber, formatPercent, formatTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { useNow } from '../../ui';
import { useTodayFigures } from '../hooks/useTodayFigures';
import { screenMessages } from '../screen.messages';

/** Today's figures across the top of the screen, with the time of day. */
export function TodayBand() {
  const t = useMessages(screenMessages);
  const { language } = useLanguage();
  const now = useNow(10_000);
  const figures = useTodayFigures();
  const unknown = t('figure.unknown');
  return (
    <dl className="screen-band" data-testid="screen-figures">
      <div className="screen-band__figure" data-testid="figure-mentions">
        <dt>{t('figure.mentions')}</dt>
        <dd className="screen-band__value">
          {figures.mentions === null
            ? unknown
            : formatNumber(figures.mentions, language)}
        </dd>
      </div>
      <div className="screen-band__figure" data-testid="figure-share">
        <dt>{t('figure.share')}</dt>
        <dd className="screen-band__value">
          {figures.share
            ? formatPercent(figures.share.share, language)
            : unknown}
        </dd>
        <dd className="screen-band__detail">
          {figures.share ? figures.share.topic : t('figure.share.none')}
        </dd>
      </div>
      <div className="screen-band__figure" data-testid="figure-hashtag">
        <dt>{t('figure.hashtag')}</dt>
        <dd className="screen-band__value screen-band__value--tag">
          {figures.topHashtag ? `#${figures.topHashtag.tag}` : unknown}
        </dd>
        <dd className="screen-band__detail">
          {figures.topHashtag
            ? t('figure.hashtag.count', {
                count: formatNumber(figures.topHashtag.count, language),
              })
            : t('figure.hashtag.none')}
        </dd>
      </div>
      <div className="screen-band__figure screen-band__clock">
        <dt>{t('clock')}</dt>
        <dd className="screen-band__value">
          <time dateTime={now.toISOString()}>{formatTime(now, language)}</time>
        </dd>
      </div>
    </dl>
  );
}
