import { type AbstractControl, FormArray, FormGroup } from '@angular/forms';
import type { ApiErrorDetail } from '@vielfalt/contracts';
import type { ApiFailure } from '@vielfalt/web-data-access';

/**
 * Translation key of the message to show per field, the field named by its path in the request
 * body as the API names it in `details[].field`: `key`, `label.de`, `values.1.key`, `categories`.
 */
export type FieldErrors = Readonly<Record<string, string>>;

export interface FormErrors {
  readonly fields: FieldErrors;
  /** Objections the form shows at no field: listed in the form's summary. */
  readonly unplaced: readonly ApiErrorDetail[];
}

export const NO_FORM_ERRORS: FormErrors = { fields: {}, unplaced: [] };

const REQUIRED = 'catalogue.structure.required';

/** Fields whose own message says what the server expects there; any other field gets a general one. */
const EXPLAINED = new Set([
  'key',
  'de',
  'en',
  'validFromPeriod',
  'agreedBy',
  'agreedOn',
  'version',
  'mappingFromPrevious',
]);

/** The paths of the controls the user fills in, as the request body names them (`values.0.label.de`). */
export function leafPaths(control: AbstractControl, prefix = ''): string[] {
  if (control instanceof FormGroup || control instanceof FormArray) {
    return Object.entries(control.controls).flatMap(([name, child]) =>
      leafPaths(child as AbstractControl, `${prefix}${name}.`),
    );
  }
  return [prefix.slice(0, -1)];
}

/** „Bitte ausfüllen“ under every control that is still empty, before anything goes to the server. */
export function missingFieldsOf(control: AbstractControl, prefix = ''): FieldErrors {
  if (control instanceof FormGroup || control instanceof FormArray) {
    return Object.assign(
      {},
      ...Object.entries(control.controls).map(([name, child]) =>
        missingFieldsOf(child as AbstractControl, `${prefix}${name}.`),
      ),
    ) as FieldErrors;
  }
  return control.invalid ? { [prefix.slice(0, -1)]: REQUIRED } : {};
}

function messageFor(failure: ApiFailure, detail: ApiErrorDetail, field: string): string {
  if (failure.code === 'conflict') return 'catalogue.structure.taken';
  const last = field.split('.').pop() ?? field;
  if (last === 'values' || last === 'categories') {
    return detail.value ? 'catalogue.structure.fieldErrors.duplicate' : `catalogue.structure.fieldErrors.${last}`;
  }
  return EXPLAINED.has(last) ? `catalogue.structure.fieldErrors.${last}` : 'catalogue.structure.fieldErrors.invalid';
}

/**
 * Places the server's objections (`details[].field`, never the English message) at the fields the
 * form shows (`shown`); `placeOf` may move a detail to another path, e.g. an unmapped category to its
 * row of the mapping table. What has no place goes to the summary.
 */
export function serverErrorsOf(
  failure: ApiFailure,
  shown: ReadonlySet<string>,
  placeOf: (detail: ApiErrorDetail) => string | undefined = (detail) => detail.field,
): FormErrors {
  if (failure.code !== 'conflict' && failure.code !== 'validation_failed') return NO_FORM_ERRORS;
  const fields: Record<string, string> = {};
  const unplaced: ApiErrorDetail[] = [];
  for (const detail of failure.details) {
    const place = placeOf(detail);
    if (place && shown.has(place)) fields[place] ??= messageFor(failure, detail, detail.field ?? place);
    else unplaced.push(detail);
  }
  if (failure.code === 'conflict' && failure.details.length === 0 && shown.has('key')) {
    fields['key'] = 'catalogue.structure.taken';
  }
  return { fields, unplaced };
}
