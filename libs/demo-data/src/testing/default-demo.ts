import { type DemoData, generateDemoData } from '../lib/demo-data';
import { present } from '../lib/present';
import { parseUpload, type UploadRow } from './upload-rows';

let demo: DemoData | undefined;
let rows: Map<string, UploadRow[]> | undefined;

/** The demo of the default seed, generated once per test run (it takes most of a second). */
export function defaultDemo(): DemoData {
  demo ??= generateDemoData();
  return demo;
}

/** The default demo's upload rows by period key. */
export function defaultUploadRows(): Map<string, UploadRow[]> {
  const { catalogue, uploads } = defaultDemo();
  rows ??= new Map(uploads.map((upload) => [upload.periodKey, parseUpload(upload.csv, catalogue)]));
  return rows;
}

/** The default demo's upload rows of one period. */
export function defaultUploadRowsOf(periodKey: string): UploadRow[] {
  return present(defaultUploadRows().get(periodKey), `upload of ${periodKey}`);
}
