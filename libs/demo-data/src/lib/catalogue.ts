import type {
  CatalogueDefinition,
  DimensionDefinition,
  DimensionVersionDefinition,
  PeriodDefinition,
  StructuralAttributeDefinition,
} from '@vielfalt/contracts';
import { DEMO_DIMENSIONS } from './dimensions';

/** The survey waves of the demo: one a year, 2018 to 2025, reference date June 30. */
const DEMO_PERIODS: readonly PeriodDefinition[] = Array.from({ length: 8 }, (_, index) => {
  const year = 2018 + index;
  return { key: String(year), label: `Beschäftigtenbefragung ${year}`, referenceDate: `${year}-06-30` };
});

const YES_NO = [
  { key: 'ja', label: { de: 'ja', en: 'yes' } },
  { key: 'nein', label: { de: 'nein', en: 'no' } },
];

/** The facts the Personalamt holds; their order is the order of the upload file's attribute columns. */
const DEMO_ATTRIBUTES: readonly StructuralAttributeDefinition[] = [
  {
    key: 'career_group',
    label: { de: 'Laufbahngruppe', en: 'Career group' },
    values: [
      { key: 'einfacher_dienst', label: { de: 'Einfacher Dienst (EG 1–4)', en: 'Basic service (pay grades 1–4)' } },
      { key: 'mittlerer_dienst', label: { de: 'Mittlerer Dienst (EG 5–8)', en: 'Middle service (pay grades 5–8)' } },
      {
        key: 'gehobener_dienst',
        label: { de: 'Gehobener Dienst (EG 9a–12)', en: 'Upper service (pay grades 9a–12)' },
      },
      { key: 'hoeherer_dienst', label: { de: 'Höherer Dienst (EG 13–15)', en: 'Senior service (pay grades 13–15)' } },
    ],
  },
  { key: 'leadership_role', label: { de: 'Führungsfunktion', en: 'Leadership role' }, values: YES_NO },
  { key: 'trainee', label: { de: 'Nachwuchskraft (in Ausbildung)', en: 'Trainee or apprentice' }, values: YES_NO },
  {
    key: 'employment_type',
    label: { de: 'Beschäftigungsumfang', en: 'Employment type' },
    values: [
      { key: 'vollzeit', label: { de: 'Vollzeit', en: 'Full-time' } },
      { key: 'teilzeit', label: { de: 'Teilzeit', en: 'Part-time' } },
    ],
  },
];

/** The catalogue of the demo: periods, structural attributes and dimensions. */
export const DEMO_CATALOGUE: CatalogueDefinition = {
  periods: DEMO_PERIODS,
  attributes: DEMO_ATTRIBUTES,
  dimensions: DEMO_DIMENSIONS,
};

/** The version of `dimension` that applies to the period `periodKey` (the latest one starting at or before it). */
export function versionForPeriod(
  catalogue: CatalogueDefinition,
  dimension: DimensionDefinition,
  periodKey: string,
): DimensionVersionDefinition {
  const order = (key: string) => catalogue.periods.findIndex((period) => period.key === key);
  const target = order(periodKey);
  const applicable = dimension.versions.filter((version) => order(version.validFromPeriod) <= target);
  const version = applicable.reduce<DimensionVersionDefinition | undefined>(
    (latest, candidate) =>
      latest && order(latest.validFromPeriod) > order(candidate.validFromPeriod) ? latest : candidate,
    undefined,
  );
  if (target < 0 || !version) throw new Error(`No version of ${dimension.key} for period ${periodKey}`);
  return version;
}
