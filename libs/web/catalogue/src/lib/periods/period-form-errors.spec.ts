import { ApiFailure } from '@vielfalt/web-data-access';
import { periodFieldErrorsOf } from './period-form-errors';

describe('periodFieldErrorsOf', () => {
  it('puts each server objection under the field it names', () => {
    const failure = new ApiFailure(400, 'validation_failed', [
      { field: 'key', message: 'key must be 1–32 letters' },
      { field: 'referenceDate', message: 'referenceDate must be a date YYYY-MM-DD' },
      { field: 'other', message: 'ignored' },
    ]);

    expect(periodFieldErrorsOf(failure)).toEqual({
      key: 'catalogue.periods.fieldErrors.key',
      referenceDate: 'catalogue.periods.fieldErrors.referenceDate',
    });
  });

  it('says which value another period has already', () => {
    const failure = new ApiFailure(409, 'conflict', [
      { field: 'referenceDate', value: '2025-06-30', message: 'exists already' },
    ]);

    expect(periodFieldErrorsOf(failure)).toEqual({ referenceDate: 'catalogue.periods.taken.referenceDate' });
    expect(periodFieldErrorsOf(new ApiFailure(409, 'conflict'))).toEqual({ key: 'catalogue.periods.taken.key' });
  });

  it('puts other failures under no field', () => {
    expect(periodFieldErrorsOf(new ApiFailure(403, 'forbidden'))).toEqual({});
  });
});
