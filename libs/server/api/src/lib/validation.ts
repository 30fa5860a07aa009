import { HttpStatus, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ApiErrorDetail } from '@vielfalt/contracts';
import { ApiException } from './api-exception';

/** Flattens class-validator's nested errors into one detail per field and constraint. */
export function validationDetails(errors: readonly ValidationError[], prefix = ''): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
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
