import type { DimensionDefinition, PeriodDefinition, StructuralAttributeDefinition } from '@vielfalt/contracts';

/** A small, made-up catalogue for API tests (the demo administration has its own, larger one). */
export const TEST_PERIODS: PeriodDefinition[] = [
  { key: '2024', label: 'Befragung 2024', referenceDate: '2024-06-30' },
  { key: '2025', label: 'Befragung 2025', referenceDate: '2025-06-30' },
];

export const TEST_ATTRIBUTE: StructuralAttributeDefinition = {
  key: 'career_group',
  label: { de: 'Laufbahngruppe', en: 'Career group' },
  values: [
    { key: 'mittlerer_dienst', label: { de: 'Mittlerer Dienst', en: 'Middle service' } },
    { key: 'gehobener_dienst', label: { de: 'Gehobener Dienst', en: 'Upper service' } },
  ],
};

export const TEST_DIMENSION: DimensionDefinition = {
  key: 'migration_history',
  label: { de: 'Einwanderungsgeschichte', en: 'Migration history' },
  description: {
    de: 'Nach Definition des Statistischen Bundesamts.',
    en: 'As defined by the Federal Statistical Office.',
  },
  choice: 'single',
  versions: [
    {
      version: 1,
      validFromPeriod: '2024',
      agreedBy: 'Arbeitsgruppe Vielfalt',
      agreedOn: '2023-11-02',
      categories: [
        { key: 'mit', label: { de: 'mit', en: 'with' } },
        { key: 'ohne', label: { de: 'ohne', en: 'without' } },
        { key: 'keine_angabe', label: { de: 'keine Angabe', en: 'prefer not to say' } },
      ],
      mappingFromPrevious: [],
    },
  ],
};
