/**
 * Child process of the ingest benchmark: generates the demo administration at a scale where one
 * period's upload file has at least the wanted number of rows, and writes the organisation-unit file
 * and that period's upload, cut after the first whole unit that reaches the row count (so every sum
 * in it still adds up). Runs apart so that the generator's memory (over 1 GB at this scale) does not
 * count toward the benchmark's peak RSS.
 *
 * Usage (by `generateUploadFile`): write-upload-file.ts <dir> <period> <rows>
 */
import { generateDemoData } from '@vielfalt/demo-data';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Each step of `scale` adds 24,079 to 26,865 rows to every period's file (libs/demo-data/README.md). */
const ROWS_PER_SCALE = 24_000;

export interface WrittenFiles {
  readonly unitsCsv: string;
  readonly uploadCsv: string;
  readonly rows: number;
  readonly units: number;
}

/** The first `minRows` data rows of `csv` and the rest of the unit the last of them belongs to. */
function cutAfterUnit(csv: string, minRows: number): { text: string; rows: number; units: number } {
  const unitOf = (line: string) => line.split(';', 2)[1];
  let end = csv.indexOf('\n') + 1; // after the header
  let rows = 0;
  let units = 0;
  let unit: string | null = null;
  while (end < csv.length) {
    const next = csv.indexOf('\n', end) + 1 || csv.length;
    const lineUnit = unitOf(csv.slice(end, next));
    if (lineUnit !== unit) {
      if (rows >= minRows) break;
      unit = lineUnit;
      units++;
    }
    rows++;
    end = next;
  }
  if (rows < minRows) throw new Error(`The generated file has only ${rows} rows, fewer than ${minRows}.`);
  return { text: csv.slice(0, end), rows, units };
}

function main(): void {
  const [dir, periodKey, rowsText] = process.argv.slice(2);
  const minRows = Number(rowsText);
  const demo = generateDemoData({ scale: Math.ceil(minRows / ROWS_PER_SCALE) });
  const upload = demo.uploads.find((candidate) => candidate.periodKey === periodKey);
  if (!upload) throw new Error(`The demo data have no period ${periodKey}.`);
  const cut = cutAfterUnit(upload.csv, minRows);
  const files: WrittenFiles = {
    unitsCsv: path.join(dir, 'organisationseinheiten.csv'),
    uploadCsv: path.join(dir, upload.fileName),
    rows: cut.rows,
    units: cut.units,
  };
  writeFileSync(files.unitsCsv, demo.unitsCsv, 'utf8');
  writeFileSync(files.uploadCsv, cut.text, 'utf8');
  process.send?.(files);
}

if (require.main === module) main();
