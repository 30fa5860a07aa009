import type { INestApplicationContext } from '@nestjs/common';
import type { CatalogueDefinition } from '@vielfalt/contracts';
import { DEMO_CATALOGUE, generateDemoData } from '@vielfalt/demo-data';
import { type Actor, ApiException } from '@vielfalt/server-api';
import { CatalogueService } from '@vielfalt/server-catalogue';
import { UploadService } from '@vielfalt/server-ingest';
import { ReleaseService } from '@vielfalt/server-releases';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

const DEMO_ACTOR: Actor = { id: null, name: 'demo-mode' };

/**
 * Fills an empty database with Stadtverwaltung Musterstadt: its catalogue through the catalogue's use cases, its
 * organisation and its eight survey waves as files through the very path HR's files take (check, then commit).
 * Does nothing when the catalogue has periods already. Publishing is `publishDemoPeriods`, once the server
 * answers.
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
}

/**
 * Publishes, oldest first, every demo period that has no release yet and whose data demo mode brought in (no
 * person has committed data to it), as the Stabsstelle would: a preview, then the publication of the preview's
 * data version, both audited. So the first start publishes all eight waves, a start after an interrupted one
 * publishes the rest, and any later start nothing. A period that is refused is logged and skipped; any other
 * error (the application stopping, say) ends the publishing. Logs how long it took; never rejects.
 */
export async function publishDemoPeriods(app: INestApplicationContext, log: (message: string) => void): Promise<void> {
  const releases = app.get(ReleaseService);
  const started = Date.now();
  let published = 0;
  let pending: string[] = [];
  try {
    pending = await demoPeriodsToPublish(app);
    for (const periodKey of pending) {
      try {
        const preview = await releases.preview(periodKey, DEMO_ACTOR);
        await releases.publish({ periodKey, dataVersion: preview.dataVersion }, DEMO_ACTOR);
        published++;
      } catch (error) {
        if (!(error instanceof ApiException)) throw error;
        log(`Demo period ${periodKey} was not published: ${error.message}`);
      }
    }
  } catch (error) {
    log(`Publishing the demo periods stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (pending.length > 0) {
    log(`${published} of ${pending.length} demo periods published in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** The demo periods, oldest first, that exist, have no release yet and hold only data demo mode committed. */
async function demoPeriodsToPublish(app: INestApplicationContext): Promise<string[]> {
  const existing = new Set((await app.get(CatalogueService).catalogue()).periods.map((period) => period.key));
  const releases = app.get(ReleaseService);
  const uploads = app.get(UploadService);
  const pending: string[] = [];
  for (const { key } of DEMO_CATALOGUE.periods) {
    if (!existing.has(key) || (await releases.releaseList(key)).length > 0) continue;
    const committed = (await uploads.history(key)).filter((upload) => upload.status === 'committed');
    if (committed.length > 0 && committed.every((upload) => upload.committedBy === DEMO_ACTOR.name)) pending.push(key);
  }
  return pending;
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
