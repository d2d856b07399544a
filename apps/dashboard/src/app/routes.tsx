import { type ComponentType, lazy, type LazyExoticComponent } from 'react';
import type { NavItem } from '../modules/layout/components/AppShell';

/** A page's code is loaded when the route is first opened: each page is its own chunk. */
const page = <K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> =>
  lazy(() => load().then((module) => ({ default: module[name] })));

export interface AppRoute {
  /** Relative to `/`; the empty path is the overview. */
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** Shown in the sidebar, in this order, when given. */
  nav?: Omit<NavItem, 'to'>;
}

/** The pages inside the app chrome. A page is added here, once, with its sidebar entry. */
export const APP_ROUTES: AppRoute[] = [
  {
    path: '',
    page: page(() => import('../pages/OverviewPage'), 'OverviewPage'),
    nav: { label: 'nav.overview', icon: 'overview' },
  },
  {
    path: 'explore',
    page: page(() => import('../pages/ExplorePage'), 'ExplorePage'),
    nav: { label: 'nav.explore', icon: 'explore' },
  },
  {
    path: 'accounts',
    page: page(() => import('../pages/AccountsPage'), 'AccountsPage'),
    nav: { label: 'nav.accounts', icon: 'accounts' },
  },
  {
    path: 'settings',
    page: page(() => import('../pages/SettingsPage'), 'SettingsPage'),
    nav: { label: 'nav.settings', icon: 'settings' },
  },
];

/** The info-screen runs full-screen on a wall: outside the chrome, no navigation. */
export const ScreenPage = page(
  () => import('../pages/ScreenPage'),
  'ScreenPage',
);

export const NAVIGATION: NavItem[] = APP_ROUTES.flatMap((route) =>
  route.nav ? [{ ...route.nav, to: `/${route.path}` }] : [],
);
