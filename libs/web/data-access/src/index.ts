export { ApiFailure, toApiFailure } from './lib/http/api-failure';
export { apiErrorInterceptor } from './lib/http/api-error-interceptor';
export { SessionStore } from './lib/session/session-store';
export { type AuditEventsQuery, AuditEventsClient } from './lib/audit/audit-events-client';
export { CatalogueClient, type UnitsImportResult } from './lib/catalogue/catalogue-client';
export { type CatalogueState, catalogueState, periodsNewestFirst } from './lib/catalogue/catalogue-state';
export { ReleasesClient } from './lib/releases/releases-client';
export { type UploadTemplateFormat, UploadsClient } from './lib/uploads/uploads-client';
export { UsersClient } from './lib/users/users-client';
