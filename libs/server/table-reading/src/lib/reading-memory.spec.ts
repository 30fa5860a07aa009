import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FIXTURES, scratchFolder, TWENTY_MEGABYTES } from './fixtures/fixture-files';
import { openUploadTable } from './open-upload-table';

/** A full garbage collection, so that the heap holds only what is still referenced. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function writeLargeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('period;unit;measure;career_group;dimension;category;dimension_2;category_2;count\r\n');
  for (let index = 0; index < rows; index++) {
    const unit = `AMT-${String(index % 5000).padStart(4, '0')}`;
    const line = `2025;${unit};answers;gehobener_dienst;migration_history;keine_angabe;;;${index % 997}\r\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

describe('reading a large upload', () => {
  it('streams 200,000 rows (15 MB) with a heap that does not grow with the rows read', async () => {
    const scratch = await scratchFolder();
    try {
      const path = scratch.pathOf('large.csv');
      await writeLargeCsv(path, 200_000);
      const table = await openUploadTable({ path, originalName: 'large.csv' }, { maxBytes: TWENTY_MEGABYTES });
      const heapAt = new Map<number, number>();
      let rowsRead = 0;
      for await (const _ of table.rows()) {
        if (++rowsRead % 20_000 === 0) {
          collectGarbage();
          heapAt.set(rowsRead, process.memoryUsage().heapUsed);
        }
      }
      expect(rowsRead).toBe(200_000);
      const growth = (heapAt.get(200_000) ?? 0) - (heapAt.get(20_000) ?? 0);
      // Holding the rows would take about 100 MB; streaming them leaves the heap where it was.
      expect(growth).toBeLessThan(5 * 1024 * 1024);
    } finally {
      await scratch.remove();
    }
  });

  it('closes the file when the reader stops before the end', async () => {
    const openFiles = async () => (await readdir('/proc/self/fd')).length;
    if (!existsSync('/proc/self/fd')) pending('counts open files through /proc (Linux)');
    const scratch = await scratchFolder();
    try {
      const path = scratch.pathOf('large.csv');
      await writeLargeCsv(path, 20_000);
      for (const name of ['large.csv', 'table.xlsx']) {
        const before = await openFiles();
        const table = await openUploadTable(
          { path: name === 'large.csv' ? path : join(FIXTURES, name), originalName: name },
          { maxBytes: TWENTY_MEGABYTES },
        );
        for await (const row of table.rows()) if (row.rowNumber >= 2) break;
        // Closing a file is asynchronous: wait until the count is back, or a second has passed.
        const deadline = Date.now() + 1000;
        while ((await openFiles()) !== before && Date.now() < deadline) await new Promise(setImmediate);
        expect(await openFiles())
          .withContext(name)
          .toBe(before);
      }
    } finally {
      await scratch.remove();
    }
  });
});
