import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { ApiError, CatalogueView, OrgUnitDefinition } from '@vielfalt/contracts';
import { apiErrorInterceptor } from '@vielfalt/web-data-access';
import { ActiveLanguage, provideI18n } from '@vielfalt/web-i18n';
import { CataloguePage } from './catalogue-page';
import { todayIso } from './units/unit-tree';

// A test-only catalogue; no real organisation.
const catalogue: CatalogueView = {
  periods: [
    { key: '2024', label: 'Testwelle 2024', referenceDate: '2024-06-30', status: 'published' },
    { key: '2025', label: 'Testwelle 2025', referenceDate: '2025-06-30', status: 'open' },
  ],
  attributes: [
    {
      key: 'trainee',
      label: { de: 'Nachwuchskraft', en: 'Trainee' },
      values: [
        { key: 'ja', label: { de: 'ja', en: 'yes' } },
        { key: 'nein', label: { de: 'nein', en: 'no' } },
      ],
    },
  ],
  dimensions: [
    {
      key: 'test_origin',
      label: { de: 'Testherkunft', en: 'Test origin' },
      description: { de: 'Nur für Tests.', en: 'For tests only.' },
      choice: 'single',
      versions: [
        {
          version: 1,
          validFromPeriod: '2024',
          agreedBy: 'Test-Arbeitsgruppe',
          agreedOn: '2023-11-14',
          categories: [
            { key: 'mit', label: { de: 'mit', en: 'with' } },
            { key: 'keine_angabe', label: { de: 'keine Angabe', en: 'Prefer not to say' } },
          ],
          mappingFromPrevious: [],
        },
        {
          version: 2,
          validFromPeriod: '2025',
          agreedBy: 'Test-Arbeitsgruppe mit Beirat',
          agreedOn: '2024-12-01',
          categories: [
            { key: 'selbst', label: { de: 'selbst eingewandert', en: 'immigrated themselves' } },
            { key: 'keine_angabe', label: { de: 'keine Angabe', en: 'Prefer not to say' } },
          ],
          mappingFromPrevious: [
            { from: 'mit', to: 'selbst' },
            { from: 'keine_angabe', to: 'keine_angabe' },
          ],
        },
      ],
    },
  ],
};

const unit = (
  code: string,
  parentCode: string | null,
  changes: Partial<OrgUnitDefinition> = {},
): OrgUnitDefinition => ({
  code,
  name: `Test ${code}`,
  parentCode,
  validFrom: '2015-01-01',
  validTo: null,
  successorCodes: [],
  ...changes,
});

const units = [
  unit('SV', null),
  unit('D1', 'SV'),
  unit('AMT-1', 'D1', { validTo: '2025-12-31', successorCodes: ['AMT-1A', 'AMT-1B'] }),
  unit('AMT-2', 'D1'),
];

describe('CataloguePage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CataloguePage>;
  let element: HTMLElement;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  async function render(at?: string) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiErrorInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        provideI18n(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CataloguePage);
    element = fixture.nativeElement as HTMLElement;
    if (at) fixture.componentRef.setInput('at', at);
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/catalogue' }).flush(catalogue);
    http.expectOne({ method: 'GET', url: `/api/catalogue/units?at=${at ?? todayIso()}` }).flush(units);
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

  function type(id: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function chooseFile(testId: string, name: string): void {
    const input = byTestId<HTMLInputElement>(testId);
    if (!input) throw new Error(`no ${testId}`);
    const files = new DataTransfer();
    files.items.add(new File(['code;name;parent_code;valid_from;valid_to;successor\n'], name, { type: 'text/csv' }));
    input.files = files.files;
  }

  it('lists the periods newest first with German dates and status', async () => {
    await render('2025-06-30');

    expect(cellsOf(byTestId('catalogue-periods'))).toEqual([
      ['2025', 'Testwelle 2025', '30.06.2025', 'offen'],
      ['2024', 'Testwelle 2024', '30.06.2024', 'veröffentlicht'],
    ]);
  });

  it('creates a period and reads the catalogue again', async () => {
    await render('2025-06-30');

    type('new-period-key', '2026');
    type('new-period-label', 'Testwelle 2026');
    type('new-period-reference-date', '2026-06-30');
    element.querySelector<HTMLButtonElement>('[data-testid="create-period-form"] button[type="submit"]')?.click();
    const request = http.expectOne({ method: 'POST', url: '/api/catalogue/periods' });
    expect(request.request.body).toEqual({ key: '2026', label: 'Testwelle 2026', referenceDate: '2026-06-30' });
    request.flush(null, { status: 201, statusText: 'Created' });
    await settle();
    http.expectOne('/api/catalogue').flush(catalogue);
    await settle();

    expect(text(byTestId('period-created'))).toBe('Die Erhebungswelle „2026“ wurde angelegt.');
    expect(element.querySelector<HTMLInputElement>('#new-period-key')?.value).toBe('');
  });

  it('shows the server’s objections under the fields they concern', async () => {
    await render('2025-06-30');

    type('new-period-key', '2025');
    type('new-period-label', 'Noch eine Testwelle');
    type('new-period-reference-date', '2025-06-30');
    element.querySelector<HTMLButtonElement>('[data-testid="create-period-form"] button[type="submit"]')?.click();
    const body: ApiError = {
      code: 'conflict',
      message: 'The period 2025 with the reference date "2025-06-30" exists already.',
      details: [{ field: 'referenceDate', value: '2025-06-30', message: 'exists already' }],
    };
    http.expectOne('/api/catalogue/periods').flush(body, { status: 409, statusText: 'Conflict' });
    await settle();

    expect(text(byTestId('field-error-referenceDate'))).toBe(
      'Für diesen Stichtag gibt es bereits eine Erhebungswelle.',
    );
    expect(byTestId('field-error-key')).toBeNull();
    expect(element.querySelector('#new-period-reference-date')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('asks for the missing fields before calling the server', async () => {
    await render('2025-06-30');

    element.querySelector<HTMLButtonElement>('[data-testid="create-period-form"] button[type="submit"]')?.click();
    await settle();

    expect(text(byTestId('field-error-key'))).toBe('Bitte ausfüllen.');
    expect(text(byTestId('field-error-label'))).toBe('Bitte ausfüllen.');
    http.expectNone('/api/catalogue/periods');
  });

  it('shows the organisation at the date from the URL as a nested list with validity and successors', async () => {
    await render('2025-06-30');

    const tree = byTestId('catalogue-units');
    expect(tree?.getAttribute('aria-label')).toBe('Organisationseinheiten am 30.06.2025');
    const top = tree?.querySelector(':scope ul > li[data-unit-code="SV"]');
    const office = top?.querySelector('li[data-unit-code="D1"] li[data-unit-code="AMT-1"]');
    expect(office).not.toBeNull();
    expect(text(office?.querySelector('.unit'))).toBe('AMT-1 Test AMT-1');
    expect(text(office?.querySelector('.meta'))).toBe(
      'gültig vom 01.01.2015 bis 31.12.2025 · Nachfolger: AMT-1A, AMT-1B',
    );
    expect(text(top?.querySelector('li[data-unit-code="AMT-2"] .meta'))).toBe('gültig seit 01.01.2015');
    expect(element.querySelector<HTMLInputElement>('#units-at')?.value).toBe('2025-06-30');
  });

  it('keeps a chosen reference date in the URL', async () => {
    await render();
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);

    const input = element.querySelector<HTMLInputElement>('#units-at');
    if (!input) throw new Error('no date input');
    input.value = '2019-06-30';
    input.form?.requestSubmit();

    expect(navigate.calls.mostRecent().args[1]).toEqual(
      jasmine.objectContaining({ queryParams: { at: '2019-06-30' }, queryParamsHandling: 'merge' }),
    );
  });

  it('lists the problems of a refused unit import row by row', async () => {
    await render('2025-06-30');

    chooseFile('units-import-file', 'units.csv');
    byTestId<HTMLButtonElement>('units-import-submit')?.click();
    const request = http.expectOne({ method: 'POST', url: '/api/catalogue/units/import' });
    expect(((request.request.body as FormData).get('file') as File).name).toBe('units.csv');
    const body: ApiError = {
      code: 'validation_failed',
      message: 'The units are not valid.',
      details: [
        { row: 3, column: 'valid_from', value: '31.02.2025', message: 'Expected a date such as 2025-06-30.' },
        { row: 5, column: 'parent_code', value: 'NOWHERE', message: 'No unit NOWHERE.' },
      ],
    };
    request.flush(body, { status: 400, statusText: 'Bad Request' });
    await settle();

    const problems = byTestId('units-import-problems');
    expect(cellsOf(problems)).toEqual([
      ['3', 'valid_from', '31.02.2025', 'Expected a date such as 2025-06-30.'],
      ['5', 'parent_code', 'NOWHERE', 'No unit NOWHERE.'],
    ]);
    expect(problems?.querySelector('tbody td[lang="en"]')).not.toBeNull();
    expect(byTestId('units-import-error')?.getAttribute('role')).toBe('alert');
  });

  it('says what an import changed and shows the organisation again', async () => {
    await render('2025-06-30');

    chooseFile('units-import-file', 'units.csv');
    byTestId<HTMLButtonElement>('units-import-submit')?.click();
    http.expectOne('/api/catalogue/units/import').flush({ created: 2, updated: 1 });
    await settle();
    http.expectOne('/api/catalogue/units?at=2025-06-30').flush([...units, unit('AMT-3', 'D1')]);
    await settle();

    expect(text(byTestId('units-imported'))).toBe('Import abgeschlossen: 2 Einheiten angelegt, 1 geändert.');
    expect(byTestId('catalogue-units')?.querySelector('li[data-unit-code="AMT-3"]')).not.toBeNull();
    expect(byTestId('units-import-problems')).toBeNull();
  });

  it('asks for a file before importing', async () => {
    await render('2025-06-30');

    byTestId<HTMLButtonElement>('units-import-submit')?.click();
    await settle();

    expect(text(element.querySelector('#units-import-file-error'))).toBe('Bitte wählen Sie eine Datei.');
    http.expectNone('/api/catalogue/units/import');
  });

  it('shows attributes and dimensions read-only with versions, provenance, categories and mapping', async () => {
    await render('2025-06-30');

    const attributes = byTestId('catalogue-attributes');
    expect(cellsOf(attributes).map((row) => row.slice(0, 2))).toEqual([['Nachwuchskraft', 'trainee']]);
    expect([...(attributes?.querySelectorAll('tbody li') ?? [])].map((value) => text(value))).toEqual([
      'ja ja',
      'nein nein',
    ]);
    const dimensions = byTestId('catalogue-dimensions');
    expect(text(dimensions?.querySelector('h3'))).toBe('Testherkunft test_origin');
    expect(text(dimensions)).toContain('Einfachauswahl');
    expect([...(dimensions?.querySelectorAll('h4') ?? [])].map((heading) => text(heading))).toEqual([
      'Version 1, gültig ab Welle Testwelle 2024',
      'Version 2, gültig ab Welle Testwelle 2025',
    ]);
    expect(text(dimensions?.querySelectorAll('.provenance')[1])).toBe(
      'Abgestimmt mit Test-Arbeitsgruppe mit Beirat am 01.12.2024',
    );
    const mapping = dimensions?.querySelector('table');
    expect(text(mapping?.querySelector('caption'))).toBe('Zuordnung der Kategorien von Version 1 zu Version 2');
    expect(cellsOf(mapping ?? null)).toEqual([
      ['mit mit', '→ selbst eingewandert selbst'],
      ['keine Angabe keine_angabe', '→ keine Angabe keine_angabe'],
    ]);
  });

  it('reads the catalogue again after a structural attribute was created; offers no earlier wave for a new version', async () => {
    await render('2025-06-30');

    const prefix = 'new-version-test_origin';
    const period = element.querySelector<HTMLSelectElement>(`#${prefix}-period`);
    expect([...(period?.options ?? [])].map((option) => option.value)).toEqual(['']);
    expect(text(byTestId('catalogue-dimensions')?.querySelector('summary'))).toBe('Neue Version 3 anlegen');

    type('new-attribute-key', 'test_flag');
    type('new-attribute-label-de', 'Testkennzeichen');
    type('new-attribute-label-en', 'Test flag');
    for (const [index, value] of ['ja', 'nein'].entries()) {
      type(`new-attribute-values-${index}-key`, value);
      type(`new-attribute-values-${index}-de`, value);
      type(`new-attribute-values-${index}-en`, value);
    }
    element.querySelector<HTMLButtonElement>('[data-testid="create-attribute-form"] button[type="submit"]')?.click();
    http
      .expectOne({ method: 'POST', url: '/api/catalogue/attributes' })
      .flush(null, { status: 201, statusText: 'Created' });
    await settle();
    http.expectOne('/api/catalogue').flush(catalogue);
    await settle();

    expect(text(byTestId('attribute-created'))).toBe('Das Strukturmerkmal „test_flag“ wurde angelegt.');
  });

  it('labels the catalogue in English when the UI speaks English', async () => {
    await render('2025-06-30');

    await TestBed.inject(ActiveLanguage).switchTo('en');
    await settle();

    expect(text(byTestId('catalogue-dimensions')?.querySelector('h3'))).toBe('Test origin test_origin');
    expect(cellsOf(byTestId('catalogue-attributes'))[0][0]).toBe('Trainee');
  });
});
