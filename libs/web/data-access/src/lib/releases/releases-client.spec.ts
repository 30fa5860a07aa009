import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiError, ProtectionSettingsView } from '@vielfalt/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorInterceptor } from '../http/api-error-interceptor';
import { ReleasesClient } from './releases-client';

describe('ReleasesClient', () => {
  let client: ReleasesClient;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiErrorInterceptor])), provideHttpClientTesting()],
    });
    client = TestBed.inject(ReleasesClient);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the preview and the history of one period, the key encoded', () => {
    client.preview('2025 a').subscribe();
    client.history('2025').subscribe();

    http.expectOne({ method: 'GET', url: '/api/releases/preview?period=2025%20a' }).flush({});
    http.expectOne({ method: 'GET', url: '/api/releases?period=2025' }).flush([]);
  });

  it('publishes with the data version of the preview and the note', () => {
    client.publish({ periodKey: '2025', dataVersion: 7, note: 'Korrektur' }).subscribe();

    const request = http.expectOne({ method: 'POST', url: '/api/releases' });
    expect(request.request.body).toEqual({ periodKey: '2025', dataVersion: 7, note: 'Korrektur' });
    request.flush({});
  });

  it('fails a publication refused because the data changed with the code conflict', async () => {
    const result = firstValueFrom(client.publish({ periodKey: '2025', dataVersion: 7 }));
    http.expectOne('/api/releases').flush({ code: 'conflict', message: 'The data changed' } satisfies ApiError, {
      status: 409,
      statusText: 'Conflict',
    });

    await expectAsync(result).toBeRejectedWith(jasmine.objectContaining({ status: 409, code: 'conflict' }));
  });

  it('reads the protection settings and changes them with PUT', async () => {
    const view: ProtectionSettingsView = { k: 5, minRespondents: 10, updatedAt: null, updatedBy: null };

    const read = firstValueFrom(client.protectionSettings());
    http.expectOne({ method: 'GET', url: '/api/protection-settings' }).flush(view);
    expect(await read).toEqual(view);

    const update = firstValueFrom(client.updateProtectionSettings({ k: 6, minRespondents: 12 }), {
      defaultValue: undefined,
    });
    const request = http.expectOne({ method: 'PUT', url: '/api/protection-settings' });
    expect(request.request.body).toEqual({ k: 6, minRespondents: 12 });
    request.flush({ ...view, k: 6, minRespondents: 12 });
    expect(await update).toBeUndefined();
  });
});
