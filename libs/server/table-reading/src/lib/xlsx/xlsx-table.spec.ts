import { Workbook } from 'exceljs';
import { allRows, openFixture, refusalOf, scratchFolder, TWENTY_MEGABYTES } from '../fixtures/fixture-files';
import { openUploadTable } from '../open-upload-table';

const HEADER = ['period', 'unit', 'measure', 'dimension', 'category', 'count'];
const ROWS = [
  { rowNumber: 2, cells: ['2025', 'AMT-32-1', 'headcount', '', '', '48'] },
  { rowNumber: 3, cells: ['2025', 'AMT-32-1', 'respondents', '', '', '31'] },
  { rowNumber: 4, cells: ['2025', 'Bürgerbüro', 'answers', 'migration_history', 'keine Angabe — ü', '3'] },
];

describe('reading an XLSX upload', () => {
  it('reads the sheet "Daten" with numbers as plain text and empty cells as empty text', async () => {
    const table = await openFixture('table.xlsx');
    expect(table).toEqual(
      jasmine.objectContaining({ format: 'xlsx', sheet: 'Daten', encoding: null, delimiter: null }),
    );
    expect(table.header).toEqual(HEADER);
    expect(await allRows(table)).toEqual(ROWS);
  });

  it('reads the sheet "Daten" when instructions and lists come before it', async () => {
    const table = await openFixture('daten-not-first.xlsx');
    expect(table.sheet).toBe('Daten');
    expect(await allRows(table)).toEqual(ROWS);
  });

  it('reads the first sheet of a workbook without a sheet "Daten"', async () => {
    const table = await openFixture('without-daten.xlsx');
    expect(table.sheet).toBe('Tabelle1');
    expect(await allRows(table)).toEqual(ROWS);
  });

  it('reads a workbook whatever the order of its parts in the archive, and one written with ZIP64 records', async () => {
    for (const name of ['reversed-parts.xlsx', 'zip64.xlsx']) {
      const table = await openFixture(name);
      expect(table.sheet).withContext(name).toBe('Daten');
      expect(await allRows(table))
        .withContext(name)
        .toEqual(ROWS);
    }
  });

  it('reads formulas as the results Excel saved, dates as YYYY-MM-DD and keeps the real row numbers', async () => {
    const table = await openFixture('cell-values.xlsx');
    expect(table.header).toEqual(['text', 'number', 'decimal', 'formula', 'zero formula', 'date', 'flag', 'rich']);
    expect(await allRows(table)).toEqual([
      { rowNumber: 3, cells: ['Bürgerbüro', '48', '2.5', '96', '0', '2025-12-31', 'true', 'keine Angabe'] },
      { rowNumber: 6, cells: ['gap above', '1000000000000000000000', '0.3', '2025-01-31', '', '', '', ''] },
    ]);
  });

  it('refuses a formula without a saved result, naming its cell', async () => {
    const table = await openFixture('formula-without-value.xlsx');
    const problems = await refusalOf(allRows(table));
    expect(problems).toEqual([
      jasmine.objectContaining({
        code: 'formula_without_value',
        severity: 'error',
        sheet: 'Daten',
        row: 3,
        column: 'F (count)',
        value: '=F2*2',
      }),
    ]);
    expect(problems[0].message.de).toContain('Die Formel in Zelle F3 hat kein gespeichertes Ergebnis.');
  });

  it('refuses every error value of a row, typed or calculated by a formula', async () => {
    const table = await openFixture('error-cell.xlsx');
    expect(await refusalOf(allRows(table))).toEqual([
      jasmine.objectContaining({ code: 'cell_error', sheet: 'Daten', row: 3, column: 'E (category)', value: '=F2/0' }),
      jasmine.objectContaining({ code: 'cell_error', sheet: 'Daten', row: 3, column: 'F (count)', value: '#N/A' }),
    ]);
  });

  it('refuses a "zip bomb" (200 KB whose shared strings unpack to 85 MB) before holding it in memory', async () => {
    const problems = await refusalOf(openFixture('zip-bomb.xlsx'));
    expect(problems).toEqual([
      jasmine.objectContaining({ code: 'invalid_xlsx', severity: 'error', sheet: null, row: null }),
    ]);
    expect(problems[0].message.de).toContain('größer, als eine Arbeitsmappe mit Umfragezahlen je sein kann');
    expect(problems[0].message.en).toContain('unpacks to more than a workbook of survey counts can ever hold');
  });

  it('refuses a text longer than any cell (2 MB in one piece) before it becomes one string', async () => {
    const problems = await refusalOf(openFixture('long-text.xlsx'));
    expect(problems).toEqual([jasmine.objectContaining({ code: 'invalid_xlsx', severity: 'error' })]);
    expect(problems[0].message.de).toContain('länger als eine Zelle fassen kann');
    expect(problems[0].message.en).toContain('longer than a cell can hold');
  });

  it('reads umlauts intact in a workbook large enough to be inflated in many chunks', async () => {
    const scratch = await scratchFolder();
    try {
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('Daten');
      sheet.addRow(['unit', 'count']);
      const units = Array.from({ length: 3000 }, (_, index) => `Bürgerbüro für Öffentlichkeitsarbeit ${index} — ü`);
      units.forEach((unit, index) => sheet.addRow([unit, index]));
      const path = await scratch.write('large.xlsx', '');
      await workbook.xlsx.writeFile(path);

      const table = await openUploadTable({ path, originalName: 'large.xlsx' }, { maxBytes: TWENTY_MEGABYTES });
      const rows = await allRows(table);
      expect(rows.length).toBe(units.length);
      expect(rows.filter((row, index) => row.cells[0] !== units[index]).map((row) => row.cells[0])).toEqual([]);
    } finally {
      await scratch.remove();
    }
  });
});
