import ExcelJS from 'exceljs';
import type { ApiClient } from '../testing/api-client';
import { startTestApp, type TestApp } from '../testing/test-app';
import { defineTestCatalogue } from '../testing/upload-fixture';

/** Fills every empty count the way HR would: 10 staff, 5 respondents, all "keine Angabe", 0 otherwise. */
function fillCount(measure: string, category: string): number {
  if (measure === 'headcount') return 10;
  if (measure === 'respondents') return 5;
  return category === 'keine_angabe' ? 5 : 0;
}

describe('the upload template', () => {
  let testApp: TestApp;
  let hr: ApiClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    await defineTestCatalogue(await testApp.signedIn('stabsstelle'));
    hr = await testApp.signedIn('hr');
  });
  afterAll(() => testApp.close());

  it('comes as XLSX with the data sheet first, the lists and instructions, for the reporting units only', async () => {
    const response = await hr.agentGet('/api/uploads/template?period=2025&format=xlsx').responseType('blob');
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toContain('vorlage-2025.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Daten',
      'Einheiten',
      'Kategorien',
      'Strukturmerkmale',
      'Anleitung',
    ]);
    const data = workbook.getWorksheet('Daten');
    expect(data?.getRow(1).values).toEqual([
      undefined,
      'period',
      'unit',
      'measure',
      'career_group',
      'dimension',
      'category',
      'dimension_2',
      'category_2',
      'count',
    ]);
    const units = new Set<string>();
    data?.eachRow((row, number) => number > 1 && units.add(String(row.getCell(2).value)));
    expect([...units].sort()).toEqual(['A-10', 'A-11', 'A-13']);
  });

  it('filled in and saved as XLSX, passes the check and can be committed', async () => {
    const response = await hr.agentGet('/api/uploads/template?period=2025&format=xlsx').responseType('blob');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    workbook.getWorksheet('Daten')?.eachRow((row, number) => {
      if (number > 1)
        row.getCell(9).value = fillCount(String(row.getCell(3).value), String(row.getCell(6).value ?? ''));
    });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const report = await hr.upload('/api/uploads', filled, 'ausgefuellt.xlsx');
    expect(report.body.problems).toEqual([]);
    expect(report.body).toEqual(jasmine.objectContaining({ status: 'checked', fileFormat: 'xlsx', unitCount: 3 }));
    expect((await hr.post(`/api/uploads/${report.body.id}/commit`)).status).toBe(201);
  });

  it('filled in as a German CSV (semicolons, byte-order mark), passes the check', async () => {
    const response = await hr.get('/api/uploads/template?period=2024&format=csv');
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const filled = lines.map((line, index) => {
      if (index === 0) return line;
      const cells = line.split(';');
      cells[cells.length - 1] = String(fillCount(cells[2], cells[5]));
      return cells.join(';');
    });
    const report = await hr.upload('/api/uploads', `\uFEFF${filled.join('\r\n')}`, 'ausgefuellt.csv');
    expect(report.body.problems).toEqual([]);
    expect(report.body.status).toBe('checked');
    expect(report.body.unitCount).toBe(3); // A-12 ended with 2023: report
  });

  it('answers an unknown period with not_found', async () => {
    const response = await hr.get('/api/uploads/template?period=1999');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('not_found');
  });
});
