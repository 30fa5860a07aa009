import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { AuditEventView, Page } from '@vielfalt/contracts';
import { provideI18n } from '@vielfalt/web-i18n';
import { AuditLogPage } from './audit-log-page';

// Test-only events.
const events: AuditEventView[] = [
  {
    id: 'e-2',
    occurredAt: '2026-03-02T09:15:00Z',
    action: 'auth.login',
    outcome: 'failure',
    actor: 'test.someone',
    details: { reason: 'invalid_credentials' },
  },
  {
    id: 'e-1',
    occurredAt: '2026-03-01T08:00:00Z',
    action: 'user.create',
    outcome: 'success',
    actor: null,
    details: {},
  },
];

describe('AuditLogPage', () => {
  let http: HttpTestingController;

  async function render(params: { page?: string; action?: string }, answer: Page<AuditEventView>) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideI18n()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AuditLogPage);
    if (params.page) fixture.componentRef.setInput('page', params.page);
    if (params.action) fixture.componentRef.setInput('action', params.action);
    await fixture.whenStable();
    const request = http.expectOne((candidate) => candidate.url === '/api/audit-events');
    request.flush(answer);
    await fixture.whenStable();
    return { fixture, request, element: fixture.nativeElement as HTMLElement };
  }

  const cellsOf = (element: HTMLElement) =>
    [...element.querySelectorAll('[data-testid="audit-table"] tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );

  it('shows time in German format, translated action and outcome, actor and details', async () => {
    const { element } = await render({}, { items: events, page: 1, pageSize: 50, total: 2 });

    const [first, second] = cellsOf(element);
    expect(first[0]).toMatch(/^0?2\.03\.2026, \d{2}:15:00$/);
    expect(first.slice(1, 4)).toEqual(['Anmeldung', 'fehlgeschlagen', 'test.someone']);
    expect(element.querySelector('tbody dl dt')?.textContent?.trim()).toBe('Grund');
    expect(element.querySelector('tbody dl dd')?.textContent?.trim()).toBe('invalid_credentials');
    expect(second.slice(1)).toEqual(['Benutzer angelegt', 'erfolgreich', 'unbekannt', 'keine']);
    expect(element.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T09:15:00Z');
  });

  it('asks for the page and action from the URL and says where the reader is', async () => {
    const { request, element } = await render(
      { page: '2', action: 'auth.login' },
      { items: events, page: 2, pageSize: 50, total: 120 },
    );

    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('action')).toBe('auth.login');
    expect(element.querySelector('[data-testid="audit-page"]')?.textContent?.trim()).toBe('Seite 2 von 3');
    expect(element.querySelector<HTMLSelectElement>('#audit-action')?.value).toBe('auth.login');
  });

  it('pages by changing the URL, so the view can be bookmarked', async () => {
    const { element } = await render({ page: '2' }, { items: events, page: 2, pageSize: 50, total: 120 });
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);

    element.querySelector<HTMLButtonElement>('[data-testid="audit-next"]')?.click();
    element.querySelector<HTMLButtonElement>('[data-testid="audit-previous"]')?.click();

    expect(navigate.calls.argsFor(0)[1]).toEqual(jasmine.objectContaining({ queryParams: { page: 3 } }));
    expect(navigate.calls.argsFor(1)[1]).toEqual(jasmine.objectContaining({ queryParams: { page: null } }));
  });

  it('cannot page before the first or after the last page', async () => {
    const { element } = await render({}, { items: events, page: 1, pageSize: 50, total: 2 });

    expect(element.querySelector<HTMLButtonElement>('[data-testid="audit-previous"]')?.disabled).toBeTrue();
    expect(element.querySelector<HTMLButtonElement>('[data-testid="audit-next"]')?.disabled).toBeTrue();
  });

  it('filters by action through the URL, starting again at the first page', async () => {
    const { element } = await render({ page: '3' }, { items: events, page: 3, pageSize: 50, total: 120 });
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);

    const select = element.querySelector<HTMLSelectElement>('#audit-action');
    if (!select) throw new Error('no filter');
    select.value = 'user.create';
    element.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();

    expect(navigate.calls.mostRecent().args[1]).toEqual(
      jasmine.objectContaining({ queryParams: { action: 'user.create', page: null } }),
    );
  });

  it('reports a refused request in words, not as an empty table', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideI18n()],
    });
    const fixture = TestBed.createComponent(AuditLogPage);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController)
      .expectOne((candidate) => candidate.url === '/api/audit-events')
      .flush({ code: 'forbidden', message: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Dafür fehlt Ihnen die Berechtigung.');
    expect(element.querySelector('[data-testid="audit-table"]')).toBeNull();
  });
});
