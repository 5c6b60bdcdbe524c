import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/http/rate-limit.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';

describe('rate limiter', () => {
  it('allows a burst of the per-minute rate, then refills over time', () => {
    let now = 0;
    const limiter = createRateLimiter(60, () => now);
    for (let i = 0; i < 60; i += 1) expect(limiter.take('k').ok).toBe(true);
    expect(limiter.take('k')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('other').ok).toBe(true);
    now += 1000;
    expect(limiter.take('k').ok).toBe(true);
    expect(limiter.take('k').ok).toBe(false);
  });
});

describe('rate limiting over HTTP', () => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp({ rateLimitPerMinute: 3 });
    org = await t.newOrg('Rate Org');
  });
  afterAll(() => t.close());

  it('answers 429 RATE_LIMITED with Retry-After once a key exceeds its rate', async () => {
    for (let i = 0; i < 3; i += 1) expect((await t.gql(org.adminKey, '{ viewer { name } }')).status).toBe(200);
    const limited = await t.gql(org.adminKey, '{ viewer { name } }');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // Another key of the same organization has its own bucket.
    expect((await t.gql(await org.key('SALES'), '{ viewer { name } }')).status).toBe(200);
  });
});
