import { defaultDemo, defaultUploadRows, defaultUploadRowsOf } from '../testing/default-demo';
import {
  breakdownProblems,
  categoryProblems,
  crossTabProblems,
  duplicateRowProblems,
  multiChoiceProblems,
  participationByUnit,
  respondentProblems,
  singleChoiceSumProblems,
} from '../testing/upload-checks';
import type { UploadRow } from '../testing/upload-rows';

describe('the generated upload files', () => {
  const catalogue = () => defaultDemo().catalogue;
  const allRows = () => [...defaultUploadRows().values()];
  const sharesOf = (rows: UploadRow[], dimension: string, categories: string[]) => {
    const total = (predicate: (row: UploadRow) => boolean) =>
      rows.filter((r) => predicate(r) && !r.dimension2).reduce((sum, r) => sum + r.count, 0);
    const respondents = total((r) => r.measure === 'respondents' && Object.keys(r.attributes).length === 0);
    const answers = total(
      (r) => r.measure === 'answers' && Object.keys(r.attributes).length === 0 && r.dimension === dimension,
    );
    const chosen = total(
      (r) =>
        r.measure === 'answers' &&
        Object.keys(r.attributes).length === 0 &&
        r.dimension === dimension &&
        categories.includes(r.category),
    );
    return { share: chosen / respondents, answers, respondents };
  };

  it('adds every single-choice dimension up to the respondents, for every unit and every breakdown', () => {
    for (const rows of allRows()) expect(singleChoiceSumProblems(rows, catalogue())).toEqual([]);
  });

  it('never counts more people for a language than took part', () => {
    for (const rows of allRows()) expect(multiChoiceProblems(rows, catalogue())).toEqual([]);
  });

  it('never counts more respondents than staff', () => {
    for (const rows of allRows()) expect(respondentProblems(rows)).toEqual([]);
  });

  it("keeps every unit's participation between 40 and 80 %, varying by unit and period", () => {
    const shares = allRows().flatMap((rows) => [...participationByUnit(rows).values()]);
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(0.4);
    expect(Math.max(...shares)).toBeLessThanOrEqual(0.8);
    expect(new Set(shares.map((share) => share.toFixed(2))).size).toBeGreaterThan(20);
  });

  it('makes the margins of the migration × gender cross-tab equal the one-dimension rows', () => {
    for (const rows of allRows()) {
      expect(rows.some((row) => row.dimension2 === 'gender_identity')).toBeTrue();
      expect(crossTabProblems(rows)).toEqual([]);
    }
  });

  it('makes the breakdowns by career group, leadership role, trainee and employment type add up to the totals', () => {
    for (const rows of allRows()) {
      const attributes = new Set(rows.flatMap((row) => Object.keys(row.attributes)));
      expect([...attributes].sort()).toEqual(['career_group', 'employment_type', 'leadership_role', 'trainee']);
      expect(breakdownProblems(rows)).toEqual([]);
    }
  });

  it('lists every category of the version valid for the period, zeros included, and each row once', () => {
    for (const rows of allRows()) {
      expect(categoryProblems(rows, catalogue())).toEqual([]);
      expect(duplicateRowProblems(rows)).toEqual([]);
    }
    expect(allRows().some((rows) => rows.some((row) => row.measure === 'answers' && row.count === 0))).toBeTrue();
  });

  it('has small units with fewer than 10 respondents and large ones with hundreds of staff', () => {
    for (const rows of allRows()) {
      const totals = rows.filter((row) => Object.keys(row.attributes).length === 0 && row.dimension === '');
      const respondents = totals.filter((row) => row.measure === 'respondents').map((row) => row.count);
      const headcounts = totals.filter((row) => row.measure === 'headcount').map((row) => row.count);
      expect(respondents.filter((count) => count < 10).length).toBeGreaterThan(20);
      expect(headcounts.filter((count) => count <= 15).length).toBeGreaterThan(20);
      expect(headcounts.filter((count) => count >= 100).length).toBeGreaterThanOrEqual(10);
      expect(headcounts.filter((count) => count >= 150).length).toBeGreaterThanOrEqual(4);
    }
  });

  it('shows a rising share with migration history and of non-binary people, from small numbers', () => {
    const migration2018 = sharesOf(defaultUploadRowsOf('2018'), 'migration_history', ['mit']).share;
    const migration2022 = sharesOf(defaultUploadRowsOf('2022'), 'migration_history', ['mit']).share;
    const newKeys = ['selbst_eingewandert', 'eltern_eingewandert'];
    const migration2023 = sharesOf(defaultUploadRowsOf('2023'), 'migration_history', newKeys).share;
    const migration2025 = sharesOf(defaultUploadRowsOf('2025'), 'migration_history', newKeys).share;
    expect(migration2018).toBeGreaterThan(0.15);
    expect(migration2022).toBeGreaterThan(migration2018);
    expect(migration2025).toBeGreaterThan(migration2023);
    expect(migration2023).toBeLessThan(migration2022 + 0.02);
    const nonBinary = ['2018', '2025'].map(
      (key) => sharesOf(defaultUploadRowsOf(key), 'gender_identity', ['nicht_binaer']).share,
    );
    expect(nonBinary[0]).toBeLessThan(0.005);
    expect(nonBinary[1]).toBeGreaterThan(nonBinary[0]);
  });
});
