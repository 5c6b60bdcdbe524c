import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { InterruptedError } from '../src/platform/progress.js';
import type { LoadJob, LoadResult } from './load-generator.js';

const GENERATOR = fileURLToPath(new URL('./load-generator.ts', import.meta.url));

/**
 * Drives the server from a separate process: on a small machine the load generator needs a core
 * of its own, and sharing the server's event loop would slow the server by the generator's work.
 */
export function runLoad(job: LoadJob, signal: AbortSignal): Promise<LoadResult> {
  if (signal.aborted) return Promise.reject(new InterruptedError());
  // Only tsx's loader, not this process's flags: a --cpu-prof of the server must not profile the generator too.
  const child = fork(GENERATOR, [], { execArgv: ['--import', import.meta.resolve('tsx')] });
  return new Promise<LoadResult>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = () => {
      child.kill();
      settle(() => reject(new InterruptedError()));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    child.once('message', (message: { result?: LoadResult; error?: string }) => {
      settle(() =>
        message.result ? resolve(message.result) : reject(new Error(`Load generator failed: ${message.error}`)),
      );
    });
    child.once('error', (error) => settle(() => reject(error)));
    child.once('exit', (code, childSignal) => {
      settle(() =>
        reject(
          signal.aborted
            ? new InterruptedError()
            : new Error(`Load generator exited (${childSignal ?? code}) without a result`),
        ),
      );
    });
    child.send(job);
  });
}
