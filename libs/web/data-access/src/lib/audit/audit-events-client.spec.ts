import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuditEventView, Page } from '@vielfalt/contracts';
import { firstValueFrom } from 'rxjs';
import { AuditEventsClient } from './audit-events-client';

describe('AuditEventsClient', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  });

  it('asks for one page of one action', async () => {
    const http = TestBed.inject(HttpTestingController);
    const page: Page<AuditEventView> = { items: [], page: 2, pageSize: 50, total: 51 };

    const result = firstValueFrom(
      TestBed.inject(AuditEventsClient).list({ page: 2, pageSize: 50, action: 'auth.login' }),
    );
    http.expectOne('/api/audit-events?page=2&pageSize=50&action=auth.login').flush(page);

    expect(await result).toEqual(page);
    http.verify();
  });

  it('leaves the action out when every action is wanted', () => {
    const http = TestBed.inject(HttpTestingController);

    TestBed.inject(AuditEventsClient).list({ page: 1, pageSize: 50 }).subscribe();

    http.expectOne('/api/audit-events?page=1&pageSize=50');
    http.verify();
  });
});
