export * from './lib/api-error';
export * from './lib/audit';
export * from './lib/auth';
export * from './lib/catalogue';
export * from './lib/health';
export * from './lib/release';
export * from './lib/roles';
export * from './lib/upload';
