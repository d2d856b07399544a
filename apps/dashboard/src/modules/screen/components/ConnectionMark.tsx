import { useMessages } from '../../../i18n/messages';
import { useLiveStatus } from '../../live/hooks/useLiveStatus';
import { screenMessages } from '../screen.messages';

/**
 * A discreet corner mark while the stream is not live; the content stays as
 * it was. Nothing shows while all is well: a wall needs no green light.
 */
export function ConnectionMark() {
  const t = useMessages(screenMessages);
  const { status } = useLiveStatus();
  const text =
    status === 'reconnecting'
      ? t('connection.reconnecting')
      : status === 'offline'
        ? t('connection.offline')
        : status === 'connecting'
          ? t('connection.connecting')
          : null;
  return (
    <p
      className="screen-connection"
      role="status"
      data-testid="screen-connection"
      data-status={status}
      hidden={text === null}
    >
      {text && (
        <>
          <span className="screen-connection__dot" aria-hidden="true" />
          {text}
        </>
      )}
    </p>
  );
}
