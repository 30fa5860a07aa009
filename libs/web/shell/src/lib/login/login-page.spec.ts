import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { ApiError } from '@vielfalt/contracts';
import { ActiveLanguage, provideI18n } from '@vielfalt/web-i18n';
import { settle, testUsers } from '../testing';
import { LoginPage, safeReturnUrl } from './login-page';

describe('LoginPage', () => {
  let http: HttpTestingController;

  async function render(returnUrl?: string) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideI18n()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(LoginPage);
    if (returnUrl) fixture.componentRef.setInput('returnUrl', returnUrl);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element };
  }

  function type(element: HTMLElement, id: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(element: HTMLElement, answer: { status: number; body: object }) {
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    http.expectOne('/api/auth/session').flush({ user: null });
    await settle();
    http.expectOne('/api/auth/login').flush(answer.body, { status: answer.status, statusText: String(answer.status) });
    await settle();
  }

  it('labels both inputs', async () => {
    const { element } = await render();

    expect(element.querySelector('label[for="username"]')?.textContent?.trim()).toBe('Benutzername');
    expect(element.querySelector('label[for="password"]')?.textContent?.trim()).toBe('Passwort');
  });

  it('shows the translated reason as an alert when the credentials are wrong', async () => {
    const { fixture, element } = await render();
    type(element, 'username', 'test.council');
    type(element, 'password', 'wrong password');

    const body: ApiError = { code: 'invalid_credentials', message: 'Invalid username or password' };
    await submit(element, { status: 401, body });
    await fixture.whenStable();

    const error = element.querySelector('[data-testid="login-error"]');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(error?.textContent?.trim()).toBe('Benutzername oder Passwort ist falsch.');
    expect(element.querySelector<HTMLInputElement>('#password')?.value).toBe('');
  });

  it('shows the reason in English after switching the language', async () => {
    const { fixture, element } = await render();
    await TestBed.inject(ActiveLanguage).switchTo('en');
    type(element, 'username', 'test.council');
    type(element, 'password', 'x');

    await submit(element, { status: 429, body: { code: 'too_many_requests', message: 'Too Many Requests' } });
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="login-error"]')?.textContent?.trim()).toBe(
      'Too many attempts. Please wait a moment and try again.',
    );
    localStorage.clear();
    document.documentElement.lang = 'de';
  });

  it('asks for both fields before calling the server', async () => {
    const { fixture, element } = await render();

    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="login-error"]')?.textContent?.trim()).toBe(
      'Bitte geben Sie Benutzername und Passwort ein.',
    );
    http.expectNone('/api/auth/login');
  });

  it('goes where the user wanted to go after signing in', async () => {
    const { element } = await render('/audit?page=2');
    const navigate = spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
    type(element, 'username', 'test.council');
    type(element, 'password', 'a test password');

    await submit(element, { status: 200, body: { user: testUsers.council } });

    expect(navigate).toHaveBeenCalledOnceWith('/audit?page=2');
  });

  it('never follows a return address outside the app', () => {
    expect(safeReturnUrl('https://elsewhere.example/')).toBe('/');
    expect(safeReturnUrl('//elsewhere.example/')).toBe('/');
    expect(safeReturnUrl('/login?returnUrl=%2F')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
    expect(safeReturnUrl('/admin/users')).toBe('/admin/users');
  });
});
