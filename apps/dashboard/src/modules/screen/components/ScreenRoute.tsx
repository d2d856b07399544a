import { type ReactNode, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useMessages } from '../../../i18n/messages';
import { SessionGate } from '../../auth/SessionGate';
import type { SessionStore } from '../../auth/session-store';
import { parseScreenOptions } from '../screen-options';
import { screenMessages } from '../screen.messages';
import '../screen.css';

export type ScreenRouteProps = {
  store: SessionStore;
  children: ReactNode;
};

/**
 * `/screen`, outside the app chrome. Its session gate has nobody standing at
 * it to type a token, so a rotated viewer token (or a link without one) is
 * said plainly, full-screen, instead of a sign-in form or a blank wall. While
 * it is open the document neither scrolls nor shows the mouse cursor.
 */
export function ScreenRoute({ store, children }: ScreenRouteProps) {
  const t = useMessages(screenMessages);
  const [search] = useSearchParams();
  const { theme } = parseScreenOptions(search);
  useEffect(() => {
    document.documentElement.classList.add('screen-mode');
    return () => document.documentElement.classList.remove('screen-mode');
  }, []);
  return (
    <SessionGate
      store={store}
      signedOut={(reason) => (
        <main className="screen screen--wall screen-gate" data-theme={theme}>
          <div className="screen-gate__message" role="alert">
            <h1 className="screen-gate__title">
              {reason === 'rejected'
                ? t('link.invalid.title')
                : t('link.missing.title')}
            </h1>
            <p>
              {reason === 'rejected'
                ? t('link.invalid.text')
                : t('link.missing.text')}
            </p>
          </div>
        </main>
      )}
    >
      {children}
    </SessionGate>
  );
}
