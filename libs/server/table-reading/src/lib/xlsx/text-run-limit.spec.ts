import { Readable } from 'node:stream';
import { textRunsAtMost, TextRunTooLongError } from './text-run-limit';

async function pass(chunks: readonly string[], maxBytes: number): Promise<string | Error> {
  const out: Buffer[] = [];
  try {
    for await (const chunk of Readable.from(chunks.map((c) => Buffer.from(c))).pipe(textRunsAtMost(maxBytes))) {
      out.push(chunk as Buffer);
    }
    return Buffer.concat(out).toString();
  } catch (error) {
    return error as Error;
  }
}

// What is limited is a run of bytes without `<`: a text with the tag name before it (`a>12345` is 7 bytes).
describe('the limit on text between two tags', () => {
  it('passes XML whose runs are within the limit unchanged, however it is cut into chunks', async () => {
    expect(await pass(['<a>12345</a><b>', '1234', '5</b>'], 7)).toBe('<a>12345</a><b>12345</b>');
  });

  it('refuses a run one byte over the limit, inside one chunk, across chunks and at the end', async () => {
    expect(await pass(['<a>123456</a>'], 7)).toBeInstanceOf(TextRunTooLongError);
    expect(await pass(['<a>1234', '56</a>'], 7)).toBeInstanceOf(TextRunTooLongError);
    expect(await pass(['<a>12', '34', '56'], 7)).toBeInstanceOf(TextRunTooLongError);
  });

  it('finds a long run in the middle of a chunk longer than the limit', async () => {
    expect(await pass(['<a>1</a><b>123456</b><c>1</c>'], 7)).toBeInstanceOf(TextRunTooLongError);
    expect(await pass(['<a>1</a><b>12345</b><c>1</c>'], 7)).toBe('<a>1</a><b>12345</b><c>1</c>');
  });
});
