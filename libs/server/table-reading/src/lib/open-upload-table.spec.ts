import { truncate } from 'node:fs/promises';
import { allRows, openFixture, refusalOf, scratchFolder, TWENTY_MEGABYTES } from './fixtures/fixture-files';
import { openUploadTable } from './open-upload-table';

/** The one problem of a refused file, without its message. */
async function refusalCode(name: string, maxBytes?: number) {
  const problems = await refusalOf(openFixture(name, maxBytes));
  expect(problems.length).toBe(1);
  const [{ code, severity, sheet, row, column }] = problems;
  return { code, severity, sheet, row, column };
}

const WHOLE_FILE = { severity: 'error', sheet: null, row: null, column: null } as const;

describe('opening an upload file', () => {
  it('reads a ZIP workbook as XLSX and text as CSV, whatever their names say', async () => {
    expect((await openFixture('table.xlsx')).format).toBe('xlsx');
    expect((await openFixture('table-utf8.csv')).format).toBe('csv');
  });

  it('reads a CSV file that was only renamed to .xlsx as CSV, without complaint', async () => {
    const table = await openFixture('csv-named.xlsx');
    expect(table.format).toBe('csv');
    expect((await allRows(table)).length).toBe(3);
  });

  it('refuses a file above 20 MB before looking at its content, naming both sizes', async () => {
    const scratch = await scratchFolder();
    try {
      // 21 MB of NUL bytes (a sparse file): refused as "not a CSV or XLSX file" if the content came first.
      const path = await scratch.write('large.csv', '');
      await truncate(path, 21 * 1024 * 1024);
      const problems = await refusalOf(
        openUploadTable({ path, originalName: 'large.csv' }, { maxBytes: TWENTY_MEGABYTES }),
      );
      expect(problems.map((problem) => problem.code)).toEqual(['file_too_large']);
      expect(problems[0].message.de).toBe('„large.csv“ ist 21 MB groß; erlaubt sind höchstens 20 MB.');
      expect(problems[0].message.en).toBe('"large.csv" is 21 MB in size; at most 20 MB are allowed.');
    } finally {
      await scratch.remove();
    }
  });

  it('refuses an empty file', async () => {
    expect(await refusalCode('empty.csv')).toEqual({ ...WHOLE_FILE, code: 'empty_file' });
  });

  it('refuses a CSV or XLSX file with a header but no data rows, naming the header row', async () => {
    expect(await refusalCode('header-only.csv')).toEqual({ ...WHOLE_FILE, row: 1, code: 'no_data_rows' });
    expect(await refusalCode('header-only.xlsx')).toEqual({
      ...WHOLE_FILE,
      sheet: 'Daten',
      row: 1,
      code: 'no_data_rows',
    });
  });

  it('refuses an image and random bytes that carry an .xlsx name as neither CSV nor XLSX', async () => {
    expect(await refusalCode('image.xlsx')).toEqual({ ...WHOLE_FILE, code: 'not_csv_or_xlsx' });
    expect(await refusalCode('random-bytes.xlsx')).toEqual({ ...WHOLE_FILE, code: 'not_csv_or_xlsx' });
  });

  it('refuses an old .xls workbook and asks to save it as .xlsx or CSV', async () => {
    const problems = await refusalOf(openFixture('old-format.xls'));
    expect(problems.map((problem) => problem.code)).toEqual(['old_xls_format']);
    expect(problems[0].message.en).toContain('save it as an Excel workbook (.xlsx');
    expect(problems[0].message.de).toContain('als Excel-Arbeitsmappe (.xlsx');
  });

  it('refuses a truncated XLSX file and a ZIP archive that is no workbook as invalid XLSX files', async () => {
    expect(await refusalCode('truncated.xlsx')).toEqual({ ...WHOLE_FILE, code: 'invalid_xlsx' });
    expect(await refusalCode('zip-not-workbook.xlsx')).toEqual({ ...WHOLE_FILE, code: 'invalid_xlsx' });
  });

  it('refuses UTF-16 text ("Unicode text" in Excel) with the advice to save it as CSV UTF-8', async () => {
    const problems = await refusalOf(openFixture('table-utf16.csv'));
    expect(problems.map((problem) => problem.code)).toEqual(['unsupported_encoding']);
    expect(problems[0].message.de).toContain('„CSV UTF-8“');
  });
});
