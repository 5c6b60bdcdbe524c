import { AsyncLocalStorage } from 'node:async_hooks';

/** The current request's id, wherever the code runs (error masking has no other way to see it). */
const scope = new AsyncLocalStorage<{ requestId: string }>();

export function withRequestId<T>(requestId: string, work: () => T): T {
  return scope.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}
