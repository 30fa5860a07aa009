import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@vielfalt/web-data-access';
import { provideI18n } from '@vielfalt/web-i18n';
import { HomePage } from './home-page';

describe('HomePage', () => {
  it('greets the user and explains each of their roles in German', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n()] });
    const loading = TestBed.inject(SessionStore).load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/session')
      .flush({ user: { id: 'u-1', username: 'test.both', displayName: 'Test Person', roles: ['council', 'admin'] } });
    await loading;

    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Guten Tag, Test Person.');
    expect([...element.querySelectorAll('dt')].map((dt) => dt.textContent?.trim())).toEqual([
      'Personalrat',
      'IT-Administration',
    ]);
    expect(element.querySelectorAll('dd').length).toBe(2);
    expect(element.textContent).not.toMatch(/\d/);
  });
});
