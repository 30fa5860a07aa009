import type { ApiClient } from './api-client';
import { TEST_ATTRIBUTE, TEST_DIMENSION, TEST_PERIODS } from './catalogue-fixture';

/** Units of the test administration; D1 has sub-units, A-12 ended with 2023 and A-13 succeeded it. */
export const TEST_UNITS_CSV = [
  'code;name;parent_code;valid_from;valid_to;successor',
  'SV;Stadtverwaltung Teststadt;;2000-01-01;;',
  'D1;Dezernat I;SV;2000-01-01;;',
  'A-10;Bürgeramt;D1;2000-01-01;;',
  'A-11;Standesamt;D1;2000-01-01;;',
  'A-12;Altes Amt;D1;2000-01-01;2023-12-31;A-13',
  'A-13;Neues Amt;D1;2024-01-01;;',
].join('\n');

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

/** A clean upload of 2025 for: totals, answers, a career-group breakdown, a cross-tab. */
export const VALID_2025 = [
  UPLOAD_HEADER,
  '2025;A-10;headcount;;;;;;40',
  '2025;A-10;respondents;;;;;;25',
  '2025;A-10;answers;;migration_history;mit;;;8',
  '2025;A-10;answers;;migration_history;ohne;;;15',
  '2025;A-10;answers;;migration_history;keine_angabe;;;2',
  '2025;A-10;answers;;languages;deutsch;;;25',
  '2025;A-10;answers;;languages;tuerkisch;;;4',
  '2025;A-10;headcount;gehobener_dienst;;;;;12',
  '2025;A-10;respondents;gehobener_dienst;;;;;9',
  '2025;A-10;answers;gehobener_dienst;migration_history;mit;;;2',
  '2025;A-10;answers;gehobener_dienst;migration_history;ohne;;;7',
  '2025;A-10;answers;gehobener_dienst;migration_history;keine_angabe;;;0',
  '2025;A-11;headcount;;;;;;9',
  '2025;A-11;respondents;;;;;;6',
  '2025;A-11;answers;;migration_history;mit;;;2',
  '2025;A-11;answers;;migration_history;ohne;;;3',
  '2025;A-11;answers;;migration_history;keine_angabe;;;1',
  '2025;A-11;answers;;migration_history;mit;gender_identity;weiblich;1',
  '2025;A-11;answers;;migration_history;mit;gender_identity;nicht_binaer;1',
  '2025;A-11;answers;;migration_history;ohne;gender_identity;maennlich;3',
  '2025;A-11;answers;;migration_history;keine_angabe;gender_identity;keine_angabe;1',
  '2025;A-13;headcount;;;;;;15',
  '2025;A-13;respondents;;;;;;10',
  '2025;A-13;answers;;migration_history;mit;;;3',
  '2025;A-13;answers;;migration_history;ohne;;;6',
  '2025;A-13;answers;;migration_history;keine_angabe;;;1',
].join('\n');
