/** What happened. New actions are added here, never renamed (they are stored). */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'user.create',
  'catalogue.period.create',
  'catalogue.attribute.create',
  'catalogue.dimension.create',
  'catalogue.dimension.version',
  'catalogue.units.import',
  'upload.check',
  'upload.commit',
  'upload.rollback',
  'release.preview',
  'release.publish',
  'settings.protection.update',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditOutcome = 'success' | 'failure';

/** The keys the server writes into events' details (and into nested ones: `before.k`); the log labels them. */
export const AUDIT_DETAIL_KEYS = [
  'reason',
  'clientAddress',
  'username',
  'roles',
  'key',
  'version',
  'created',
  'updated',
  'fileName',
  'uploadId',
  'period',
  'units',
  'releaseId',
  'dataVersion',
  'k',
  'minRespondents',
  'earlierVersions',
  'figures',
  'suppressed',
  'unitsWithoutBreakdown',
  'note',
  'before',
  'after',
] as const;
export type AuditDetailKey = (typeof AUDIT_DETAIL_KEYS)[number];

/** One append-only audit event. */
export interface AuditEventView {
  readonly id: string;
  readonly occurredAt: string;
  readonly action: AuditAction;
  readonly outcome: AuditOutcome;
  /** The signed-in user, or the name someone tried to sign in with. */
  readonly actor: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

/** Query of `GET /api/audit-events` (validated by `AuditEventQuery`): newest first, page by page. */
export interface AuditEventFilter {
  readonly page?: number;
  readonly pageSize?: number;
  readonly action?: AuditAction;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}
