import type { ChoiceKind, IsoDate, Label, PeriodStatus } from '@vielfalt/contracts';

/** Rows of the catalogue tables, as the store reads them. */
export interface PeriodRow {
  readonly id: number;
  readonly key: string;
  readonly label: string;
  readonly referenceDate: IsoDate;
  readonly status: PeriodStatus;
}

export interface OrgUnitRow {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly parentId: number | null;
  readonly parentCode: string | null;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly successorCodes: readonly string[];
}

export interface AttributeValueRow {
  readonly id: number;
  readonly key: string;
  readonly label: Label;
}

export interface AttributeRow {
  readonly id: number;
  readonly key: string;
  readonly label: Label;
  readonly values: readonly AttributeValueRow[];
}

export interface CategoryRow {
  readonly id: number;
  readonly key: string;
  readonly label: Label;
}

export interface DimensionVersionRow {
  readonly id: number;
  readonly version: number;
  readonly validFromPeriod: string;
  readonly validFromDate: IsoDate;
  readonly agreedBy: string;
  readonly agreedOn: IsoDate;
  readonly categories: readonly CategoryRow[];
  readonly mappingFromPrevious: readonly { readonly from: string; readonly to: string }[];
}

export interface DimensionRow {
  readonly id: number;
  readonly key: string;
  readonly label: Label;
  readonly description: Label;
  readonly choice: ChoiceKind;
  readonly versions: readonly DimensionVersionRow[];
}
