import type { UploadProblem } from '@vielfalt/contracts';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import type { ApiClient } from '../testing/api-client';
import { startTestApp, type TestApp } from '../testing/test-app';
import { defineTestCatalogue, UPLOAD_HEADER, VALID_2025 } from '../testing/upload-fixture';

/** VALID_2025 with one line replaced (1-based line number as a spreadsheet shows it). */
const withLine = (line: number, text: string) =>
  VALID_2025.split('\n')
    .map((original, index) => (index + 1 === line ? text : original))
    .join('\n');
const firstError = (problems: UploadProblem[]) => problems.find((problem) => problem.severity === 'error');

describe('HR uploads survey aggregates', () => {
  let testApp: TestApp;
  let hr: ApiClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    await defineTestCatalogue(await testApp.signedIn('stabsstelle'));
    hr = await testApp.signedIn('hr');
  });
  afterAll(() => testApp.close());

  async function rawCellCount(): Promise<number> {
    const db = new Client({ connectionString: testApp.databaseUrl });
    await db.connect();
    try {
      return Number((await db.query('SELECT COUNT(*) AS n FROM raw_cell')).rows[0].n);
    } finally {
      await db.end();
    }
  }

  it('checks a clean file without making it current, then commits it', async () => {
    const checked = await hr.upload('/api/uploads', VALID_2025, 'befragung-2025.csv');
    expect(checked.status).toBe(201);
    expect(checked.body).toEqual(
      jasmine.objectContaining({
        status: 'checked',
        periodKey: '2025',
        dataRows: 36,
        unitCount: 3,
        errorCount: 0,
        current: false,
      }),
    );
    expect(checked.body.sha256).toMatch(/^[0-9a-f]{64}$/);

    const committed = await hr.post(`/api/uploads/${checked.body.id}/commit`);
    expect(committed.status).toBe(201);
    expect(committed.body).toEqual(jasmine.objectContaining({ status: 'committed', current: true, committedBy: 'hr' }));

    const council = await testApp.signedIn('council');
    const actions = (await council.get('/api/audit-events?pageSize=200')).body.items.map(
      (e: { action: string }) => e.action,
    );
    expect(actions).toContain('upload.check');
    expect(actions).toContain('upload.commit');
  });

  const RULES: { rule: string; file: string; code: string; row: number | null; column: string | null }[] = [
    {
      rule: 'an unknown period',
      file: VALID_2025.replace(/^2025;/gm, '2031;'),
      code: 'unknown_period',
      row: 2,
      column: 'A (period)',
    },
    {
      rule: 'a second period in the file',
      file: withLine(5, '2024;A-10;answers;;migration_history;ohne;;;15'),
      code: 'period_mismatch',
      row: 5,
      column: 'A (period)',
    },
    {
      rule: 'an unknown unit',
      file: withLine(3, '2025;A-99;respondents;;;;;;25'),
      code: 'unknown_unit',
      row: 3,
      column: 'B (unit)',
    },
    {
      rule: 'a unit that has ended before the reference date',
      file: withLine(24, '2025;A-12;headcount;;;;;;15'),
      code: 'unit_not_valid',
      row: 24,
      column: 'B (unit)',
    },
    {
      rule: 'a unit with sub-units',
      file: withLine(2, '2025;D1;headcount;;;;;;40'),
      code: 'unit_has_sub_units',
      row: 2,
      column: 'B (unit)',
    },
    {
      rule: 'an unknown measure',
      file: withLine(2, '2025;A-10;staff;;;;;;40'),
      code: 'unknown_measure',
      row: 2,
      column: 'C (measure)',
    },
    {
      rule: 'an unknown attribute value',
      file: withLine(9, '2025;A-10;headcount;hoechster_dienst;;;;;12'),
      code: 'unknown_attribute_value',
      row: 9,
      column: 'D (career_group)',
    },
    {
      rule: 'an unknown category',
      file: withLine(4, '2025;A-10;answers;;migration_history;vielleicht;;;8'),
      code: 'unknown_category',
      row: 4,
      column: 'F (category)',
    },
    {
      rule: 'an unknown dimension',
      file: withLine(4, '2025;A-10;answers;;religion;mit;;;8'),
      code: 'unknown_dimension',
      row: 4,
      column: 'E (dimension)',
    },
    {
      rule: 'a count that is not a whole number',
      file: withLine(2, '2025;A-10;headcount;;;;;;40,5'),
      code: 'not_a_whole_number',
      row: 2,
      column: 'I (count)',
    },
    {
      rule: 'a negative count',
      file: withLine(4, '2025;A-10;answers;;migration_history;mit;;;-8'),
      code: 'negative_count',
      row: 4,
      column: 'I (count)',
    },
    {
      rule: 'an absurd count',
      file: withLine(2, '2025;A-10;headcount;;;;;;4000000'),
      code: 'absurd_count',
      row: 2,
      column: 'I (count)',
    },
    {
      rule: 'a duplicate row',
      file: `${VALID_2025}\n2025;A-13;answers;;migration_history;keine_angabe;;;1`,
      code: 'duplicate_row',
      row: 38,
      column: null,
    },
    {
      rule: 'single-choice counts that do not add up to the respondents',
      file: withLine(5, '2025;A-10;answers;;migration_history;ohne;;;14'),
      code: 'single_choice_sum_mismatch',
      row: 4,
      column: 'I (count)',
    },
    {
      rule: 'respondents above headcount',
      file: withLine(15, '2025;A-11;respondents;;;;;;10'),
      code: 'respondents_exceed_headcount',
      row: 15,
      column: 'I (count)',
    },
    {
      rule: 'a multi-choice count above the respondents',
      file: withLine(7, '2025;A-10;answers;;languages;deutsch;;;26'),
      code: 'multi_choice_exceeds_respondents',
      row: 7,
      column: 'I (count)',
    },
    {
      rule: 'a unit without its total headcount',
      file: withLine(23, '2025;A-13;headcount;gehobener_dienst;;;;;15'),
      code: 'missing_total',
      row: 23,
      column: 'B (unit)',
    },
    {
      rule: 'a unit with respondents but without a single-choice dimension the other units send',
      file: VALID_2025.split('\n')
        .filter((_, index) => index + 1 < 25 || index + 1 > 27)
        .join('\n'),
      code: 'missing_answers',
      row: 23,
      column: 'B (unit)',
    },
    {
      rule: 'a unit with respondents but without a cross-tab the other units send',
      file: VALID_2025.split('\n')
        .filter((line) => !(line.startsWith('2025;A-13;') && line.includes(';gender_identity;')))
        .join('\n'),
      code: 'missing_cross_tab',
      row: 23,
      column: 'B (unit)',
    },
    {
      rule: 'a cross-tab whose margins contradict the one-dimension counts',
      file: withLine(21, '2025;A-11;answers;;migration_history;mit;gender_identity;maennlich;3'),
      code: 'cross_tab_margin_mismatch',
      row: 19,
      column: 'I (count)',
    },
    {
      rule: 'a cross-tab of a multi-choice dimension',
      file: withLine(19, '2025;A-11;answers;;migration_history;mit;languages;deutsch;1'),
      code: 'cross_tab_needs_single_choice',
      row: 19,
      column: 'G (dimension_2)',
    },
    {
      rule: 'an unknown column',
      file: VALID_2025.replace(UPLOAD_HEADER, `${UPLOAD_HEADER};bemerkung`).replace(/;(\d+)$/gm, ';$1;'),
      code: 'unknown_column',
      row: 1,
      column: 'J (bemerkung)',
    },
  ];

  for (const { rule, file, code, row, column } of RULES) {
    it(`refuses ${rule}, naming row and column`, async () => {
      const response = await hr.upload('/api/uploads', file, 'fehlerhaft.csv');
      expect(response.status).toBe(201);
      expect(response.body.status).toBe('rejected');
      const error = firstError(response.body.problems);
      expect(error).toEqual(jasmine.objectContaining({ code, row, column }));
      expect(error?.message.de.length).toBeGreaterThan(10);
      expect(error?.message.en.length).toBeGreaterThan(10);
      expect((await hr.post(`/api/uploads/${response.body.id}/commit`)).status).toBe(409);
    });
  }

  it('stores nothing of a large file whose very last row is wrong', async () => {
    const before = await rawCellCount();
    const rows = [UPLOAD_HEADER];
    for (let i = 0; i < 20_000; i++) rows.push(`2025;A-10;answers;gehobener_dienst;languages;deutsch;;;${i % 9}`);
    rows.push('2025;A-10;headcount;;;;;;nicht-zahl');
    const response = await hr.upload('/api/uploads', rows.join('\n'), 'gross.csv');
    expect(response.body.status).toBe('rejected');
    expect(response.body.errorCount).toBeGreaterThan(0);
    expect(await rawCellCount()).toBe(before);
  });

  it('stores nothing of a file whose rows are all valid but whose sums do not add up', async () => {
    // The cells are written while the file is read; a sum found wrong at the end must undo them.
    const before = await rawCellCount();
    const response = await hr.upload('/api/uploads', withLine(3, '2025;A-10;respondents;;;;;;26'), 'summen.csv');
    expect(response.body.status).toBe('rejected');
    expect(response.body.problems.map((problem: { code: string }) => problem.code)).toContain(
      'single_choice_sum_mismatch',
    );
    expect(await rawCellCount()).toBe(before);
  });

  it('reads a comma-separated Windows-1252 file as German Excel writes it', async () => {
    const text = withLine(3, '2025;Bürgeramt;respondents;;;;;;25').replace(/;/g, ',');
    const response = await hr.upload('/api/uploads', Buffer.from(text, 'latin1'), 'excel.csv');
    expect(firstError(response.body.problems)).toEqual(
      jasmine.objectContaining({ code: 'unknown_unit', value: 'Bürgeramt', row: 3 }),
    );
  });

  it('refuses an empty file and a file that only pretends to be XLSX', async () => {
    const empty = await hr.upload('/api/uploads', '', 'leer.csv');
    expect(empty.body.status).toBe('rejected');
    expect(empty.body.problems[0].code).toBe('empty_file');
    const fake = await hr.upload('/api/uploads', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]), 'daten.xlsx');
    expect(fake.body.status).toBe('rejected');
  });

  it('lets one of two commits for the same period win and refuses the other as a conflict', async () => {
    const first = await hr.upload('/api/uploads', withLine(2, '2025;A-10;headcount;;;;;;41'), 'a.csv');
    const second = await hr.upload('/api/uploads', withLine(2, '2025;A-10;headcount;;;;;;42'), 'b.csv');
    const results = await Promise.all([
      hr.post(`/api/uploads/${first.body.id}/commit`),
      hr.post(`/api/uploads/${second.body.id}/commit`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.status === 409);
    expect(loser?.body.code).toBe('conflict');
    expect(loser?.body.message).toContain('Check the file again');
  });

  it('compares two uploads and rolls the period back to the earlier one', async () => {
    const v1 = await hr.upload('/api/uploads', VALID_2025, 'v1.csv');
    expect((await hr.post(`/api/uploads/${v1.body.id}/commit`)).status).toBe(201);
    const v2 = await hr.upload('/api/uploads', withLine(14, '2025;A-11;headcount;;;;;;11'), 'v2.csv');
    expect((await hr.post(`/api/uploads/${v2.body.id}/commit`)).status).toBe(201);

    const diff = await hr.get(`/api/uploads/${v1.body.id}/diff/${v2.body.id}`);
    expect(diff.body.differences).toEqual([
      { unit: 'A-11', measure: 'headcount', attributes: '', category: null, category2: null, before: 9, after: 11 },
    ]);

    const rolledBack = await hr.post(`/api/uploads/${v1.body.id}/rollback`);
    expect(rolledBack.status).toBe(201);
    const history = (await hr.get('/api/uploads?period=2025')).body as { id: string; current: boolean }[];
    expect(history.find((u) => u.id === v1.body.id)?.current).toBeTrue();
    expect(history.find((u) => u.id === v2.body.id)?.current).toBeFalse();
    expect((await hr.post(`/api/uploads/${v1.body.id}/rollback`)).status).toBe(409);
  });
});

describe('HR uploads as XLSX, and the size limit', () => {
  let testApp: TestApp;
  let hr: ApiClient;

  beforeAll(async () => {
    testApp = await startTestApp({ UPLOAD_MAX_MEGABYTES: '1' });
    await defineTestCatalogue(await testApp.signedIn('stabsstelle'));
    hr = await testApp.signedIn('hr');
  });
  afterAll(() => testApp.close());

  async function asXlsx(csv: string, edit?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Daten');
    for (const line of csv.split('\n')) {
      sheet.addRow(line.split(';').map((cell, index) => (index === 8 && /^\d+$/.test(cell) ? Number(cell) : cell)));
    }
    edit?.(sheet);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('reads numbers and the saved results of formulas', async () => {
    const file = await asXlsx(VALID_2025, (sheet) => {
      sheet.getCell('I2').value = { formula: '20+20', result: 40 };
    });
    const report = await hr.upload('/api/uploads', file, 'befragung.xlsx');
    expect(report.body.problems).toEqual([]);
    expect(report.body.status).toBe('checked');
  });

  it('refuses a formula without a saved result, naming the cell', async () => {
    const file = await asXlsx(VALID_2025, (sheet) => {
      sheet.getCell('I3').value = { formula: 'I2*0.6', result: undefined } as ExcelJS.CellFormulaValue;
    });
    const report = await hr.upload('/api/uploads', file, 'formel.xlsx');
    expect(report.body.status).toBe('rejected');
    expect(firstError(report.body.problems)).toEqual(
      jasmine.objectContaining({ code: 'formula_without_value', sheet: 'Daten', row: 3 }),
    );
  });

  it('refuses a file over the size limit with payload_too_large', async () => {
    const big = `${UPLOAD_HEADER}\n${'2025;A-10;headcount;;;;;;40\n'.repeat(40_000)}`;
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const response = await hr.upload('/api/uploads', big, 'zu-gross.csv');
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
  });
});
