import type { DimensionDefinition, PeriodView, StructuralAttributeDefinition } from '@vielfalt/contracts';
import { describeAttributes, describeDimensions } from './catalogue-labels';

// Test-only catalogue entries.
const periods: PeriodView[] = [{ key: '2023', label: 'Testwelle 2023', referenceDate: '2023-06-30', status: 'open' }];

const dimension: DimensionDefinition = {
  key: 'test_dimension',
  label: { de: 'Testmerkmal', en: 'Test dimension' },
  description: { de: 'Beschreibung', en: 'Description' },
  choice: 'single',
  versions: [
    {
      version: 2,
      validFromPeriod: '2023',
      agreedBy: 'Test-Arbeitsgruppe',
      agreedOn: '2022-11-08',
      categories: [
        { key: 'neu_a', label: { de: 'neu A', en: 'new A' } },
        { key: 'neu_b', label: { de: 'neu B', en: 'new B' } },
      ],
      mappingFromPrevious: [
        { from: 'alt', to: 'neu_a' },
        { from: 'alt', to: 'neu_b' },
      ],
    },
    {
      version: 1,
      validFromPeriod: '2018',
      agreedBy: 'Test-Arbeitsgruppe',
      agreedOn: '2017-11-14',
      categories: [{ key: 'alt', label: { de: 'alt', en: 'old' } }],
      mappingFromPrevious: [],
    },
  ],
};

describe('catalogue labels', () => {
  it('label attributes and their values in the active language', () => {
    const attributes: StructuralAttributeDefinition[] = [
      {
        key: 'trainee',
        label: { de: 'Nachwuchskraft', en: 'Trainee' },
        values: [{ key: 'ja', label: { de: 'ja', en: 'yes' } }],
      },
    ];

    expect(describeAttributes(attributes, 'en')).toEqual([
      { key: 'trainee', label: 'Trainee', values: [{ key: 'ja', label: 'yes' }] },
    ]);
  });

  it('order versions, name the period they apply from and map the previous version’s categories', () => {
    const [view] = describeDimensions([dimension], periods, 'de');

    expect(view.label).toBe('Testmerkmal');
    expect(view.versions.map((version) => [version.version, version.validFromPeriod, version.previousVersion])).toEqual(
      [
        [1, '2018', null],
        [2, 'Testwelle 2023', 1],
      ],
    );
    expect(view.versions[1].mapping).toEqual([
      { from: { key: 'alt', label: 'alt' }, to: { key: 'neu_a', label: 'neu A' } },
      { from: { key: 'alt', label: 'alt' }, to: { key: 'neu_b', label: 'neu B' } },
    ]);
  });

  it('speak English when asked', () => {
    const [view] = describeDimensions([dimension], periods, 'en');

    expect(view.description).toBe('Description');
    expect(view.versions[1].mapping[0]).toEqual({
      from: { key: 'alt', label: 'old' },
      to: { key: 'neu_a', label: 'new A' },
    });
  });
});
