import { provideHttpClient } from '@angular/common/http';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@vielfalt/web-data-access';
import { provideI18n } from '@vielfalt/web-i18n';
import { HomePage } from './home-page';

describe('HomePage', () => {
  it('greets the user and explains each of their roles in German', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n(), provideRouter([])],
    });
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

  it('says which page the user was turned away from, by its menu name', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideRouter([{ path: '', component: HomePage }]),
      ],
    });
    const loading = TestBed.inject(SessionStore).load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/session')
      .flush({ user: { id: 'u-1', username: 'test.hr', displayName: 'Test Person', roles: ['hr'] } });
    await loading;
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/?denied=%2Freleases%2Fpublish');
    const notice = (harness.routeNativeElement as HTMLElement).querySelector('[data-testid="home-denied"]');

    expect(notice?.getAttribute('role')).toBe('alert');
    expect(notice?.textContent).toContain('„Veröffentlichen“');
    await harness.navigateByUrl('/');
    expect((harness.routeNativeElement as HTMLElement).querySelector('[data-testid="home-denied"]')).toBeNull();
  });
});
