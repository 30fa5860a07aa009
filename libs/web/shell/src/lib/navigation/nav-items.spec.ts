import { NAV_ITEMS, navSlug, rolesFor, visibleNavItems } from './nav-items';

describe('navigation', () => {
  const pathsFor = (...roles: Parameters<typeof visibleNavItems>[0]) => visibleNavItems(roles).map((item) => item.path);

  it('shows the audit log to the staff council and to IT, and user administration to IT only', () => {
    expect(pathsFor('council')).toEqual(['/', '/audit']);
    expect(pathsFor('admin')).toEqual(['/', '/catalogue', '/audit', '/admin/users']);
    expect(pathsFor('leadership')).toEqual(['/']);
  });

  it('shows the upload to HR only, and the catalogue to the Stabsstelle and IT', () => {
    expect(pathsFor('hr')).toEqual(['/', '/upload']);
    expect(pathsFor('stabsstelle')).toEqual(['/', '/catalogue']);
    expect(pathsFor('leadership', 'council')).not.toContain('/upload');
    expect(pathsFor('leadership', 'council')).not.toContain('/catalogue');
  });

  it('shows nothing to a user without roles', () => {
    expect(pathsFor()).toEqual([]);
  });

  it('derives the test ids the end-to-end tests rely on', () => {
    expect(NAV_ITEMS.map((item) => `nav-${navSlug(item.path)}`)).toEqual([
      'nav-start',
      'nav-upload',
      'nav-catalogue',
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
