import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type {
  ApiError,
  CatalogueView,
  DimensionDefinition,
  DimensionVersionDefinition,
  OrgUnitDefinition,
  StructuralAttributeDefinition,
} from '@vielfalt/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorInterceptor } from '../http/api-error-interceptor';
import { CatalogueClient } from './catalogue-client';

describe('CatalogueClient', () => {
  let client: CatalogueClient;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiErrorInterceptor])), provideHttpClientTesting()],
    });
    client = TestBed.inject(CatalogueClient);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads the catalogue', async () => {
    const catalogue: CatalogueView = { periods: [], attributes: [], dimensions: [] };

    const result = firstValueFrom(client.read());
    http.expectOne({ method: 'GET', url: '/api/catalogue' }).flush(catalogue);

    expect(await result).toEqual(catalogue);
  });

  it('asks for the units valid at a reference date, or at today when none is given', async () => {
    const unit: OrgUnitDefinition = {
      code: 'TEST-1',
      name: 'Testamt',
      parentCode: null,
      validFrom: '2020-01-01',
      validTo: null,
      successorCodes: [],
    };

    const atDate = firstValueFrom(client.units('2025-06-30'));
    client.units().subscribe();
    http.expectOne({ method: 'GET', url: '/api/catalogue/units?at=2025-06-30' }).flush([unit]);
    http.expectOne({ method: 'GET', url: '/api/catalogue/units' }).flush([]);

    expect(await atDate).toEqual([unit]);
  });

  it('creates a period and completes without a value', async () => {
    const result = firstValueFrom(
      client.createPeriod({ key: '2026', label: 'Welle 2026', referenceDate: '2026-06-30' }),
    );
    const request = http.expectOne({ method: 'POST', url: '/api/catalogue/periods' });
    expect(request.request.body).toEqual({ key: '2026', label: 'Welle 2026', referenceDate: '2026-06-30' });
    request.flush(null, { status: 201, statusText: 'Created' });

    expect(await result).toBeUndefined();
  });

  it('sends a unit file as multipart form data and passes on the row problems of a refusal', async () => {
    const file = new File(['code;name\n'], 'units.csv', { type: 'text/csv' });

    const result = firstValueFrom(client.importUnits(file));
    const request = http.expectOne({ method: 'POST', url: '/api/catalogue/units/import' });
    expect(((request.request.body as FormData).get('file') as File).name).toBe('units.csv');
    const refusal: ApiError = {
      code: 'validation_failed',
      message: 'The units are not valid.',
      details: [{ row: 3, column: 'valid_from', value: '31.02.2025', message: 'Expected a date.' }],
    };
    request.flush(refusal, { status: 400, statusText: 'Bad Request' });

    await expectAsync(result).toBeRejectedWith(
      jasmine.objectContaining({ code: 'validation_failed', details: refusal.details }),
    );
  });

  it('creates a structural attribute and passes on a taken key as conflict', async () => {
    const attribute: StructuralAttributeDefinition = {
      key: 'test_flag',
      label: { de: 'Testmerkmal', en: 'Test attribute' },
      values: [
        { key: 'ja', label: { de: 'ja', en: 'yes' } },
        { key: 'nein', label: { de: 'nein', en: 'no' } },
      ],
    };

    const created = firstValueFrom(client.createAttribute(attribute), { defaultValue: 'none' });
    const request = http.expectOne({ method: 'POST', url: '/api/catalogue/attributes' });
    expect(request.request.body).toEqual(attribute);
    request.flush(null, { status: 201, statusText: 'Created' });
    expect(await created).toBeUndefined();

    const refused = firstValueFrom(client.createAttribute(attribute));
    const conflict: ApiError = { code: 'conflict', message: 'taken', details: [{ field: 'key', message: 'taken' }] };
    http.expectOne('/api/catalogue/attributes').flush(conflict, { status: 409, statusText: 'Conflict' });
    await expectAsync(refused).toBeRejectedWith(
      jasmine.objectContaining({ code: 'conflict', details: conflict.details }),
    );
  });

  it('creates a dimension with its first version', async () => {
    const dimension: DimensionDefinition = {
      key: 'test_dimension',
      label: { de: 'Testmerkmal', en: 'Test dimension' },
      description: { de: 'Nur für Tests.', en: 'For tests only.' },
      choice: 'multi',
      versions: [
        {
          version: 1,
          validFromPeriod: '2025',
          agreedBy: 'Test-Arbeitsgruppe',
          agreedOn: '2024-11-14',
          categories: [
            { key: 'a', label: { de: 'A', en: 'A' } },
            { key: 'b', label: { de: 'B', en: 'B' } },
          ],
          mappingFromPrevious: [],
        },
      ],
    };

    const created = firstValueFrom(client.createDimension(dimension), { defaultValue: 'none' });
    const request = http.expectOne({ method: 'POST', url: '/api/catalogue/dimensions' });
    expect(request.request.body).toEqual(dimension);
    request.flush(null, { status: 201, statusText: 'Created' });

    expect(await created).toBeUndefined();
  });

  it('adds a version to the dimension named in the path and passes on unmapped categories', async () => {
    const version: DimensionVersionDefinition = {
      version: 2,
      validFromPeriod: '2026',
      agreedBy: 'Test-Arbeitsgruppe',
      agreedOn: '2025-11-14',
      categories: [
        { key: 'c', label: { de: 'C', en: 'C' } },
        { key: 'd', label: { de: 'D', en: 'D' } },
      ],
      mappingFromPrevious: [{ from: 'a', to: 'c' }],
    };

    const result = firstValueFrom(client.addDimensionVersion('test dimension', version));
    const request = http.expectOne({ method: 'POST', url: '/api/catalogue/dimensions/test%20dimension/versions' });
    expect(request.request.body).toEqual(version);
    const refusal: ApiError = {
      code: 'validation_failed',
      message: 'The version is not valid.',
      details: [{ field: 'mappingFromPrevious', value: 'b', message: 'not mapped' }],
    };
    request.flush(refusal, { status: 400, statusText: 'Bad Request' });

    await expectAsync(result).toBeRejectedWith(
      jasmine.objectContaining({ code: 'validation_failed', details: refusal.details }),
    );
  });
});
