import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { ApiError, CatalogueView, UploadDiff, UploadProblem, UploadReport, UploadView } from '@vielfalt/contracts';
import { apiErrorInterceptor } from '@vielfalt/web-data-access';
import { ActiveLanguage, provideI18n } from '@vielfalt/web-i18n';
import { UploadPage } from './upload-page';

// Test-only catalogue and uploads; no real data.
const catalogue: CatalogueView = {
  periods: [
    { key: '2024', label: 'Testwelle 2024', referenceDate: '2024-06-30', status: 'published' },
    { key: '2025', label: 'Testwelle 2025', referenceDate: '2025-06-30', status: 'open' },
  ],
  attributes: [],
  dimensions: [],
};

const upload = (id: string, changes: Partial<UploadView> = {}): UploadView => ({
  id,
  periodKey: '2025',
  fileName: `${id}.csv`,
  fileFormat: 'csv',
  sha256: 'ab'.repeat(32),
  bytes: 2048,
  uploadedBy: 'Test HR',
  uploadedAt: '2026-03-02T09:15:00Z',
  status: 'checked',
  dataRows: 120,
  unitCount: 4,
  errorCount: 0,
  warningCount: 0,
  committedAt: null,
  committedBy: null,
  current: false,
  ...changes,
});

const problem = (severity: UploadProblem['severity'], row: number, column: string, de: string): UploadProblem => ({
  severity,
  code: 'test_problem',
  sheet: 'Daten',
  row,
  column,
  value: '-3',
  message: { de, en: `EN: ${de}` },
});

const rejected: UploadReport = {
  ...upload('rejected-1', { status: 'rejected', errorCount: 2, warningCount: 1 }),
  problems: [
    problem('error', 7, 'I (count)', 'Die Anzahl muss eine ganze Zahl ≥ 0 sein.'),
    problem('error', 9, 'B (unit)', 'Unbekannte Einheit.'),
    problem('warning', 12, 'F (dimension)', 'Die Kategorie fehlt.'),
  ],
};
const checked: UploadReport = { ...upload('checked-1'), problems: [] };

const history: UploadView[] = [
  upload('newest', { uploadedAt: '2026-03-03T10:00:00Z', status: 'rejected', errorCount: 3 }),
  upload('middle', {
    uploadedAt: '2026-03-02T10:00:00Z',
    status: 'committed',
    committedAt: '2026-03-02T10:05:00Z',
    current: true,
  }),
  upload('oldest', { uploadedAt: '2026-03-01T10:00:00Z', status: 'committed', committedAt: '2026-03-01T10:05:00Z' }),
];

describe('UploadPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<UploadPage>;
  let element: HTMLElement;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  async function render(period: string | undefined, uploads: UploadView[] = history) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiErrorInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        provideI18n(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UploadPage);
    element = fixture.nativeElement as HTMLElement;
    if (period) fixture.componentRef.setInput('period', period);
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/catalogue' }).flush(catalogue);
    await settle();
    const periodShown = period && catalogue.periods.some((known) => known.key === period) ? period : '2025';
    http.expectOne({ method: 'GET', url: `/api/uploads?period=${periodShown}` }).flush(uploads);
    await settle();
  }

  afterEach(() => {
    http.verify();
    localStorage.clear();
    document.documentElement.lang = 'de';
  });

  const byTestId = <T extends Element = HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`);
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const cellsOf = (table: Element | null) =>
    [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.children].map((cell) => text(cell)));

  async function checkFile(answer: UploadReport | { error: ApiError; status: number }) {
    const input = byTestId<HTMLInputElement>('upload-file');
    if (!input) throw new Error('no file input');
    const files = new DataTransfer();
    files.items.add(new File(['period;unit;measure;count\n'], 'personal-2025.csv', { type: 'text/csv' }));
    input.files = files.files;
    byTestId<HTMLButtonElement>('upload-check')?.click();
    const request = http.expectOne({ method: 'POST', url: '/api/uploads' });
    expect(((request.request.body as FormData).get('file') as File).name).toBe('personal-2025.csv');
    if ('error' in answer) request.flush(answer.error, { status: answer.status, statusText: 'Refused' });
    else request.flush(answer);
    await settle();
    if (!('error' in answer)) {
      http.expectOne(`/api/uploads?period=2025`).flush(history);
      await settle();
    }
  }

  it('shows the period from the URL, with its template links and its history', async () => {
    await render('2024');

    expect(byTestId<HTMLSelectElement>('upload-period')?.value).toBe('2024');
    expect(byTestId('template-xlsx')?.getAttribute('href')).toBe('/api/uploads/template?period=2024&format=xlsx');
    expect(byTestId('template-csv')?.getAttribute('href')).toBe('/api/uploads/template?period=2024&format=csv');
    expect(byTestId('template-csv')?.hasAttribute('download')).toBeTrue();
    expect(byTestId('upload-history')?.querySelector('caption')?.textContent).toContain('Uploads der Welle 2024');
  });

  it('starts with the newest period and keeps a chosen period in the URL', async () => {
    await render(undefined);
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);

    const select = byTestId<HTMLSelectElement>('upload-period');
    expect(select?.value).toBe('2025');
    expect([...(select?.options ?? [])].map((option) => option.value)).toEqual(['2025', '2024']);
    if (!select) throw new Error('no period select');
    select.value = '2024';
    select.dispatchEvent(new Event('change'));

    expect(navigate.calls.mostRecent().args[1]).toEqual(
      jasmine.objectContaining({ queryParams: { period: '2024' }, queryParamsHandling: 'merge' }),
    );
  });

  it('lists errors and warnings apart, each with sheet, row, column, value and the German message', async () => {
    await render('2025');

    await checkFile(rejected);

    expect(text(byTestId('upload-status'))).toBe('abgelehnt');
    expect(text(byTestId('upload-error-count'))).toBe('2');
    expect(cellsOf(byTestId('upload-errors'))).toEqual([
      ['Daten', '7', 'I (count)', '-3', 'Die Anzahl muss eine ganze Zahl ≥ 0 sein.'],
      ['Daten', '9', 'B (unit)', '-3', 'Unbekannte Einheit.'],
    ]);
    expect(cellsOf(byTestId('upload-warnings'))).toEqual([
      ['Daten', '12', 'F (dimension)', '-3', 'Die Kategorie fehlt.'],
    ]);
    expect(byTestId('upload-errors')?.querySelector('caption')).not.toBeNull();
    expect(byTestId('upload-errors')?.querySelectorAll('thead th[scope="col"]').length).toBe(5);
    expect(document.activeElement?.id).toBe('report-title');
  });

  it('offers no commit for a file with errors', async () => {
    await render('2025');

    await checkFile(rejected);

    expect(byTestId('upload-commit')).toBeNull();
  });

  it('says how many problems there are when the server lists only the first ones', async () => {
    await render('2025');

    await checkFile({ ...rejected, errorCount: 1500 });

    expect(text(byTestId('upload-errors')?.querySelector('caption'))).toBe(
      'Fehler in der Datei: 1.500 Aufgeführt sind die ersten 2 von 1.500.',
    );
  });

  it('shows the server’s messages in English when the UI speaks English', async () => {
    await render('2025');
    await TestBed.inject(ActiveLanguage).switchTo('en');

    await checkFile(rejected);

    expect(text(byTestId('upload-status'))).toBe('rejected');
    expect(cellsOf(byTestId('upload-warnings'))[0][4]).toBe('EN: Die Kategorie fehlt.');
  });

  it('asks for a file before checking', async () => {
    await render('2025');

    byTestId<HTMLButtonElement>('upload-check')?.click();
    await settle();

    expect(text(element.querySelector('#upload-file-error'))).toBe('Bitte wählen Sie eine Datei.');
    expect(element.querySelector('#upload-file')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/uploads');
  });

  it('reports a file that is too large in words', async () => {
    await render('2025');

    await checkFile({ error: { code: 'payload_too_large', message: 'File too large' }, status: 413 });

    expect(text(byTestId('upload-check-error'))).toBe('Die Datei ist zu groß.');
    expect(byTestId('upload-check-error')?.getAttribute('role')).toBe('alert');
  });

  it('commits a checked file and says so', async () => {
    await render('2025');
    await checkFile(checked);

    expect(text(byTestId('upload-status'))).toBe('geprüft');
    byTestId<HTMLButtonElement>('upload-commit')?.click();
    http
      .expectOne({ method: 'POST', url: '/api/uploads/checked-1/commit' })
      .flush(upload('checked-1', { status: 'committed', current: true, committedAt: '2026-03-02T09:20:00Z' }));
    await settle();
    http.expectOne('/api/uploads?period=2025').flush(history);
    await settle();

    expect(text(byTestId('upload-committed'))).toBe(
      'Übernommen: Die Zahlen aus „checked-1.csv“ sind jetzt die aktuellen Daten der Welle 2025.',
    );
    expect(text(byTestId('upload-status'))).toBe('übernommen');
    expect(byTestId('upload-commit')).toBeNull();
  });

  it('shows a refused commit as an alert that says to check the file again', async () => {
    await render('2025');
    await checkFile(checked);

    byTestId<HTMLButtonElement>('upload-commit')?.click();
    http
      .expectOne('/api/uploads/checked-1/commit')
      .flush({ code: 'conflict', message: 'Check the file again, then commit.' } satisfies ApiError, {
        status: 409,
        statusText: 'Conflict',
      });
    await settle();
    http.expectOne('/api/uploads?period=2025').flush(history);
    await settle();

    const alert = byTestId('upload-commit-error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(text(alert)).toContain('Bitte prüfen Sie die Datei erneut.');
    expect(byTestId('upload-committed')).toBeNull();
  });

  it('marks the current upload in the history and translates the status', async () => {
    await render('2025');

    const rows = cellsOf(byTestId('upload-history'));
    expect(rows.map((row) => row[1])).toEqual(['newest.csv', 'middle.csv', 'oldest.csv']);
    expect(rows.map((row) => row[3])).toEqual(['abgelehnt', 'übernommen', 'übernommen']);
    expect(rows.map((row) => row[6])).toEqual(['nein', 'ja', 'nein']);
    expect(rows[0][0]).toMatch(/^0?3\.03\.2026, \d{2}:00:00$/);
    expect(rows[0][5]).toBe('3 / 0');
  });

  it('offers to roll back to committed uploads only', async () => {
    await render('2025');

    const rollBackable = [...element.querySelectorAll('[data-testid="upload-history"] tbody tr')].map(
      (row) => row.querySelector('[data-testid="history-rollback"]') !== null,
    );
    expect(rollBackable).toEqual([false, true, true]);
  });

  it('loads the report of an upload of the history', async () => {
    await render('2025');

    element.querySelector<HTMLButtonElement>('[data-upload-id="newest"] [data-testid="history-report"]')?.click();
    http.expectOne({ method: 'GET', url: '/api/uploads/newest' }).flush(rejected);
    await settle();

    expect(text(byTestId('upload-status'))).toBe('abgelehnt');
    expect(cellsOf(byTestId('upload-errors')).length).toBe(2);
  });

  it('compares two chosen uploads from the older to the newer', async () => {
    await render('2025');
    const compare = (id: string) =>
      element.querySelector<HTMLButtonElement>(`[data-upload-id="${id}"] [data-testid="history-compare"]`);

    compare('middle')?.click();
    await settle();
    expect(compare('middle')?.getAttribute('aria-pressed')).toBe('true');
    expect(text(byTestId('upload-compare-hint'))).toContain('„middle.csv“ ist zum Vergleich gewählt.');

    compare('oldest')?.click();
    const diff: UploadDiff = {
      from: 'oldest',
      to: 'middle',
      unchanged: 40,
      differenceCount: 2,
      differences: [
        {
          unit: 'TEST-1',
          measure: 'answers',
          attributes: 'career_group=gehobener_dienst',
          category: 'migration_history:mit',
          category2: null,
          before: 4,
          after: 5,
        },
        {
          unit: 'TEST-2',
          measure: 'headcount',
          attributes: '',
          category: null,
          category2: null,
          before: null,
          after: 12,
        },
      ],
    };
    http.expectOne({ method: 'GET', url: '/api/uploads/oldest/diff/middle' }).flush(diff);
    await settle();

    expect(text(byTestId('upload-diff-summary'))).toContain('2 Unterschiede, 40 Werte unverändert');
    expect(cellsOf(byTestId('upload-diff'))).toEqual([
      ['TEST-1', 'Antworten', 'career_group=gehobener_dienst', 'migration_history:mit', '4', '5'],
      ['TEST-2', 'Beschäftigte', 'gesamt', '–', 'fehlt', '12'],
    ]);
    expect(compare('middle')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('opens the report and the comparison that the address names (reloaded, bookmarked or shared)', async () => {
    await render('2025');
    const emptyDiff: UploadDiff = { from: 'oldest', to: 'middle', unchanged: 42, differenceCount: 0, differences: [] };

    fixture.componentRef.setInput('report', 'newest');
    await settle();
    http.expectOne({ method: 'GET', url: '/api/uploads/newest' }).flush(rejected);
    fixture.componentRef.setInput('compare', 'oldest~middle');
    await settle();
    http.expectOne({ method: 'GET', url: '/api/uploads/oldest/diff/middle' }).flush(emptyDiff);
    await settle();

    expect(text(byTestId('upload-status'))).toBe('abgelehnt');
    expect(text(byTestId('upload-diff-summary'))).toContain('42 Werte unverändert');
  });

  it('keeps the report it opens and the comparison in the address, and takes the comparison out when closed', async () => {
    await render('2025');
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    const button = (id: string, action: string) =>
      element.querySelector<HTMLButtonElement>(`[data-upload-id="${id}"] [data-testid="history-${action}"]`);

    button('newest', 'report')?.click();
    expect(navigate.calls.mostRecent().args[1]).toEqual(
      jasmine.objectContaining({ queryParams: { report: 'newest' }, queryParamsHandling: 'merge' }),
    );
    // The router binds the address it set while the report is on its way: it is not requested a second time.
    fixture.componentRef.setInput('report', 'newest');
    await settle();
    http.expectOne({ method: 'GET', url: '/api/uploads/newest' }).flush({ ...rejected, id: 'newest' });
    await settle();

    button('middle', 'compare')?.click();
    await settle();
    button('oldest', 'compare')?.click();
    http
      .expectOne({ method: 'GET', url: '/api/uploads/oldest/diff/middle' })
      .flush({ from: 'oldest', to: 'middle', unchanged: 42, differenceCount: 0, differences: [] });
    await settle();
    expect(navigate.calls.mostRecent().args[1]).toEqual(
      jasmine.objectContaining({ queryParams: { compare: 'oldest~middle' } }),
    );

    byTestId<HTMLButtonElement>('upload-diff-close')?.click();
    await settle();
    expect(navigate.calls.mostRecent().args[1]).toEqual(jasmine.objectContaining({ queryParams: { compare: null } }));
    expect(byTestId('upload-diff-summary')).toBeNull();
  });

  it('rolls back only after the dialog is confirmed', async () => {
    await render('2025');

    element.querySelector<HTMLButtonElement>('[data-upload-id="oldest"] [data-testid="history-rollback"]')?.click();
    await settle();
    const dialog = element.querySelector<HTMLDialogElement>('dialog');
    expect(dialog?.open).toBeTrue();
    expect(text(dialog)).toContain('„oldest.csv“');
    http.expectNone('/api/uploads/oldest/rollback');

    byTestId<HTMLButtonElement>('upload-rollback-confirm')?.click();
    http
      .expectOne({ method: 'POST', url: '/api/uploads/oldest/rollback' })
      .flush(upload('oldest', { status: 'committed' }));
    await settle();
    http.expectOne('/api/uploads?period=2025').flush(history);
    await settle();

    expect(dialog?.open).toBeFalse();
    expect(text(byTestId('upload-rolled-back'))).toBe('Die Welle 2025 steht wieder auf dem Stand nach „oldest.csv“.');
  });

  it('does not roll back when the dialog is cancelled', async () => {
    await render('2025');

    element.querySelector<HTMLButtonElement>('[data-upload-id="middle"] [data-testid="history-rollback"]')?.click();
    await settle();
    [...element.querySelectorAll<HTMLButtonElement>('dialog button')][0].click();
    await settle();

    expect(element.querySelector<HTMLDialogElement>('dialog')?.open).toBeFalse();
    http.expectNone('/api/uploads/middle/rollback');
  });

  it('says when a roll-back would change nothing', async () => {
    await render('2025');

    element.querySelector<HTMLButtonElement>('[data-upload-id="middle"] [data-testid="history-rollback"]')?.click();
    await settle();
    byTestId<HTMLButtonElement>('upload-rollback-confirm')?.click();
    http
      .expectOne('/api/uploads/middle/rollback')
      .flush({ code: 'conflict', message: 'Nothing would change.' } satisfies ApiError, {
        status: 409,
        statusText: 'Conflict',
      });
    await settle();
    http.expectOne('/api/uploads?period=2025').flush(history);
    await settle();

    expect(byTestId('upload-rollback-error')?.getAttribute('role')).toBe('alert');
    expect(text(byTestId('upload-rollback-error'))).toBe(
      'Nichts zu tun: Die Daten der Welle stehen bereits auf diesem Stand.',
    );
  });
});
