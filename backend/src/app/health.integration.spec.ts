import { startTestApp, type TestApp } from '../testing/test-app';

describe('the API basics', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('reports the database as up', async () => {
    const response = await testApp.client().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual(jasmine.objectContaining({ status: 'ok', database: 'up' }));
  });

  it('answers an unknown API path with a not_found error in the one error shape', async () => {
    const response = await (await testApp.signedIn('admin')).get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('not_found');
  });

  it('sends security headers', async () => {
    const response = await testApp.client().get('/api/health');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the OpenAPI description of the API', async () => {
    const response = await testApp.client().get('/api/docs-json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toContain('/api/auth/login');
  });
});
