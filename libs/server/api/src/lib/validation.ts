import { HttpStatus, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ApiErrorDetail } from '@vielfalt/contracts';
import { ApiException } from './api-exception';

/** Checks whose failure makes a field's other messages noise ("k must be at least 3" of a missing k). */
const FIRST_CHECKS = ['isDefined', 'isInt', 'isString', 'isArray'];

/**
 * Flattens class-validator's nested errors into one detail per field and constraint; a field that is missing
 * or of the wrong type gets that one message only.
 */
export function validationDetails(errors: readonly ValidationError[], prefix = ''): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    const constraints = error.constraints ?? {};
    const first = FIRST_CHECKS.find((name) => name in constraints);
    const messages = first ? [constraints[first]] : Object.values(constraints);
    const own = messages.map((message) => ({ field, message }));
    return [...own, ...validationDetails(error.children ?? [], `${field}.`)];
  });
}

/** Global validation: unknown fields are refused, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new ApiException(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        'The request is not valid.',
        validationDetails(errors),
      ),
  });
}
