// Runs Jasmine specs in Node (TypeScript through ts-node, our path aliases through
// tsconfig-paths) and, when TEST_RESULTS_FILE is set, writes the counts there for run-all.
// Usage: node tools/test/run-jasmine.mjs <spec glob>... [--helper <glob>]... [--tsconfig <file>]
import Jasmine from 'jasmine';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { helper: { type: 'string', multiple: true }, tsconfig: { type: 'string' }, filter: { type: 'string' } },
});
process.env.TS_NODE_PROJECT = values.tsconfig ?? 'backend/tsconfig.spec.json';
process.env.TS_NODE_TRANSPILE_ONLY = 'true';

const counts = { passed: 0, failed: 0, skipped: 0 };
const jasmine = new Jasmine({ projectBaseDir: process.cwd() });
jasmine.loadConfig({
  spec_dir: '.',
  spec_files: positionals,
  helpers: values.helper ?? [],
  requires: ['ts-node/register', 'tsconfig-paths/register'],
  jsLoader: 'require',
  random: true,
  env: { stopSpecOnExpectationFailure: false },
});
jasmine.addReporter({
  specDone(result) {
    if (result.status === 'passed') counts.passed++;
    else if (result.status === 'failed') counts.failed++;
    else counts.skipped++;
  },
  suiteDone(result) {
    // An error in beforeAll/afterAll fails the suite without failing a spec: count it.
    if (result.status === 'failed') counts.failed++;
  },
  jasmineDone(result) {
    if (result.overallStatus === 'failed' && counts.failed === 0) counts.failed++;
    if (process.env.TEST_RESULTS_FILE) writeFileSync(process.env.TEST_RESULTS_FILE, JSON.stringify(counts));
  },
});
jasmine.exitOnCompletion = false;
const result = await jasmine.execute(undefined, values.filter);
process.exit(result.overallStatus === 'passed' ? 0 : 1);
