import { columnLabel, columnReference } from './column-label';

describe('columnLabel', () => {
  it('names columns as a spreadsheet program shows them', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLabel)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('adds the column name from the header where there is one', () => {
    expect(columnReference(2, ['period', 'unit', 'measure'])).toBe('C (measure)');
    expect(columnReference(4, ['period', 'unit', 'measure'])).toBe('E');
  });

  it('refuses an index that is no column', () => {
    expect(() => columnLabel(-1)).toThrowError(RangeError);
    expect(() => columnLabel(1.5)).toThrowError(RangeError);
  });
});
