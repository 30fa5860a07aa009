import { stopSharedPostgres } from './test-app';

// Jasmine helper: the shared test database stops after the last suite.
// A fast shutdown can take longer than Jasmine's default 5 s on a busy machine.
afterAll(async () => {
  await stopSharedPostgres();
}, 30_000);
