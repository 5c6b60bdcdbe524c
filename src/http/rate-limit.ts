/**
 * Per-API-key token buckets, in this process: `perMinute` requests a minute on average, with
 * bursts up to the same number. With N server processes a key may get up to N times the rate;
 * a shared limiter (Redis) belongs here when that matters.
 */
export interface RateLimiter {
  /** Takes one request from the key's bucket; returns seconds to wait when it is empty. */
  take(keyId: string): { ok: true } | { ok: false; retryAfterSeconds: number };
}

const MAX_TRACKED_KEYS = 100_000;

export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const refillPerMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(keyId) {
      const time = now();
      const bucket = buckets.get(keyId) ?? { tokens: perMinute, at: time };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * refillPerMs);
      bucket.at = time;
      if (!buckets.has(keyId) && buckets.size >= MAX_TRACKED_KEYS)
        buckets.delete(buckets.keys().next().value as string);
      buckets.set(keyId, bucket);
      if (bucket.tokens < 1)
        return { ok: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / refillPerMs / 1000) };
      bucket.tokens -= 1;
      return { ok: true };
    },
  };
}
