import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  type FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { type CreateUserBody, PASSWORD_MIN_LENGTH, ROLES, type Role, type UserSummary } from '@vielfalt/contracts';
import { UsersClient, toApiFailure } from '@vielfalt/web-data-access';
import { catchError, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import { type FieldErrors, fieldErrorsOf } from './user-form-errors';

type UsersLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly users: readonly UserSummary[] }
  | { readonly state: 'failed'; readonly errorKey: string };

function atLeastOneChecked(group: AbstractControl): ValidationErrors | null {
  return Object.values(group.value as Record<string, boolean>).some(Boolean) ? null : { required: true };
}

/** User accounts for `admin`: the list, and a form to create one. The server validates; its field errors show per field. */
@Component({
  selector: 'vm-users-page',
  imports: [ReactiveFormsModule, TranslatePipe],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly client = inject(UsersClient);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly listVersion = signal(0);

  protected readonly roles = ROLES;
  protected readonly minPasswordLength = PASSWORD_MIN_LENGTH;

  private readonly load = toSignal(
    toObservable(this.listVersion).pipe(
      switchMap(() =>
        this.client.list().pipe(
          map((users): UsersLoad => ({ state: 'loaded', users })),
          catchError((error: unknown) =>
            of<UsersLoad>({ state: 'failed', errorKey: `errors.${toApiFailure(error).code}` }),
          ),
          startWith<UsersLoad>({ state: 'loading' }),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as UsersLoad },
  );
  protected readonly users = computed(() => {
    const load = this.load();
    return load.state === 'loaded' ? load.users : null;
  });
  protected readonly listErrorKey = computed(() => {
    const load = this.load();
    return load.state === 'failed' ? load.errorKey : null;
  });

  protected readonly form = this.formBuilder.group({
    username: ['', Validators.required],
    displayName: ['', Validators.required],
    password: ['', Validators.required],
    roles: this.formBuilder.group(
      Object.fromEntries(ROLES.map((role) => [role, this.formBuilder.control(false)])) as Record<
        Role,
        FormControl<boolean>
      >,
      { validators: atLeastOneChecked },
    ),
  });

  protected readonly pending = signal(false);
  protected readonly fieldErrors = signal<FieldErrors>({});
  protected readonly formErrorKey = signal<string | null>(null);
  protected readonly createdUsername = signal<string | null>(null);

  protected async createUser(): Promise<void> {
    if (this.pending()) return;
    this.createdUsername.set(null);
    this.formErrorKey.set(null);
    this.fieldErrors.set(this.missingFields());
    if (this.form.invalid) return;

    const value = this.form.getRawValue();
    const request: CreateUserBody = {
      username: value.username.trim(),
      displayName: value.displayName.trim(),
      password: value.password,
      roles: ROLES.filter((role) => value.roles[role]),
    };
    this.pending.set(true);
    try {
      const created = await firstValueFrom(this.client.create(request));
      this.form.reset();
      this.createdUsername.set(created.username);
      this.listVersion.update((version) => version + 1);
    } catch (error) {
      const failure = toApiFailure(error);
      this.fieldErrors.set(fieldErrorsOf(failure));
      this.formErrorKey.set(`errors.${failure.code}`);
    } finally {
      this.pending.set(false);
    }
  }

  private missingFields(): FieldErrors {
    const controls = this.form.controls;
    const errors: FieldErrors = {};
    if (controls.username.invalid) errors.username = 'admin.users.required';
    if (controls.displayName.invalid) errors.displayName = 'admin.users.required';
    if (controls.password.invalid) errors.password = 'admin.users.required';
    if (controls.roles.invalid) errors.roles = 'admin.users.rolesRequired';
    return errors;
  }
}
