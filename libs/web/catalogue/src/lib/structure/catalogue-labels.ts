import type {
  ChoiceKind,
  DimensionDefinition,
  IsoDate,
  Label,
  PeriodView,
  StructuralAttributeDefinition,
} from '@vielfalt/contracts';
import type { Language } from '@vielfalt/web-i18n';

export interface LabelledKey {
  readonly key: string;
  readonly label: string;
}

export interface AttributeRow extends LabelledKey {
  readonly values: readonly LabelledKey[];
}

export interface MappingRow {
  readonly from: LabelledKey;
  readonly to: LabelledKey;
}

export interface VersionView {
  readonly version: number;
  /** The period the version applies from: its label where the catalogue knows it, else its key. */
  readonly validFromPeriod: string;
  readonly agreedBy: string;
  readonly agreedOn: IsoDate;
  readonly categories: readonly LabelledKey[];
  /** The version before this one, if any; the mapping leads from its categories to this version's. */
  readonly previousVersion: number | null;
  readonly mapping: readonly MappingRow[];
}

export interface DimensionView extends LabelledKey {
  readonly description: string;
  readonly choice: ChoiceKind;
  readonly versions: readonly VersionView[];
}

const labelled = (item: { key: string; label: Label }, language: Language): LabelledKey => ({
  key: item.key,
  label: item.label[language],
});

/** Structural attributes with their values, labelled in `language`. */
export function describeAttributes(
  attributes: readonly StructuralAttributeDefinition[],
  language: Language,
): readonly AttributeRow[] {
  return attributes.map((attribute) => ({
    ...labelled(attribute, language),
    values: attribute.values.map((value) => labelled(value, language)),
  }));
}

/**
 * Dimensions labelled in `language`, each version with its provenance, its categories and the
 * mapping from the previous version's categories (labelled as that version names them).
 */
export function describeDimensions(
  dimensions: readonly DimensionDefinition[],
  periods: readonly PeriodView[],
  language: Language,
): readonly DimensionView[] {
  const periodLabel = (key: string) => periods.find((period) => period.key === key)?.label ?? key;
  return dimensions.map((dimension) => {
    const versions = [...dimension.versions].sort((a, b) => a.version - b.version);
    return {
      ...labelled(dimension, language),
      description: dimension.description[language],
      choice: dimension.choice,
      versions: versions.map((version, index) => {
        const previous = index > 0 ? versions[index - 1] : undefined;
        const categoryIn = (categories: typeof version.categories, key: string): LabelledKey => {
          const category = categories.find((candidate) => candidate.key === key);
          return category ? labelled(category, language) : { key, label: key };
        };
        return {
          version: version.version,
          validFromPeriod: periodLabel(version.validFromPeriod),
          agreedBy: version.agreedBy,
          agreedOn: version.agreedOn,
          categories: version.categories.map((category) => labelled(category, language)),
          previousVersion: previous?.version ?? null,
          mapping: version.mappingFromPrevious.map(({ from, to }) => ({
            from: categoryIn(previous?.categories ?? [], from),
            to: categoryIn(version.categories, to),
          })),
        };
      }),
    };
  });
}
