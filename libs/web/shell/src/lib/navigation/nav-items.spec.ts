import { NAV_ITEMS, activeOnlyWhenExact, navSlug, rolesFor, visibleNavItems } from './nav-items';

describe('navigation', () => {
  const pathsFor = (...roles: Parameters<typeof visibleNavItems>[0]) => visibleNavItems(roles).map((item) => item.path);

  it('shows the audit log to the staff council and to IT, and user administration to IT only', () => {
    expect(pathsFor('council')).toEqual(['/', '/releases', '/settings/protection', '/audit']);
    expect(pathsFor('admin')).toEqual(['/', '/catalogue', '/settings/protection', '/audit', '/admin/users']);
    expect(pathsFor('leadership')).toEqual(['/', '/releases', '/settings/protection']);
  });

  it('shows the upload to HR only, and the catalogue to the Stabsstelle and IT', () => {
    expect(pathsFor('hr')).toEqual(['/', '/upload']);
    expect(pathsFor('stabsstelle')).toEqual([
      '/',
      '/catalogue',
      '/releases',
      '/releases/publish',
      '/settings/protection',
    ]);
    expect(pathsFor('leadership', 'council')).not.toContain('/upload');
    expect(pathsFor('leadership', 'council')).not.toContain('/catalogue');
  });

  it('lets the Stabsstelle alone publish, and shows releases and protection settings to the staff council', () => {
    expect(rolesFor('/releases/publish')).toEqual(['stabsstelle']);
    expect(pathsFor('council')).not.toContain('/releases/publish');
    expect(pathsFor('leadership')).not.toContain('/releases/publish');
    expect(pathsFor('hr')).not.toContain('/releases');
    expect(pathsFor('hr')).not.toContain('/settings/protection');
    expect(rolesFor('/settings/protection')).toEqual(['admin', 'stabsstelle', 'leadership', 'council']);
  });

  it('marks the release history as current on its own path only, not on the publish page below it', () => {
    expect(activeOnlyWhenExact('/releases')).toBeTrue();
    expect(activeOnlyWhenExact('/')).toBeTrue();
    expect(activeOnlyWhenExact('/releases/publish')).toBeFalse();
    expect(activeOnlyWhenExact('/upload')).toBeFalse();
  });

  it('shows nothing to a user without roles', () => {
    expect(pathsFor()).toEqual([]);
  });

  it('derives the test ids the end-to-end tests rely on', () => {
    expect(NAV_ITEMS.map((item) => `nav-${navSlug(item.path)}`)).toEqual([
      'nav-start',
      'nav-upload',
      'nav-catalogue',
      'nav-releases',
      'nav-releases-publish',
      'nav-settings-protection',
      'nav-audit',
      'nav-admin-users',
    ]);
  });

  it('gives the route guards the same roles as the menu', () => {
    expect(rolesFor('/audit')).toEqual(['council', 'admin']);
    expect(rolesFor('/admin/users')).toEqual(['admin']);
    expect(rolesFor('/upload')).toEqual(['hr']);
    expect(rolesFor('/catalogue')).toEqual(['admin', 'stabsstelle']);
    expect(() => rolesFor('/nowhere')).toThrowError(/No navigation item/);
  });
});
