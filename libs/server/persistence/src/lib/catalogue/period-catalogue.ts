import type { ChoiceKind, IsoDate } from '@vielfalt/contracts';

/**
 * Everything an upload of one period is checked against, by key, with the database ids that the
 * raw cells store: units at the reference date, attribute values, and the categories of each
 * dimension's version valid for the period.
 */
export interface PeriodCatalogue {
  readonly period: { readonly id: number; readonly key: string; readonly referenceDate: IsoDate };
  /** Every unit by code, whether valid at the reference date, and whether it has sub-units then. */
  readonly units: ReadonlyMap<
    string,
    { readonly id: number; readonly validAtReferenceDate: boolean; readonly hasSubUnits: boolean }
  >;
  /** attribute key → value key → value id */
  readonly attributes: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** dimension key → its version for this period */
  readonly dimensions: ReadonlyMap<
    string,
    { readonly choice: ChoiceKind; readonly version: number; readonly categories: ReadonlyMap<string, number> }
  >;
}
