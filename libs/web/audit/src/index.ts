export { auditRoutes } from './lib/audit-routes';
export { AuditLogPage } from './lib/audit-log-page';
