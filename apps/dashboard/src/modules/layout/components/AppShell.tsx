import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useMessages } from '../../../i18n/messages';
import { useSession } from '../../auth/SessionGate';
import { LytMark } from '../../auth/components/TokenPrompt';
import { Badge, Icon, type IconName, Skeleton } from '../../ui';
import { layoutMessages } from '../layout.messages';
import { HealthBanner } from './HealthBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveIndicator } from './LiveIndicator';

export type NavItem = {
  to: string;
  label: 'nav.overview' | 'nav.explore' | 'nav.accounts' | 'nav.settings';
  icon: IconName;
};

export type AppShellProps = { navigation: NavItem[] };

/** The chrome around every page but the info-screen: sidebar with navigation, language, live state and session. */
export function AppShell({ navigation }: AppShellProps) {
  const t = useMessages(layoutMessages);
  const { role, signOut } = useSession();
  return (
    <div className="shell">
      <a className="shell__skip" href="#content">
        {t('skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="sidebar__brand">
          <LytMark />
          <div>
            <span className="sidebar__product">{t('product')}</span>
            <span className="sidebar__tagline">{t('tagline')}</span>
          </div>
        </div>
        <nav aria-label={t('navigation')} className="sidebar__nav">
          <ul>
            {navigation.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.to === '/'}
                  className="sidebar__link"
                >
                  <Icon name={item.icon} />
                  <span>{t(item.label)}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar__footer">
          <LiveIndicator />
          <LanguageSwitch />
          <div className="sidebar__session">
            <span className="ui-visually-hidden">{t('signedInAs')} </span>
            <Badge
              tone={role === 'admin' ? 'accent' : 'neutral'}
              className="sidebar__role"
            >
              <span data-testid="role">
                {t(role === 'admin' ? 'role.admin' : 'role.viewer')}
              </span>
            </Badge>
            <button
              type="button"
              className="sidebar__sign-out"
              onClick={signOut}
            >
              <Icon name="signOut" size={16} />
              <span>{t('signOut')}</span>
            </button>
          </div>
        </div>
      </aside>
      <div className="shell__main">
        <HealthBanner />
        <main id="content" className="shell__content" tabIndex={-1}>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}

/** While a page's code loads: the page's outline, not a blank. */
export function PageSkeleton() {
  return (
    <div className="page-skeleton" aria-hidden="true">
      <Skeleton width="16rem" height={28} />
      <Skeleton width="28rem" height={14} />
      <div className="page-skeleton__grid">
        <Skeleton height={110} />
        <Skeleton height={110} />
        <Skeleton height={110} />
        <Skeleton height={110} />
      </div>
      <Skeleton height={280} />
    </div>
  );
}
