import type { ReleaseFigureView, ReleasePreview, ReleaseView } from '@vielfalt/contracts';
import type { ApiClient } from '../testing/api-client';
import { commitUpload, defineReleaseCatalogue, releaseUpload } from '../testing/release-fixture';
import { startTestApp, type TestApp } from '../testing/test-app';

const SLOW = 120_000;

/**
 * A correction because IT changed the protection settings (no new data): the settings apply to the whole
 * application, so these specs have an application of their own.
 */
describe('a release corrected after the protection settings changed', () => {
  let testApp: TestApp;
  let admin: ApiClient;
  let stabsstelle: ApiClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await testApp.signedIn('admin');
    await defineReleaseCatalogue(admin);
    await commitUpload(await testApp.signedIn('hr'), releaseUpload('2025', 5), 'befragung-2025.csv');
    stabsstelle = await testApp.signedIn('stabsstelle');
  }, SLOW);
  afterAll(() => testApp.close());

  async function preview(): Promise<ReleasePreview> {
    const response = await stabsstelle.get('/api/releases/preview?period=2025');
    expect(response.status).withContext(response.text).toBe(200);
    return response.body;
  }

  async function publish(dataVersion: number, note?: string): Promise<ReleaseView> {
    const response = await stabsstelle.post('/api/releases', { periodKey: '2025', dataVersion, note });
    expect(response.status).withContext(response.text).toBe(201);
    return response.body;
  }

  async function figures(release: ReleaseView): Promise<ReleaseFigureView[]> {
    const all: ReleaseFigureView[] = [];
    for (const table of release.tables) {
      const response = await stabsstelle.get(
        `/api/releases/${release.id}/figures?table=${encodeURIComponent(table.id)}`,
      );
      all.push(...(response.body.figures as ReleaseFigureView[]));
    }
    return all;
  }

  it(
    'publishes version 2 with the raised k and minimum, keeping hidden what version 1 hid',
    async () => {
      const first = await preview();
      const v1 = await publish(first.dataVersion);

      const raised = await admin.put('/api/protection-settings', { k: 6, minRespondents: 12 });
      expect(raised.status).withContext(raised.text).toBe(200);
      // A preview computed under the old settings can no longer be published.
      const stale = await stabsstelle.post('/api/releases', {
        periodKey: '2025',
        dataVersion: first.dataVersion,
        settings: first.settings,
        note: 'Schutzeinstellungen angehoben',
      });
      expect(stale.status).withContext(stale.text).toBe(409);
      expect(stale.body.code).toBe('release_settings_changed');
      const second = await preview();
      expect(second).toEqual(
        jasmine.objectContaining({ version: 2, earlierVersions: 1, settings: { k: 6, minRespondents: 12 } }),
      );
      expect(second.audit.passed).withContext('the audit of the preview').toBeTrue();

      const v2 = await publish(second.dataVersion, 'Schutzeinstellungen angehoben');
      expect(v2.settings).toEqual({ k: 6, minRespondents: 12 });
      const hiddenInV2 = new Set((await figures(v2)).filter((f) => f.value === null).map((f) => f.id));
      for (const figure of await figures(v1)) {
        if (figure.value === null) expect(hiddenInV2.has(figure.id)).withContext(figure.id).toBeTrue();
      }
    },
    SLOW,
  );
});
