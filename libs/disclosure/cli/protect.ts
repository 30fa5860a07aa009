/**
 * `npm run protect -- input.json [--output result.json]`: protects the release described by a JSON file
 * (the input format of docs/disclosure.md; `-` reads standard input) and prints the result as JSON.
 * Exit codes: 0 the release passes its audit, 1 it does not, 2 the input is unusable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { InvalidProtectionInputError, protect, type ProtectionInput } from '../src/index';

async function main(args: readonly string[]): Promise<number> {
  const [path, ...rest] = args;
  if (!path || path === '--help') {
    process.stderr.write('usage: npm run protect -- <input.json | -> [--output <result.json>]\n');
    return 2;
  }
  const outputIndex = rest.indexOf('--output');
  const output = outputIndex === -1 ? undefined : rest[outputIndex + 1];
  let input: ProtectionInput;
  try {
    input = JSON.parse(readFileSync(path === '-' ? 0 : path, 'utf8')) as ProtectionInput;
  } catch (error) {
    process.stderr.write(`cannot read ${path}: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    const result = await protect(input);
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (output) writeFileSync(output, text);
    else process.stdout.write(text);
    const { informationLoss: loss, audit } = result;
    process.stderr.write(
      `${loss.figures} figures, ${loss.suppressed} suppressed (${(100 * loss.suppressedShare).toFixed(1)} %); ` +
        `audit ${audit.passed ? 'passed' : `FAILED for ${audit.unprotected.length} figures`}\n`,
    );
    return audit.passed ? 0 : 1;
  } catch (error) {
    if (error instanceof InvalidProtectionInputError) {
      process.stderr.write(`invalid input: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 3;
  },
);
