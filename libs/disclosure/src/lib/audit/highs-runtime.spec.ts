import type { Highs } from 'highs';
import { AuditSolverError, HighsRuntime } from './highs-runtime';

/** Stand-ins for loaded solvers: only their identity matters to the runtime. */
function fakeLoader(): { load: () => Promise<Highs>; loaded: Highs[] } {
  const loaded: Highs[] = [];
  const load = async () => {
    const highs = { instance: loaded.length } as unknown as Highs;
    loaded.push(highs);
    return highs;
  };
  return { load, loaded };
}

/** What an Emscripten abort throws. */
function webAssemblyAbort(): Error {
  const { RuntimeError } = (globalThis as unknown as { WebAssembly: { RuntimeError: new (m: string) => Error } })
    .WebAssembly;
  return new RuntimeError('Aborted()');
}

describe('HighsRuntime', () => {
  it('loads the solver once and reuses it for later work', async () => {
    const { load, loaded } = fakeLoader();
    const runtime = new HighsRuntime(load);

    const first = await runtime.run((highs) => highs);
    const second = await runtime.run((highs) => highs);

    expect(loaded.length).toBe(1);
    expect(second.value).toBe(first.value);
  });

  it('replaces a solver that aborted and runs the work again on a fresh one', async () => {
    const { load, loaded } = fakeLoader();
    const runtime = new HighsRuntime(load);
    const used: Highs[] = [];

    const outcome = await runtime.run((highs) => {
      used.push(highs);
      if (used.length === 1) throw webAssemblyAbort();
      return 'done';
    });
    const later = await runtime.run((highs) => highs);

    expect(outcome).toEqual({ value: 'done', restarts: 1 });
    expect(used).toEqual([loaded[0], loaded[1]]);
    expect(later.value).toBe(loaded[1]);
  });

  it('gives up with an AuditSolverError when the fresh solver aborts too', async () => {
    const { load, loaded } = fakeLoader();
    const runtime = new HighsRuntime(load);

    await expectAsync(
      runtime.run(() => {
        throw webAssemblyAbort();
      }),
    ).toBeRejectedWithError(AuditSolverError, /aborted 2 times/);
    expect(loaded.length).toBe(2);
  });

  it('drops the solver after any other error and rethrows that error without retrying', async () => {
    const { load, loaded } = fakeLoader();
    const runtime = new HighsRuntime(load);
    let calls = 0;

    await expectAsync(
      runtime.run(() => {
        calls++;
        throw new TypeError('broken');
      }),
    ).toBeRejectedWithError(TypeError, 'broken');
    await runtime.run(() => undefined);

    expect(calls).toBe(1);
    expect(loaded.length).toBe(2);
  });
});
