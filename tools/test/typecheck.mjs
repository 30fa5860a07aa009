// Type-checks every TypeScript project that no Angular build checks: the server, the Node-side
// libraries with their own tsconfig, the end-to-end specs and the benchmarks. Exits non-zero on any error.
import { spawnSync } from 'node:child_process';

const projects = [
  'backend/tsconfig.spec.json',
  'libs/disclosure/tsconfig.json',
  'libs/demo-data/tsconfig.json',
  'e2e/tsconfig.json',
  'tools/bench/tsconfig.json',
];
let failed = false;
for (const project of projects) {
  const run = spawnSync('npx', ['tsc', '-p', project, '--noEmit'], { stdio: 'inherit' });
  if (run.status !== 0) {
    process.stderr.write(`type errors in ${project}\n`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
