import type { ApiFailure } from '@vielfalt/web-data-access';

/** The fields of the create-period form, named as the API names them in `details[].field`. */
export const PERIOD_FIELDS = ['key', 'label', 'referenceDate'] as const;
export type PeriodField = (typeof PERIOD_FIELDS)[number];

/** Translation key of the message to show under each field that has a problem. */
export type PeriodFieldErrors = Partial<Record<PeriodField, string>>;

/** The fields whose value another period can have already. */
const UNIQUE_FIELDS: readonly PeriodField[] = ['key', 'referenceDate'];

const asPeriodField = (field: string | undefined) => PERIOD_FIELDS.find((candidate) => candidate === field);

/**
 * Which field the server objected to, from `details[].field` (never from the English message): an
 * invalid value (`validation_failed`), or a key or reference date another period has (`conflict`).
 */
export function periodFieldErrorsOf(failure: ApiFailure): PeriodFieldErrors {
  const group =
    failure.code === 'conflict' ? 'taken' : failure.code === 'validation_failed' ? 'fieldErrors' : undefined;
  if (!group) return {};
  const errors: PeriodFieldErrors = {};
  for (const detail of failure.details) {
    const field = asPeriodField(detail.field);
    if (field && (group === 'fieldErrors' || UNIQUE_FIELDS.includes(field))) {
      errors[field] = `catalogue.periods.${group}.${field}`;
    }
  }
  if (group === 'taken' && Object.keys(errors).length === 0) errors.key = 'catalogue.periods.taken.key';
  return errors;
}
