import type { AuditEventView, ReleaseView } from '@vielfalt/contracts';
import { DEMO_CATALOGUE, generateDemoData } from '@vielfalt/demo-data';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ApiClient } from '../testing/api-client';
import { commitUpload } from '../testing/release-fixture';
import { startTestApp, type TestApp } from '../testing/test-app';
import { loadDemoData, publishDemoPeriods } from './demo-data-loader';

const SLOW = 240_000;
const PERIODS = DEMO_CATALOGUE.periods.map((period) => period.key);

describe('demo mode publishing its releases at start-up', () => {
  let testApp: TestApp;
  let uploadDir: string;
  const log: string[] = [];

  /** What `main.ts` does at every start in demo mode: load into an empty database, then publish. */
  async function start(): Promise<void> {
    await loadDemoData(testApp.app, uploadDir, (message) => log.push(message));
    await publishDemoPeriods(testApp.app, (message) => log.push(message));
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    uploadDir = mkdtempSync(path.join(os.tmpdir(), 'vielfalt-demo-uploads-'));
  });
  afterAll(async () => {
    await testApp.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  it(
    'publishes the demo waves as the Stabsstelle would, each once, but never a wave whose data a person changed',
    async () => {
      const council: ApiClient = await testApp.signedIn('council');
      const releases = async (): Promise<ReleaseView[]> => (await council.get('/api/releases')).body;
      const events = async (action: string): Promise<AuditEventView[]> =>
        (await council.get(`/api/audit-events?action=${action}&pageSize=200`)).body.items;

      // A first start that stopped after loading: nothing published yet. Meanwhile the Stabsstelle published
      // the oldest wave by hand, and HR corrected a unit of the newest.
      await loadDemoData(testApp.app, uploadDir, (message) => log.push(message));
      expect(await releases()).toEqual([]);
      const [oldest, newest] = [PERIODS[0], PERIODS[PERIODS.length - 1]];
      const stabsstelle = await testApp.signedIn('stabsstelle');
      const { dataVersion } = (await stabsstelle.get(`/api/releases/preview?period=${oldest}`)).body;
      expect((await stabsstelle.post('/api/releases', { periodKey: oldest, dataVersion })).status).toBe(201);
      const newestRows = generateDemoData()
        .uploads.find((upload) => upload.periodKey === newest)
        ?.csv.trim()
        .split('\n') as string[];
      const unit = newestRows[1].split(';')[1];
      const correction = [newestRows[0], ...newestRows.filter((row) => row.split(';')[1] === unit)].join('\n');
      await commitUpload(await testApp.signedIn('hr'), correction, 'korrektur.csv');

      // The next start publishes the others, oldest first, each through a preview and a publication.
      await start();
      const published = await releases();
      const byDemo = PERIODS.slice(1, -1);
      expect(published.map((release) => release.periodKey).sort()).toEqual([oldest, ...byDemo].sort());
      for (const release of published) {
        expect(release)
          .withContext(release.periodKey)
          .toEqual(
            jasmine.objectContaining({
              version: 1,
              publishedBy: release.periodKey === oldest ? 'stabsstelle' : 'demo-mode',
              superseded: false,
            }),
          );
        expect(release.audit.passed).withContext(release.periodKey).toBeTrue();
      }
      const periodsOf = (list: AuditEventView[]) =>
        list.filter((event) => event.actor === 'demo-mode').map((event) => [event.outcome, event.details['period']]);
      const inOrder = byDemo.map((period) => ['success', period]);
      expect(periodsOf(await events('release.preview')).reverse()).toEqual(inOrder);
      expect(periodsOf(await events('release.publish')).reverse()).toEqual(inOrder);
      expect(log.filter((message) => message.startsWith(`${byDemo.length} of ${byDemo.length} demo periods published`)))
        .withContext(log.join('\n'))
        .toHaveSize(1);

      // Any later start changes nothing: no release, no audit event, no upload.
      const before = {
        releases: published.length,
        previews: (await events('release.preview')).length,
        publications: (await events('release.publish')).length,
        uploads: (await council.get('/api/audit-events?action=upload.commit&pageSize=200')).body.total,
      };
      await start();
      expect({
        releases: (await releases()).length,
        previews: (await events('release.preview')).length,
        publications: (await events('release.publish')).length,
        uploads: (await council.get('/api/audit-events?action=upload.commit&pageSize=200')).body.total,
      }).toEqual(before);
    },
    SLOW,
  );
});
