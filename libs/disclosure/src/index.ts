export {
  ABSOLUTE_TOLERANCE,
  auditRelease,
  RELATIVE_TOLERANCE,
  type AuditOptions,
  type AuditResult,
  type AuditStats,
  type FigureInterval,
} from './lib/audit/audit-release';
export { AuditSolverError } from './lib/audit/highs-runtime';
export { InvalidReleaseError, type Constraint, type Figure, type LinearRelease } from './lib/linear-release';
// For npm run bench:disclosure only: the simple baseline it compares protect with, and what any safe pattern needs.
export { baselineProtection, type BaselineOutcome } from './lib/protection/baseline-suppression';
export { complementLowerBoundOf, type ComplementLowerBound } from './lib/protection/complement-lower-bound';
export { earlierVersionOf } from './lib/protection/earlier-versions';
export { InvalidProtectionInputError, protect } from './lib/protection/protect';
export type * from './lib/protection/protection-input';
export type * from './lib/protection/protection-result';
export { PARAMETER_FLOORS } from './lib/protection/validate-input';
