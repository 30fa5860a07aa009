import type { UploadProblem } from '@vielfalt/contracts';
import { UploadFileError } from './upload-file-error';

/** The problems of reading an upload file; the stable codes the frontend translates. */
export type ReadingProblemCode =
  | 'file_too_large'
  | 'empty_file'
  | 'no_data_rows'
  | 'not_csv_or_xlsx'
  | 'old_xls_format'
  | 'invalid_xlsx'
  | 'unsupported_encoding'
  | 'unknown_delimiter'
  | 'invalid_encoding'
  | 'invalid_quotes'
  | 'wrong_field_count'
  | 'value_without_column_name'
  | 'cell_error'
  | 'formula_without_value';

/** Where in the file a problem is; all `null` for a problem of the whole file. */
export interface ProblemPosition {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | null;
}

interface Message {
  readonly de: string;
  readonly en: string;
}

const WHOLE_FILE: ProblemPosition = { sheet: null, row: null, column: null, value: null };
const SAVE_AGAIN: Message = {
  de: 'Bitte als Excel-Arbeitsmappe (.xlsx) oder als CSV speichern.',
  en: 'Please save it as an Excel workbook (.xlsx) or as CSV.',
};

/** An error-severity upload problem. */
export function readingProblem(code: ReadingProblemCode, position: ProblemPosition, message: Message): UploadProblem {
  return { severity: 'error', code, ...position, message };
}

/** An `UploadFileError` with the one problem of the whole file. */
export function fileRefused(code: ReadingProblemCode, message: Message, cause?: unknown): UploadFileError {
  return new UploadFileError([readingProblem(code, WHOLE_FILE, message)], { cause });
}

function megabytes(bytes: number, locale: 'de' | 'en'): string {
  const value = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return `${value.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB')} MB`;
}

export function fileTooLarge(fileName: string, bytes: number, maxBytes: number): UploadFileError {
  return fileRefused('file_too_large', {
    de: `„${fileName}“ ist ${megabytes(bytes, 'de')} groß; erlaubt sind höchstens ${megabytes(maxBytes, 'de')}.`,
    en: `"${fileName}" is ${megabytes(bytes, 'en')} in size; at most ${megabytes(maxBytes, 'en')} are allowed.`,
  });
}

export function emptyFile(fileName: string): UploadFileError {
  return fileRefused('empty_file', { de: `„${fileName}“ ist leer.`, en: `"${fileName}" is empty.` });
}

export function notCsvOrXlsx(fileName: string): UploadFileError {
  return fileRefused('not_csv_or_xlsx', {
    de: `„${fileName}“ ist weder eine CSV- noch eine XLSX-Datei. ${SAVE_AGAIN.de}`,
    en: `"${fileName}" is not a CSV or XLSX file. ${SAVE_AGAIN.en}`,
  });
}

export function oldXlsFormat(fileName: string): UploadFileError {
  return fileRefused('old_xls_format', {
    de:
      `„${fileName}“ ist im alten Excel-Format (.xls) gespeichert oder mit einem Kennwort geschützt. ` +
      'Bitte in Excel mit „Speichern unter“ als Excel-Arbeitsmappe (.xlsx, ohne Kennwort) oder als CSV speichern.',
    en:
      `"${fileName}" is in the old Excel format (.xls) or protected by a password. ` +
      'Please use "Save as" in Excel to save it as an Excel workbook (.xlsx, without password) or as CSV.',
  });
}

export function unsupportedEncoding(fileName: string): UploadFileError {
  return fileRefused('unsupported_encoding', {
    de: `„${fileName}“ ist als UTF-16-Text („Unicode-Text“) gespeichert. Bitte als „CSV UTF-8“ oder als .xlsx speichern.`,
    en: `"${fileName}" is saved as UTF-16 text ("Unicode text"). Please save it as "CSV UTF-8" or as .xlsx.`,
  });
}

/** Why an XLSX file cannot be read, in both languages. */
export const XLSX_DEFECTS = {
  damaged: { de: 'sie ist beschädigt oder unvollständig', en: 'it is damaged or incomplete' },
  notOfficeDocument: {
    de: 'sie ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe',
    en: 'it is a ZIP archive, but not an Excel workbook',
  },
  noSheet: { de: 'die Arbeitsmappe enthält kein Tabellenblatt', en: 'the workbook contains no sheet' },
  encrypted: { de: 'sie ist verschlüsselt', en: 'it is encrypted' },
  unsupportedCompression: {
    de: 'sie ist mit einem nicht unterstützten Verfahren komprimiert',
    en: 'it is compressed with an unsupported method',
  },
  textTooLong: {
    de: 'sie enthält einen Text, länger als eine Zelle fassen kann (mehr als ein Megabyte am Stück)',
    en: 'it holds a text longer than a cell can hold (more than a megabyte in one piece)',
  },
  unpacksTooLarge: {
    de: 'ein Teil von ihr wird beim Entpacken größer, als eine Arbeitsmappe mit Umfragezahlen je sein kann',
    en: 'a part of it unpacks to more than a workbook of survey counts can ever hold',
  },
} satisfies Record<string, Message>;

export function invalidXlsx(fileName: string, defect: Message, cause?: unknown): UploadFileError {
  return fileRefused(
    'invalid_xlsx',
    {
      de: `„${fileName}“ ist keine gültige XLSX-Datei: ${defect.de}. ${SAVE_AGAIN.de}`,
      en: `"${fileName}" is not a valid XLSX file: ${defect.en}. ${SAVE_AGAIN.en}`,
    },
    cause,
  );
}

export function sheetIsNotATable(fileName: string, sheet: string): UploadFileError {
  return invalidXlsx(fileName, {
    de: `das Blatt „${sheet}“ ist kein Tabellenblatt (z. B. ein Diagramm)`,
    en: `the sheet "${sheet}" is not a table (a chart, for example)`,
  });
}

/** A table without data rows: nothing at all, or a header row with nothing below it. */
export function noDataRows(sheet: string | null, headerRow: number | null): UploadFileError {
  const message =
    headerRow === null
      ? {
          de: 'Die Tabelle ist leer: Sie hat weder Kopfzeile noch Daten.',
          en: 'The table is empty: no header, no data.',
        }
      : {
          de: `Unter der Kopfzeile (Zeile ${headerRow}) stehen keine Daten.`,
          en: `There are no data rows below the header (row ${headerRow}).`,
        };
  return new UploadFileError([readingProblem('no_data_rows', { ...WHOLE_FILE, sheet, row: headerRow }, message)]);
}
