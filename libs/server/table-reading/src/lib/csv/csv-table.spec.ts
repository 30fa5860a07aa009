import { allRows, openFixture, refusalOf, scratchFolder, TWENTY_MEGABYTES } from '../fixtures/fixture-files';
import { openUploadTable } from '../open-upload-table';

const HEADER = ['period', 'unit', 'measure', 'dimension', 'category', 'count'];
const ROWS = [
  { rowNumber: 2, cells: ['2025', 'AMT-32-1', 'headcount', '', '', '48'] },
  { rowNumber: 3, cells: ['2025', 'AMT-32-1', 'respondents', '', '', '31'] },
  { rowNumber: 4, cells: ['2025', 'Bürgerbüro', 'answers', 'migration_history', 'keine Angabe — ü', '3'] },
];

describe('reading a CSV upload', () => {
  it('reads a semicolon-separated Windows-1252 file as German Excel writes it', async () => {
    const table = await openFixture('table-windows-1252.csv');
    expect(table).toEqual(jasmine.objectContaining({ format: 'csv', sheet: null, encoding: 'windows-1252' }));
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(HEADER);
    expect(await allRows(table)).toEqual(ROWS);
  });

  it('reads the same table saved as "CSV UTF-8" (with byte-order mark) and as UTF-8 without one', async () => {
    const withMark = await openFixture('table-utf8-bom.csv');
    const withoutMark = await openFixture('table-utf8.csv');
    expect([withMark.encoding, withoutMark.encoding]).toEqual(['utf-8-bom', 'utf-8']);
    expect(withMark.header).toEqual(HEADER); // the mark does not stick to the first column name
    expect(await allRows(withMark)).toEqual(ROWS);
    expect(await allRows(withoutMark)).toEqual(ROWS);
  });

  it('reads a comma-separated file with Unix line ends', async () => {
    const table = await openFixture('table-comma.csv');
    expect(table.delimiter).toBe(',');
    expect(await allRows(table)).toEqual(ROWS);
  });

  it('keeps a separator, a line break and doubled quotes inside quoted values, and the rows counted as Excel shows them', async () => {
    const table = await openFixture('quoted-fields.csv');
    expect(await allRows(table)).toEqual([
      { rowNumber: 2, cells: ['2025', 'Amt 32; Bürger-\nbüro', 'headcount', '48'] },
      { rowNumber: 3, cells: ['2025', 'AMT "32"', 'respondents', '31'] }, // line 4 of the text
    ]);
  });

  it('skips blank rows and rows of separators only, and numbers the others as a spreadsheet does', async () => {
    const table = await openFixture('blank-rows.csv');
    expect(table.header).toEqual(['period', 'unit', 'count']);
    expect(await allRows(table)).toEqual([
      { rowNumber: 3, cells: ['2025', 'A', '1'] },
      { rowNumber: 6, cells: ['2025', 'B', '2'] },
    ]);
  });

  it('can read the rows again, from the top', async () => {
    const table = await openFixture('table-utf8.csv');
    expect(await allRows(table)).toEqual(ROWS);
    expect(await allRows(table)).toEqual(ROWS);
  });

  it('refuses a row with more fields than the header, naming the row', async () => {
    const table = await openFixture('wrong-field-count.csv');
    const problems = await refusalOf(allRows(table));
    expect(problems).toEqual([jasmine.objectContaining({ code: 'wrong_field_count', row: 3, severity: 'error' })]);
    expect(problems[0].message.de).toBe(
      'Zeile 3 hat 4 Felder, die Kopfzeile 3. Enthält ein Wert ein Semikolon (;) ohne Anführungszeichen?',
    );
  });

  it('refuses a quote that never closes, naming the row where it opens', async () => {
    const table = await openFixture('unclosed-quote.csv');
    expect(await refusalOf(allRows(table))).toEqual([jasmine.objectContaining({ code: 'invalid_quotes', row: 3 })]);
  });

  it('refuses a value in a column without a name', async () => {
    const table = await openFixture('value-without-column-name.csv');
    expect(table.header).toEqual(['period', 'unit', 'count']);
    expect(await refusalOf(allRows(table))).toEqual([
      jasmine.objectContaining({ code: 'value_without_column_name', row: 3, column: 'E', value: 'oops' }),
    ]);
  });

  it('refuses a tab-separated file, saying that tabs are not accepted', async () => {
    const problems = await refusalOf(openFixture('table-tabs.csv'));
    expect(problems).toEqual([jasmine.objectContaining({ code: 'unknown_delimiter', row: 1 })]);
    expect(problems[0].message.en).toContain('Tabs are not accepted.');
  });

  describe('with files written for the test', () => {
    let scratch: Awaited<ReturnType<typeof scratchFolder>>;
    beforeEach(async () => (scratch = await scratchFolder()));
    afterEach(() => scratch.remove());

    const open = async (content: Uint8Array | string) =>
      openUploadTable(
        { path: await scratch.write('upload.csv', content), originalName: 'upload.csv' },
        { maxBytes: TWENTY_MEGABYTES },
      );

    it('serves the same rows in batches, for large files', async () => {
      const table = await open(
        `period;unit;count\r\n${Array.from({ length: 5000 }, (_, index) => `2025;AMT-${index};${index}\r\n`).join('')}`,
      );
      const batches = [];
      for await (const batch of table.rowBatches()) batches.push(batch);
      expect(batches.length).toBeGreaterThan(1);
      const rows = batches.flatMap((batch) =>
        batch.cells.map((cells, index) => ({ rowNumber: batch.rowNumbers[index], cells })),
      );
      expect(rows).toEqual(await allRows(table));
      expect(rows.length).toBe(5000);
    });

    it('refuses a header with as many semicolons as commas', async () => {
      expect(await refusalOf(open('period;unit,count\r\n2025;A,1\r\n'))).toEqual([
        jasmine.objectContaining({ code: 'unknown_delimiter', row: 1, value: 'period;unit,count' }),
      ]);
    });

    it('refuses a file that turns out not to be UTF-8 after its first 64 KiB, naming the row and cell', async () => {
      const asciiRows = Array.from({ length: 4000 }, (_, index) => `2025;AMT-${index};12\r\n`).join('');
      const content = Buffer.concat([
        Buffer.from(`period;unit;count\r\n${asciiRows}`),
        Buffer.from('2025;B\xfcrgerb\xfcro;3\r\n', 'latin1'), // Windows-1252, not UTF-8
      ]);
      expect(content.indexOf(0xfc)).toBeGreaterThan(64 * 1024);
      const table = await open(content);
      expect(table.encoding).toBe('utf-8');
      let rowsRead = 0;
      const problems = await refusalOf(
        (async () => {
          for await (const _ of table.rows()) rowsRead++;
        })(),
      );
      expect(rowsRead).toBe(4000);
      expect(problems).toEqual([
        jasmine.objectContaining({
          code: 'invalid_encoding',
          row: 4002,
          column: 'B (unit)',
          value: 'B\uFFFDrgerb\uFFFDro',
        }),
      ]);
    });
  });
});
