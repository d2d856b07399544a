import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { ApiClientProvider } from '../modules/api/ApiClientProvider';
import { SessionGate } from '../modules/auth/SessionGate';
import { AppShell } from '../modules/layout/components/AppShell';
import { NotFound } from '../modules/layout/components/NotFound';
import { LiveProvider } from '../modules/live/LiveProvider';
import { ScreenRoute } from '../modules/screen/components/ScreenRoute';
import { screenLinkLanguage } from '../modules/screen/screen-options';
import { ToastProvider } from '../modules/ui';
import { APP_ROUTES, NAVIGATION, ScreenPage } from './routes';
import type { LytRuntime } from './runtime';

export type AppProps = { runtime: LytRuntime };

export function App({ runtime }: AppProps) {
  return (
    <LanguageProvider
      initial={screenLinkLanguage(window.location) ?? undefined}
    >
      <QueryClientProvider client={runtime.queryClient}>
        <ApiClientProvider client={runtime.api}>
          <LiveProvider connection={runtime.live}>
            <ToastProvider>
              <BrowserRouter>
                <Routes>
                  <Route
                    path="screen"
                    element={
                      <ScreenRoute store={runtime.session}>
                        <Suspense fallback={null}>
                          <ScreenPage />
                        </Suspense>
                      </ScreenRoute>
                    }
                  />
                  <Route
                    element={
                      <SessionGate store={runtime.session}>
                        <AppShell navigation={NAVIGATION} />
                      </SessionGate>
                    }
                  >
                    {APP_ROUTES.map(({ path, page: Page }) =>
                      path === '' ? (
                        <Route key="index" index element={<Page />} />
                      ) : (
                        <Route key={path} path={path} element={<Page />} />
                      ),
                    )}
                    <Route path="*" element={<NotFound />} />
                  </Route>
                </Routes>
              </BrowserRouter>
            </ToastProvider>
          </LiveProvider>
        </ApiClientProvider>
      </QueryClientProvider>
    </LanguageProvider>
  );
}
