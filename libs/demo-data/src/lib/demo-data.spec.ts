import fc from 'fast-check';
import { defaultDemo, defaultUploadRows, defaultUploadRowsOf } from '../testing/default-demo';
import { allUploadProblems } from '../testing/upload-checks';
import { parseUpload } from '../testing/upload-rows';
import { DEFAULT_DEMO_SEED, generateDemoData } from './demo-data';
import { leafCodesAt } from './organisation';

const UPLOAD_HEADER =
  'period;unit;measure;career_group;leadership_role;trainee;employment_type;dimension;category;dimension_2;category_2;count';

describe('generateDemoData', () => {
  it('gives byte-identical output for the same seed', () => {
    const again = generateDemoData({ seed: DEFAULT_DEMO_SEED });
    expect(again.unitsCsv).toBe(defaultDemo().unitsCsv);
    expect(again.uploads.map((upload) => upload.csv)).toEqual(defaultDemo().uploads.map((upload) => upload.csv));
    expect(JSON.stringify(again)).toBe(JSON.stringify(defaultDemo()));
  });

  it('gives different staff sizes and answers in every period for a different seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        fc.pre(seed !== DEFAULT_DEMO_SEED);
        const other = generateDemoData({ seed });
        return other.uploads.every((upload, index) => upload.csv !== defaultDemo().uploads[index].csv);
      }),
      { numRuns: 3 },
    );
  });

  it('keeps every upload consistent whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const { catalogue, uploads } = generateDemoData({ seed });
        const problems = uploads.flatMap((upload) => allUploadProblems(parseUpload(upload.csv, catalogue), catalogue));
        if (problems.length > 0) throw new Error(`seed ${seed}:\n${problems.slice(0, 5).join('\n')}`);
      }),
      { numRuns: 3 },
    );
  });

  it('refuses a seed that is not an integer and a scale that is not a whole number ≥ 1', () => {
    expect(() => generateDemoData({ seed: 1.5 })).toThrowError(RangeError);
    expect(() => generateDemoData({ scale: 0 })).toThrowError(RangeError);
    expect(() => generateDemoData({ scale: 1.5 })).toThrowError(RangeError);
  });

  it('writes one upload file per period, with the header of the upload format and its key in every row', () => {
    const { catalogue, uploads } = defaultDemo();
    expect(uploads.map((upload) => upload.periodKey)).toEqual(catalogue.periods.map((period) => period.key));
    for (const upload of uploads) {
      expect(upload.csv.split('\n')[0]).toBe(UPLOAD_HEADER);
      expect(upload.fileName).toBe(`musterstadt-beschaeftigtenbefragung-${upload.periodKey}.csv`);
      expect(defaultUploadRowsOf(upload.periodKey).every((row) => row.period === upload.periodKey)).toBeTrue();
    }
  });

  it('reports exactly the units without sub-units that are valid at each reference date', () => {
    const { catalogue, units } = defaultDemo();
    for (const period of catalogue.periods) {
      const reported = new Set(defaultUploadRowsOf(period.key).map((row) => row.unit));
      expect([...reported].sort()).toEqual([...leafCodesAt(units, period.referenceDate)].sort());
    }
  });

  it('counts about 7,000 staff (±10 %) in every period, drifting by less than 3 % a year', () => {
    const totals = [...defaultUploadRows().values()].map((rows) =>
      rows
        .filter((row) => row.measure === 'headcount' && Object.keys(row.attributes).length === 0)
        .reduce((sum, row) => sum + row.count, 0),
    );
    for (const total of totals) expect(total).toBeGreaterThanOrEqual(6300);
    for (const total of totals) expect(total).toBeLessThanOrEqual(7700);
    totals.slice(1).forEach((total, index) => expect(Math.abs(total / totals[index] - 1)).toBeLessThan(0.03));
  });

  it('multiplies the reporting units by the scale, keeping the original units as they are', () => {
    const scaled = generateDemoData({ scale: 2 });
    const original = defaultDemo();
    for (const [index, period] of original.catalogue.periods.entries()) {
      const leaves = leafCodesAt(original.units, period.referenceDate);
      expect(leafCodesAt(scaled.units, period.referenceDate).size).toBe(2 * leaves.size);
      const firstUnit = [...leaves][0];
      const rowsOf = (csv: string) => csv.split('\n').filter((line) => line.split(';')[1] === firstUnit);
      expect(rowsOf(scaled.uploads[index].csv)).toEqual(rowsOf(original.uploads[index].csv));
    }
  });
});
