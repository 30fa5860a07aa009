import type { AttributeRow, DimensionRow, OrgUnitRow } from '@vielfalt/server-persistence';
import {
  buildProtectionInput,
  type CurrentCell,
  type PeriodData,
  PeriodWithoutDataError,
  ReleaseInputError,
} from './protection-input';

const unit = (id: number, code: string, parentCode: string | null): OrgUnitRow => ({
  id,
  code,
  name: `Einheit ${code}`,
  parentId: null,
  parentCode,
  validFrom: '2000-01-01',
  validTo: null,
  successorCodes: [],
});

const label = { de: 'x', en: 'x' };
const ATTRIBUTES: AttributeRow[] = [
  {
    id: 1,
    key: 'career_group',
    label,
    values: [
      { id: 11, key: 'mittlerer_dienst', label },
      { id: 12, key: 'gehobener_dienst', label },
    ],
  },
  { id: 2, key: 'trainee', label, values: [{ id: 21, key: 'ja', label }] },
];
const version = (id: number, validFromDate: string, categories: [number, string][]) => ({
  id,
  version: id,
  validFromPeriod: validFromDate.slice(0, 4),
  validFromDate,
  agreedBy: 'AG',
  agreedOn: '2020-01-01',
  categories: categories.map(([categoryId, key]) => ({ id: categoryId, key, label })),
  mappingFromPrevious: [],
});
const DIMENSIONS: DimensionRow[] = [
  {
    id: 1,
    key: 'migration_history',
    label,
    description: label,
    choice: 'single',
    versions: [
      version(1, '2020-06-30', [
        [101, 'mit'],
        [102, 'ohne'],
      ]),
      version(2, '2024-06-30', [
        [111, 'selbst'],
        [112, 'eltern'],
        [113, 'keine'],
      ]),
    ],
  },
  {
    id: 2,
    key: 'gender_identity',
    label,
    description: label,
    choice: 'single',
    versions: [
      version(3, '2020-06-30', [
        [201, 'weiblich'],
        [202, 'maennlich'],
      ]),
    ],
  },
  {
    id: 3,
    key: 'languages',
    label,
    description: label,
    choice: 'multi',
    versions: [version(4, '2020-06-30', [[301, 'deutsch']])],
  },
];

// SV ─ D1 ─ A1, A2;  SV ─ D2 ─ A3 (no data);  X (a second root, no data)
const UNITS = [
  unit(1, 'SV', null),
  unit(2, 'D1', 'SV'),
  unit(3, 'A1', 'D1'),
  unit(4, 'A2', 'D1'),
  unit(5, 'D2', 'SV'),
  unit(6, 'A3', 'D2'),
  unit(7, 'X', null),
];

const cell = (unitId: number, measure: 1 | 2 | 3, count: number, more: Partial<CurrentCell> = {}): CurrentCell => ({
  unitId,
  measure,
  attributeValues: [],
  categoryId: null,
  category2Id: null,
  count,
  ...more,
});

const data = (overrides: Partial<PeriodData> = {}): PeriodData => ({
  period: { key: '2025', referenceDate: '2025-06-30' },
  units: UNITS,
  attributes: ATTRIBUTES,
  dimensions: DIMENSIONS,
  cells: [
    cell(3, 1, 40),
    cell(3, 2, 25),
    cell(3, 3, 8, { categoryId: 111 }),
    cell(3, 3, 6, { categoryId: 111, category2Id: 201 }),
    cell(3, 1, 12, { attributeValues: [12] }),
    cell(4, 1, 9),
  ],
  parameters: { k: 5, minRespondents: 10 },
  earlierVersions: [],
  ...overrides,
});

describe('buildProtectionInput', () => {
  it('takes the units with data and their ancestors, the attributes and dimension versions the data use', () => {
    const { input, unitNames } = buildProtectionInput(data());
    expect(input.units).toEqual(
      jasmine.arrayWithExactContents([
        { code: 'A1', parent: 'D1' },
        { code: 'D1', parent: 'SV' },
        { code: 'SV', parent: null },
        { code: 'A2', parent: 'D1' },
      ]),
    );
    expect(input.attributes).toEqual([{ key: 'career_group', values: ['mittlerer_dienst', 'gehobener_dienst'] }]);
    expect(input.dimensions).toEqual([
      { key: 'migration_history', choice: 'single', categories: ['selbst', 'eltern', 'keine'] },
      { key: 'gender_identity', choice: 'single', categories: ['weiblich', 'maennlich'] },
    ]);
    expect(input.parameters).toEqual({ k: 5, minRespondents: 10 });
    expect(input.earlierVersions).toBeUndefined();
    expect(unitNames.get('A1')).toBe('Einheit A1');
  });

  it('names counts by codes and keys, as the upload format does', () => {
    expect(buildProtectionInput(data()).input.counts).toEqual([
      { unit: 'A1', measure: 'headcount', count: 40 },
      { unit: 'A1', measure: 'respondents', count: 25 },
      { unit: 'A1', measure: 'answers', dimension: 'migration_history', category: 'selbst', count: 8 },
      {
        unit: 'A1',
        measure: 'answers',
        dimension: 'migration_history',
        category: 'selbst',
        dimension2: 'gender_identity',
        category2: 'weiblich',
        count: 6,
      },
      { unit: 'A1', measure: 'headcount', attributes: { career_group: 'gehobener_dienst' }, count: 12 },
      { unit: 'A2', measure: 'headcount', count: 9 },
    ]);
  });

  it('passes the earlier versions on with the counts they were computed from, for joint protection', () => {
    const earlier = {
      version: 1,
      parameters: { k: 5, minRespondents: 10 },
      published: [{ id: 'headcount|A2|*', value: 8 }],
      suppressed: ['x'],
    };
    const input = buildProtectionInput(data({ earlierVersions: [{ ...earlier, cells: [cell(4, 1, 8)] }] })).input;
    expect(input.earlierVersions).toEqual([{ ...earlier, counts: [{ unit: 'A2', measure: 'headcount', count: 8 }] }]);
  });

  it('refuses a period without data, data of a unit not valid then, or a unit whose parent ended', () => {
    expect(() => buildProtectionInput(data({ cells: [] }))).toThrowError(
      PeriodWithoutDataError,
      /Period 2025 has no data/,
    );
    expect(() => buildProtectionInput(data({ cells: [cell(99, 1, 3)] }))).toThrowError(
      ReleaseInputError,
      /not valid at its reference date 2025-06-30/,
    );
    const orphaned = UNITS.filter((u) => u.code !== 'D1');
    expect(() => buildProtectionInput(data({ units: orphaned }))).toThrowError(
      ReleaseInputError,
      /Unit A1 belongs to D1, which is not valid/,
    );
  });

  it('refuses data in two organisation trees, and categories of another dimension version', () => {
    expect(() => buildProtectionInput(data({ cells: [cell(3, 1, 4), cell(7, 1, 5)] }))).toThrowError(
      ReleaseInputError,
      /belong to 2 organisations \(SV, X\)/,
    );
    expect(() => buildProtectionInput(data({ cells: [cell(3, 3, 4, { categoryId: 101 })] }))).toThrowError(
      ReleaseInputError,
      /not in the dimension versions valid for period 2025/,
    );
  });
});
