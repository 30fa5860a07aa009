import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ApiError, ProtectionSettingsView, SessionUser } from '@vielfalt/contracts';
import { ActiveLanguage } from '@vielfalt/web-i18n';
import { configurePageTest, settle, signInAs, testUsers, text } from '../testing';
import { ProtectionSettingsPage } from './protection-settings-page';

const defaults: ProtectionSettingsView = { k: 5, minRespondents: 10, updatedAt: null, updatedBy: null };

describe('ProtectionSettingsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ProtectionSettingsPage>;
  let element: HTMLElement;

  const byTestId = <T extends Element = HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`);
  const stable = async () => {
    await settle();
    await fixture.whenStable();
  };

  async function render(user: SessionUser, settings = defaults) {
    http = configurePageTest();
    await signInAs(user);
    fixture = TestBed.createComponent(ProtectionSettingsPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/protection-settings' }).flush(settings);
    await stable();
  }

  async function submit(k: string, minRespondents: string) {
    const kInput = byTestId<HTMLInputElement>('protection-k-input');
    const minInput = byTestId<HTMLInputElement>('protection-min-respondents-input');
    if (!kInput || !minInput) throw new Error('no form');
    kInput.value = k;
    kInput.dispatchEvent(new Event('input'));
    minInput.value = minRespondents;
    minInput.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('protection-submit')?.click();
    await stable();
  }

  afterEach(() => {
    http.verify();
    localStorage.clear();
    document.documentElement.lang = 'de';
  });

  it('shows the staff council the settings and what they mean, read-only', async () => {
    await render(testUsers.council);

    expect(text(byTestId('protection-k'))).toBe('5');
    expect(text(byTestId('protection-min-respondents'))).toBe('10');
    expect(text(byTestId('protection-changed'))).toBe('Es gelten die Voreinstellungen.');
    expect(text(byTestId('protection-explanation'))).toContain('k ist die kleinste Gruppe');
    expect(text(byTestId('protection-explanation'))).toContain('Die Mindestzahl der Teilnehmenden');
    expect(text(byTestId('protection-read-only'))).toBe('Ändern kann diese Einstellungen nur die IT-Administration.');
    expect(byTestId('protection-form')).toBeNull();
    expect(element.querySelector('input')).toBeNull();
  });

  it('explains k and the minimum in English too', async () => {
    await render(testUsers.council);
    await TestBed.inject(ActiveLanguage).switchTo('en');
    await stable();

    expect(text(byTestId('protection-explanation'))).toContain('k is the smallest group');
  });

  it('says who changed the settings and when', async () => {
    await render(testUsers.council, {
      k: 6,
      minRespondents: 12,
      updatedAt: '2026-03-02T09:15:00Z',
      updatedBy: 'Test Admin',
    });

    expect(text(byTestId('protection-changed'))).toMatch(/^0?2\.03\.2026, \d{2}:15:00 von Test Admin$/);
  });

  it('gives IT a labelled form that starts from the settings in force', async () => {
    await render(testUsers.admin);

    const kInput = byTestId<HTMLInputElement>('protection-k-input');
    expect(kInput?.value).toBe('5');
    expect(byTestId<HTMLInputElement>('protection-min-respondents-input')?.value).toBe('10');
    expect(text(element.querySelector(`label[for="${kInput?.id}"]`))).toBe('k (kleinste veröffentlichte Gruppe)');
    expect(byTestId('protection-read-only')).toBeNull();
  });

  it('refuses k = 2 in the browser, without asking the server', async () => {
    await render(testUsers.admin);

    await submit('2', '10');

    expect(text(byTestId('protection-k-error'))).toBe('k darf nicht kleiner als 3 sein.');
    expect(byTestId('protection-k-input')?.getAttribute('aria-invalid')).toBe('true');
    expect(byTestId('protection-k-input')?.getAttribute('aria-describedby')).toContain('protection-k-error');
    http.expectNone('/api/protection-settings');
  });

  it('refuses a minimum number of respondents below k in the browser', async () => {
    await render(testUsers.admin);

    await submit('6', '5');

    expect(text(byTestId('protection-min-respondents-error'))).toBe('Die Mindestzahl darf nicht kleiner als k sein.');
    expect(byTestId('protection-k-error')).toBeNull();
    http.expectNone('/api/protection-settings');
  });

  it('saves valid settings, says so and shows who changed them', async () => {
    await render(testUsers.admin);

    await submit('6', '12');
    const request = http.expectOne({ method: 'PUT', url: '/api/protection-settings' });
    expect(request.request.body).toEqual({ k: 6, minRespondents: 12 });
    request.flush({ k: 6, minRespondents: 12, updatedAt: '2026-03-02T09:15:00Z', updatedBy: 'Test Admin' });
    await stable();
    http
      .expectOne({ method: 'GET', url: '/api/protection-settings' })
      .flush({ k: 6, minRespondents: 12, updatedAt: '2026-03-02T09:15:00Z', updatedBy: 'Test Admin' });
    await stable();

    const saved = byTestId('protection-saved');
    expect(text(saved)).toBe('Gespeichert: k = 6, Mindestzahl 12. Das gilt ab der nächsten Veröffentlichung.');
    expect(saved?.closest('[role="status"]')).not.toBeNull();
    expect(text(byTestId('protection-k'))).toBe('6');
    expect(text(byTestId('protection-changed'))).toContain('von Test Admin');
  });

  it('shows the server’s refusal at the field it names', async () => {
    await render(testUsers.admin);

    await submit('4', '4');
    http.expectOne({ method: 'PUT', url: '/api/protection-settings' }).flush(
      {
        code: 'validation_failed',
        message: 'Invalid settings',
        details: [{ field: 'minRespondents', message: 'too low' }],
      } satisfies ApiError,
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();

    expect(text(byTestId('protection-error'))).toBe('Die Angaben sind unvollständig oder ungültig.');
    expect(byTestId('protection-error')?.getAttribute('role')).toBe('alert');
    expect(text(byTestId('protection-min-respondents-error'))).toBe('Der Server hat diesen Wert abgelehnt.');
  });
});
