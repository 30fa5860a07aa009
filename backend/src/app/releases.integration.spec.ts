import type { ReleaseFigureView, ReleasePreview, ReleaseView } from '@vielfalt/contracts';
import { ReleaseStore } from '@vielfalt/server-persistence';
import { Client } from 'pg';
import type { ApiClient } from '../testing/api-client';
import { commitUpload, defineReleaseCatalogue, releaseUpload } from '../testing/release-fixture';
import { startTestApp, type TestApp } from '../testing/test-app';

const SLOW = 120_000;

describe('releases', () => {
  let testApp: TestApp;
  let stabsstelle: ApiClient;
  let hr: ApiClient;
  let leadership: ApiClient;
  let council: ApiClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    const admin = await testApp.signedIn('admin');
    await defineReleaseCatalogue(admin);
    // Further periods, one per scenario, so that the specs may run in any order.
    for (const [key, date] of [
      ['2026', '2026-06-30'],
      ['2027', '2027-06-30'],
      ['2028', '2028-06-30'],
    ]) {
      const created = await admin.post('/api/catalogue/periods', {
        key,
        label: `Befragung ${key}`,
        referenceDate: date,
      });
      if (created.status !== 201) throw new Error(created.text);
    }
    [stabsstelle, hr, leadership, council] = await Promise.all(
      ['stabsstelle', 'hr', 'leadership', 'council'].map((who) => testApp.signedIn(who)),
    );
    for (const [period, seed] of [
      ['2025', 1],
      ['2026', 2],
      ['2027', 3],
      ['2028', 4],
    ] as const) {
      await commitUpload(hr, releaseUpload(period, seed), `befragung-${period}.csv`);
    }
  }, SLOW);
  afterAll(() => testApp.close());

  async function sql(text: string, values: unknown[] = []): Promise<{ rows: Record<string, unknown>[] }> {
    const db = new Client({ connectionString: testApp.databaseUrl });
    await db.connect();
    try {
      return await db.query(text, values);
    } finally {
      await db.end();
    }
  }

  async function preview(period: string): Promise<ReleasePreview> {
    const response = await stabsstelle.get(`/api/releases/preview?period=${period}`);
    expect(response.status).withContext(response.text).toBe(200);
    return response.body;
  }

  async function allFigures(api: ApiClient, release: ReleaseView): Promise<Map<string, ReleaseFigureView>> {
    const figures = new Map<string, ReleaseFigureView>();
    for (const table of release.tables) {
      const response = await api.get(`/api/releases/${release.id}/figures?table=${encodeURIComponent(table.id)}`);
      expect(response.status).withContext(response.text).toBe(200);
      expect(response.body.figures.length).withContext(table.id).toBe(table.informationLoss.figures);
      for (const figure of response.body.figures as ReleaseFigureView[]) figures.set(figure.id, figure);
    }
    return figures;
  }

  async function auditEvents(action: string): Promise<{ outcome: string; details: Record<string, unknown> }[]> {
    return (await council.get(`/api/audit-events?action=${action}&pageSize=200`)).body.items;
  }

  it('refuses to preview or publish a period without data, and audits the refusal', async () => {
    const previewed = await stabsstelle.get('/api/releases/preview?period=2024');
    expect(previewed.status).toBe(409);
    expect(previewed.body.code).toBe('release_no_data');
    expect(previewed.body.message).toContain('Period 2024 has no data');
    expect(previewed.body.details).toContain(jasmine.objectContaining({ field: 'period' }));

    const published = await stabsstelle.post('/api/releases', { periodKey: '2024', dataVersion: 0 });
    expect(published.status).toBe(409);
    expect(published.body.code).toBe('release_no_data');
    expect(published.body.message).toContain('Period 2024 has no data');
    expect(await auditEvents('release.publish')).toContain(
      jasmine.objectContaining({
        outcome: 'failure',
        details: jasmine.objectContaining({ period: '2024', reason: 'no_data' }),
      }),
    );

    expect((await stabsstelle.get('/api/releases/preview?period=1999')).status).toBe(404);
    expect((await stabsstelle.post('/api/releases', { periodKey: '1999', dataVersion: 1 })).status).toBe(404);
    expect((await stabsstelle.post('/api/releases', { periodKey: '2024' })).status).toBe(400);
  });

  it(
    'previews, publishes version 1, then a correction as version 2 protected jointly with version 1',
    async () => {
      // Preview: nothing is stored but the audit event.
      const first = await preview('2025');
      expect(first).toEqual(
        jasmine.objectContaining({
          periodKey: '2025',
          version: 1,
          earlierVersions: 0,
          settings: { k: 5, minRespondents: 10 },
        }),
      );
      expect(first.dataVersion).toBeGreaterThan(0);
      expect(first.audit.passed).toBeTrue();
      expect(first.tables.map((table) => table.id).sort()).toEqual([
        'crossTab:migration_history:gender_identity',
        'dimension:gender_identity',
        'dimension:languages',
        'dimension:migration_history',
        'headcount',
        'respondents',
      ]);
      expect(first.informationLoss.suppressed).toBeGreaterThan(0);
      expect(first.unitsWithoutBreakdown).toContain({
        unitCode: 'PS-A3',
        unitName: 'Stadtarchiv',
        reason: 'min-respondents',
      });
      expect(JSON.stringify(first)).not.toContain('"value"');
      expect((await leadership.get('/api/releases?period=2025')).body).toEqual([]);
      expect(await auditEvents('release.preview')).toContain(
        jasmine.objectContaining({
          outcome: 'success',
          details: jasmine.objectContaining({ period: '2025', version: 1 }),
        }),
      );

      // Publish version 1.
      const published = await stabsstelle.post('/api/releases', { periodKey: '2025', dataVersion: first.dataVersion });
      expect(published.status).withContext(published.text).toBe(201);
      if (published.status !== 201) return;
      const v1: ReleaseView = published.body;
      expect(v1).toEqual(
        jasmine.objectContaining({
          periodKey: '2025',
          version: 1,
          publishedBy: 'stabsstelle',
          note: null,
          dataVersion: first.dataVersion,
          settings: { k: 5, minRespondents: 10 },
          superseded: false,
          informationLoss: first.informationLoss,
          tables: first.tables,
          unitsWithoutBreakdown: first.unitsWithoutBreakdown,
        }),
      );
      const periods = (await leadership.get('/api/catalogue')).body.periods as { key: string; status: string }[];
      expect(periods.find((period) => period.key === '2025')?.status).toBe('published');
      expect((await council.get(`/api/releases/${v1.id}`)).body).toEqual(v1);
      expect((await leadership.get('/api/releases/current?period=2025')).body.id).toBe(v1.id);

      expect((await leadership.get(`/api/releases/${v1.id}/figures?table=dimension:unknown`)).status).toBe(404);
      expect((await leadership.get(`/api/releases/${v1.id}/figures?table=x;y`)).status).toBe(400);
      expect((await leadership.get(`/api/releases/${v1.id}/figures`)).status).toBe(400);

      // Its figures: a value, or null. Never why: "primary" would say that 1 to k − 1 people are in the group.
      const figures1 = await allFigures(leadership, v1);
      const suppressed1 = [...figures1.values()].filter((figure) => figure.value === null);
      expect(suppressed1.length).toBe(v1.informationLoss.suppressed);
      for (const figure of figures1.values()) expect(Object.keys(figure)).not.toContain('suppression');
      for (const view of [v1, first]) {
        for (const loss of [view.informationLoss, ...view.tables.map((table) => table.informationLoss)]) {
          expect(Object.keys(loss).sort()).toEqual(['figures', 'peopleWeightedShare', 'suppressed', 'suppressedShare']);
        }
      }
      for (const view of [v1, first])
        expect(Object.keys(view.audit).sort()).toEqual(['narrowedByEarlierVersions', 'passed', 'unprotectedCount']);
      // The audit log (the staff council reads it): nothing by reason, and nothing computed from data that a
      // preview shows but may never be published.
      const events = await sql(`SELECT action, details FROM audit_event WHERE action LIKE 'release.%'`);
      expect(events.rows.map((event) => event['action'])).toContain('release.preview');
      for (const event of events.rows) {
        expect(JSON.stringify(event['details'])).not.toContain('primary');
        if (event['action'] === 'release.preview')
          expect(Object.keys(event['details'] as object)).not.toContain('suppressed');
      }
      const stored = await sql(
        `SELECT COUNT(*)::int AS n FROM release_figure WHERE release_id = $1 AND suppression IS NOT NULL AND value IS NOT NULL`,
        [v1.id],
      );
      expect(stored.rows[0]['n']).toBe(0);

      // The same data and settings again: nothing to correct.
      const again = await stabsstelle.post('/api/releases', { periodKey: '2025', dataVersion: first.dataVersion });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('release_already_published');
      expect(again.body.message).toContain('was published from these very data and settings');

      // HR corrects one Amt; a second version needs a note.
      await commitUpload(hr, releaseUpload('2025', 11, ['PS-A2']), 'korrektur-standesamt.csv');
      const second = await preview('2025');
      expect(second).toEqual(jasmine.objectContaining({ version: 2, earlierVersions: 1 }));
      expect(second.dataVersion).toBeGreaterThan(first.dataVersion);
      const withoutNote = await stabsstelle.post('/api/releases', {
        periodKey: '2025',
        dataVersion: second.dataVersion,
      });
      expect(withoutNote.status).toBe(400);
      expect(withoutNote.body.code).toBe('release_note_required');
      expect(withoutNote.body.details).toContain(jasmine.objectContaining({ field: 'note' }));

      const corrected = await stabsstelle.post('/api/releases', {
        periodKey: '2025',
        dataVersion: second.dataVersion,
        note: 'Das Standesamt hat seine Zahlen korrigiert.',
      });
      expect(corrected.status).withContext(corrected.text).toBe(201);
      const v2: ReleaseView = corrected.body;
      expect(v2).toEqual(
        jasmine.objectContaining({
          version: 2,
          note: 'Das Standesamt hat seine Zahlen korrigiert.',
          superseded: false,
        }),
      );

      // Newest first; version 1 stays, superseded; dashboards read version 2.
      const history: ReleaseView[] = (await council.get('/api/releases?period=2025')).body;
      expect(history.map((release) => [release.version, release.superseded])).toEqual([
        [2, false],
        [1, true],
      ]);
      expect((await leadership.get('/api/releases/current?period=2025')).body.id).toBe(v2.id);

      // Joint protection: what version 1 hid stays hidden in version 2.
      const figures2 = await allFigures(stabsstelle, v2);
      for (const figure of suppressed1) {
        expect(figures2.get(figure.id)?.value).withContext(figure.id).toBeNull();
      }

      const publications = (await auditEvents('release.publish')).filter(
        (event) => event.outcome === 'success' && event.details['period'] === '2025',
      );
      expect(publications.map((event) => event.details['version']).sort()).toEqual([1, 2]);
      expect(publications[0].details).toEqual(
        jasmine.objectContaining({ figures: v2.informationLoss.figures, suppressed: v2.informationLoss.suppressed }),
      );

      // Immutable, also for whoever reaches the database.
      for (const statement of [
        'UPDATE release SET note = NULL',
        'DELETE FROM release',
        'UPDATE release_figure SET value = 1',
        'DELETE FROM release_figure',
      ]) {
        await expectAsync(sql(statement))
          .withContext(statement)
          .toBeRejectedWithError(/append-only/);
      }
    },
    SLOW,
  );

  it(
    'refuses to publish when the data changed since the preview',
    async () => {
      const before = await preview('2026');
      await commitUpload(hr, releaseUpload('2026', 21, ['PS-A1']), 'korrektur.csv');
      const refused = await stabsstelle.post('/api/releases', { periodKey: '2026', dataVersion: before.dataVersion });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('release_data_changed');
      expect(refused.body.message).toContain('changed since the preview');
      expect(refused.body.details).toContain(jasmine.objectContaining({ field: 'dataVersion' }));
      const unknown = await stabsstelle.post('/api/releases', { periodKey: '2026', dataVersion: 1_000_000 });
      expect(unknown.status).toBe(409);
      expect(unknown.body.message).toMatch(/^Period 2026 has no data version 1000000 \(its data are at version \d+\)/);
      expect((await council.get('/api/releases?period=2026')).body).toEqual([]);
      expect(await auditEvents('release.publish')).toContain(
        jasmine.objectContaining({
          outcome: 'failure',
          details: jasmine.objectContaining({ period: '2026', reason: 'data_changed' }),
        }),
      );
    },
    SLOW,
  );

  it(
    'lets one of two simultaneous publications of a period win; the other gets 409',
    async () => {
      const { dataVersion } = await preview('2027');
      const other = await testApp.signedIn('stabsstelle');
      const responses = await Promise.all(
        [stabsstelle, other].map((api) => api.post('/api/releases', { periodKey: '2027', dataVersion })),
      );
      expect(responses.map((response) => response.status).sort())
        .withContext(responses.map((r) => r.text).join('\n'))
        .toEqual([201, 409]);
      // The loser waits for the period's lock and then finds the winner's version; should both pass the lock,
      // the unique version of the period refuses the second.
      const loser = responses.find((response) => response.status === 409);
      expect(['release_already_published', 'release_version_conflict']).toContain(loser?.body.code);
      const history: ReleaseView[] = (await council.get('/api/releases?period=2027')).body;
      expect(history.map((release) => release.version)).toEqual([1]);
    },
    SLOW,
  );

  it(
    'records a publication that fails unexpectedly, and stores nothing of it',
    async () => {
      const { dataVersion } = await preview('2028');
      spyOn(testApp.app.get(ReleaseStore), 'copyFigures').and.rejectWith(new Error('disk full'));

      const response = await stabsstelle.post('/api/releases', { periodKey: '2028', dataVersion });

      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        code: 'internal_error',
        message: 'An unexpected error occurred; it has been logged.',
      });
      expect(await auditEvents('release.publish')).toContain(
        jasmine.objectContaining({
          outcome: 'failure',
          details: jasmine.objectContaining({ period: '2028', dataVersion, reason: 'internal_error' }),
        }),
      );
      expect((await council.get('/api/releases?period=2028')).body).toEqual([]);
    },
    SLOW,
  );

  it('answers 404 for an unknown release or period, and 400 for a malformed query', async () => {
    expect((await leadership.get('/api/releases/current?period=2024')).status).toBe(404);
    expect((await leadership.get('/api/releases/current')).status).toBe(400);
    expect((await leadership.get('/api/releases/not-a-uuid')).status).toBe(404);
    expect((await leadership.get('/api/releases/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await stabsstelle.get('/api/releases/preview')).status).toBe(400);
  });
});
