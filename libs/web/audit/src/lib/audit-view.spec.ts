import { actionLabelKey, describeDetails, pageCount, parseActionParam, parsePageParam } from './audit-view';

describe('audit view helpers', () => {
  it('read a bookmarked page number, falling back to the first page for anything odd', () => {
    expect(parsePageParam('3')).toBe(3);
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam('0')).toBe(1);
    expect(parsePageParam('-2')).toBe(1);
    expect(parsePageParam('2.5')).toBe(1);
    expect(parsePageParam('abc')).toBe(1);
  });

  it('accept only actions the API knows as a filter', () => {
    expect(parseActionParam('auth.login')).toBe('auth.login');
    expect(parseActionParam('drop.table')).toBeUndefined();
    expect(parseActionParam(undefined)).toBeUndefined();
  });

  it('count at least one page', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
  });

  it('turn an action into a translation key without dots in the last part', () => {
    expect(actionLabelKey('auth.login')).toBe('audit.actions.auth_login');
  });

  it('list details with the label of a known key and a readable value, an unknown key as it is', () => {
    expect(describeDetails({ reason: 'invalid_credentials', roles: ['admin', 'hr'], attempts: 3 })).toEqual([
      { key: 'reason', labelKey: 'audit.detailKeys.reason', value: 'invalid_credentials' },
      { key: 'roles', labelKey: 'audit.detailKeys.roles', value: 'admin, hr' },
      { key: 'attempts', labelKey: null, value: '3' },
    ]);
  });

  it('list a nested object (settings before and after a change) as labelled parts', () => {
    const [before] = describeDetails({ before: { k: 5, minRespondents: 10 } });

    expect(before.labelKey).toBe('audit.detailKeys.before');
    expect(before.parts).toEqual([
      { key: 'k', labelKey: 'audit.detailKeys.k', value: '5' },
      { key: 'minRespondents', labelKey: 'audit.detailKeys.minRespondents', value: '10' },
    ]);
  });
});
