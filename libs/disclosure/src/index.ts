export {
  ABSOLUTE_TOLERANCE,
  auditRelease,
  RELATIVE_TOLERANCE,
  type AuditOptions,
  type AuditResult,
  type AuditStats,
  type FigureInterval,
} from './lib/audit-release';
export { AuditSolverError } from './lib/highs-runtime';
export { InvalidReleaseError, type InnerCell, type LinearRelease, type Relation } from './lib/linear-release';
