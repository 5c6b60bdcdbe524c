/** A task the server runs every `intervalMs` (never two runs at once), until stopped. */
export interface PeriodicTask {
  /** Stops scheduling and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

export function startPeriodic(
  task: () => Promise<unknown>,
  intervalMs: number,
  onError: (error: unknown) => void,
): PeriodicTask {
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = (async () => {
        try {
          await task();
        } catch (error) {
          onError(error);
        }
      })().finally(() => {
        running = undefined;
        schedule();
      });
    }, intervalMs);
    // A pending run never keeps the process alive on its own.
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
