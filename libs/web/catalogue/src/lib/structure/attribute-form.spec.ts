import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiError, StructuralAttributeDefinition } from '@vielfalt/contracts';
import { AttributeForm } from './attribute-form';
import { formDriver, formTestingProviders } from './form-testing';

describe('AttributeForm', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({ providers: formTestingProviders() });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AttributeForm);
    const created: StructuralAttributeDefinition[] = [];
    fixture.componentInstance.created.subscribe((attribute) => created.push(attribute));
    await fixture.whenStable();
    return { ...formDriver(fixture), created };
  }

  afterEach(() => http.verify());

  const fillRow = (form: Awaited<ReturnType<typeof render>>, index: number, key: string, de: string, en: string) => {
    form.type(`new-attribute-values-${index}-key`, key);
    form.type(`new-attribute-values-${index}-de`, de);
    form.type(`new-attribute-values-${index}-en`, en);
  };

  async function fillTestAttribute() {
    const form = await render();
    form.type('new-attribute-key', ' test_group ');
    form.type('new-attribute-label-de', 'Testgruppe');
    form.type('new-attribute-label-en', 'Test group');
    fillRow(form, 0, 'a', 'Gruppe A', 'group A');
    fillRow(form, 1, 'b', 'Gruppe B', 'group B');
    form.click('[data-testid="new-attribute-values-add"]');
    await form.settle();
    fillRow(form, 2, 'c', 'Gruppe C', 'group C');
    return form;
  }

  it('sends the attribute with all its value rows, says so and empties the form', async () => {
    const form = await fillTestAttribute();

    form.click('[data-testid="create-attribute-form"] button[type="submit"]');
    const request = http.expectOne({ method: 'POST', url: '/api/catalogue/attributes' });
    const expected: StructuralAttributeDefinition = {
      key: 'test_group',
      label: { de: 'Testgruppe', en: 'Test group' },
      values: [
        { key: 'a', label: { de: 'Gruppe A', en: 'group A' } },
        { key: 'b', label: { de: 'Gruppe B', en: 'group B' } },
        { key: 'c', label: { de: 'Gruppe C', en: 'group C' } },
      ],
    };
    expect(request.request.body).toEqual(expected);
    request.flush(null, { status: 201, statusText: 'Created' });
    await form.settle();

    expect(form.text('[data-testid="attribute-created"]')).toBe('Das Strukturmerkmal „test_group“ wurde angelegt.');
    expect(form.created).toEqual([expected]);
    expect(form.find<HTMLInputElement>('#new-attribute-key').value).toBe('');
    expect(form.element.querySelectorAll('[data-testid="new-attribute-values-rows"] fieldset').length).toBe(2);
  });

  it('shows the server’s objection at the value row it names and the rest in the summary', async () => {
    const form = await fillTestAttribute();

    form.click('[data-testid="create-attribute-form"] button[type="submit"]');
    const refusal: ApiError = {
      code: 'validation_failed',
      message: 'The attribute is not valid.',
      details: [
        { field: 'values.1.key', value: 'B', message: 'key must match /^[a-z0-9_]+$/' },
        { field: 'values', value: 'a', message: 'The value "a" appears twice.' },
        { field: 'somethingElse', message: 'Unexpected property.' },
      ],
    };
    http.expectOne('/api/catalogue/attributes').flush(refusal, { status: 400, statusText: 'Bad Request' });
    await form.settle();

    expect(form.text('[data-testid="error-new-attribute-values-1-key"]')).toBe(
      'Der Schlüssel entspricht nicht den Regeln.',
    );
    expect(form.find('#new-attribute-values-1-key').getAttribute('aria-invalid')).toBe('true');
    expect(form.find('#new-attribute-values-1-key').getAttribute('aria-describedby')).toBe(
      'new-attribute-values-1-key-error',
    );
    expect(form.element.querySelector('[data-testid="error-new-attribute-values-0-key"]')).toBeNull();
    expect(form.text('[data-testid="error-new-attribute-values"]')).toBe('Ein Schlüssel kommt mehrfach vor.');
    const summary = form.find('[data-testid="create-attribute-error"] [role="alert"]');
    expect(summary.textContent).toContain('Die Angaben sind unvollständig oder ungültig.');
    expect(form.text('[data-testid="form-alert-details"]')).toBe('somethingElse Unexpected property.');
  });

  it('says that a key is taken', async () => {
    const form = await fillTestAttribute();

    form.click('[data-testid="create-attribute-form"] button[type="submit"]');
    const conflict: ApiError = { code: 'conflict', message: 'exists', details: [{ field: 'key', message: 'exists' }] };
    http.expectOne('/api/catalogue/attributes').flush(conflict, { status: 409, statusText: 'Conflict' });
    await form.settle();

    expect(form.text('[data-testid="error-new-attribute-key"]')).toBe('Diesen Schlüssel gibt es bereits.');
  });

  it('asks for empty fields, value rows included, before calling the server', async () => {
    const form = await render();

    form.type('new-attribute-key', 'test_group');
    form.click('[data-testid="create-attribute-form"] button[type="submit"]');
    await form.settle();

    expect(form.text('[data-testid="error-new-attribute-label-de"]')).toBe('Bitte ausfüllen.');
    expect(form.text('[data-testid="error-new-attribute-values-1-en"]')).toBe('Bitte ausfüllen.');
    expect(form.element.querySelector('[data-testid="error-new-attribute-key"]')).toBeNull();
    http.expectNone('/api/catalogue/attributes');
  });
});
