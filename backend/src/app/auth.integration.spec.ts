import { ROLES } from '@vielfalt/contracts';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('signing in and out', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  for (const role of ROLES) {
    it(`lets the demo user "${role}" sign in and reports exactly their role`, async () => {
      const api = testApp.client();
      const login = await api.post('/api/auth/login', { username: role, password: `demo-${role}-passwort` });
      expect(login.status).toBe(200);
      expect(login.body.user.roles).toEqual([role]);

      const session = await api.get('/api/auth/session');
      expect(session.body.user.username).toBe(role);
    });
  }

  it('keeps the session in an httpOnly, SameSite=Strict cookie', async () => {
    const api = testApp.client();
    const login = await api.post('/api/auth/login', { username: 'hr', password: 'demo-hr-passwort' });
    const sessionCookie = ([] as string[]).concat(login.headers['set-cookie']).find((c) => c.startsWith('vm_session='));
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Strict/);
  });

  it('refuses a wrong password with invalid_credentials and audits the failure', async () => {
    const api = testApp.client();
    const response = await api.post('/api/auth/login', { username: 'leadership', password: 'wrong password' });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('invalid_credentials');
    expect((await api.get('/api/auth/session')).body.user).toBeNull();

    const council = await testApp.signedIn('council');
    const events = await council.get('/api/audit-events?action=auth.login');
    const failure = events.body.items.find(
      (e: { actor: string; outcome: string }) => e.actor === 'leadership' && e.outcome === 'failure',
    );
    expect(failure).toBeDefined();
    expect(failure.details.reason).toBe('wrong_password');
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const response = await testApp.client().post('/api/auth/login', { username: 'nobody', password: 'whatever' });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ code: 'invalid_credentials', message: 'Wrong username or password.' });
  });

  it('ends the session on logout, so the same cookie no longer opens anything', async () => {
    const api = await testApp.signedIn('admin');
    expect((await api.get('/api/users')).status).toBe(200);
    expect((await api.post('/api/auth/logout')).status).toBe(204);
    expect((await api.get('/api/users')).status).toBe(401);
    expect((await api.get('/api/auth/session')).body.user).toBeNull();
  });

  it('refuses a state-changing request without the CSRF header', async () => {
    const api = testApp.client();
    await api.get('/api/auth/session');
    const response = await api.post(
      '/api/auth/login',
      { username: 'hr', password: 'demo-hr-passwort' },
      { csrf: false },
    );
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('csrf_token_invalid');
  });

  it('refuses unknown fields in a request body and names them', async () => {
    const response = await testApp.client().post('/api/auth/login', { username: 'hr', password: 'x', remember: true });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.details).toContain(jasmine.objectContaining({ field: 'remember' }));
  });
});

describe('the login rate limit', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3' });
  });
  afterAll(() => testApp.close());
  beforeEach(async () => {
    // Every spec starts with a clean count (they share the test client's address).
    const db = new Client({ connectionString: testApp.databaseUrl });
    await db.connect();
    try {
      await db.query('DELETE FROM request_throttle');
    } finally {
      await db.end();
    }
  });

  it('answers too_many_requests once a client exceeds the attempts per minute', async () => {
    const api = testApp.client();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      statuses.push((await api.post('/api/auth/login', { username: 'hr', password: 'guess' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const blocked = await api.post('/api/auth/login', { username: 'hr', password: 'demo-hr-passwort' });
    expect(blocked.body.code).toBe('too_many_requests');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('counts the attempts of a client across several backend instances on one database', async () => {
    const second = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3' }, { databaseUrl: testApp.databaseUrl });
    try {
      const statuses: number[] = [];
      for (const instance of [testApp, second, testApp, second]) {
        const response = await instance.client().post('/api/auth/login', { username: 'hr', password: 'guess' });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await second.close();
    }
  });
});
