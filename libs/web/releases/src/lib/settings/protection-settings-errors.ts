import { PROTECTION_CEILINGS, PROTECTION_FLOORS } from '@vielfalt/contracts';
import type { ApiFailure } from '@vielfalt/web-data-access';

/** The form's fields; each may carry the translation key of its error. */
export interface ProtectionSettingsErrors {
  k?: string;
  minRespondents?: string;
}

/** What the form holds: a number input gives `null` when it is empty or not a number. */
export interface ProtectionSettingsInput {
  readonly k: number | null;
  readonly minRespondents: number | null;
}

/**
 * The bounds the server enforces, checked in the browser first: k a whole number from 3
 * (`PROTECTION_FLOORS.k`) to 100, the minimum number of respondents a whole number from k to 1000
 * (`PROTECTION_CEILINGS`).
 */
export function protectionSettingsErrorsOf(input: ProtectionSettingsInput): ProtectionSettingsErrors {
  const errors: ProtectionSettingsErrors = {};
  const { k, minRespondents } = input;
  if (k === null || !Number.isInteger(k)) errors.k = 'releases.settings.errors.kInteger';
  else if (k < PROTECTION_FLOORS.k) errors.k = 'releases.settings.errors.kFloor';
  else if (k > PROTECTION_CEILINGS.k) errors.k = 'releases.settings.errors.kCeiling';
  if (minRespondents === null || !Number.isInteger(minRespondents)) {
    errors.minRespondents = 'releases.settings.errors.minRespondentsInteger';
  } else if (k !== null && Number.isInteger(k) && minRespondents < Math.max(k, PROTECTION_FLOORS.k)) {
    errors.minRespondents = 'releases.settings.errors.minRespondentsBelowK';
  } else if (minRespondents > PROTECTION_CEILINGS.minRespondents) {
    errors.minRespondents = 'releases.settings.errors.minRespondentsCeiling';
  }
  return errors;
}

/** The fields the server refused (`details[].field`), each with a general message. */
export function serverErrorsOf(failure: ApiFailure): ProtectionSettingsErrors {
  const errors: ProtectionSettingsErrors = {};
  for (const detail of failure.details) {
    if (detail.field === 'k' || detail.field === 'minRespondents') {
      errors[detail.field] = 'releases.settings.errors.server';
    }
  }
  return errors;
}
