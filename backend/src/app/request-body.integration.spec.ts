import { PROTECTION_DEFAULTS } from '@vielfalt/contracts';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * Request bodies the parser refuses, on the application as it runs in production: with the front end served
 * beside the API (whose error handler once turned every such refusal on /api into "404 Cannot POST …").
 */
describe('a request body the server cannot read', () => {
  let testApp: TestApp;
  let frontend: string;

  beforeAll(async () => {
    frontend = await mkdtemp(path.join(os.tmpdir(), 'vielfalt-frontend-'));
    await writeFile(path.join(frontend, 'index.html'), '<!doctype html><title>Vielfaltsmonitor</title>');
    testApp = await startTestApp({ STATIC_DIR: frontend });
  });
  afterAll(async () => {
    await testApp.close();
    await rm(frontend, { recursive: true, force: true });
  });

  it('is refused with 400 when it is not JSON, saying so, and changes nothing', async () => {
    const admin = await testApp.signedIn('admin');

    const response = await admin.sendJsonText('put', '/api/protection-settings', '{"k":6,');

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.message).toMatch(/^The request body is not valid JSON: /);
    expect((await admin.get('/api/protection-settings')).body.k).toBe(PROTECTION_DEFAULTS.k);
  });

  it('is refused with 413 when it is larger than a megabyte', async () => {
    const stabsstelle = await testApp.signedIn('stabsstelle');

    const note = 'x'.repeat(1_100_000);
    const response = await stabsstelle.sendJsonText(
      'post',
      '/api/releases',
      JSON.stringify({ periodKey: '2025', note }),
    );

    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
    expect(response.body.message).toMatch(/larger than/);
  });

  it('leaves the front end and the API’s own answers as they were', async () => {
    const client = testApp.client();

    const page = await client.get('/releases');
    const unknown = await client.get('/api/no-such-route');

    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Vielfaltsmonitor</title>');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('not_found');
  });
});
