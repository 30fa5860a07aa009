import * as fc from 'fast-check';
import { formatDate, formatPlainNumber, readCellText } from './cell-text';

const PLAIN = { numberFormat: undefined, date1904: false };
const AS_DATE = { numberFormat: 'dd.mm.yyyy', date1904: false };

describe('cell text', () => {
  it('writes numbers as plain integers and decimals, never with an exponent', () => {
    expect([48, 2.5, -3, 0, -0, 1e21, 1.5e-7, 123456789012].map(formatPlainNumber)).toEqual([
      '48',
      '2.5',
      '-3',
      '0',
      '0',
      '1000000000000000000000',
      '0.00000015',
      '123456789012',
    ]);
  });

  it('shows a number with the 15 significant digits Excel shows, hiding binary rounding noise', () => {
    expect(formatPlainNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatPlainNumber(47.99999999999999)).toBe('48');
  });

  it('writes every whole number up to 15 digits exactly, and any number as a decimal of the same value', () => {
    // fast-check shrinks to the smallest counterexample when a predicate returns false.
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }),
        (value) => formatPlainNumber(value) === BigInt(value).toString(),
      ),
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = formatPlainNumber(value);
        const shown = Number(value.toPrecision(15));
        return /^-?\d+(\.\d+)?$/.test(text) && Number(text) === (Number.isFinite(shown) ? shown : value) + 0;
      }),
    );
  });

  it('writes dates as YYYY-MM-DD, with the time only when there is one', () => {
    expect(formatDate(new Date(Date.UTC(2025, 0, 31)))).toBe('2025-01-31');
    expect(formatDate(new Date(Date.UTC(2025, 0, 31, 14, 30)))).toBe('2025-01-31 14:30:00');
  });

  it('reads a formula whose saved result is a date serial in a date format as a date', () => {
    expect(readCellText({ formula: 'DATE(2025,1,31)', result: 45688 }, AS_DATE)).toEqual({ text: '2025-01-31' });
    expect(readCellText({ formula: 'DATE(2025,1,31)', result: 44226 }, { ...AS_DATE, date1904: true })).toEqual({
      text: '2025-01-31',
    });
  });

  it('trims text, joins rich text and reads booleans as true and false', () => {
    expect(readCellText('  keine Angabe ', PLAIN)).toEqual({ text: 'keine Angabe' });
    expect(readCellText({ richText: [{ text: ' keine ' }, { text: 'Angabe ' }] }, PLAIN)).toEqual({
      text: 'keine Angabe',
    });
    expect([true, false].map((value) => readCellText(value, PLAIN))).toEqual([{ text: 'true' }, { text: 'false' }]);
  });

  it('tells a formula without a saved result from one whose saved result is 0 or empty', () => {
    expect(readCellText({ formula: 'A1-A1' }, PLAIN)).toEqual({ problem: 'formula_without_value', value: '=A1-A1' });
    expect(readCellText({ formula: 'A1-A1', result: 0 }, PLAIN)).toEqual({ text: '0' });
    expect(readCellText({ formula: 'A1&""', result: '' }, PLAIN)).toEqual({ text: '' });
  });
});
