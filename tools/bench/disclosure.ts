/**
 * `npm run bench:disclosure [-- --scale city|federal|demo|both|all] [--timeout-seconds 600] [--no-baseline-check]
 * [--no-safe-baseline] [--no-lower-bound] [--attribute-answers]`:
 * how fast `protect` protects a synthetic release and how much it hides, against a simple baseline on the same
 * model. A measurement, not a test: it prints the figures and PASS/MISS for the targets of issue 4 (city build
 * under 2 s, federal under 60 s, every release passing its audit, fewer figures suppressed than the baseline)
 * and exits 0 either way; non-zero only on an error.
 *
 * Scales (synthetic-release.ts, seeded, the same every run): `city` (about 150 units on three levels, ~7,000
 * staff; the default), `federal` (10,000 units on five levels, ~5 million staff), `both` (city, then
 * federal), `demo` (the demo administration's period 2025, demo-protection-input.ts), `all`. The inputs leave
 * out answers by structural attribute, as the server's release builder does for now; with `--attribute-answers`
 * they keep them (the synthetic ones: two such breakdowns; the demo: all five of its upload).
 *
 * Each scale runs in child processes, one after the other, each killed after `--timeout-seconds` (default
 * 600; `protect` solves on its thread and cannot be interrupted otherwise): `protect` itself, then the
 * baseline (baselineProtection: the same model and primary suppression, then "hide the smallest other figure
 * of a constraint with exactly one suppressed figure, until stable"), then once more with the
 * linear-programming check of its pattern (`checkProtection`; skip it with `--no-baseline-check`); then, in a
 * third child, the baseline made safe: its pattern repaired by `protect`'s linear-programming repair until every
 * sensitive figure is protected (skip it with `--no-safe-baseline`; at federal scale it does not finish in 600 s);
 * last, in a fourth, a lower bound on the complements any safe pattern needs (complement-lower-bound.ts; skip it
 * with `--no-lower-bound`): where the baseline has fewer, no safe release can suppress fewer figures than it.
 */
import {
  baselineProtection,
  complementLowerBoundOf,
  protect,
  type BaselineOutcome,
  type ComplementLowerBound,
  type ProtectionInput,
} from '@vielfalt/disclosure';
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { demoProtectionInput } from './demo-protection-input';
import { PARAMETERS, SCALES, syntheticRelease } from './synthetic-release';

type Scale = 'city' | 'federal' | 'demo';
type Part = 'ours' | 'baseline' | 'safe' | 'bound';

/** What a child process reports to the parent, one message per step. */
type ChildMessage =
  | { readonly step: 'phase'; readonly phase: string }
  | {
      readonly step: 'input';
      readonly units: number;
      readonly leaves: number;
      readonly staff: number;
      readonly rows: number;
      readonly seconds: number;
    }
  | { readonly step: 'ours'; readonly ours: OursFigures }
  | { readonly step: 'baseline'; readonly baseline: BaselineOutcome }
  | { readonly step: 'bound'; readonly bound: ComplementLowerBound }
  | { readonly step: 'safe'; readonly safe: BaselineOutcome };

interface OursFigures {
  readonly figures: number;
  readonly constraints: number;
  readonly buildMilliseconds: number;
  readonly auditMilliseconds: number;
  readonly suppressed: number;
  readonly suppressedShare: number;
  readonly peopleWeightedShare: number;
  readonly byReason: Readonly<Record<string, number>>;
  readonly passed: boolean;
  readonly unprotected: number;
  readonly repairRounds: number;
  readonly linearPrograms: number;
  readonly unitsWithoutBreakdown: number;
}

const TARGET_BUILD_SECONDS: Record<Scale, number | undefined> = { city: 2, federal: 60, demo: undefined };
const say = (message: string) => process.stdout.write(`${message}\n`);
const whole = (n: number) => Math.round(n).toLocaleString('en-US');
const percent = (share: number) => `${(100 * share).toFixed(1)} %`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const passOrMiss = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const BOUND_SOLVED: Record<ComplementLowerBound['solved'], string> = {
  optimal: 'the optimum of a 0/1 program',
  'time-limit': 'what a 0/1 program had proven when its time ran out',
  relaxation: 'the linear relaxation of a 0/1 program',
};

function inputOf(scale: Scale, answersByAttribute: boolean): { input: ProtectionInput; leaves: number; staff: number } {
  if (scale === 'demo') {
    const full = demoProtectionInput('2025', PARAMETERS);
    const input = answersByAttribute
      ? full
      : {
          ...full,
          counts: full.counts.filter(
            (row) => row.measure !== 'answers' || Object.keys(row.attributes ?? {}).length === 0,
          ),
        };
    const leaves = new Set(input.counts.map((row) => row.unit)).size;
    const staff = input.counts
      .filter((row) => row.measure === 'headcount' && Object.keys(row.attributes ?? {}).length === 0)
      .reduce((sum, row) => sum + row.count, 0);
    return { input, leaves, staff };
  }
  return syntheticRelease(SCALES[scale], { answersByAttribute });
}

/** The child: builds the input, runs one part, reports each step. */
async function child(
  scale: Scale,
  part: Part,
  {
    check,
    answersByAttribute,
    timeoutSeconds,
  }: { check: boolean; answersByAttribute: boolean; timeoutSeconds: number },
): Promise<void> {
  // The solver stops itself in time to report the bound it has proven so far.
  const boundSeconds = Math.max(10, Math.floor(0.75 * timeoutSeconds));
  const send = (message: ChildMessage) =>
    new Promise<void>((resolve, reject) => process.send?.(message, undefined, {}, (e) => (e ? reject(e) : resolve())));
  await send({ step: 'phase', phase: 'generating the input' });
  const started = performance.now();
  const { input, leaves, staff } = inputOf(scale, answersByAttribute);
  await send({
    step: 'input',
    units: input.units.length,
    leaves,
    staff,
    rows: input.counts.length,
    seconds: (performance.now() - started) / 1000,
  });
  if (part === 'ours') {
    await send({ step: 'phase', phase: 'protect' });
    const result = await protect(input);
    const loss = result.informationLoss;
    await send({
      step: 'ours',
      ours: {
        figures: result.stats.figures,
        constraints: result.stats.constraints,
        buildMilliseconds: result.stats.buildMilliseconds,
        auditMilliseconds: result.audit.milliseconds,
        suppressed: loss.suppressed,
        suppressedShare: loss.suppressedShare,
        peopleWeightedShare: loss.peopleWeightedShare,
        byReason: loss.suppressedByReason,
        passed: result.audit.passed,
        unprotected: result.audit.unprotected.length,
        repairRounds: result.stats.repairRounds,
        linearPrograms: result.audit.linearPrograms,
        unitsWithoutBreakdown: result.unitsWithoutBreakdown.length,
      },
    });
  } else if (part === 'bound') {
    await send({ step: 'phase', phase: 'the lower bound (a 0/1 program)' });
    const bound = await complementLowerBoundOf(input, { timeLimitSeconds: boundSeconds });
    if (!Number.isFinite(bound.complements)) throw new Error('no pattern can protect this input');
    await send({ step: 'bound', bound });
  } else if (part === 'safe') {
    await send({ step: 'phase', phase: 'the baseline made safe by linear-programming repair' });
    await send({ step: 'safe', safe: await baselineProtection(input, { check: false, makeSafe: true }) });
  } else {
    await send({ step: 'phase', phase: 'baseline' });
    await send({ step: 'baseline', baseline: await baselineProtection(input, { check: false }) });
    if (check) {
      // Again, with the check (the model is built anew): the pattern's figures survive a timeout in the check.
      await send({ step: 'phase', phase: "the baseline's linear-programming check" });
      await send({ step: 'baseline', baseline: await baselineProtection(input, { check: true }) });
    }
  }
}

/** Runs one part of a scale in a child process; resolves with what it reported, or notes the timeout. */
function runPart(
  scale: Scale,
  part: Part,
  timeoutSeconds: number,
  flags: readonly string[],
): Promise<{ messages: ChildMessage[]; timedOut?: string; error?: string }> {
  return new Promise((resolve) => {
    const messages: ChildMessage[] = [];
    let phase = 'starting';
    let timedOut: string | undefined;
    const args = ['--child', `${scale}:${part}`, '--timeout-seconds', String(timeoutSeconds), ...flags];
    const worker = fork(__filename, args, { execArgv: [...process.execArgv, '--max-old-space-size=8192'] });
    const timer = setTimeout(() => {
      timedOut = `did not finish within ${timeoutSeconds} s (was at: ${phase})`;
      worker.kill('SIGKILL');
    }, timeoutSeconds * 1000);
    worker.on('message', (message: ChildMessage) => {
      messages.push(message);
      if (message.step === 'phase') {
        phase = message.phase;
        say(`  [${scale}, ${part}] ${phase} …`);
      }
    });
    worker.on('exit', (code) => {
      clearTimeout(timer);
      const error = timedOut || code === 0 ? undefined : `exited with code ${code} (was at: ${phase})`;
      resolve({ messages, ...(timedOut && { timedOut }), ...(error && { error }) });
    });
  });
}

async function benchScale(scale: Scale, timeoutSeconds: number, flags: readonly string[]): Promise<void> {
  const check = !flags.includes('--no-baseline-check');
  say(`\n${scale}: protect …`);
  const ours = await runPart(scale, 'ours', timeoutSeconds, flags);
  say(`${scale}: baseline …`);
  const base = await runPart(scale, 'baseline', timeoutSeconds, flags);
  const safe = flags.includes('--no-safe-baseline') ? undefined : await runPart(scale, 'safe', timeoutSeconds, flags);
  const bounding = flags.includes('--no-lower-bound')
    ? undefined
    : await runPart(scale, 'bound', timeoutSeconds, flags);
  const bound = bounding?.messages.find((m) => m.step === 'bound')?.bound;

  const input = [...ours.messages, ...base.messages].find((m) => m.step === 'input');
  const oursFigures = ours.messages.find((m) => m.step === 'ours')?.ours;
  const baseline = base.messages.filter((m) => m.step === 'baseline').at(-1)?.baseline;
  const lines: [string, string][] = [];
  if (input?.step === 'input') {
    lines.push([
      'input',
      `${whole(input.units)} units (${whole(input.leaves)} leaves), ${whole(input.staff)} staff, ` +
        `${whole(input.rows)} rows, generated in ${input.seconds.toFixed(1)} s`,
    ]);
  }
  if (oursFigures) {
    const target = TARGET_BUILD_SECONDS[scale];
    const r = oursFigures.byReason;
    lines.push(
      ['figures (cells)', `${whole(oursFigures.figures)} (${whole(oursFigures.constraints)} constraints)`],
      [
        'build',
        `${seconds(oursFigures.buildMilliseconds)}` +
          (target === undefined
            ? ''
            : `   (target < ${target} s: ${passOrMiss(oursFigures.buildMilliseconds < target * 1000)})`),
      ],
      ['audit', `${seconds(oursFigures.auditMilliseconds)} (${whole(oursFigures.linearPrograms)} LPs)`],
      [
        'suppressed',
        `${percent(oursFigures.suppressedShare)} (${whole(oursFigures.suppressed)}: ${whole(r['primary'])} primary, ` +
          `${whole(r['min-respondents'])} min-respondents, ${whole(r['secondary'])} secondary; ` +
          `people-weighted ${percent(oursFigures.peopleWeightedShare)})`,
      ],
      [
        'audit passed',
        `${oursFigures.passed ? 'yes' : `NO, ${whole(oursFigures.unprotected)} figures unprotected`}   ` +
          `(target: ${passOrMiss(oursFigures.passed)}); ${oursFigures.repairRounds} repair rounds; ` +
          `${whole(oursFigures.unitsWithoutBreakdown)} units without breakdown`,
      ],
    );
  } else {
    lines.push(['protect', ours.timedOut ?? ours.error ?? 'no result']);
  }
  if (baseline) {
    lines.push([
      'baseline',
      `${percent(baseline.suppressedShare)} suppressed (${whole(baseline.suppressed)} of ${whole(baseline.figures)}; ` +
        `${whole(baseline.complements)} complements for ${whole(baseline.sensitive)} sensitive figures; ` +
        `people-weighted ${percent(baseline.peopleWeightedShare)}) ` +
        `in ${seconds(baseline.buildMilliseconds)}`,
    ]);
    if (baseline.check) {
      const c = baseline.check;
      lines.push([
        'baseline LP check',
        `${c.passed ? 'passes' : `FAILS: ${whole(c.unprotected)} of ${whole(baseline.sensitive)} sensitive figures unprotected`} ` +
          `(${seconds(c.milliseconds)}, ${whole(c.linearPrograms)} LPs)`,
      ]);
    } else if (check) {
      lines.push(['baseline LP check', base.timedOut ?? base.error ?? 'no result']);
    }
    if (bound) {
      lines.push([
        'lower bound',
        `any safe pattern needs at least ${whole(bound.complements)} complements ` +
          `(${BOUND_SOLVED[bound.solved]} over conditions every safe pattern meets; ${seconds(bound.milliseconds)})`,
      ]);
    } else if (bounding) {
      lines.push(['lower bound', bounding.timedOut ?? bounding.error ?? 'no result']);
    }
    if (oursFigures) {
      const ratio = oursFigures.suppressed / baseline.suppressed;
      const unreachable =
        bound && bound.complements > baseline.complements
          ? `; no safe pattern can meet it: the baseline's ${whole(baseline.complements)} complements are ` +
            `fewer than any safe pattern needs`
          : '';
      lines.push([
        'ours / baseline',
        `${ratio.toFixed(2)} (suppressed figures; target < 1: ${passOrMiss(ratio < 1)}${unreachable})`,
      ]);
      if (bound && bound.complements > 0) {
        const secondary = oursFigures.byReason['secondary'];
        lines.push(['ours / lower bound', `${(secondary / bound.complements).toFixed(2)} (complements)`]);
      }
    }
  } else {
    lines.push(['baseline', base.timedOut ?? base.error ?? 'no result']);
  }
  if (safe) {
    const madeSafe = safe.messages.find((m) => m.step === 'safe')?.safe.madeSafe;
    if (madeSafe) {
      lines.push([
        'baseline made safe',
        `${percent(madeSafe.suppressedShare)} suppressed (${whole(madeSafe.suppressed)}; people-weighted ` +
          `${percent(madeSafe.peopleWeightedShare)}) in ${seconds(madeSafe.milliseconds)} of repair ` +
          `(${whole(madeSafe.linearPrograms)} LPs)${madeSafe.passed ? '' : '; the repair GAVE UP, still unsafe'}`,
      ]);
      if (oursFigures) {
        lines.push(['ours / made safe', (oursFigures.suppressed / madeSafe.suppressed).toFixed(2)]);
      }
    } else {
      lines.push(['baseline made safe', safe.timedOut ?? safe.error ?? 'no result']);
    }
  }
  say(`\n${scale}`);
  for (const [name, value] of lines) say(`  ${name.padEnd(18)} ${value}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'city' },
      'timeout-seconds': { type: 'string', default: '600' },
      'no-baseline-check': { type: 'boolean', default: false },
      'no-safe-baseline': { type: 'boolean', default: false },
      'no-lower-bound': { type: 'boolean', default: false },
      'attribute-answers': { type: 'boolean', default: false },
      child: { type: 'string' },
    },
  });
  const check = !values['no-baseline-check'];
  if (values.child) {
    const [scale, part] = values.child.split(':') as [Scale, Part];
    const timeoutSeconds = Number(values['timeout-seconds']);
    await child(scale, part, { check, answersByAttribute: values['attribute-answers'], timeoutSeconds });
    process.disconnect?.();
    return;
  }
  const choices: Record<string, Scale[]> = {
    city: ['city'],
    federal: ['federal'],
    demo: ['demo'],
    both: ['city', 'federal'],
    all: ['city', 'federal', 'demo'],
  };
  const scales = choices[values.scale];
  const timeoutSeconds = Number(values['timeout-seconds']);
  if (!scales || !(timeoutSeconds > 0)) {
    throw new Error(
      'usage: --scale city|federal|demo|both|all --timeout-seconds <n> [--no-baseline-check] [--no-safe-baseline] ' +
        '[--no-lower-bound] ' +
        '[--attribute-answers]',
    );
  }
  say(
    `bench:disclosure: ${scales.join(', ')}; k ${PARAMETERS.k}, minimum respondents ${PARAMETERS.minRespondents}; ` +
      `timeout ${timeoutSeconds} s per part; answers by attribute ${values['attribute-answers'] ? 'in' : 'left out'}`,
  );
  const flags = [
    ...(check ? [] : ['--no-baseline-check']),
    ...(values['no-safe-baseline'] ? ['--no-safe-baseline'] : []),
    ...(values['no-lower-bound'] ? ['--no-lower-bound'] : []),
    ...(values['attribute-answers'] ? ['--attribute-answers'] : []),
  ];
  for (const scale of scales) await benchScale(scale, timeoutSeconds, flags);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:disclosure failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
