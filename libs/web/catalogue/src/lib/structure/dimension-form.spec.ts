import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiError, DimensionDefinition, PeriodView } from '@vielfalt/contracts';
import { DimensionForm } from './dimension-form';
import { formDriver, formTestingProviders } from './form-testing';

// Test-only periods.
const periods: PeriodView[] = [
  { key: '2024', label: 'Testwelle 2024', referenceDate: '2024-06-30', status: 'published' },
  { key: '2025', label: 'Testwelle 2025', referenceDate: '2025-06-30', status: 'open' },
];

describe('DimensionForm', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({ providers: formTestingProviders() });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(DimensionForm);
    fixture.componentRef.setInput('periods', periods);
    await fixture.whenStable();
    const form = formDriver(fixture);
    const categoryRows = () =>
      [...form.element.querySelectorAll('[data-testid="new-dimension-categories-rows"] fieldset')].map((row) =>
        [...row.querySelectorAll('input')].map((input) => input.value),
      );
    return { ...form, categoryRows };
  }

  afterEach(() => http.verify());

  it('offers „keine Angabe“ for single choice and drops it again for multiple choice', async () => {
    const form = await render();

    expect(form.find<HTMLInputElement>('#new-dimension-choice-single').checked).toBeTrue();
    expect(form.categoryRows()).toEqual([
      ['', '', ''],
      ['keine_angabe', 'keine Angabe', 'prefer not to say'],
    ]);

    form.click('#new-dimension-choice-multi');
    await form.settle();
    expect(form.categoryRows()).toEqual([['', '', '']]);

    form.click('#new-dimension-choice-single');
    await form.settle();
    expect(form.categoryRows()).toEqual([
      ['', '', ''],
      ['keine_angabe', 'keine Angabe', 'prefer not to say'],
    ]);
  });

  async function fillTestDimension() {
    const form = await render();
    form.type('new-dimension-key', 'test_origin');
    form.type('new-dimension-label-de', 'Testherkunft');
    form.type('new-dimension-label-en', 'Test origin');
    form.type('new-dimension-description-de', 'Nur für Tests.');
    form.type('new-dimension-description-en', 'For tests only.');
    form.choose('new-dimension-period', '2025');
    form.type('new-dimension-agreed-by', 'Test-Arbeitsgruppe');
    form.type('new-dimension-agreed-on', '2024-11-14');
    form.type('new-dimension-categories-0-key', 'mit');
    form.type('new-dimension-categories-0-de', 'mit');
    form.type('new-dimension-categories-0-en', 'with');
    return form;
  }

  it('sends the dimension with its first version and no mapping', async () => {
    const form = await fillTestDimension();

    form.click('[data-testid="create-dimension-form"] button[type="submit"]');
    const request = http.expectOne({ method: 'POST', url: '/api/catalogue/dimensions' });
    const expected: DimensionDefinition = {
      key: 'test_origin',
      label: { de: 'Testherkunft', en: 'Test origin' },
      description: { de: 'Nur für Tests.', en: 'For tests only.' },
      choice: 'single',
      versions: [
        {
          version: 1,
          validFromPeriod: '2025',
          agreedBy: 'Test-Arbeitsgruppe',
          agreedOn: '2024-11-14',
          categories: [
            { key: 'mit', label: { de: 'mit', en: 'with' } },
            { key: 'keine_angabe', label: { de: 'keine Angabe', en: 'prefer not to say' } },
          ],
          mappingFromPrevious: [],
        },
      ],
    };
    expect(request.request.body).toEqual(expected);
    request.flush(null, { status: 201, statusText: 'Created' });
    await form.settle();

    expect(form.text('[data-testid="dimension-created"]')).toBe('Das Merkmal „test_origin“ wurde angelegt.');
    expect(form.find<HTMLInputElement>('#new-dimension-key').value).toBe('');
    expect(form.categoryRows().length).toBe(2);
  });

  it('shows the server’s objections to the first version at its fields', async () => {
    const form = await fillTestDimension();

    form.click('[data-testid="create-dimension-form"] button[type="submit"]');
    const refusal: ApiError = {
      code: 'validation_failed',
      message: 'The dimension is not valid.',
      details: [
        { field: 'versions.0.categories', message: 'A single-choice dimension must offer "keine_angabe".' },
        { field: 'versions.0.validFromPeriod', value: '2025', message: 'Unknown period.' },
        { field: 'versions.0.categories.0.label.en', message: 'label.en must be shorter' },
      ],
    };
    http.expectOne('/api/catalogue/dimensions').flush(refusal, { status: 400, statusText: 'Bad Request' });
    await form.settle();

    expect(form.text('[data-testid="error-new-dimension-categories"]')).toContain('„keine_angabe“');
    expect(form.text('[data-testid="error-new-dimension-period"]')).toBe(
      'Bitte wählen Sie eine bekannte Erhebungswelle, die nach der vorigen Version liegt.',
    );
    expect(form.find('#new-dimension-period').getAttribute('aria-invalid')).toBe('true');
    expect(form.text('[data-testid="error-new-dimension-categories-0-en"]')).toBe(
      'Die englische Bezeichnung fehlt oder ist zu lang.',
    );
    expect(form.element.querySelector('[data-testid="form-alert-details"]')).toBeNull();
  });
});
