/** Floors fixed in code: no setting may go below them. */
export const PROTECTION_FLOORS = {
  /** k is never below 3. */
  k: 3,
} as const;

/** The longest note a publication may carry (characters). */
export const RELEASE_NOTE_MAX_LENGTH = 2000;

/** Upper bounds of the settings: beyond them nothing of an administration would be published. */
export const PROTECTION_CEILINGS = { k: 100, minRespondents: 1000 } as const;

/** Defaults on a new installation. */
export const PROTECTION_DEFAULTS = { k: 5, minRespondents: 10 } as const;

/**
 * Answer of `GET /api/protection-settings` (readable by admin, stabsstelle, leadership, council) and body of
 * `PUT` (admin only): k ≥ 3 and minRespondents ≥ k, both whole numbers.
 */
export interface ProtectionSettings {
  readonly k: number;
  readonly minRespondents: number;
}

export interface ProtectionSettingsView extends ProtectionSettings {
  /** null while the defaults apply. */
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

/**
 * Why the disclosure library suppressed a figure. Kept with the stored release for the audit trail and never
 * shown: "primary" says the group has 1 to k − 1 people, which is exactly what suppression hides.
 */
export type SuppressionReason = 'primary' | 'secondary' | 'min-respondents';

/**
 * Share of figures suppressed, by count and weighted by people. Deliberately not split by reason (see
 * {@link SuppressionReason}); both figures follow from what the release publishes.
 */
export interface InformationLossView {
  readonly figures: number;
  readonly suppressed: number;
  readonly suppressedShare: number;
  readonly peopleWeightedShare: number;
}

/** The information loss as readers may see it: the library's figures without their split by reason. */
export function informationLossView(loss: InformationLossView): InformationLossView {
  const { figures, suppressed, suppressedShare, peopleWeightedShare } = loss;
  return { figures, suppressed, suppressedShare, peopleWeightedShare };
}

/** One table of a release, without its figures. */
export interface ReleaseTableSummary {
  /** `headcount`, `respondents`, `dimension:<key>`, `crossTab:<key>:<key2>`. */
  readonly id: string;
  readonly kind: 'headcount' | 'respondents' | 'dimension' | 'crossTab';
  readonly dimension: string | null;
  readonly dimension2: string | null;
  readonly informationLoss: InformationLossView;
}

/** A unit that publishes no breakdown of its own, and why. */
export interface UnitWithoutBreakdownView {
  readonly unitCode: string;
  readonly unitName: string;
  readonly reason: 'min-respondents';
}

/**
 * The linear-programming audit of a release: every protected figure's interval reaches 0 and k. Only the verdict
 * leaves the server: how many figures earlier versions already narrowed, how many programs were solved and how
 * long it took all depend on which figures are below k.
 */
export interface ReleaseAuditView {
  readonly passed: boolean;
  /** 0 once published; above 0 only in a preview that cannot be published (a fault to report). */
  readonly unprotectedCount: number;
  /**
   * Together with the versions published before, some suppressed figures can be narrowed beyond what the
   * settings allow, whatever this version hides (settings raised since, or what a correction changed). Only
   * whether, not how many: readers can find the narrowed figures themselves, but not which of them are small.
   */
  readonly narrowedByEarlierVersions: boolean;
}

/** The audit as readers may see it (releases stored before 6 December 2026 hold more, or a count). */
export function releaseAuditView(
  audit: Omit<ReleaseAuditView, 'narrowedByEarlierVersions'> & {
    readonly narrowedByEarlierVersions?: boolean;
    readonly exposedByEarlierVersions?: number;
  },
): ReleaseAuditView {
  return {
    passed: audit.passed,
    unprotectedCount: audit.unprotectedCount,
    narrowedByEarlierVersions: audit.narrowedByEarlierVersions ?? (audit.exposedByEarlierVersions ?? 0) > 0,
  };
}

/**
 * Answer of `GET /api/releases/preview?period=<key>` (stabsstelle): what publishing the period now would
 * give. Publishing sends back `dataVersion`; if the period's data changed meanwhile, it is refused (409).
 */
export interface ReleasePreview {
  readonly periodKey: string;
  /** The version a publication now would get (1 for the first). */
  readonly version: number;
  /** The period's data version (latest upload activation) the preview was computed from. */
  readonly dataVersion: number;
  readonly settings: ProtectionSettings;
  readonly informationLoss: InformationLossView;
  readonly tables: readonly ReleaseTableSummary[];
  readonly unitsWithoutBreakdown: readonly UnitWithoutBreakdownView[];
  readonly audit: ReleaseAuditView;
  /** Earlier published versions this one is protected jointly with. */
  readonly earlierVersions: number;
}

/** Body of `POST /api/releases` (stabsstelle). */
export interface PublishReleaseRequest {
  readonly periodKey: string;
  readonly dataVersion: number;
  /** The settings the preview was computed with; publishing is refused if they changed since. */
  readonly settings?: ProtectionSettings;
  /** Why a new version, for a correction (required from version 2 on). */
  readonly note?: string;
}

/** One published release version in the history (`GET /api/releases`, readable also by council). */
export interface ReleaseView {
  readonly id: string;
  readonly periodKey: string;
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string;
  readonly note: string | null;
  readonly dataVersion: number;
  readonly settings: ProtectionSettings;
  readonly informationLoss: InformationLossView;
  readonly tables: readonly ReleaseTableSummary[];
  readonly unitsWithoutBreakdown: readonly UnitWithoutBreakdownView[];
  readonly audit: ReleaseAuditView;
  /** False for the newest version of its period, which every dashboard and export reads. */
  readonly superseded: boolean;
}

/**
 * One figure of a release: its value, or null if suppressed. Why a figure is suppressed is not said: that it is
 * below k is the secret. Units without a breakdown of their own are listed with the release.
 */
export interface ReleaseFigureView {
  readonly id: string;
  readonly measure: 'headcount' | 'respondents' | 'answers';
  readonly unitCode: string;
  /** attribute key → value key; empty for all staff of the unit. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly category: string | null;
  /** Multi-choice: true "chose", false "did not choose"; null otherwise. */
  readonly chosen: boolean | null;
  readonly category2: string | null;
  readonly value: number | null;
}

/** Answer of `GET /api/releases/:id/figures?table=<tableId>` (leadership, stabsstelle). */
export interface ReleaseFigures {
  readonly releaseId: string;
  readonly tableId: string;
  readonly figures: readonly ReleaseFigureView[];
}
