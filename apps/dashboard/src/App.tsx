import { BrowserRouter, Route, Routes } from 'react-router';
import { LanguageProvider } from './i18n/language';
import { SessionProvider } from './modules/auth/session';
import { Layout } from './modules/layout/components/Layout';
import { ExplorePage } from './pages/ExplorePage';
import { OverviewPage } from './pages/OverviewPage';
import { ScreenPage } from './pages/ScreenPage';
import { SettingsPage } from './pages/SettingsPage';

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<OverviewPage />} />
              <Route path="explore" element={<ExplorePage />} />
              <Route path="screen" element={<ScreenPage />} />
              <Route path="settings" element={<SettingsPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </LanguageProvider>
  );
}
