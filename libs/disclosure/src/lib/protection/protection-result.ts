import type { Measure, ProtectionParameters } from './protection-input';

/** Why a figure is not published. */
export type SuppressionReason =
  /** 0 < n < k. */
  | 'primary'
  /** Part of the breakdown of a unit with fewer respondents than the minimum. */
  | 'min-respondents'
  /** Hidden so that a primary or min-respondents figure cannot be worked out from others. */
  | 'secondary';

/** What `protect` returns: every figure of the release, published or suppressed, and what it cost. */
export interface ProtectionResult {
  readonly parameters: ProtectionParameters;
  readonly tables: readonly ProtectedTable[];
  /** Units (any level) that publish no breakdown of their own, and why. */
  readonly unitsWithoutBreakdown: readonly UnitWithoutBreakdown[];
  /** Over all tables. */
  readonly informationLoss: InformationLoss;
  readonly audit: AuditSummary;
  readonly stats: ProtectionStats;
}

/**
 * One table of the release:
 * - `headcount`, `respondents`: per unit (every level) and attribute combination;
 * - `dimension`: per unit, attribute combination and category of one dimension (multi-choice: chose / did not
 *   choose per category);
 * - `crossTab`: per unit, attribute combination and pair of categories of two dimensions.
 */
export interface ProtectedTable {
  /** `headcount`, `respondents`, `dimension:<key>`, `crossTab:<key>:<key2>`. */
  readonly id: string;
  readonly kind: 'headcount' | 'respondents' | 'dimension' | 'crossTab';
  readonly dimension?: string;
  readonly dimension2?: string;
  readonly figures: readonly ProtectedFigure[];
  readonly informationLoss: InformationLoss;
}

export interface ProtectedFigure {
  /** Stable across versions: measure, unit, attributes and categories, e.g. `answers|AMT-1|*|migration=mit`. */
  readonly id: string;
  readonly measure: Measure;
  readonly unit: string;
  /** attribute key → value key; empty: all staff of the unit. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly category?: string;
  /** Multi-choice only: true for "chose the category", false for "did not choose it". */
  readonly chosen?: boolean;
  readonly category2?: string;
  /** The count, or null when suppressed. */
  readonly value: number | null;
  readonly suppression?: SuppressionReason;
}

export interface UnitWithoutBreakdown {
  readonly unit: string;
  /** `min-respondents`: fewer respondents than the minimum (their number is published unless itself < k). */
  readonly reason: 'min-respondents';
}

/** Share of a table's figures that is suppressed, counted by figures and weighted by people. */
export interface InformationLoss {
  readonly figures: number;
  readonly suppressed: number;
  readonly suppressedByReason: Readonly<Record<SuppressionReason, number>>;
  /** suppressed / figures, 0 for an empty table. */
  readonly suppressedShare: number;
  /** Sum of the suppressed counts / sum of all counts (people-weighted), 0 if all counts are 0. */
  readonly peopleWeightedShare: number;
}

/** The linear-programming audit of the release (see `auditRelease`). */
export interface AuditSummary {
  /** True iff every primary and min-respondents figure is protected: interval [lo, hi] with lo ≤ 0, hi ≥ k. */
  readonly passed: boolean;
  /** Figure ids that are not protected (empty when passed). */
  readonly unprotected: readonly string[];
  /**
   * Figure ids that the current rules would protect but that earlier versions already narrowed beyond
   * protection, or published themselves (under lower settings, or before the unit fell below the minimum); they
   * stay suppressed, nothing in this version can protect them.
   */
  readonly exposedByEarlierVersions: readonly string[];
  readonly linearPrograms: number;
  /** Independent groups of suppressed figures, audited separately. */
  readonly components: number;
  readonly milliseconds: number;
}

export interface ProtectionStats {
  readonly figures: number;
  readonly constraints: number;
  /** Time to build the model and choose the suppressions, without the final audit. */
  readonly buildMilliseconds: number;
  /** Rounds of audit-driven repair the secondary suppression needed. */
  readonly repairRounds: number;
}
