export * from './lib/access';
export * from './lib/api-exception';
export * from './lib/api-exception.filter';
export * from './lib/body-parser-errors';
export * from './lib/validation';
export * from './lib/openapi';
