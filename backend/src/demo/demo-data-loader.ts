import type { INestApplicationContext } from '@nestjs/common';
import type { CatalogueDefinition } from '@vielfalt/contracts';
import { generateDemoData } from '@vielfalt/demo-data';
import { type Actor, ApiException } from '@vielfalt/server-api';
import { CatalogueService } from '@vielfalt/server-catalogue';
import { UploadService } from '@vielfalt/server-ingest';
import { ReleaseService } from '@vielfalt/server-releases';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

const DEMO_ACTOR: Actor = { id: null, name: 'demo-mode' };

/**
 * Fills an empty database with Stadtverwaltung Musterstadt: its catalogue through the catalogue's
 * use cases, its organisation and its eight survey waves as files through the very path HR's files
 * take (check, then commit), then publishes every period through the Stabsstelle's path (the release
 * builder, protection and audit included), so that a new user sees releases at once. Does nothing when the
 * catalogue has periods already.
 */
export async function loadDemoData(
  app: INestApplicationContext,
  uploadDir: string,
  log: (message: string) => void,
): Promise<void> {
  const catalogue = app.get(CatalogueService);
  if ((await catalogue.catalogue()).periods.length > 0) return;
  const started = Date.now();
  const demo = generateDemoData();
  const unitsFile = await asFile(uploadDir, 'organisationseinheiten.csv', demo.unitsCsv);
  await defineCatalogue(app, demo.catalogue, unitsFile, DEMO_ACTOR);

  const uploads = app.get(UploadService);
  for (const upload of demo.uploads) {
    const report = await uploads.check(await asFile(uploadDir, upload.fileName, upload.csv), DEMO_ACTOR);
    if (report.status !== 'checked') {
      throw new Error(
        `The demo upload ${upload.fileName} did not pass its check: ${JSON.stringify(report.problems.slice(0, 3))}`,
      );
    }
    await uploads.commit(report.id, DEMO_ACTOR);
  }
  log(`Demo data of Stadtverwaltung Musterstadt loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Publishing goes on in the background (protection runs in a worker thread, so the server answers
  // meanwhile); the start waits for it up to a limit, so that with a quick protection the releases are
  // there before the first request.
  const publishing = publishDemoPeriods(
    app,
    demo.catalogue.periods.map((period) => period.key),
    log,
  );
  let timer: NodeJS.Timeout | undefined;
  const finished = await Promise.race([
    publishing.then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), DEMO_PUBLISHING_WAIT_MS))),
  ]);
  clearTimeout(timer);
  if (!finished) {
    log('The demo periods are still being published; each appears in the release history when it is done.');
  }
}

/** How long the first start waits for the demo periods to be published before it serves requests. */
const DEMO_PUBLISHING_WAIT_MS = 20_000;

/**
 * Publishes each period's current data as a release, oldest first, as the Stabsstelle would, and logs how
 * long it took. A period that is refused is reported and skipped; an unexpected error (e.g. the application
 * stopping) ends the publishing. Never rejects.
 */
export async function publishDemoPeriods(
  app: INestApplicationContext,
  periodKeys: readonly string[],
  log: (message: string) => void,
): Promise<void> {
  const releases = app.get(ReleaseService);
  const started = Date.now();
  let published = 0;
  for (const periodKey of periodKeys) {
    try {
      const dataVersion = await releases.dataVersion(periodKey);
      await releases.publish({ periodKey, dataVersion }, DEMO_ACTOR);
      published++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!(error instanceof ApiException)) {
        log(`Publishing the demo periods stopped at ${periodKey}: ${message}`);
        break;
      }
      log(`Demo period ${periodKey} was not published: ${message}`);
    }
  }
  log(`${published} of ${periodKeys.length} demo periods published in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Defines a whole catalogue through the catalogue's use cases: periods, attributes, dimensions, units. */
export async function defineCatalogue(
  app: INestApplicationContext,
  definition: CatalogueDefinition,
  unitsFile: { path: string; originalName: string },
  actor: Actor,
): Promise<void> {
  const catalogue = app.get(CatalogueService);
  for (const period of definition.periods) await catalogue.createPeriod(period, actor);
  for (const attribute of definition.attributes) await catalogue.createAttribute(attribute, actor);
  for (const dimension of definition.dimensions) await catalogue.createDimension(dimension, actor);
  await catalogue.importUnitsFile(unitsFile, actor);
}

/** Writes a generated file where uploads wait, as if it had arrived over HTTP. */
async function asFile(
  uploadDir: string,
  originalName: string,
  content: string,
): Promise<{ path: string; originalName: string }> {
  await mkdir(uploadDir, { recursive: true });
  const file = path.join(uploadDir, `demo-${randomUUID()}`);
  await writeFile(file, content, 'utf8');
  return { path: file, originalName };
}
