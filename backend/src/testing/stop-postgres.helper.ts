import { stopSharedPostgres } from './test-app';

// Jasmine helper: the shared test database stops after the last suite.
afterAll(async () => {
  await stopSharedPostgres();
});
