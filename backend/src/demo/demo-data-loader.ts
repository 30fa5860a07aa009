import type { INestApplicationContext } from '@nestjs/common';
import { generateDemoData } from '@vielfalt/demo-data';
import type { Actor } from '@vielfalt/server-api';
import { CatalogueService } from '@vielfalt/server-catalogue';
import { UploadService } from '@vielfalt/server-ingest';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

const DEMO_ACTOR: Actor = { id: null, name: 'demo-mode' };

/**
 * Fills an empty database with Stadtverwaltung Musterstadt: its catalogue through the catalogue's
 * use cases, its organisation and its eight survey waves as files through the very path HR's files
 * take (check, then commit). Does nothing when the catalogue has periods already.
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
  for (const period of demo.catalogue.periods) await catalogue.createPeriod(period, DEMO_ACTOR);
  for (const attribute of demo.catalogue.attributes) await catalogue.createAttribute(attribute, DEMO_ACTOR);
  for (const dimension of demo.catalogue.dimensions) await catalogue.createDimension(dimension, DEMO_ACTOR);
  await catalogue.importUnitsFile(await asFile(uploadDir, 'organisationseinheiten.csv', demo.unitsCsv), DEMO_ACTOR);

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
