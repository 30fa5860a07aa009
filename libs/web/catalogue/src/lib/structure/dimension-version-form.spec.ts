import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiError, DimensionDefinition, DimensionVersionDefinition, PeriodView } from '@vielfalt/contracts';
import { DimensionVersionForm } from './dimension-version-form';
import { formDriver, formTestingProviders } from './form-testing';

// A test-only dimension and periods; no real survey.
const periods: PeriodView[] = [
  { key: '2024', label: 'Testwelle 2024', referenceDate: '2024-06-30', status: 'published' },
  { key: '2025', label: 'Testwelle 2025', referenceDate: '2025-06-30', status: 'open' },
  { key: '2026', label: 'Testwelle 2026', referenceDate: '2026-06-30', status: 'open' },
];

const dimension: DimensionDefinition = {
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
        { key: 'ohne', label: { de: 'ohne', en: 'without' } },
        { key: 'keine_angabe', label: { de: 'keine Angabe', en: 'prefer not to say' } },
      ],
      mappingFromPrevious: [],
    },
  ],
};

describe('DimensionVersionForm', () => {
  let http: HttpTestingController;
  const prefix = 'new-version-test_origin';

  async function render() {
    TestBed.configureTestingModule({ providers: formTestingProviders() });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(DimensionVersionForm);
    fixture.componentRef.setInput('dimension', dimension);
    fixture.componentRef.setInput('periods', periods);
    await fixture.whenStable();
    const form = formDriver(fixture);
    /** The checkbox mapping old category `from` (row) onto new category `to` (column), by position. */
    const mapping = (from: number, to: number) => form.find<HTMLInputElement>(`#${prefix}-map-${from}-${to}`);
    return { ...form, mapping };
  }

  afterEach(() => http.verify());

  async function fillNextVersion() {
    const form = await render();
    form.choose(`${prefix}-period`, '2025');
    form.type(`${prefix}-agreed-by`, 'Test-Arbeitsgruppe mit Beirat');
    form.type(`${prefix}-agreed-on`, '2024-12-01');
    // "mit" becomes "selbst", a new category "eltern" is added.
    form.type(`${prefix}-categories-0-key`, 'selbst');
    form.type(`${prefix}-categories-0-de`, 'selbst eingewandert');
    form.type(`${prefix}-categories-0-en`, 'immigrated themselves');
    form.click(`[data-testid="${prefix}-categories-add"]`);
    await form.settle();
    form.type(`${prefix}-categories-3-key`, 'eltern');
    form.type(`${prefix}-categories-3-de`, 'Eltern eingewandert');
    form.type(`${prefix}-categories-3-en`, 'parents immigrated');
    await form.settle();
    return form;
  }

  it('offers only later waves and starts from the latest categories, each mapped onto itself', async () => {
    const form = await render();

    const options = [...form.find<HTMLSelectElement>(`#${prefix}-period`).options].map((option) => option.value);
    expect(options).toEqual(['', '2026', '2025']);
    expect(form.mapping(1, 1).checked).toBeTrue();
    expect(form.mapping(1, 0).checked).toBeFalse();
    expect(form.text('summary')).toBe('Neue Version 2 anlegen');
  });

  it('sends the next version with the mapping ticked in the table', async () => {
    const form = await fillNextVersion();

    form.click(`#${prefix}-map-0-0`); // mit → selbst
    form.click(`#${prefix}-map-0-3`); // mit → eltern
    form.click(`[data-testid="${prefix}-form"] button[type="submit"]`);
    const request = http.expectOne({ method: 'POST', url: '/api/catalogue/dimensions/test_origin/versions' });
    const expected: DimensionVersionDefinition = {
      version: 2,
      validFromPeriod: '2025',
      agreedBy: 'Test-Arbeitsgruppe mit Beirat',
      agreedOn: '2024-12-01',
      categories: [
        { key: 'selbst', label: { de: 'selbst eingewandert', en: 'immigrated themselves' } },
        { key: 'ohne', label: { de: 'ohne', en: 'without' } },
        { key: 'keine_angabe', label: { de: 'keine Angabe', en: 'prefer not to say' } },
        { key: 'eltern', label: { de: 'Eltern eingewandert', en: 'parents immigrated' } },
      ],
      mappingFromPrevious: [
        { from: 'mit', to: 'selbst' },
        { from: 'mit', to: 'eltern' },
        { from: 'ohne', to: 'ohne' },
        { from: 'keine_angabe', to: 'keine_angabe' },
      ],
    };
    expect(request.request.body).toEqual(expected);
    request.flush(null, { status: 201, statusText: 'Created' });
    await form.settle();

    expect(form.text(`[data-testid="${prefix}-added"]`)).toBe('Version 2 wurde angelegt.');
  });

  it('asks to map an old category that no longer maps anywhere before calling the server', async () => {
    const form = await fillNextVersion();

    // "mit" was renamed, so its own mapping points nowhere.
    form.click(`[data-testid="${prefix}-form"] button[type="submit"]`);
    await form.settle();

    expect(form.text(`[data-testid="error-${prefix}-map-mit"]`)).toBe(
      'Bitte ordnen Sie diese Kategorie mindestens einer neuen Kategorie zu.',
    );
    http.expectNone('/api/catalogue/dimensions/test_origin/versions');
  });

  it('shows the server’s objections at the mapping row and the fields they name', async () => {
    const form = await fillNextVersion();

    form.click(`#${prefix}-map-0-0`);
    form.click(`[data-testid="${prefix}-form"] button[type="submit"]`);
    const refusal: ApiError = {
      code: 'validation_failed',
      message: 'The version is not valid.',
      details: [
        { field: 'mappingFromPrevious', value: 'ohne', message: 'The category "ohne" of version 1 is not mapped.' },
        { field: 'validFromPeriod', value: '2025', message: 'A version must start in a later period.' },
        { field: 'version', value: '2', message: 'Expected version 3.' },
      ],
    };
    http
      .expectOne('/api/catalogue/dimensions/test_origin/versions')
      .flush(refusal, { status: 400, statusText: 'Bad Request' });
    await form.settle();

    expect(form.text(`[data-testid="error-${prefix}-map-ohne"]`)).toBe(
      'Bitte ordnen Sie diese Kategorie mindestens einer neuen Kategorie zu.',
    );
    expect(form.element.querySelector(`[data-testid="error-${prefix}-map-mit"]`)).toBeNull();
    expect(form.text(`[data-testid="error-${prefix}-period"]`)).toContain('bekannte Erhebungswelle');
    expect(form.text('[data-testid="form-alert-details"]')).toBe('version Expected version 3.');
  });
});
