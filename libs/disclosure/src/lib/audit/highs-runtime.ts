import loadHighs, { type Highs } from 'highs';

/** Thrown when the LP solver fails, aborts repeatedly, or returns a result that cannot be trusted. */
export class AuditSolverError extends Error {
  override readonly name = 'AuditSolverError';
}

/** What {@link HighsRuntime.run} returns: the work's value and how often the solver was re-created for it. */
export interface RuntimeOutcome<T> {
  readonly value: T;
  readonly restarts: number;
}

/**
 * One HiGHS WebAssembly instance, loaded on first use and kept for later audits (loading costs ~40 ms).
 *
 * An Emscripten abort (a `WebAssembly.RuntimeError`) leaves the instance unusable: the runtime then drops it,
 * loads a fresh one and runs the work again, once. Any other error thrown by the work also drops the instance
 * (its state is unknown) but is rethrown. The work is synchronous, so no other caller can use the instance
 * while it runs.
 */
export class HighsRuntime {
  private instance: Promise<Highs> | undefined;

  constructor(
    private readonly load: () => Promise<Highs>,
    private readonly maxRestarts = 1,
  ) {}

  /**
   * Runs `work` on the loaded solver (loading it first if needed) and returns its value. Retries on a fresh
   * solver after a WebAssembly abort, at most `maxRestarts` times, then rejects with {@link AuditSolverError};
   * rethrows any other error.
   */
  async run<T>(work: (highs: Highs) => T): Promise<RuntimeOutcome<T>> {
    for (let restarts = 0; ; restarts++) {
      const instance = (this.instance ??= this.load());
      try {
        const highs = await instance;
        return { value: work(highs), restarts };
      } catch (error) {
        if (this.instance === instance) this.instance = undefined;
        if (!isWebAssemblyAbort(error)) throw error;
        if (restarts >= this.maxRestarts) {
          throw new AuditSolverError(`HiGHS aborted ${restarts + 1} times in a row`, { cause: error });
        }
      }
    }
  }
}

/** The runtime every audit shares (loads the `highs` package from node_modules). */
export const sharedHighsRuntime = new HighsRuntime(() => loadHighs());

function isWebAssemblyAbort(error: unknown): boolean {
  // `WebAssembly.RuntimeError`, named rather than referenced: Node's types do not declare WebAssembly.
  return error instanceof Error && error.name === 'RuntimeError';
}
