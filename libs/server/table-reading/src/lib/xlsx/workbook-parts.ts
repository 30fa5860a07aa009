import { stream as excelStream, type Row } from 'exceljs';
import { posix } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { invalidXlsx, sheetIsNotATable, XLSX_DEFECTS } from '../reading-problems';
import { textRunsAtMost } from './text-run-limit';
import type { ZipDirectory } from './zip-directory';

interface Relationship {
  readonly Id: string;
  readonly Type: string;
  readonly Target: string;
}

interface SheetEntry {
  readonly name: string;
  readonly rId: string;
}

/**
 * The part parsers of exceljs 4.4's streaming `WorkbookReader`, which its typings do not declare.
 * We do not let the reader unzip the file itself, for two reasons found in testing: it meets the parts
 * in the order they are stored, so a sheet stored before the workbook part has no name yet (and is
 * parked in a temporary file until the end); and it decodes each chunk of inflated XML on its own, so
 * a multi-byte character (`ü`) cut at a chunk border becomes `��` (exceljs issues #2063, #2316). So we
 * open the parts from the ZIP directory in the order we need them, as text streams (`setEncoding`
 * decodes across chunk borders), and hand them to these parsers. Pinned by the specs of this folder.
 */
interface WorkbookReaderParsers {
  workbookRels?: readonly Relationship[];
  model?: { sheets?: readonly SheetEntry[] };
  properties?: { model?: { date1904?: boolean } };
  _parseRels(xml: Readable): Promise<void>;
  _parseWorkbook(xml: Readable): Promise<void>;
  _parseStyles(xml: Readable): Promise<void>;
  _parseSharedStrings(xml: Readable): AsyncIterable<unknown>;
  _parseWorksheet(xml: Readable, sheetNumber: string): Iterable<{ value: AsyncIterable<Row> }>;
}

/** The sheet an upload reads, and how to stream its rows. */
export interface UploadWorkbook {
  readonly sheet: string;
  readonly date1904: boolean;
  /** A new pass over the sheet's rows (as exceljs reads them: only rows that are in the file). */
  readSheetRows(): AsyncGenerator<Row>;
}

/** The sheet an upload reads: the one named `Daten` (as Excel compares names: ignoring case), else the first. */
const DATA_SHEET = 'daten';

/**
 * How large a part may be once unpacked: the sheet, as large as a million-row upload and more (about 300 MB);
 * every other part (workbook, relationships, styles, shared strings, which exceljs keeps in memory) far less.
 */
const MAX_SHEET_BYTES = 1024 * 1024 * 1024;
const MAX_OTHER_PART_BYTES = 64 * 1024 * 1024;
/** The longest text between two tags: a cell's 32,767 characters, escaped, fit many times over. */
const MAX_TEXT_RUN_BYTES = 1024 * 1024;

async function openPart(zip: ZipDirectory, part: string, maxBytes = MAX_OTHER_PART_BYTES): Promise<Readable> {
  const limited = textRunsAtMost(MAX_TEXT_RUN_BYTES);
  // pipeline passes an error of either stream on to the other, so the parser sees a damaged archive too.
  pipeline(await zip.openEntry(part, maxBytes), limited, () => undefined);
  limited.setEncoding('utf8');
  return limited;
}

/** Lets a parser read a part to its end, and closes the part also when the parser fails halfway. */
async function parsePart(zip: ZipDirectory, part: string, parse: (xml: Readable) => Promise<unknown>): Promise<void> {
  const xml = await openPart(zip, part);
  try {
    await parse(xml);
  } finally {
    xml.destroy();
  }
}

async function drain(items: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of items) {
    // With `sharedStrings: 'cache'` the reader keeps the strings itself and yields nothing.
  }
}

/** A relationship's target as a part name: relative to the part that has it, or absolute from the root. */
function resolveTarget(source: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(source), target));
}

function relationshipsPartOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

async function readRelationships(
  zip: ZipDirectory,
  reader: WorkbookReaderParsers,
  part: string,
): Promise<readonly Relationship[]> {
  const relationshipsPart = relationshipsPartOf(part);
  if (!zip.has(relationshipsPart)) return [];
  await parsePart(zip, relationshipsPart, (xml) => reader._parseRels(xml));
  return reader.workbookRels ?? [];
}

function targetOfType(relationships: readonly Relationship[], source: string, type: string): string | null {
  const relationship = relationships.find((candidate) => candidate.Type.endsWith(`/${type}`));
  return relationship ? resolveTarget(source, relationship.Target) : null;
}

async function* readSheetRows(zip: ZipDirectory, reader: WorkbookReaderParsers, part: string): AsyncGenerator<Row> {
  const xml = await openPart(zip, part, MAX_SHEET_BYTES);
  try {
    for (const { value: worksheet } of reader._parseWorksheet(xml, '')) yield* worksheet;
  } finally {
    xml.destroy();
  }
}

/**
 * Reads the parts of an XLSX workbook that a sheet needs (workbook, relationships, styles for dates,
 * shared strings, which exceljs keeps in memory) and picks the sheet to read. Throws `UploadFileError`
 * for an archive that is no workbook; errors of the archive or its XML are the caller's to translate.
 */
export async function openUploadWorkbook(zip: ZipDirectory, fileName: string): Promise<UploadWorkbook> {
  if (!zip.has('[Content_Types].xml')) throw invalidXlsx(fileName, XLSX_DEFECTS.notOfficeDocument);
  const reader = newReader(zip);
  const packageRelationships = await readRelationships(zip, reader, '');
  const workbookPart = targetOfType(packageRelationships, '', 'officeDocument') ?? 'xl/workbook.xml';
  if (!zip.has(workbookPart)) throw invalidXlsx(fileName, XLSX_DEFECTS.notOfficeDocument);
  const relationships = await readRelationships(zip, reader, workbookPart);
  await parsePart(zip, workbookPart, (xml) => reader._parseWorkbook(xml));
  const styles = targetOfType(relationships, workbookPart, 'styles');
  if (styles && zip.has(styles)) await parsePart(zip, styles, (xml) => reader._parseStyles(xml));
  const sharedStrings = targetOfType(relationships, workbookPart, 'sharedStrings');
  if (sharedStrings && zip.has(sharedStrings)) {
    await parsePart(zip, sharedStrings, (xml) => drain(reader._parseSharedStrings(xml)));
  }

  const sheets = reader.model?.sheets ?? [];
  const sheet = sheets.find((candidate) => candidate.name.trim().toLowerCase() === DATA_SHEET) ?? sheets[0];
  if (!sheet) throw invalidXlsx(fileName, XLSX_DEFECTS.noSheet);
  const relationship = relationships.find((candidate) => candidate.Id === sheet.rId);
  if (!relationship?.Type.endsWith('/worksheet')) throw sheetIsNotATable(fileName, sheet.name);
  const sheetPart = resolveTarget(workbookPart, relationship.Target);
  if (!zip.has(sheetPart)) throw invalidXlsx(fileName, XLSX_DEFECTS.damaged);
  return {
    sheet: sheet.name,
    date1904: reader.properties?.model?.date1904 === true,
    readSheetRows: () => readSheetRows(zip, reader, sheetPart),
  };
}

function newReader(zip: ZipDirectory): WorkbookReaderParsers {
  const reader = new excelStream.xlsx.WorkbookReader(zip.path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
  });
  return reader as unknown as WorkbookReaderParsers;
}
