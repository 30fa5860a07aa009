import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** One line from standard input; on a terminal it is typed without echo. */
export async function readSecret(prompt: string): Promise<string> {
  const interactive = process.stdin.isTTY === true;
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: interactive });
  if (interactive) {
    process.stderr.write(prompt);
    muted = true;
  }
  try {
    for await (const line of reader) return line;
    return '';
  } finally {
    reader.close();
    if (interactive) process.stderr.write('\n');
  }
}
