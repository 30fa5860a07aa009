import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const COLUMNS = 'upload_id, unit_id, measure, attribute_values, category_id, category2_id, count';

/** What the baseline did: which table, how many rows, how long the COPY took. */
export interface CopyBaseline {
  readonly table: string;
  readonly rows: number;
  readonly seconds: number;
}

/**
 * The floor for storing an upload: PostgreSQL's own `COPY ... FROM STDIN` of the very rows the upload
 * wrote to `raw_cell` (fetched beforehand as COPY text into memory), into a scratch table made
 * `LIKE raw_cell INCLUDING ALL` (the same columns, CHECK constraints and single index on
 * (upload_id, unit_id); no triggers, no foreign keys, as raw_cell has none). Only the COPY is timed.
 */
export async function copyBaseline(databaseUrl: string, uploadId: string): Promise<CopyBaseline> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const text = chunked(await copyText(client, uploadId), 64 * 1024);
    await client.query('CREATE TABLE copy_baseline (LIKE raw_cell INCLUDING ALL)');
    const started = process.hrtime.bigint();
    const copy = client.query(copyFrom(`COPY copy_baseline (${COLUMNS}) FROM STDIN`));
    await pipeline(Readable.from(text), copy);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { table: 'LIKE raw_cell INCLUDING ALL (same index)', rows: copy.rowCount, seconds };
  } finally {
    await client.end();
  }
}

/** An upload's raw cells as COPY text. */
async function copyText(client: Client, uploadId: string): Promise<Buffer> {
  if (!/^[0-9a-f-]{36}$/i.test(uploadId)) throw new Error(`Not an upload id: ${uploadId}`);
  const chunks: Buffer[] = [];
  const source = client.query(
    copyTo(`COPY (SELECT ${COLUMNS} FROM raw_cell WHERE upload_id = '${uploadId}') TO STDOUT`),
  );
  await pipeline(
    source,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    }),
  );
  return Buffer.concat(chunks);
}

/** `text` cut into pieces of `size` bytes, as a client would stream it. */
function chunked(text: Buffer, size: number): Buffer[] {
  const pieces: Buffer[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.subarray(start, start + size));
  return pieces;
}
