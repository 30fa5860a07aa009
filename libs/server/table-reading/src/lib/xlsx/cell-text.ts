import type { CellValue } from 'exceljs';

/** A cell read as text, or why it cannot be. */
export type CellReading =
  { readonly text: string } | { readonly problem: 'cell_error' | 'formula_without_value'; readonly value: string };

/** What besides its value decides how a cell reads: its number format and the workbook's date system. */
export interface CellContext {
  readonly numberFormat: string | undefined;
  readonly date1904: boolean;
}

const MILLISECONDS_PER_DAY = 24 * 60 * 60 * 1000;
/** Days from Excel's day 0 (1899-12-30 in the 1900 date system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET = 1462;

/**
 * A number as plain text, as Excel shows it in the format "Standard": at most 15 significant digits,
 * never an exponent, no thousands separator, a point as decimal separator. 48 → `48`, 2.5 → `2.5`,
 * 1e21 → `1000000000000000000000`, 0.1 + 0.2 → `0.3`.
 */
export function formatPlainNumber(value: number): string {
  const rounded = Number(value.toPrecision(15));
  const shown = Number.isFinite(rounded) ? rounded : value; // rounding up the largest doubles overflows
  if (shown === 0) return '0'; // also -0
  const text = String(shown);
  const exponential = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exponential) return text;
  const [, sign, first, rest = '', exponent] = exponential;
  const digits = first + rest;
  const point = 1 + Number(exponent); // where the decimal point falls within `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A date as `YYYY-MM-DD`, with ` HH:MM:SS` only when it has a time of day. */
export function formatDate(date: Date): string {
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** Whether a number format shows dates (the test exceljs applies to plain values, for formula results too). */
function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  const withoutLiterals = numberFormat.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(withoutLiterals);
}

function excelSerialToDate(serial: number, date1904: boolean): Date {
  const days = serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0);
  return new Date(Math.round(days * MILLISECONDS_PER_DAY));
}

function readFormula(formula: string, result: unknown, context: CellContext): CellReading {
  if (result === undefined || result === null) return { problem: 'formula_without_value', value: `=${formula}` };
  // exceljs's streaming reader parses a saved error result (`#DIV/0!`) as a number: NaN.
  if (typeof result === 'number' && Number.isNaN(result)) return { problem: 'cell_error', value: `=${formula}` };
  if (typeof result === 'number' && isDateFormat(context.numberFormat)) {
    return readCellText(excelSerialToDate(result, context.date1904), context);
  }
  return readCellText(result as CellValue, context);
}

/**
 * The text of a cell as an upload reads it: strings trimmed; numbers plain (`formatPlainNumber`);
 * `true`/`false`; dates `YYYY-MM-DD`; rich text joined; an empty cell `''`. A formula reads as the
 * result Excel saved with the file; a formula without a saved result, and an error value, are problems.
 */
export function readCellText(value: CellValue, context: CellContext): CellReading {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { text: formatPlainNumber(value) }
      : { problem: 'cell_error', value: String(value) };
  }
  if (typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { problem: 'cell_error', value: 'date' } : { text: formatDate(value) };
  }
  if ('error' in value) return { problem: 'cell_error', value: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    // A cell of a shared formula carries the formula only in the range's first cell.
    const formula = 'formula' in value && value.formula ? value.formula : '…';
    return readFormula(formula, value.result, context);
  }
  if ('richText' in value)
    return {
      text: value.richText
        .map((run) => run.text ?? '')
        .join('')
        .trim(),
    };
  if ('text' in value) return { text: String(value.text).trim() };
  throw new TypeError(`Unexpected cell value ${JSON.stringify(value)}`);
}
