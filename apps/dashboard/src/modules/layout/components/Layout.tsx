import { NavLink, Outlet } from 'react-router';
import { LANGUAGES, useLanguage } from '../../../i18n/language';
import type { MessageKey } from '../../../i18n/en';
import { useSession } from '../../auth/session';

const NAVIGATION: { to: string; label: MessageKey }[] = [
  { to: '/', label: 'nav.overview' },
  { to: '/explore', label: 'nav.explore' },
  { to: '/screen', label: 'nav.screen' },
  { to: '/settings', label: 'nav.settings' },
];

export function Layout() {
  const { t, language, setLanguage } = useLanguage();
  const { role, signOut } = useSession();

  return (
    <div className="layout">
      <header className="topbar">
        <span className="brand">Lyt</span>
        <nav aria-label="Lyt">
          {NAVIGATION.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.to === '/'}>
              {t(item.label)}
            </NavLink>
          ))}
        </nav>
        <div className="topbar-tools">
          <div
            role="group"
            aria-label={t('language.label')}
            className="language-switch"
          >
            {LANGUAGES.map((code) => (
              <button
                key={code}
                type="button"
                aria-pressed={language === code}
                onClick={() => setLanguage(code)}
              >
                {code.toUpperCase()}
              </button>
            ))}
          </div>
          <span className="role">
            {t(role === 'admin' ? 'role.admin' : 'role.viewer')}
          </span>
          <button type="button" className="link" onClick={signOut}>
            {t('token.signOut')}
          </button>
        </div>
      </header>
      <main className="page">
        <Outlet />
      </main>
    </div>
  );
}
