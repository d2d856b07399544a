import { type ComponentType, lazy, type LazyExoticComponent } from 'react';
import type { NavItem } from '../modules/layout/components/AppShell';

/** A page's code is loaded when the route is first opened: each page is its own chunk. */
const page = <K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> =>
  lazy(() => load().then((module) => ({ default: module[name] })));

export const OverviewPage = page(
  () => import('../pages/OverviewPage'),
  'OverviewPage',
);
export const ExplorePage = page(
  () => import('../pages/ExplorePage'),
  'ExplorePage',
);
export const SettingsPage = page(
  () => import('../pages/SettingsPage'),
  'SettingsPage',
);
export const ScreenPage = page(
  () => import('../pages/ScreenPage'),
  'ScreenPage',
);

/** The sidebar, in order. A route appears here only once its page exists (Accounts comes with issue 13). */
export const NAVIGATION: NavItem[] = [
  { to: '/', label: 'nav.overview', icon: 'overview' },
  { to: '/explore', label: 'nav.explore', icon: 'explore' },
  { to: '/settings', label: 'nav.settings', icon: 'settings' },
];
