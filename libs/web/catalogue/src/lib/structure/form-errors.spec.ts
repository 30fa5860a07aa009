import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { ApiFailure } from '@vielfalt/web-data-access';
import { leafPaths, missingFieldsOf, serverErrorsOf } from './form-errors';

const text = (value = '') => new FormControl(value, { nonNullable: true, validators: Validators.required });

describe('structure form errors', () => {
  const form = new FormGroup({
    key: text('test'),
    label: new FormGroup({ de: text(), en: text('Test') }),
    values: new FormArray([new FormGroup({ key: text('a') }), new FormGroup({ key: text() })]),
  });

  it('name every control by its path in the request body', () => {
    expect(leafPaths(form)).toEqual(['key', 'label.de', 'label.en', 'values.0.key', 'values.1.key']);
  });

  it('ask for every empty field, rows included', () => {
    expect(missingFieldsOf(form)).toEqual({
      'label.de': 'catalogue.structure.required',
      'values.1.key': 'catalogue.structure.required',
    });
  });

  it('put the server’s objections at the rows they name and keep the rest for the summary', () => {
    const failure = new ApiFailure(400, 'validation_failed', [
      { field: 'values.1.key', message: 'key must be lower case' },
      { field: 'values', value: 'a', message: 'The value "a" appears twice.' },
      { field: 'values.1.label', message: 'label must be an object' },
    ]);

    const errors = serverErrorsOf(failure, new Set([...leafPaths(form), 'values']));

    expect(errors.fields).toEqual({
      'values.1.key': 'catalogue.structure.fieldErrors.key',
      values: 'catalogue.structure.fieldErrors.duplicate',
    });
    expect(errors.unplaced.map((detail) => detail.field)).toEqual(['values.1.label']);
  });

  it('say a key is taken on conflict, even without details', () => {
    expect(serverErrorsOf(new ApiFailure(409, 'conflict'), new Set(['key'])).fields).toEqual({
      key: 'catalogue.structure.taken',
    });
  });

  it('place nothing for failures that concern no field', () => {
    expect(serverErrorsOf(new ApiFailure(403, 'forbidden'), new Set(['key']))).toEqual({ fields: {}, unplaced: [] });
  });
});
