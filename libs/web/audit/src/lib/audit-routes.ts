import type { Routes } from '@angular/router';
import { AuditLogPage } from './audit-log-page';

/** Mounted at `/audit` by the app, behind the role guard for `council` and `admin`. */
export const auditRoutes: Routes = [{ path: '', component: AuditLogPage, title: 'audit.title' }];
