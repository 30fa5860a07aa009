import type { Highs } from 'highs';
import { indexRelease, InvalidReleaseError, type LinearModel, type LinearRelease } from '../linear-release';
import { ComponentProgram } from './component-program';
import { suppressedComponents } from './components';
import { AuditSolverError, sharedHighsRuntime } from './highs-runtime';

export { ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE } from './component-program';

/** Parameters of {@link auditRelease}. */
export interface AuditOptions {
  /**
   * k, the upper protection level: a figure is protected when the attacker's feasibility interval reaches
   * both 0 and k. A positive integer.
   */
  readonly protectionUpperBound: number;
  /**
   * Ids of the suppressed figures that must be protected (the primary suppressions). Default: every
   * suppressed figure. Complementary (secondary) suppressions may legitimately be narrowed to, say,
   * [40, 60]: that reveals no small group, so a release builder passes its primary figures here.
   * Every id must name a suppressed figure.
   */
  readonly sensitive?: readonly string[];
}

/** The feasibility interval of one suppressed figure. */
export interface FigureInterval {
  readonly id: string;
  /** Smallest value consistent with everything published, an integer ≥ 0. */
  readonly lo: number;
  /** Largest value consistent with everything published, an integer, or `Infinity` if unbounded. */
  readonly hi: number;
  /** Whether lo ≤ 0 and hi ≥ k: the attacker can prove neither that the group exists nor that it is small. */
  readonly protected: boolean;
  /** Whether the figure must be protected (see {@link AuditOptions.sensitive}). */
  readonly sensitive: boolean;
}

/** What {@link auditRelease} found. */
export interface AuditResult {
  /** One interval per suppressed figure, in input order. */
  readonly figures: readonly FigureInterval[];
  /** Ids of the sensitive figures that are not protected. The release passes the audit iff this is empty. */
  readonly unprotected: readonly string[];
  /** Ids of the suppressed figures (sensitive or not) whose value the published figures determine: lo = hi. */
  readonly exactlyDisclosed: readonly string[];
  readonly stats: AuditStats;
}

/** Counts and timing of one audit. */
export interface AuditStats {
  readonly figures: number;
  readonly constraints: number;
  readonly publishedFigures: number;
  readonly suppressedFigures: number;
  /** Independent groups of suppressed figures, each solved as a linear program of its own. */
  readonly components: number;
  /** Linear programs solved. */
  readonly linearPrograms: number;
  /** How often the HiGHS instance was re-created after an abort. */
  readonly solverRestarts: number;
  /** Wall-clock time of the whole audit, including loading the solver on first use. */
  readonly milliseconds: number;
}

/**
 * Computes, for every suppressed figure of a release, the feasibility interval [lo, hi] an attacker can
 * derive, and reports the sensitive figures that are not protected.
 *
 * The attacker knows every published value, every constraint of the release and that counts are
 * non-negative. For each suppressed figure the auditor minimises and maximises it by linear programming
 * (HiGHS) subject to exactly that. Only the figure's component matters (see `suppressedComponents`), so each
 * component is one program. The LP optima are rounded inward to integers (counts are integers) after
 * snapping within {@link ABSOLUTE_TOLERANCE}; an unbounded maximum gives hi = `Infinity`, which counts as ≥ k.
 *
 * A figure is protected iff lo ≤ 0 and hi ≥ k. The rule is the same when the true value is 0: a suppressed
 * zero bounded to [0, 2] tells the attacker the group is smaller than k, and a verdict that depended on the
 * hidden value would itself leak it.
 *
 * Guarantees: the true value of every suppressed figure lies in its [lo, hi] (if the solver returned an
 * interval excluding it, the audit rejects with `AuditSolverError` instead of answering). The bounds are
 * those of the LP relaxation, as in τ-ARGUS's audit; an attacker who also uses integrality may, for tables
 * that are not totally unimodular, narrow them further.
 *
 * Rejects with {@link InvalidReleaseError} if the release or the options break their contracts, and with
 * `AuditSolverError` if HiGHS fails or aborts twice. Runs the solver synchronously on the calling thread: run
 * large audits in a worker thread to keep an event loop responsive.
 */
export async function auditRelease(release: LinearRelease, options: AuditOptions): Promise<AuditResult> {
  const started = performance.now();
  const k = checkK(options.protectionUpperBound);
  const { model, published } = indexRelease(release);
  const sensitive = sensitiveFlags(model, published, options.sensitive);
  const components = suppressedComponents(model, published);

  const outcome = await sharedHighsRuntime.run((highs) => {
    const intervals = new Map<number, { lo: number; hi: number }>();
    let linearPrograms = 0;
    for (const figures of components) {
      const program = new ComponentProgram(highs, model, figures);
      try {
        for (const figure of figures) intervals.set(figure, program.interval(figure));
      } finally {
        linearPrograms += program.linearPrograms;
        program.dispose();
      }
    }
    return { intervals, linearPrograms };
  });

  const figures: FigureInterval[] = [];
  for (let f = 0; f < model.ids.length; f++) {
    const interval = outcome.value.intervals.get(f);
    if (!interval) continue;
    checkContainsTruth(model, f, interval);
    figures.push({
      id: model.ids[f],
      lo: interval.lo,
      hi: interval.hi,
      protected: interval.lo <= 0 && interval.hi >= k,
      sensitive: sensitive[f] === 1,
    });
  }
  return {
    figures,
    unprotected: figures.filter((f) => f.sensitive && !f.protected).map((f) => f.id),
    exactlyDisclosed: figures.filter((f) => f.lo === f.hi).map((f) => f.id),
    stats: {
      figures: model.ids.length,
      constraints: model.wholes.length,
      publishedFigures: published.reduce((sum, flag) => sum + flag, 0),
      suppressedFigures: figures.length,
      components: components.length,
      linearPrograms: outcome.value.linearPrograms,
      solverRestarts: outcome.restarts,
      milliseconds: performance.now() - started,
    },
  };
}

/** What {@link checkProtection} found. */
export interface ProtectionCheck {
  /** The sensitive figures that are not protected, with their exact intervals. */
  readonly unprotected: ReadonlyMap<number, { readonly lo: number; readonly hi: number }>;
  readonly components: number;
  readonly linearPrograms: number;
  /** Sensitive figures proven protected by a program over their neighbourhood alone. */
  readonly provenLocally: number;
}

/**
 * The neighbourhood programs tried in turn: how far (in constraints) each reaches, and how many figures it
 * may hold at most. Small programs solve in well under a millisecond and prove most figures.
 */
const NEIGHBOURHOODS = [
  { depth: 2, maxFigures: 80 },
  { depth: 4, maxFigures: 400 },
] as const;

/**
 * Decides for each of the `sensitive` (suppressed) figures whether it is protected (lo ≤ 0 and hi ≥ k, where k
 * may be given per figure), with
 * far fewer and smaller linear programs than {@link auditRelease}, and the same verdicts:
 *
 * 1. **Neighbourhood programs.** For a figure, a program over the suppressed figures within two constraints
 *    of it, every other figure held at its value. That is a restriction of the attacker's program: a point it
 *    finds is a point the attacker must consider too, so if it reaches 0 and k, the figure is protected. One
 *    such program first looks for one point where as many of the sensitive figures in it as possible are 0,
 *    and one where as many as possible reach k (each a proof for every figure it shows so), then solves the
 *    centre figure's own interval.
 * 2. **Component programs** for the figures step 1 could not prove: the exact program of their component,
 *    the same points-at-once first, then exact intervals. Only these verdicts can be "not protected".
 */
export function checkProtection(
  highs: Highs,
  model: LinearModel,
  published: Uint8Array,
  sensitive: readonly number[],
  k: number | ((figure: number) => number),
  options: { readonly tableOf?: Int32Array } = {},
): ProtectionCheck {
  const upperOf = typeof k === 'number' ? () => k : k;
  const targets = [...new Set(sensitive)];
  for (const figure of targets) {
    if (published[figure]) throw new InvalidReleaseError(`sensitive figure "${model.ids[figure]}" is published`);
  }
  const isTarget = new Uint8Array(model.ids.length);
  for (const figure of targets) isTarget[figure] = 1;
  const atZero = new Uint8Array(model.ids.length);
  const atK = new Uint8Array(model.ids.length);
  let linearPrograms = 0;

  const prove = (program: ComponentProgram, figures: readonly number[], centre: number | undefined): void => {
    const open = (flags: Uint8Array) => figures.filter((figure) => isTarget[figure] && !flags[figure]);
    for (const figure of certifyRepeatedly(open(atZero), (left) => program.zeroAtOnce(left))) atZero[figure] = 1;
    for (const figure of certifyRepeatedly(open(atK), (left) => program.reachAtOnce(left, upperOf))) atK[figure] = 1;
    if (centre !== undefined && !(atZero[centre] && atK[centre])) {
      const interval = program.interval(centre);
      if (interval.lo <= 0) atZero[centre] = 1;
      if (interval.hi >= upperOf(centre)) atK[centre] = 1;
    }
  };

  let provenLocally = 0;
  for (const reach of NEIGHBOURHOODS) {
    for (const centre of targets) {
      if (atZero[centre] && atK[centre]) continue;
      const figures = neighbourhood(model, published, centre, reach, options.tableOf);
      const program = new ComponentProgram(highs, model, figures);
      try {
        prove(program, figures, centre);
      } finally {
        linearPrograms += program.linearPrograms;
        program.dispose();
      }
    }
  }
  for (const figure of targets) if (atZero[figure] && atK[figure]) provenLocally++;

  const unprotected = new Map<number, { lo: number; hi: number }>();
  const components = suppressedComponents(model, published);
  for (const figures of components) {
    const open = figures.filter((figure) => isTarget[figure] && !(atZero[figure] && atK[figure]));
    if (open.length === 0) continue;
    const program = new ComponentProgram(highs, model, figures);
    try {
      prove(program, figures, undefined);
      for (const figure of open) {
        if (atZero[figure] && atK[figure]) continue;
        const interval = program.interval(figure);
        checkContainsTruth(model, figure, interval);
        if (!(interval.lo <= 0 && interval.hi >= upperOf(figure))) unprotected.set(figure, interval);
      }
    } finally {
      linearPrograms += program.linearPrograms;
      program.dispose();
    }
  }
  return { unprotected, components: components.length, linearPrograms, provenLocally };
}

/**
 * The suppressed figures within `reach.depth` constraints of `centre`, nearest first, at most
 * `reach.maxFigures`; with `tableOf`, only those of the centre's table (the rest stay at their values, which
 * keeps the program a restriction of the attacker's).
 */
function neighbourhood(
  model: LinearModel,
  published: Uint8Array,
  centre: number,
  reach: { readonly depth: number; readonly maxFigures: number },
  tableOf: Int32Array | undefined,
): number[] {
  const table = tableOf?.[centre];
  const found = new Set([centre]);
  let frontier = [centre];
  for (let depth = 0; depth < reach.depth && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const figure of frontier) {
      for (let m = model.memberStart[figure]; m < model.memberStart[figure + 1]; m++) {
        const c = model.memberOf[m];
        const visit = (member: number): void => {
          if (published[member] || found.has(member) || found.size >= reach.maxFigures) return;
          if (table !== undefined && tableOf?.[member] !== table) return;
          found.add(member);
          next.push(member);
        };
        visit(model.wholes[c]);
        for (let p = model.partStart[c]; p < model.partStart[c + 1]; p++) visit(model.parts[p]);
      }
    }
    frontier = next;
  }
  return [...found].sort((a, b) => a - b);
}

/** Applies `certify` to the targets not yet certified until a round certifies none. */
function certifyRepeatedly(targets: readonly number[], certify: (left: number[]) => number[]): Set<number> {
  const certified = new Set<number>();
  let left = [...targets];
  while (left.length > 0) {
    const found = certify(left);
    if (found.length === 0) break;
    for (const figure of found) certified.add(figure);
    left = left.filter((figure) => !certified.has(figure));
  }
  return certified;
}

function checkK(k: number): number {
  if (!Number.isSafeInteger(k) || k < 1) {
    throw new InvalidReleaseError(`protectionUpperBound is ${k}; it must be a positive integer`);
  }
  return k;
}

function sensitiveFlags(model: LinearModel, published: Uint8Array, ids: readonly string[] | undefined): Uint8Array {
  if (ids === undefined) return published.map((flag) => 1 - flag);
  const index = new Map(model.ids.map((id, f) => [id, f]));
  const flags = new Uint8Array(model.ids.length);
  for (const id of ids) {
    const f = index.get(id);
    if (f === undefined) throw new InvalidReleaseError(`sensitive id "${id}" is not a figure of the release`);
    if (published[f]) throw new InvalidReleaseError(`sensitive figure "${id}" is published`);
    flags[f] = 1;
  }
  return flags;
}

function checkContainsTruth(model: LinearModel, figure: number, interval: { lo: number; hi: number }): void {
  const value = model.values[figure];
  if (!(interval.lo <= value && value <= interval.hi)) {
    throw new AuditSolverError(
      `the interval [${interval.lo}, ${interval.hi}] of "${model.ids[figure]}" excludes its true value`,
    );
  }
}
