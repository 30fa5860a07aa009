import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiError, UploadDiff, UploadReport, UploadView } from '@vielfalt/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorInterceptor } from '../http/api-error-interceptor';
import { UploadsClient } from './uploads-client';

// A test-only upload.
const view: UploadView = {
  id: '6f1c1a52-0d55-4d6b-9d2a-3f0e4c9a7b10',
  periodKey: '2025',
  fileName: 'test.csv',
  fileFormat: 'csv',
  sha256: 'ab'.repeat(32),
  bytes: 120,
  uploadedBy: 'Test HR',
  uploadedAt: '2026-03-02T09:15:00Z',
  status: 'checked',
  dataRows: 2,
  unitCount: 1,
  errorCount: 0,
  warningCount: 0,
  committedAt: null,
  committedBy: null,
  current: false,
};

describe('UploadsClient', () => {
  let client: UploadsClient;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiErrorInterceptor])), provideHttpClientTesting()],
    });
    client = TestBed.inject(UploadsClient);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends the file as multipart form data in the field "file" and answers with the report', async () => {
    const file = new File(['period;unit\n'], 'personal-2025.csv', { type: 'text/csv' });
    const report: UploadReport = { ...view, problems: [] };

    const result = firstValueFrom(client.check(file));
    const request = http.expectOne({ method: 'POST', url: '/api/uploads' });
    const body = request.request.body as FormData;
    expect(body instanceof FormData).toBeTrue();
    expect((body.get('file') as File).name).toBe('personal-2025.csv');
    request.flush(report);

    expect(await result).toEqual(report);
  });

  it('asks for the history of one period', async () => {
    const result = firstValueFrom(client.history('2025'));
    http.expectOne({ method: 'GET', url: '/api/uploads?period=2025' }).flush([view]);

    expect(await result).toEqual([view]);
  });

  it('commits, rolls back, reads a report and compares two uploads by id', () => {
    client.commit('a').subscribe();
    client.rollBack('b').subscribe();
    client.report('c').subscribe();
    client.diff('d', 'e').subscribe();

    http.expectOne({ method: 'POST', url: '/api/uploads/a/commit' }).flush(view);
    http.expectOne({ method: 'POST', url: '/api/uploads/b/rollback' }).flush(view);
    http.expectOne({ method: 'GET', url: '/api/uploads/c' }).flush({ ...view, problems: [] });
    http.expectOne({ method: 'GET', url: '/api/uploads/d/diff/e' }).flush({
      from: 'd',
      to: 'e',
      unchanged: 0,
      differenceCount: 0,
      differences: [],
    } satisfies UploadDiff);
  });

  it('fails a refused commit with the API code, so the page can say that the period changed', async () => {
    const result = firstValueFrom(client.commit(view.id));
    http
      .expectOne(`/api/uploads/${view.id}/commit`)
      .flush({ code: 'conflict', message: 'Check the file again' } satisfies ApiError, {
        status: 409,
        statusText: 'Conflict',
      });

    await expectAsync(result).toBeRejectedWith(jasmine.objectContaining({ status: 409, code: 'conflict' }));
  });

  it('links the template of a period in each format', () => {
    expect(client.templateUrl('2025', 'xlsx')).toBe('/api/uploads/template?period=2025&format=xlsx');
    expect(client.templateUrl('2025 a', 'csv')).toBe('/api/uploads/template?period=2025%20a&format=csv');
  });
});
