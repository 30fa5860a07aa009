import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionUser } from '@vielfalt/contracts';
import { rolesFor } from '../navigation/nav-items';
import { settle, testUsers } from '../testing';
import { authGuard } from './auth-guard';
import { roleGuard } from './role-guard';

@Component({ selector: 'vm-test-page', template: 'page', changeDetection: ChangeDetectionStrategy.OnPush })
class TestPage {}

describe('route guards', () => {
  async function navigateAs(user: SessionUser | null, url: string): Promise<string> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'login', component: TestPage },
          {
            path: '',
            canActivate: [authGuard],
            children: [
              { path: '', component: TestPage },
              { path: 'audit', canActivate: [roleGuard(rolesFor('/audit'))], component: TestPage },
            ],
          },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await settle();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush({ user });
    await navigation.catch(() => null);
    await settle();
    return TestBed.inject(Router).url;
  }

  it('send a signed-out visitor to the login page with the way back', async () => {
    expect(await navigateAs(null, '/audit?page=2')).toBe('/login?returnUrl=%2Faudit%3Fpage%3D2');
  });

  it('let the staff council open the audit log', async () => {
    expect(await navigateAs(testUsers.council, '/audit')).toBe('/audit');
  });

  it('send a user without an allowed role to the start page, saying which page they may not open', async () => {
    expect(await navigateAs(testUsers.hr, '/audit?page=2')).toBe('/?denied=%2Faudit');
  });
});
