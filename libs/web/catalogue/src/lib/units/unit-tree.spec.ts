import type { OrgUnitDefinition } from '@vielfalt/contracts';
import { buildUnitTree, parseDateParam, todayIso } from './unit-tree';

const unit = (code: string, parentCode: string | null): OrgUnitDefinition => ({
  code,
  name: `Test ${code}`,
  parentCode,
  validFrom: '2020-01-01',
  validTo: null,
  successorCodes: [],
});

describe('unit tree', () => {
  it('nests units under their parents, siblings in the order of their codes', () => {
    const tree = buildUnitTree([unit('AMT-10', 'D1'), unit('D1', 'SV'), unit('SV', null), unit('AMT-2', 'D1')]);

    expect(tree.map((node) => node.unit.code)).toEqual(['SV']);
    expect(tree[0].children.map((node) => node.unit.code)).toEqual(['D1']);
    expect(tree[0].children[0].children.map((node) => node.unit.code)).toEqual(['AMT-2', 'AMT-10']);
  });

  it('shows a unit whose parent is not valid at the date as a root, rather than losing it', () => {
    const tree = buildUnitTree([unit('SV', null), unit('AMT-1', 'GONE')]);

    expect(tree.map((node) => node.unit.code)).toEqual(['AMT-1', 'SV']);
  });

  it('reads only real calendar dates from the URL', () => {
    expect(parseDateParam('2025-06-30')).toBe('2025-06-30');
    expect(parseDateParam('2025-02-30')).toBeNull();
    expect(parseDateParam('30.06.2025')).toBeNull();
    expect(parseDateParam(undefined)).toBeNull();
  });

  it('names today in the browser’s time zone', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
