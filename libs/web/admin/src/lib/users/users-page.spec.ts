import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ApiError, UserSummary } from '@vielfalt/contracts';
import { provideI18n } from '@vielfalt/web-i18n';
import { UsersPage } from './users-page';

// Test-only accounts.
const existing: UserSummary = {
  id: 'u-1',
  username: 'test.admin',
  displayName: 'Test Admin',
  roles: ['admin'],
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
};

describe('UsersPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<UsersPage>;
  let element: HTMLElement;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UsersPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/users' }).flush([existing]);
    await settle();
  });

  function type(id: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function check(role: string): void {
    element.querySelector<HTMLInputElement>(`#new-role-${role}`)?.click();
  }

  function fillValidForm(): void {
    type('new-username', 'test.new');
    type('new-display-name', 'Test New');
    type('new-password', 'a long test password');
    check('council');
    check('hr');
  }

  const submit = () => element.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
  const errorUnder = (field: string) =>
    element.querySelector(`[data-testid="field-error-${field}"]`)?.textContent?.trim() ?? null;

  it('lists the accounts with German role names and status', () => {
    const cells = [...element.querySelectorAll('[data-testid="users-table"] tbody tr > *')].map((cell) =>
      cell.textContent?.trim(),
    );

    expect(cells).toEqual(['test.admin', 'Test Admin', 'IT-Administration', 'aktiv']);
  });

  it('labels every input, and every role checkbox', () => {
    for (const id of ['new-username', 'new-display-name', 'new-password', 'new-role-hr', 'new-role-admin']) {
      expect(element.querySelector(`label[for="${id}"]`))
        .withContext(id)
        .not.toBeNull();
    }
  });

  it('creates the account with the chosen roles and lists it', async () => {
    fillValidForm();
    submit();

    const request = http.expectOne({ method: 'POST', url: '/api/users' });
    expect(request.request.body).toEqual({
      username: 'test.new',
      displayName: 'Test New',
      password: 'a long test password',
      roles: ['hr', 'council'],
    });
    request.flush({ ...existing, id: 'u-2', username: 'test.new', displayName: 'Test New', roles: ['hr', 'council'] });
    await settle();
    http.expectOne({ method: 'GET', url: '/api/users' }).flush([existing]);
    await settle();

    expect(element.querySelector('[data-testid="user-created"]')?.textContent?.trim()).toBe(
      'Das Benutzerkonto „test.new“ wurde angelegt.',
    );
    expect(element.querySelector<HTMLInputElement>('#new-username')?.value).toBe('');
  });

  it('shows the server’s validation errors under the fields they concern', async () => {
    fillValidForm();
    submit();

    const body: ApiError = {
      code: 'validation_failed',
      message: 'Validation failed',
      details: [
        { field: 'username', message: 'username must be 2–63 lower-case letters' },
        { field: 'password', message: 'password must be longer than or equal to 12 characters' },
      ],
    };
    http.expectOne('/api/users').flush(body, { status: 400, statusText: 'Bad Request' });
    await settle();

    expect(errorUnder('username')).toBe('Der Benutzername entspricht nicht den Regeln.');
    expect(errorUnder('password')).toBe('Das Passwort ist zu kurz oder zu lang.');
    expect(errorUnder('displayName')).toBeNull();
    expect(element.querySelector('#new-username')?.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#new-username')?.getAttribute('aria-describedby')).toContain('new-username-error');
    expect(element.querySelector('[data-testid="create-user-error"]')?.getAttribute('role')).toBe('alert');
  });

  it('says when a user name is taken', async () => {
    fillValidForm();
    submit();

    http
      .expectOne('/api/users')
      .flush({ code: 'conflict', message: 'exists' } satisfies ApiError, { status: 409, statusText: 'Conflict' });
    await settle();

    expect(errorUnder('username')).toBe('Dieser Benutzername ist bereits vergeben.');
  });

  it('asks for the missing fields and a role before calling the server', async () => {
    type('new-username', 'test.new');
    submit();
    await settle();

    expect(errorUnder('displayName')).toBe('Bitte ausfüllen.');
    expect(errorUnder('password')).toBe('Bitte ausfüllen.');
    expect(errorUnder('roles')).toBe('Bitte wählen Sie mindestens eine Rolle.');
    expect(errorUnder('username')).toBeNull();
    http.expectNone('/api/users');
  });
});
