import { ApiFailure } from '@vielfalt/web-data-access';
import { fieldErrorsOf } from './user-form-errors';

describe('fieldErrorsOf', () => {
  it('puts each server objection under the field it names', () => {
    const failure = new ApiFailure(400, 'validation_failed', [
      { field: 'username', message: 'username must match' },
      { field: 'roles.0', message: 'each value in roles must be one of' },
      { field: 'unknownField', message: 'ignored' },
      { message: 'no field' },
    ]);

    expect(fieldErrorsOf(failure)).toEqual({
      username: 'admin.users.fieldErrors.username',
      roles: 'admin.users.fieldErrors.roles',
    });
  });

  it('treats a conflict as a taken user name', () => {
    expect(fieldErrorsOf(new ApiFailure(409, 'conflict'))).toEqual({ username: 'admin.users.usernameTaken' });
  });

  it('puts other failures under no field', () => {
    expect(fieldErrorsOf(new ApiFailure(403, 'forbidden'))).toEqual({});
  });
});
