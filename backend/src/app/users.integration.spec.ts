import { startTestApp, type TestApp } from '../testing/test-app';

describe('user administration', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('lets admin create a user who can then sign in with the new role', async () => {
    const admin = await testApp.signedIn('admin');
    const created = await admin.post('/api/users', {
      username: 'm.yilmaz',
      displayName: 'Merve Yılmaz',
      password: 'ein-langes-passwort',
      roles: ['stabsstelle', 'leadership'],
    });
    expect(created.status).toBe(201);
    expect(created.body.roles).toEqual(['stabsstelle', 'leadership']);
    expect(created.body.passwordHash).toBeUndefined();

    const session = await (await testApp.signedIn('m.yilmaz', 'ein-langes-passwort')).get('/api/auth/session');
    expect(session.body.user.displayName).toBe('Merve Yılmaz');

    const audit = await admin.get('/api/audit-events?action=user.create');
    expect(audit.body.items[0].details).toEqual({ username: 'm.yilmaz', roles: ['stabsstelle', 'leadership'] });
  });

  it('refuses a taken username with a conflict and changes nothing', async () => {
    const admin = await testApp.signedIn('admin');
    const before = (await admin.get('/api/users')).body.length;
    const response = await admin.post('/api/users', {
      username: 'hr',
      displayName: 'Zweites HR',
      password: 'ein-langes-passwort',
      roles: ['hr'],
    });
    expect(response.status).toBe(409);
    expect(response.body.details[0].field).toBe('username');
    expect((await admin.get('/api/users')).body.length).toBe(before);
  });

  it('names each invalid field: a short password, an unknown role', async () => {
    const admin = await testApp.signedIn('admin');
    const response = await admin.post('/api/users', {
      username: 'x.y',
      displayName: 'X',
      password: 'short',
      roles: ['superuser'],
    });
    expect(response.status).toBe(400);
    const fields = response.body.details.map((d: { field: string }) => d.field);
    expect(fields).toContain('password');
    expect(fields).toContain('roles');
  });
});
