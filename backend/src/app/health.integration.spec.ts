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

  it('describes every request body with the rules the server checks it by', async () => {
    const { paths, components } = (await testApp.client().get('/api/docs-json')).body as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>
      >;
      components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
    };
    const bodies = Object.values(paths)
      .flatMap((operations) => Object.values(operations))
      .flatMap((operation) => Object.values(operation.requestBody?.content ?? {}))
      .map((content) => content.schema.$ref?.replace('#/components/schemas/', ''))
      .filter((name): name is string => name !== undefined);
    expect(bodies.length).toBeGreaterThan(5);
    for (const name of bodies) {
      expect(Object.keys(components.schemas[name]?.properties ?? {}).length)
        .withContext(name)
        .toBeGreaterThan(0);
    }
    // Queries: one parameter per field of the route's query class, with its rules.
    type Parameter = { name: string; in: string; required: boolean; schema: Record<string, unknown> };
    const parameters = (path: string) =>
      ((paths[path]['get'] as { parameters?: Parameter[] }).parameters ?? []).map(({ name, in: where, required }) => ({
        name,
        where,
        required,
      }));
    expect(parameters('/api/releases/{id}/figures')).toEqual([
      { name: 'id', where: 'path', required: true },
      { name: 'table', where: 'query', required: true },
    ]);
    expect(parameters('/api/audit-events')).toEqual(
      jasmine.arrayContaining([
        { name: 'page', where: 'query', required: false },
        { name: 'pageSize', where: 'query', required: false },
      ]),
    );
    expect(JSON.stringify(paths)).not.toContain('x-query-class');
    // Only what requests refer to: no other validated class (the server's configuration) is described.
    expect(Object.keys(components.schemas)).not.toContain('EnvironmentVariables');
    expect(components.schemas['ProtectionSettingsInput']).toEqual(
      jasmine.objectContaining({
        properties: jasmine.objectContaining({ k: jasmine.objectContaining({ type: 'integer', minimum: 3 }) }),
        required: jasmine.arrayContaining(['k', 'minRespondents']),
      }),
    );
  });
});
