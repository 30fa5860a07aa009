/**
 * What `protect` reads: one period's counts, as HR uploads them (leaf units only), with the organisation tree
 * and the catalogue they refer to, the protection parameters, and what earlier versions of the release
 * published. Plain data, the JSON format of docs/disclosure.md.
 */
export interface ProtectionInput {
  readonly parameters: ProtectionParameters;
  /** The organisation tree at the reference date: every unit once, parents before or after children. */
  readonly units: readonly UnitNode[];
  /** Structural attributes that counts may be broken down by. */
  readonly attributes?: readonly AttributeSpec[];
  /** Self-reported dimensions with their categories (the version valid for the period). */
  readonly dimensions: readonly DimensionSpec[];
  /** The finest counts, for leaf units only (the tree's totals are computed). */
  readonly counts: readonly CountRow[];
  /** What earlier versions of this period's release published: protected jointly with them. */
  readonly earlierVersions?: readonly EarlierVersion[];
}

export interface ProtectionParameters {
  /** k: a count 0 < n < k is never published, nor can it be worked out. At least 3. */
  readonly k: number;
  /** A unit with fewer respondents publishes no breakdown of its own. At least k. */
  readonly minRespondents: number;
}

export interface UnitNode {
  readonly code: string;
  /** null for the root; exactly one unit is the root. */
  readonly parent: string | null;
}

export interface AttributeSpec {
  readonly key: string;
  readonly values: readonly string[];
}

export interface DimensionSpec {
  readonly key: string;
  /** single: categories add up to respondents; multi: each category is chosen or not by each respondent. */
  readonly choice: 'single' | 'multi';
  readonly categories: readonly string[];
}

export type Measure = 'headcount' | 'respondents' | 'answers';

/** One count, as in the upload format: a leaf unit, optionally by structural attributes, and for `answers` one
 * dimension's category (or a pair of categories of two single-choice dimensions: a cross-tab). */
export interface CountRow {
  readonly unit: string;
  readonly measure: Measure;
  /** attribute key → value key; absent or empty: all staff of the unit. */
  readonly attributes?: Readonly<Record<string, string>>;
  readonly dimension?: string;
  readonly category?: string;
  readonly dimension2?: string;
  readonly category2?: string;
  readonly count: number;
}

/**
 * One earlier published version: the counts it was computed from, the value of every figure it published, and
 * the ids it suppressed. Its counts are needed because an attacker who kept it also knows its relations, and
 * may know which of its hidden figures a correction left unchanged.
 */
export interface EarlierVersion {
  readonly version: number;
  /** The finest counts of that version, as in `counts`. */
  readonly counts: readonly CountRow[];
  /** The parameters it was protected with (default: the current ones); its own small groups stay protected. */
  readonly parameters?: ProtectionParameters;
  readonly published: readonly { readonly id: string; readonly value: number }[];
  readonly suppressed: readonly string[];
}
