import { useMessages } from '../../../i18n/messages';
import { useLiveStatus } from '../../live/hooks/useLiveStatus';
import { layoutMessages } from '../layout.messages';

/** The live connection's state at a glance, announced politely when it changes. */
export function LiveIndicator() {
  const t = useMessages(layoutMessages);
  const { status } = useLiveStatus();
  const hint =
    status === 'live'
      ? t('live.liveHint')
      : status === 'reconnecting'
        ? t('live.reconnectingHint')
        : status === 'offline'
          ? t('live.offlineHint')
          : undefined;
  return (
    <div
      className={`live-indicator live-indicator--${status}`}
      role="status"
      title={hint}
      data-testid="live-status"
      data-status={status}
    >
      <span className="live-indicator__dot" aria-hidden="true" />
      <span className="ui-visually-hidden">{t('live.label')}: </span>
      <span>{t(`live.${status}`)}</span>
    </div>
  );
}
