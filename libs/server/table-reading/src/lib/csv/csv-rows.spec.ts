import { Readable } from 'node:stream';
import { readCsvText } from './csv-rows';

const HEADER = 'period;unit;measure;count\r\n';
const row = (index: number, quoted: boolean) => `2025;${quoted ? '"AMT-1"' : 'AMT-1'};headcount;${index}\r\n`;

/** A file's bytes in chunks of 64 KiB, as a file stream gives them, failing after `failAfter` chunks. */
function bytesFailingAfter(text: string, failAfter: number): Readable {
  const bytes = Buffer.from(text);
  let chunks = 0;
  return new Readable({
    read() {
      if (chunks === failAfter) {
        this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read' }));
        return;
      }
      const start = chunks++ * 65536;
      this.push(start < bytes.length ? bytes.subarray(start, start + 65536) : null);
    },
  });
}

async function readAll(bytes: Readable, quoted: boolean): Promise<{ rows: number; lastRow: number }> {
  let rows = 0;
  let lastRow = 0;
  for await (const batch of readCsvText(bytes, { encoding: 'utf-8', delimiter: ';', quoted }, null)) {
    rows += batch.cells.length;
    lastRow = batch.rowNumbers[batch.rowNumbers.length - 1];
  }
  return { rows, lastRow };
}

describe('reading CSV text', () => {
  for (const quoted of [false, true]) {
    describe(quoted ? 'with quotes (parsed)' : 'without quotes (split by line)', () => {
      const text = HEADER + Array.from({ length: 20_000 }, (_, index) => row(index, quoted)).join('');

      it('reads every line, numbered from the header', async () => {
        expect(await readAll(bytesFailingAfter(text, Infinity), quoted)).toEqual({ rows: 20_001, lastRow: 20_001 });
      });

      it('fails with the read error when the file cannot be read to its end, not as if it ended there', async () => {
        expect(text.length).toBeGreaterThan(4 * 65536); // fails halfway, not at the end
        await expectAsync(readAll(bytesFailingAfter(text, 2), quoted)).toBeRejectedWithError(/EIO/);
      });
    });
  }

  it('takes a line break split between two chunks as one', async () => {
    const chunks = ['period;count\r', '\n2025;1\r', '\r\n2025;2\r', '', '\n'].map((chunk) => Buffer.from(chunk));
    const rows = [];
    for await (const batch of readCsvText(
      Readable.from(chunks),
      { encoding: 'utf-8', delimiter: ';', quoted: false },
      null,
    )) {
      rows.push(...batch.cells.map((cells, index) => ({ rowNumber: batch.rowNumbers[index], cells })));
    }
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['period', 'count'] },
      { rowNumber: 2, cells: ['2025', '1'] },
      { rowNumber: 4, cells: ['2025', '2'] },
    ]);
  });
});
