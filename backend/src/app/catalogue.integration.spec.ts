import type { DimensionVersionDefinition } from '@vielfalt/contracts';
import { TEST_ATTRIBUTE, TEST_DIMENSION, TEST_PERIODS } from '../testing/catalogue-fixture';
import type { ApiClient } from '../testing/api-client';
import { startTestApp, type TestApp } from '../testing/test-app';

const VERSION_2: DimensionVersionDefinition = {
  version: 2,
  validFromPeriod: '2025',
  agreedBy: 'Arbeitsgruppe Vielfalt mit Migrant*innenbeirat',
  agreedOn: '2025-01-15',
  categories: [
    { key: 'selbst_eingewandert', label: { de: 'selbst eingewandert', en: 'immigrated themselves' } },
    { key: 'eltern_eingewandert', label: { de: 'Eltern eingewandert', en: 'parents immigrated' } },
    { key: 'keine', label: { de: 'keine', en: 'none' } },
    { key: 'keine_angabe', label: { de: 'keine Angabe', en: 'prefer not to say' } },
  ],
  mappingFromPrevious: [
    { from: 'mit', to: 'selbst_eingewandert' },
    { from: 'mit', to: 'eltern_eingewandert' },
    { from: 'ohne', to: 'keine' },
    { from: 'keine_angabe', to: 'keine_angabe' },
  ],
};

describe('the catalogue', () => {
  let testApp: TestApp;
  let stabsstelle: ApiClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    stabsstelle = await testApp.signedIn('stabsstelle');
    for (const period of TEST_PERIODS)
      expect((await stabsstelle.post('/api/catalogue/periods', period)).status).toBe(201);
    expect((await stabsstelle.post('/api/catalogue/attributes', TEST_ATTRIBUTE)).status).toBe(201);
    expect((await stabsstelle.post('/api/catalogue/dimensions', TEST_DIMENSION)).status).toBe(201);
  });
  afterAll(() => testApp.close());

  it('shows every signed-in role the periods, attributes and dimensions with their provenance', async () => {
    const catalogue = (await (await testApp.signedIn('leadership')).get('/api/catalogue')).body;
    expect(catalogue.periods.map((p: { key: string }) => p.key)).toEqual(['2024', '2025']);
    expect(catalogue.periods[0].status).toBe('open');
    expect(catalogue.attributes).toEqual([TEST_ATTRIBUTE]);
    expect(catalogue.dimensions[0].versions[0].agreedBy).toBe('Arbeitsgruppe Vielfalt');
    expect(catalogue.dimensions[0].versions[0]).toEqual(TEST_DIMENSION.versions[0]);
  });

  it('adds a new version of the categories with a mapping, so trends survive the change', async () => {
    const response = await stabsstelle.post('/api/catalogue/dimensions/migration_history/versions', VERSION_2);
    expect(response.status).toBe(201);
    const dimension = (await stabsstelle.get('/api/catalogue')).body.dimensions[0];
    expect(dimension.versions.length).toBe(2);
    expect(dimension.versions[1].mappingFromPrevious).toContain({ from: 'mit', to: 'eltern_eingewandert' });

    const audit = await (await testApp.signedIn('council')).get('/api/audit-events?action=catalogue.dimension.version');
    expect(audit.body.items[0].details).toEqual({ key: 'migration_history', version: 2 });
  });

  it('refuses a single-choice dimension without "keine Angabe"', async () => {
    const response = await stabsstelle.post('/api/catalogue/dimensions', {
      ...TEST_DIMENSION,
      key: 'disability',
      versions: [{ ...TEST_DIMENSION.versions[0], categories: TEST_DIMENSION.versions[0].categories.slice(0, 2) }],
    });
    expect(response.status).toBe(400);
    expect(response.body.details[0]).toEqual(jasmine.objectContaining({ field: 'versions.0.categories' }));
    expect(response.body.details[0].message).toContain('keine_angabe');
  });

  it('refuses a version whose mapping leaves an old category out, and changes nothing', async () => {
    const response = await stabsstelle.post('/api/catalogue/dimensions', {
      ...TEST_DIMENSION,
      key: 'gender_identity',
      versions: [
        TEST_DIMENSION.versions[0],
        { ...VERSION_2, mappingFromPrevious: VERSION_2.mappingFromPrevious.slice(0, 2) },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { value: string }) => d.value)).toEqual(['ohne', 'keine_angabe']);
    const keys = (await stabsstelle.get('/api/catalogue')).body.dimensions.map((d: { key: string }) => d.key);
    expect(keys).toEqual(['migration_history']);
  });

  it('refuses a version from an unknown period and a version number out of order', async () => {
    const response = await stabsstelle.post('/api/catalogue/dimensions/migration_history/versions', {
      ...VERSION_2,
      version: 7,
      validFromPeriod: '2031',
    });
    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(
      jasmine.arrayContaining(['version', 'validFromPeriod']),
    );
  });

  it('refuses a second period with a taken key or reference date as a conflict', async () => {
    const sameKey = await stabsstelle.post('/api/catalogue/periods', {
      ...TEST_PERIODS[0],
      referenceDate: '2019-06-30',
    });
    expect(sameKey.status).toBe(409);
    const sameDay = await stabsstelle.post('/api/catalogue/periods', { ...TEST_PERIODS[0], key: 'doppelt' });
    expect(sameDay.status).toBe(409);
    expect(sameDay.body.details[0].field).toBe('referenceDate');
  });

  it('refuses malformed input with the field named', async () => {
    const response = await stabsstelle.post('/api/catalogue/periods', {
      key: 'x y',
      label: '',
      referenceDate: '30.06.2026',
    });
    expect(response.status).toBe(400);
    const fields = response.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(jasmine.arrayWithExactContents(['key', 'label', 'referenceDate', 'referenceDate']));
  });
});
