import type { Permission } from '../api/contracts.js';
import type { Messages } from '../i18n/da.js';

export type NavKey = keyof Messages['nav'];

export interface NavItem {
  key: NavKey;
  to: string;
  /** The permission the active role needs; none means every logged-in role. */
  permission?: Permission;
}

/** The main menu. Each area appears only for roles whose permissions let them use it. */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', to: '/' },
  { key: 'municipalities', to: '/kommuner' },
  { key: 'institutions', to: '/dagtilbud', permission: 'institution.read' },
  { key: 'children', to: '/boern', permission: 'child.read' },
  { key: 'rounds', to: '/runder', permission: 'round.read' },
  { key: 'applications', to: '/ansoegninger', permission: 'application.read' },
  { key: 'courses', to: '/forloeb', permission: 'course.read' },
  { key: 'calendar', to: '/kalender', permission: 'course.read' },
  { key: 'assessments', to: '/bedoemmelser', permission: 'assessment.write' },
  { key: 'outbox', to: '/udbakke', permission: 'outbox.read' },
  { key: 'users', to: '/brugere', permission: 'user.manage' },
  { key: 'audit', to: '/revisionslog', permission: 'audit.read' },
];

export function navItemsFor(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || permissions.includes(item.permission));
}

/** 'page' on the item's own address, 'section' below it (e.g. a child under Børn), else null. */
export function navState(item: NavItem, pathname: string): 'page' | 'section' | null {
  if (pathname === item.to) return 'page';
  if (item.to !== '/' && pathname.startsWith(`${item.to}/`)) return 'section';
  return null;
}
