import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiError, CatalogueView, PeriodView } from '@vielfalt/contracts';
import { apiErrorInterceptor } from '../http/api-error-interceptor';
import { type CatalogueState, catalogueState, periodsNewestFirst } from './catalogue-state';

const period = (key: string, referenceDate: string): PeriodView => ({
  key,
  label: `Testwelle ${key}`,
  referenceDate,
  status: 'open',
});

const catalogue: CatalogueView = {
  periods: [period('2024', '2024-06-30'), period('2025', '2025-06-30'), period('2023', '2023-06-30')],
  attributes: [],
  dimensions: [
    {
      key: 'migration_history',
      label: { de: 'Migrationsgeschichte', en: 'Migration history' },
      description: { de: 'Test', en: 'Test' },
      choice: 'single',
      versions: [],
    },
  ],
};

describe('catalogueState', () => {
  let http: HttpTestingController;
  let state: CatalogueState;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiErrorInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    state = TestBed.runInInjectionContext(() => catalogueState());
  });

  afterEach(() => http.verify());

  it('is loading, with no periods and no dimensions, until the catalogue arrives', () => {
    http.expectOne({ method: 'GET', url: '/api/catalogue' });

    expect(state.loading()).toBeTrue();
    expect(state.errorKey()).toBeNull();
    expect(state.periods()).toEqual([]);
    expect(state.dimensions()).toEqual([]);
  });

  it('offers the periods newest first and the dimensions, once the catalogue is read', () => {
    http.expectOne({ method: 'GET', url: '/api/catalogue' }).flush(catalogue);

    expect(state.loading()).toBeFalse();
    expect(state.errorKey()).toBeNull();
    expect(state.periods().map((known) => known.key)).toEqual(['2025', '2024', '2023']);
    expect(state.dimensions()).toEqual(catalogue.dimensions);
  });

  it('reads the catalogue only once, however often its signals are read', () => {
    http.expectOne('/api/catalogue').flush(catalogue);
    state.periods();
    state.dimensions();

    http.expectNone('/api/catalogue');
  });

  it('names the failure by its code for the dictionaries, and offers no periods', () => {
    http
      .expectOne('/api/catalogue')
      .flush({ code: 'forbidden', message: 'No.' } satisfies ApiError, { status: 403, statusText: 'Forbidden' });

    expect(state.loading()).toBeFalse();
    expect(state.errorKey()).toBe('errors.forbidden');
    expect(state.periods()).toEqual([]);
    expect(state.dimensions()).toEqual([]);
  });

  it('says the server cannot be reached when no answer comes', () => {
    http.expectOne('/api/catalogue').error(new ProgressEvent('error'));

    expect(state.errorKey()).toBe('errors.network_error');
  });
});

describe('periodsNewestFirst', () => {
  it('lists the newest period first, by reference date, and leaves its input alone', () => {
    const periods = [period('2024', '2024-06-30'), period('2025', '2025-06-30'), period('2023', '2023-06-30')];

    expect(periodsNewestFirst(periods).map((known) => known.key)).toEqual(['2025', '2024', '2023']);
    expect(periods.map((known) => known.key)).toEqual(['2024', '2025', '2023']);
  });
});
