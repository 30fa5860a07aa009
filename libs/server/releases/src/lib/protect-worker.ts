// Runs `protect` off the main thread: the linear-programming audit is synchronous WebAssembly and would
// otherwise stop the server from answering anything while a release is computed. Bundled as its own entry
// (dist/backend/protect-worker.js, see backend/webpack.config.js); under ts-node it runs from source.
import { protect, type ProtectionInput } from '@vielfalt/disclosure';
import { parentPort } from 'node:worker_threads';

/** What the worker answers for each input it is sent. */
export type ProtectWorkerAnswer =
  | { readonly ok: true; readonly result: Awaited<ReturnType<typeof protect>> }
  | { readonly ok: false; readonly name: string; readonly message: string; readonly stack?: string };

parentPort?.on('message', (input: ProtectionInput) => {
  protect(input).then(
    (result) => parentPort?.postMessage({ ok: true, result } satisfies ProtectWorkerAnswer),
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      parentPort?.postMessage({
        ok: false,
        name: failure.name,
        message: failure.message,
        stack: failure.stack,
      } satisfies ProtectWorkerAnswer);
    },
  );
});
