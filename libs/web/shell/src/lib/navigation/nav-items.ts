import type { Role } from '@vielfalt/contracts';
import { ROLES } from '@vielfalt/contracts';
import type { Dictionary } from '@vielfalt/web-i18n';

/** One entry of the main navigation: where it leads, what it says, who sees it. */
export interface NavItem {
  readonly path: string;
  readonly labelKey: `nav.${Exclude<keyof Dictionary['nav'], 'label'>}`;
  readonly roles: readonly Role[];
}

/**
 * The main navigation, defined once. The menu shows an item to the roles listed here, and the
 * routes' role guards read the same roles (`rolesFor`), so menu and access cannot disagree.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.start', roles: ROLES },
  { path: '/upload', labelKey: 'nav.upload', roles: ['hr'] },
  { path: '/catalogue', labelKey: 'nav.catalogue', roles: ['admin', 'stabsstelle'] },
  { path: '/releases', labelKey: 'nav.releases', roles: ['stabsstelle', 'leadership', 'council'] },
  { path: '/releases/publish', labelKey: 'nav.releasesPublish', roles: ['stabsstelle'] },
  {
    path: '/settings/protection',
    labelKey: 'nav.settingsProtection',
    roles: ['admin', 'stabsstelle', 'leadership', 'council'],
  },
  { path: '/audit', labelKey: 'nav.audit', roles: ['council', 'admin'] },
  { path: '/admin/users', labelKey: 'nav.adminUsers', roles: ['admin'] },
];

/** `/` → `start`, `/admin/users` → `admin-users`: the suffix of an item's `data-testid="nav-…"`. */
export function navSlug(path: string): string {
  const slug = path.replace(/^\/+|\/+$/g, '').replace(/\//g, '-');
  return slug === '' ? 'start' : slug;
}

/** The roles that may open `path`, as the navigation declares them. */
export function rolesFor(path: string): readonly Role[] {
  const item = NAV_ITEMS.find((candidate) => candidate.path === path);
  if (!item) throw new Error(`No navigation item for ${path}`);
  return item.roles;
}

/**
 * True if another item lies below `path` (`/releases` above `/releases/publish`): such an item is
 * marked as the current page only on its own path, so the menu never marks two items at once.
 */
export function activeOnlyWhenExact(path: string): boolean {
  return path === '/' || NAV_ITEMS.some((item) => item.path.startsWith(`${path}/`));
}

/** The items a user with `roles` sees, in menu order. */
export function visibleNavItems(roles: readonly Role[]): readonly NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((role) => roles.includes(role)));
}
