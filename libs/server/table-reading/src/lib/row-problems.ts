import type { UploadProblem } from '@vielfalt/contracts';
import { columnLabel, columnReference } from './column-label';
import { readingProblem } from './reading-problems';

/** A cell of the table: sheet (`null` for CSV), row, 0-based column, and the header where known. */
export interface CellPosition {
  readonly sheet: string | null;
  readonly row: number;
  readonly columnIndex: number;
  readonly header: readonly string[] | null;
}

const SEPARATOR_NAMES = { ';': { de: 'Semikolon', en: 'semicolon' }, ',': { de: 'Komma', en: 'comma' } };

function cellAddress(cell: CellPosition): string {
  return `${columnLabel(cell.columnIndex)}${cell.row}`;
}

function at(cell: CellPosition, value: string | null) {
  return { sheet: cell.sheet, row: cell.row, column: columnReference(cell.columnIndex, cell.header), value };
}

/** The header row of a CSV file has neither more semicolons nor more commas (outside quotes). */
export function unknownDelimiter(row: number, headerLine: string): UploadProblem {
  const tabs = headerLine.includes('\t')
    ? { de: ' Tabulatoren sind nicht erlaubt.', en: ' Tabs are not accepted.' }
    : { de: '', en: '' };
  return readingProblem(
    'unknown_delimiter',
    { sheet: null, row, column: null, value: headerLine.slice(0, 200) },
    {
      de: `Das Trennzeichen der Kopfzeile ist nicht zu erkennen: Erlaubt sind Semikolon (;) oder Komma (,).${tabs.de}`,
      en: `The separator of the header row cannot be recognised: use semicolons (;) or commas (,).${tabs.en}`,
    },
  );
}

/** A cell holds characters that are not valid in the detected encoding (or a NUL byte). */
export function invalidEncoding(cell: CellPosition, value: string, encoding: string): UploadProblem {
  return readingProblem('invalid_encoding', at(cell, value), {
    de:
      `Zeile ${cell.row} enthält in Spalte ${columnLabel(cell.columnIndex)} Zeichen, die in der Kodierung ` +
      `${encoding} nicht lesbar sind. Bitte die ganze Datei als „CSV UTF-8“ speichern.`,
    en:
      `Row ${cell.row} has characters in column ${columnLabel(cell.columnIndex)} that are not valid ${encoding}. ` +
      'Please save the whole file as "CSV UTF-8".',
  });
}

/** Quotes that do not pair up, or a quoted value that never ends. */
export function invalidQuotes(row: number): UploadProblem {
  return readingProblem(
    'invalid_quotes',
    { sheet: null, row, column: null, value: null },
    {
      de: `In Zeile ${row} sind Anführungszeichen (") falsch gesetzt oder ein Wert in Anführungszeichen endet nicht.`,
      en: `Row ${row} has misplaced quotes (") or a quoted value that does not end.`,
    },
  );
}

/** A CSV row with more or fewer fields than the header row. */
export function wrongFieldCount(
  row: number,
  fields: number,
  headerFields: number,
  delimiter: ';' | ',',
): UploadProblem {
  const name = SEPARATOR_NAMES[delimiter];
  return readingProblem(
    'wrong_field_count',
    { sheet: null, row, column: null, value: null },
    {
      de:
        `Zeile ${row} hat ${fields} Felder, die Kopfzeile ${headerFields}. Enthält ein Wert ein ${name.de} (${delimiter}) ` +
        'ohne Anführungszeichen?',
      en:
        `Row ${row} has ${fields} fields, the header ${headerFields}. Does a value contain a ${name.en} (${delimiter}) ` +
        'without quotes?',
    },
  );
}

/** A value in a column whose header cell is empty (to the right of the last column name). */
export function valueWithoutColumnName(cell: CellPosition, value: string): UploadProblem {
  return readingProblem('value_without_column_name', at(cell, value), {
    de: `In Zelle ${cellAddress(cell)} steht ein Wert, aber die Spalte hat in der Kopfzeile keinen Namen.`,
    en: `Cell ${cellAddress(cell)} holds a value, but its column has no name in the header row.`,
  });
}

/** An Excel error value (`#DIV/0!`, `#NV`, …) typed in a cell, or a formula (`=…`) whose saved result is one. */
export function cellError(cell: CellPosition, value: string): UploadProblem {
  const message = value.startsWith('=')
    ? {
        de: `Die Formel in Zelle ${cellAddress(cell)} (${value}) ergibt einen Fehlerwert statt eines Werts.`,
        en: `The formula in cell ${cellAddress(cell)} (${value}) results in an error value instead of a value.`,
      }
    : {
        de: `Zelle ${cellAddress(cell)} enthält einen Fehlerwert (${value}) statt eines Werts.`,
        en: `Cell ${cellAddress(cell)} holds an error value (${value}) instead of a value.`,
      };
  return readingProblem('cell_error', at(cell, value), message);
}

/** A formula whose result was never calculated and saved (files written by programs, not by Excel). */
export function formulaWithoutValue(cell: CellPosition, formula: string): UploadProblem {
  return readingProblem('formula_without_value', at(cell, formula), {
    de:
      `Die Formel in Zelle ${cellAddress(cell)} hat kein gespeichertes Ergebnis. Bitte die Datei in Excel öffnen, ` +
      'neu berechnen lassen und speichern, oder Werte statt Formeln eintragen.',
    en:
      `The formula in cell ${cellAddress(cell)} has no saved result. Please open the file in Excel, let it ` +
      'recalculate and save it, or enter values instead of formulas.',
  });
}
