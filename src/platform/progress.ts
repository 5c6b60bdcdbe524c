/**
 * Progress for long-running commands: a redrawn bar on a terminal, a line every 10% elsewhere
 * (CI logs), and an AbortSignal raised by Ctrl-C so the work can roll back cleanly.
 */
export interface Progress {
  readonly signal: AbortSignal;
  /** Throws if the user interrupted; call between units of work. */
  tick(done: number): void;
  /**
   * Like tick, but first lets the event loop run. PGlite answers queries without ever returning to
   * the event loop, so during a long transaction on it a Ctrl-C is only noticed if the work yields.
   */
  step(done: number): Promise<void>;
  finish(message: string): void;
  dispose(): void;
}

export class InterruptedError extends Error {
  constructor() {
    super('Interrupted');
    this.name = 'InterruptedError';
  }
}

export function startProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const tty = stream.isTTY === true;
  let lastDecile = -1;
  const render = (done: number) => {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    if (tty) {
      const width = 30;
      const filled = Math.round(ratio * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
    } else {
      const decile = Math.floor(ratio * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${label}: ${done}/${total}\n`);
      }
    }
  };
  return {
    signal: controller.signal,
    tick(done) {
      if (controller.signal.aborted) throw new InterruptedError();
      render(done);
    },
    async step(done) {
      await new Promise((resolve) => setImmediate(resolve));
      this.tick(done);
    },
    finish(message) {
      if (tty) stream.write('\n');
      stream.write(`${message}\n`);
    },
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (tty && controller.signal.aborted) stream.write('\n');
    },
  };
}
