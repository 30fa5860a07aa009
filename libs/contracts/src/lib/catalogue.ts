/** A date without time, `YYYY-MM-DD`. */
export type IsoDate = string;

export type PeriodStatus = 'open' | 'published';

/** One survey wave (Erhebungswelle) with its reference date (Stichtag). */
export interface PeriodDefinition {
  /** Stable key used in upload files, e.g. `2025`. */
  readonly key: string;
  readonly label: string;
  readonly referenceDate: IsoDate;
}

export interface PeriodView extends PeriodDefinition {
  readonly status: PeriodStatus;
}

/**
 * An organisation unit as the CSV import and the API carry it. Units are valid from/to a date;
 * a restructuring ends units (`validTo`) and names their successors.
 */
export interface OrgUnitDefinition {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
  readonly validFrom: IsoDate;
  /** Last day of validity, or null while valid. */
  readonly validTo: IsoDate | null;
  /** Units that took over this unit's staff when it ended. */
  readonly successorCodes: readonly string[];
}

/** A label in both languages of the product. */
export interface Label {
  readonly de: string;
  readonly en: string;
}

/** A fact HR holds (career group, leadership role, trainee, employment type) with its values. */
export interface StructuralAttributeDefinition {
  readonly key: string;
  readonly label: Label;
  readonly values: readonly { readonly key: string; readonly label: Label }[];
}

export type ChoiceKind = 'single' | 'multi';

/** The key every single-choice dimension must offer: "keine Angabe" (prefer not to say). */
export const NO_ANSWER_KEY = 'keine_angabe';

export interface CategoryDefinition {
  readonly key: string;
  readonly label: Label;
}

/**
 * One version of a dimension's categories, used from the period `validFromPeriod` on until a
 * later version; carries who agreed to the wording and when (consultation provenance).
 */
export interface DimensionVersionDefinition {
  readonly version: number;
  readonly validFromPeriod: string;
  readonly agreedBy: string;
  readonly agreedOn: IsoDate;
  readonly categories: readonly CategoryDefinition[];
  /** How the previous version's categories map onto this version's, so trends survive the change. */
  readonly mappingFromPrevious: readonly { readonly from: string; readonly to: string }[];
}

/** A self-reported question (Merkmal), e.g. migration history. */
export interface DimensionDefinition {
  readonly key: string;
  readonly label: Label;
  readonly description: Label;
  readonly choice: ChoiceKind;
  readonly versions: readonly DimensionVersionDefinition[];
}

/** The whole catalogue but the units (which come as CSV): what demo data and imports provide. */
export interface CatalogueDefinition {
  readonly periods: readonly PeriodDefinition[];
  readonly attributes: readonly StructuralAttributeDefinition[];
  readonly dimensions: readonly DimensionDefinition[];
}

/** Answer of `GET /api/catalogue`: the vocabulary every view and upload uses (no figures). */
export interface CatalogueView {
  readonly periods: readonly PeriodView[];
  readonly attributes: readonly StructuralAttributeDefinition[];
  readonly dimensions: readonly DimensionDefinition[];
}
