// `npm test`: every suite of the product, one after another, then a summary per suite and,
// as the very last line, `N passed, N failed` over the whole run (CI reads that line).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const resultsDir = path.join(root, 'tmp/test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const jasmine = (...args) => ['node', 'tools/test/run-jasmine.mjs', ...args];
const karma = (project) => ['npx', 'nx', 'run', `${project}:test`, '--watch=false', '--skip-nx-cache'];

/** Each suite either writes its counts to TEST_RESULTS_FILE, or counts as one check by its exit code. */
const suites = [
  { name: 'format (prettier)', command: ['npx', 'prettier', '--check', '.'] },
  { name: 'lint (eslint, module boundaries)', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  {
    name: 'typecheck (server, libraries, e2e, benchmarks)',
    command: ['node', 'tools/test/typecheck.mjs'],
  },
  {
    name: 'unit (node)',
    command: jasmine(
      'libs/**/*.spec.ts',
      'backend/src/**/*.spec.ts',
      'tools/**/*.spec.ts',
      '!**/*.integration.spec.ts',
      '!libs/web/**',
    ),
    counted: true,
  },
  {
    name: 'integration (API on embedded PostgreSQL)',
    command: jasmine(
      'backend/src/**/*.integration.spec.ts',
      'libs/server/**/*.integration.spec.ts',
      '--helper',
      'backend/src/testing/*.helper.ts',
    ),
    counted: true,
  },
  ...webProjects().map((project) => ({
    name: `karma ${project} (headless Chromium)`,
    command: karma(project),
    counted: true,
  })),
  {
    name: 'build (backend, frontend)',
    command: [
      'npx',
      'nx',
      'run-many',
      '-t',
      'build',
      '-p',
      'backend',
      'frontend',
      '--output-style=static',
      '--skip-nx-cache',
    ],
  },
  {
    name: 'end-to-end (Playwright, Chromium)',
    command: jasmine('e2e/**/*.e2e.ts', '--tsconfig', 'e2e/tsconfig.json'),
    counted: true,
  },
];

const summary = [];
for (const [index, suite] of suites.entries()) {
  const resultsFile = path.join(resultsDir, `${index}.json`);
  process.stdout.write(`\n=== ${suite.name}: ${suite.command.join(' ')}\n`);
  const started = Date.now();
  const run = spawnSync(suite.command[0], suite.command.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, TEST_RESULTS_FILE: resultsFile },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counts = { passed: run.status === 0 ? 1 : 0, failed: run.status === 0 ? 0 : 1, skipped: 0 };
  if (suite.counted) {
    counts = existsSync(resultsFile)
      ? JSON.parse(readFileSync(resultsFile, 'utf8'))
      : { passed: 0, failed: 0, skipped: 0 };
    // A runner that crashed or exited non-zero has failed, whatever it counted.
    if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  }
  summary.push({ name: suite.name, seconds, ...counts });
}

const total = summary.reduce(
  (sum, s) => ({ passed: sum.passed + s.passed, failed: sum.failed + s.failed, skipped: sum.skipped + s.skipped }),
  {
    passed: 0,
    failed: 0,
    skipped: 0,
  },
);
process.stdout.write('\n=== Summary\n');
for (const s of summary) {
  const status = s.failed > 0 ? 'FAIL' : 'ok  ';
  process.stdout.write(
    `${status} ${s.name.padEnd(48)} ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped  (${s.seconds} s)\n`,
  );
}
process.stdout.write(
  `\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}\n`,
);
process.exit(total.failed > 0 ? 1 : 0);

/** The web libraries and apps that have Karma tests (a `test` target in project.json). */
function webProjects() {
  const projects = [];
  for (const dir of ['frontend', ...listDirs('libs/web').map((name) => `libs/web/${name}`)]) {
    const file = path.join(root, dir, 'project.json');
    if (!existsSync(file)) continue;
    const project = JSON.parse(readFileSync(file, 'utf8'));
    if (project.targets?.test) projects.push(project.name);
  }
  return projects;
}

function listDirs(relative) {
  const dir = path.join(root, relative);
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
}
