import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InvalidProtectionInputError, type ProtectionInput, type ProtectionResult } from '@vielfalt/disclosure';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ProtectWorkerAnswer } from './protect-worker';

/**
 * Runs `protect` in one worker thread, one input at a time, so that the server keeps answering while a
 * release is computed. The worker is started on first use and kept; it is replaced after an unexpected error,
 * and stopped with the application.
 */
@Injectable()
export class ProtectionRunner implements OnModuleDestroy {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  /** Protects `input`; rejects with the library's error (`InvalidProtectionInputError` for a malformed input). */
  run(input: ProtectionInput): Promise<ProtectionResult> {
    const next = this.queue.then(() => this.runNow(input));
    this.queue = next.catch(() => undefined);
    return next;
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  private runNow(input: ProtectionInput): Promise<ProtectionResult> {
    const worker = (this.worker ??= startWorker());
    worker.ref();
    return new Promise<ProtectionResult>((resolve, reject) => {
      const finish = (settle: () => void, keep: boolean) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (keep) worker.unref();
        else void this.stop();
        settle();
      };
      const onMessage = (answer: ProtectWorkerAnswer) => {
        if (answer.ok) return finish(() => resolve(answer.result), true);
        const error =
          answer.name === 'InvalidProtectionInputError'
            ? new InvalidProtectionInputError(answer.message)
            : withheld(answer);
        finish(() => reject(error), answer.name === 'InvalidProtectionInputError');
      };
      const onError = (error: Error) => finish(() => reject(error), false);
      const onExit = (code: number) => finish(() => reject(new Error(`The protection worker exited (${code})`)), false);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(input);
    });
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}

function startWorker(): Worker {
  // Bundled: dist/backend/protect-worker.js next to main.js. From source (tests, scripts): the .ts file
  // through ts-node, with the options (TS_NODE_PROJECT, …) this process was started with.
  const bundled = path.join(__dirname, 'protect-worker.js');
  if (existsSync(bundled)) return new Worker(bundled);
  return new Worker(path.join(__dirname, 'protect-worker.ts'), {
    execArgv: ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register'],
  });
}

/**
 * An unexpected error of the worker, for the log without its message: the library's messages may hold counts
 * (an interval found by the audit, a sum that does not hold), and the log is read by IT, not HR.
 */
function withheld(answer: { name: string; stack?: string }): Error {
  const message = `${answer.name} in the protection worker (its message is withheld: it may hold counts)`;
  const frames = answer.stack?.indexOf('\n    at ') ?? -1;
  const error = new Error(message);
  error.name = answer.name;
  error.stack = `${answer.name}: ${message}${frames === -1 ? '' : (answer.stack as string).slice(frames)}`;
  return error;
}
