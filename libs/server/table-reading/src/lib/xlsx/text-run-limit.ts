import { Transform } from 'node:stream';

/** A part of a workbook holds more text between two tags than any cell can. */
export class TextRunTooLongError extends Error {
  constructor(readonly maxBytes: number) {
    super(`A text of more than ${maxBytes} bytes between two tags`);
    this.name = 'TextRunTooLongError';
  }
}

const TAG_START = 0x3c; // '<'

/**
 * Passes XML bytes on until more than `maxBytes` bytes come without a `<` (a text, with the tag before it), then
 * fails with `TextRunTooLongError`.
 * The XML parser builds such a run into one string: a few hundred kilobytes of archive would otherwise become
 * a string of hundreds of megabytes in memory (a cell holds at most 32,767 characters).
 */
export function textRunsAtMost(maxBytes: number): Transform {
  let run = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const first = chunk.indexOf(TAG_START);
      if (first === -1) {
        run += chunk.length;
      } else {
        // A run inside the chunk is shorter than the chunk; only chunks longer than the limit need every run.
        let longest = run + first;
        if (chunk.length > maxBytes) {
          let previous = first;
          for (let next = chunk.indexOf(TAG_START, first + 1); next !== -1; next = chunk.indexOf(TAG_START, next + 1)) {
            longest = Math.max(longest, next - previous - 1);
            previous = next;
          }
        }
        if (longest > maxBytes) return done(new TextRunTooLongError(maxBytes));
        run = chunk.length - chunk.lastIndexOf(TAG_START) - 1;
      }
      if (run > maxBytes) return done(new TextRunTooLongError(maxBytes));
      done(null, chunk);
    },
  });
}
