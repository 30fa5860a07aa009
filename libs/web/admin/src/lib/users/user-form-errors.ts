import type { ApiFailure } from '@vielfalt/web-data-access';

/** The fields of the create-user form, named as the API names them in `details[].field`. */
export const USER_FIELDS = ['username', 'displayName', 'password', 'roles'] as const;
export type UserField = (typeof USER_FIELDS)[number];

/** Translation key of the message to show under each field that has a problem. */
export type FieldErrors = Partial<Record<UserField, string>>;

function asUserField(field: string | undefined): UserField | undefined {
  // `roles.1` or `roles[1]` is a problem of the roles field.
  const name = field?.split(/[.[]/)[0];
  return USER_FIELDS.find((candidate) => candidate === name);
}

/**
 * Which field the server objected to, from `details[].field` (never from the English message).
 * A taken user name (`conflict`) belongs to the user name field.
 */
export function fieldErrorsOf(failure: ApiFailure): FieldErrors {
  if (failure.code === 'conflict') return { username: 'admin.users.usernameTaken' };
  if (failure.code !== 'validation_failed') return {};
  const errors: FieldErrors = {};
  for (const detail of failure.details) {
    const field = asUserField(detail.field);
    if (field) errors[field] = `admin.users.fieldErrors.${field}`;
  }
  return errors;
}
