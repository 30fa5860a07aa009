import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { SessionUser } from '@vielfalt/contracts';
import { provideI18n } from '@vielfalt/web-i18n';
import { settle, testUsers } from '../testing';
import { Layout } from './layout';

describe('Layout', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'de';
  });

  async function render(user: SessionUser | null) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideI18n()],
    });
    const fixture = TestBed.createComponent(Layout);
    const http = TestBed.inject(HttpTestingController);
    await settle();
    http.expectOne('/api/auth/session').flush({ user });
    await settle();
    await fixture.whenStable();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  const testIds = (element: HTMLElement) =>
    [...element.querySelectorAll('nav a')].map((link) => link.getAttribute('data-testid'));

  it('offers a skip link to the main region', async () => {
    const { element } = await render(null);

    expect(element.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(element.querySelector('main')?.id).toBe('main');
  });

  it('shows IT every section, each link marked for the end-to-end tests', async () => {
    const { element } = await render(testUsers.admin);

    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Hauptnavigation');
    expect(testIds(element)).toEqual([
      'nav-start',
      'nav-catalogue',
      'nav-settings-protection',
      'nav-audit',
      'nav-admin-users',
    ]);
    expect(element.querySelector('[data-testid="nav-admin-users"]')?.getAttribute('href')).toBe('/admin/users');
  });

  it('shows the staff council only what it may open', async () => {
    const { element } = await render(testUsers.council);

    expect(testIds(element)).toEqual(['nav-start', 'nav-releases', 'nav-settings-protection', 'nav-audit']);
    expect(element.querySelector('[data-testid="current-user"]')?.textContent?.trim()).toBe('Test Council');
  });

  it('shows HR the upload page, labelled in German', async () => {
    const { element } = await render(testUsers.hr);

    expect(testIds(element)).toEqual(['nav-start', 'nav-upload']);
    expect(element.querySelector('[data-testid="nav-upload"]')?.textContent?.trim()).toBe('Upload');
    expect(element.querySelector('[data-testid="nav-upload"]')?.getAttribute('href')).toBe('/upload');
  });

  it('shows no navigation and no user to a signed-out visitor', async () => {
    const { element } = await render(null);

    expect(element.querySelector('nav')).toBeNull();
    expect(element.querySelector('[data-testid="logout"]')).toBeNull();
  });

  it('switches the language with pressed toggle buttons', async () => {
    const { fixture, element } = await render(testUsers.council);
    const english = element.querySelector<HTMLButtonElement>('[data-testid="language-en"]');
    expect(english?.getAttribute('aria-pressed')).toBe('false');

    english?.click();
    await settle();
    await fixture.whenStable();

    expect(english?.getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('[data-testid="language-de"]')?.getAttribute('aria-pressed')).toBe('false');
    expect(element.querySelector('[data-testid="nav-audit"]')?.textContent?.trim()).toBe('Audit log');
    expect(document.documentElement.lang).toBe('en');
  });

  it('signs out and opens the login page', async () => {
    const { fixture, http, element } = await render(testUsers.council);
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);

    element.querySelector<HTMLButtonElement>('[data-testid="logout"]')?.click();
    http.expectOne({ method: 'POST', url: '/api/auth/logout' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledOnceWith(['/login']);
    expect(element.querySelector('[data-testid="current-user"]')).toBeNull();
  });
});
