import { PROTECTION_DEFAULTS } from '@vielfalt/contracts';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('the protection settings', () => {
  let testApp: TestApp;
  /** What each reader saw before any spec changed anything (the specs run in random order). */
  const initially = new Map<string, { status: number; body: unknown }>();

  beforeAll(async () => {
    testApp = await startTestApp();
    for (const who of ['admin', 'stabsstelle', 'leadership', 'council']) {
      initially.set(who, await (await testApp.signedIn(who)).get('/api/protection-settings'));
    }
  });
  afterAll(() => testApp.close());

  async function sql(text: string): Promise<{ rows: Record<string, unknown>[] }> {
    const db = new Client({ connectionString: testApp.databaseUrl });
    await db.connect();
    try {
      return await db.query(text);
    } finally {
      await db.end();
    }
  }

  it('are the defaults on a new installation, readable by admin, Stabsstelle, leadership and council', async () => {
    for (const who of ['admin', 'stabsstelle', 'leadership', 'council']) {
      const response = initially.get(who) as { status: number; body: unknown };
      expect(response.status).withContext(who).toBe(200);
      expect(response.body).toEqual({ ...PROTECTION_DEFAULTS, updatedAt: null, updatedBy: null });
    }
  });

  it('refuses values below the floors, above the ceilings or not whole, naming the field', async () => {
    const admin = await testApp.signedIn('admin');
    const cases: { body: object; field: string; message: RegExp }[] = [
      { body: { k: 2, minRespondents: 10 }, field: 'k', message: /at least 3/ },
      { body: { k: 0, minRespondents: 10 }, field: 'k', message: /at least 3/ },
      { body: { k: 6, minRespondents: 5 }, field: 'minRespondents', message: /at least k \(6\)/ },
      { body: { k: 5.5, minRespondents: 10 }, field: 'k', message: /whole number/ },
      { body: { k: '5', minRespondents: 10 }, field: 'k', message: /whole number/ },
      { body: { k: 101, minRespondents: 200 }, field: 'k', message: /at most 100/ },
      { body: { k: 5, minRespondents: 1001 }, field: 'minRespondents', message: /at most 1000/ },
      { body: { k: 5 }, field: 'minRespondents', message: /^minRespondents is required$/ },
    ];
    for (const { body, field, message } of cases) {
      const response = await admin.put('/api/protection-settings', body);
      expect(response.status).withContext(JSON.stringify(body)).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      const messages = (response.body.details as { field: string; message: string }[])
        .filter((detail) => detail.field === field)
        .map((detail) => detail.message);
      expect(messages.some((text) => message.test(text)))
        .withContext(`${JSON.stringify(body)}: ${messages.join(' / ')}`)
        .toBeTrue();
    }
    // A missing value is one message, not also every bound it cannot meet.
    const missing = await admin.put('/api/protection-settings', { minRespondents: 10 });
    expect(missing.body.details).toEqual([{ field: 'k', message: 'k is required' }]);
    expect((await admin.get('/api/protection-settings')).body.k).toBe(PROTECTION_DEFAULTS.k);
  });

  it('lets admin change them: a new row per change, the newest wins, each change audited, a non-change not', async () => {
    const admin = await testApp.signedIn('admin');
    const first = await admin.put('/api/protection-settings', { k: 6, minRespondents: 12 });
    expect(first.status).toBe(200);
    expect(first.body).toEqual(jasmine.objectContaining({ k: 6, minRespondents: 12, updatedBy: 'admin' }));
    expect(Date.parse(first.body.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
    const second = await admin.put('/api/protection-settings', { k: 3, minRespondents: 3 });
    expect(second.body).toEqual(jasmine.objectContaining({ k: 3, minRespondents: 3 }));
    // The settings in force, saved again: no change, no new row, no event, the last change stays the last.
    const again = await admin.put('/api/protection-settings', { k: 3, minRespondents: 3 });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(second.body);

    const council = await testApp.signedIn('council');
    expect((await council.get('/api/protection-settings')).body).toEqual(
      jasmine.objectContaining({ k: 3, minRespondents: 3, updatedBy: 'admin' }),
    );
    const events = (await council.get('/api/audit-events?action=settings.protection.update')).body.items;
    expect(events.length).toBe(2);
    expect(events.map((e: { details: unknown }) => e.details)).toContain({
      before: { k: 6, minRespondents: 12 },
      after: { k: 3, minRespondents: 3 },
    });
    expect((await sql('SELECT COUNT(*)::int AS n FROM protection_settings')).rows[0]['n']).toBe(2);
    await admin.put('/api/protection-settings', { ...PROTECTION_DEFAULTS });
  });

  it('holds the floors and the history in the database too, whatever the application does', async () => {
    const refused = async (text: string) => {
      try {
        await sql(text);
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(
      await refused(`INSERT INTO protection_settings (k, min_respondents, changed_by_name) VALUES (2, 10, 'x')`),
    ).toMatch(/check constraint/);
    expect(
      await refused(`INSERT INTO protection_settings (k, min_respondents, changed_by_name) VALUES (8, 7, 'x')`),
    ).toMatch(/check constraint/);
    expect(await refused('UPDATE protection_settings SET k = 2')).toMatch(/append-only/);
    expect(await refused('DELETE FROM protection_settings')).toMatch(/append-only/);
  });

  it('are changed by admin only', async () => {
    for (const who of ['stabsstelle', 'leadership', 'council', 'hr']) {
      const response = await (
        await testApp.signedIn(who)
      ).put('/api/protection-settings', { k: 7, minRespondents: 14 });
      expect(response.status).withContext(who).toBe(403);
    }
    expect((await (await testApp.signedIn('hr')).get('/api/protection-settings')).status).toBe(403);
  });
});
