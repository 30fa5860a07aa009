import type { OrgUnitDefinition } from '@vielfalt/contracts';
import { parseDate, readUnitImport, UNIT_COLUMNS, type UnitImportRow } from './unit-import';

const header = [...UNIT_COLUMNS];
const row = (
  rowNumber: number,
  code: string,
  parent: string,
  from: string,
  to = '',
  successor = '',
): UnitImportRow => ({
  row: rowNumber,
  cells: { code, name: `Einheit ${code}`, parent_code: parent, valid_from: from, valid_to: to, successor },
});

const city: OrgUnitDefinition = {
  code: 'SV',
  name: 'Stadtverwaltung',
  parentCode: null,
  validFrom: '2000-01-01',
  validTo: null,
  successorCodes: [],
};

describe('reading an organisation-unit import', () => {
  it('accepts a tree with a restructuring, with ISO and German dates', () => {
    const result = readUnitImport(
      header,
      [
        row(2, 'D1', 'SV', '2000-01-01'),
        row(3, 'A-31', 'D1', '01.01.2000', '31.12.2021', 'A-35'),
        row(4, 'A-32', 'D1', '2000-01-01', '2021-12-31', 'A-35'),
        row(5, 'A-35', 'D1', '2022-01-01'),
      ],
      [city],
    );
    expect(result.problems).toEqual([]);
    expect(result.units[1]).toEqual({
      code: 'A-31',
      name: 'Einheit A-31',
      parentCode: 'D1',
      validFrom: '2000-01-01',
      validTo: '2021-12-31',
      successorCodes: ['A-35'],
    });
  });

  it('names unknown and missing columns', () => {
    const result = readUnitImport(['code', 'name', 'parent', 'valid_from', 'valid_to', 'successor'], [], []);
    expect(result.problems.map((p) => p.column)).toEqual(['parent', 'parent_code']);
  });

  it('refuses a parent that does not exist or that ends before its child', () => {
    const result = readUnitImport(
      header,
      [
        row(2, 'D9', 'XX', '2020-01-01'),
        row(3, 'D2', 'SV', '2020-01-01', '2020-12-31'),
        row(4, 'A-1', 'D2', '2020-01-01'),
      ],
      [city],
    );
    expect(result.problems).toEqual([
      jasmine.objectContaining({ row: 2, column: 'parent_code', value: 'XX' }),
      jasmine.objectContaining({ row: 4, column: 'parent_code', value: 'D2' }),
    ]);
  });

  it('refuses a cycle in the tree', () => {
    const result = readUnitImport(header, [row(2, 'X1', 'X2', '2020-01-01'), row(3, 'X2', 'X1', '2020-01-01')], []);
    expect(result.problems.map((p) => p.message)).toEqual([
      'The unit would be its own ancestor.',
      'The unit would be its own ancestor.',
    ]);
  });

  it('refuses bad codes, dates, duplicates and successors that do not follow on', () => {
    const result = readUnitImport(
      header,
      [
        row(2, 'A 1', 'SV', '2020-01-01'),
        row(3, 'A-2', 'SV', '31.02.2020'),
        row(4, 'A-3', 'SV', '2020-01-01', '2019-01-01'),
        row(5, 'A-4', 'SV', '2020-01-01', '2020-12-31', 'A-5'),
        row(6, 'A-5', 'SV', '2021-02-01'),
        row(7, 'A-5', 'SV', '2021-02-01'),
      ],
      [city],
    );
    expect(result.problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      '2:code',
      '3:valid_from',
      '4:valid_to',
      '7:code',
    ]);
  });

  it('refuses successors of a unit that has not ended, or that do not start the day after', () => {
    const result = readUnitImport(
      header,
      [row(2, 'A-4', 'SV', '2020-01-01', '2020-12-31', 'A-5'), row(3, 'A-5', 'SV', '2021-02-01')],
      [city],
    );
    expect(result.problems).toEqual([jasmine.objectContaining({ row: 2, column: 'successor', value: 'A-5' })]);
  });
});

describe('parseDate', () => {
  it('reads ISO and German dates and refuses impossible ones', () => {
    expect(parseDate('2025-06-30')).toBe('2025-06-30');
    expect(parseDate('1.7.2025')).toBe('2025-07-01');
    expect(parseDate('30.02.2025')).toBeNull();
    expect(parseDate('06/30/2025')).toBeNull();
  });
});
