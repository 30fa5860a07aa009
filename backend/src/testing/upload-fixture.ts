import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ApiClient } from './api-client';
import { TEST_ATTRIBUTE, TEST_DIMENSION, TEST_PERIODS } from './catalogue-fixture';

const example = (name: string) => readFileSync(path.join(__dirname, '../../../docs/examples', name), 'utf8').trim();

/** Units of the example administration (docs/examples): D1 has sub-units, A-12 ended with 2023, A-13 succeeded it. */
export const TEST_UNITS_CSV = example('organisationseinheiten.csv');

export const LANGUAGES = {
  key: 'languages',
  label: { de: 'Sprachen', en: 'Languages' },
  description: { de: 'Gesprochene Sprachen', en: 'Languages spoken' },
  choice: 'multi',
  versions: [
    {
      version: 1,
      validFromPeriod: '2024',
      agreedBy: 'Arbeitsgruppe Vielfalt',
      agreedOn: '2023-11-02',
      categories: [
        { key: 'deutsch', label: { de: 'Deutsch', en: 'German' } },
        { key: 'tuerkisch', label: { de: 'Türkisch', en: 'Turkish' } },
      ],
      mappingFromPrevious: [],
    },
  ],
};

export const GENDER = {
  key: 'gender_identity',
  label: { de: 'Geschlecht', en: 'Gender' },
  description: { de: 'Geschlechtsidentität', en: 'Gender identity' },
  choice: 'single',
  versions: [
    {
      version: 1,
      validFromPeriod: '2024',
      agreedBy: 'Queeres Netzwerk',
      agreedOn: '2023-10-01',
      categories: [
        { key: 'weiblich', label: { de: 'weiblich', en: 'female' } },
        { key: 'maennlich', label: { de: 'männlich', en: 'male' } },
        { key: 'nicht_binaer', label: { de: 'nicht-binär', en: 'non-binary' } },
        { key: 'keine_angabe', label: { de: 'keine Angabe', en: 'prefer not to say' } },
      ],
      mappingFromPrevious: [],
    },
  ],
};

/** Sets up the test catalogue through the API, as the Stabsstelle would. */
export async function defineTestCatalogue(admin: ApiClient): Promise<void> {
  for (const period of TEST_PERIODS) await expectCreated(admin.post('/api/catalogue/periods', period));
  await expectCreated(admin.post('/api/catalogue/attributes', TEST_ATTRIBUTE));
  for (const dimension of [TEST_DIMENSION, GENDER, LANGUAGES]) {
    await expectCreated(admin.post('/api/catalogue/dimensions', dimension));
  }
  await expectCreated(admin.upload('/api/catalogue/units/import', TEST_UNITS_CSV, 'einheiten.csv'));
}

async function expectCreated(response: Promise<{ status: number; text: string }>): Promise<void> {
  const { status, text } = await response;
  if (status !== 201) throw new Error(`catalogue set-up failed: ${status} ${text}`);
}

export const UPLOAD_HEADER = 'period;unit;measure;career_group;dimension;category;dimension_2;category_2;count';

/** The example upload of docs/examples: 2025 for, with a breakdown and a cross-tab. */
export const VALID_2025 = example('upload-2025.csv');
