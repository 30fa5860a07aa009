import { Client } from 'pg';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('the audit trail', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('pages through events newest first', async () => {
    for (let i = 0; i < 3; i++)
      await testApp.client().post('/api/auth/login', { username: 'nobody', password: `try ${i}` });
    const admin = await testApp.signedIn('admin');

    const first = await admin.get('/api/audit-events?page=1&pageSize=2');
    expect(first.status).toBe(200);
    expect(first.body.items.length).toBe(2);
    expect(first.body.pageSize).toBe(2);
    const total: number = first.body.total;
    expect(total).toBeGreaterThanOrEqual(4);
    expect(first.body.items[0].action).toBe('auth.login');
    expect(first.body.items[0].actor).toBe('admin');

    const last = await admin.get(`/api/audit-events?page=${Math.ceil(total / 2)}&pageSize=2`);
    const times = [...first.body.items, ...last.body.items].map((e: { occurredAt: string }) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by action and refuses an unknown one', async () => {
    const council = await testApp.signedIn('council');
    const creates = await council.get('/api/audit-events?action=user.create&pageSize=200');
    expect(creates.body.items.every((e: { action: string }) => e.action === 'user.create')).toBeTrue();
    expect(creates.body.total).toBe(5); // the five demo users

    const wrong = await council.get('/api/audit-events?action=delete.everything');
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0].field).toBe('action');
  });

  it('does not show what events of earlier builds held about small groups', async () => {
    const db = new Client({ connectionString: testApp.databaseUrl });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO audit_event (action, outcome, actor_name, details) VALUES
           ('release.preview', 'success', 'Stabsstelle', '{"period": "2025", "suppressed": 9, "auditPassed": true}'),
           ('release.publish', 'success', 'Stabsstelle',
            '{"period": "2025", "suppressed": 9, "suppressedByReason": {"primary": 4, "secondary": 5}}'),
           ('upload.check', 'success', 'HR', '{"uploadId": "u", "rows": 31, "errors": 0, "warnings": 2}')`,
      );
    } finally {
      await db.end();
    }
    const council = await testApp.signedIn('council');
    const details = async (action: string) =>
      (await council.get(`/api/audit-events?action=${action}`)).body.items[0].details as Record<string, unknown>;

    expect(await details('release.preview')).toEqual({ period: '2025' });
    expect(await details('release.publish')).toEqual({ period: '2025', suppressed: 9 });
    expect(await details('upload.check')).toEqual({ uploadId: 'u' });
  });

  it('cannot be rewritten or deleted, even with direct database access', async () => {
    const db = new Client({ connectionString: testApp.databaseUrl });
    await db.connect();
    try {
      await expectAsync(db.query(`UPDATE audit_event SET outcome = 'success'`)).toBeRejectedWithError(/append-only/);
      await expectAsync(db.query('DELETE FROM audit_event')).toBeRejectedWithError(/append-only/);
      await expectAsync(db.query('TRUNCATE audit_event')).toBeRejectedWithError(/append-only/);
    } finally {
      await db.end();
    }
  });
});
