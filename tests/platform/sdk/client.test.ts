import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadUserInputError,
  InvalidTextError,
  CustomersDocument,
  ForbiddenError,
  InternalServerError,
  NetworkError,
  QueryTooComplexError,
  RateLimitedError,
  createClient,
  paginate,
  type FetchLike,
  type UnisonClient,
} from '../../../sdk/src/index.js';
import { createTestApp, type TestApp, type TestOrg } from '../../support/app.js';

let t: TestApp;
let org: TestOrg;
let server: Server;
let url: string;
let client: UnisonClient;

function listen(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  return new Promise((resolve) => {
    const created = createServer(handler);
    created.listen(0, '127.0.0.1', () => resolve(created));
  });
}

function endpoint(of: Server): string {
  return `http://127.0.0.1:${(of.address() as AddressInfo).port}/graphql`;
}

/** A fetch that answers from `script` first (one entry per call) and then passes through. */
function scriptedFetch(script: Array<() => Response>): FetchLike & { calls: number } {
  const scripted = Object.assign(
    async (target: string, init: Parameters<FetchLike>[1]) => {
      scripted.calls += 1;
      const next = script.shift();
      return next ? next() : fetch(target, init);
    },
    { calls: 0 },
  );
  return scripted;
}

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('SDK Org');
  server = await listen((req, res) => void t.app.handle(req, res));
  url = endpoint(server);
  client = createClient({ url, apiKey: org.adminKey });
});

afterAll(async () => {
  // fetch keeps connections alive; without this, close() waits for their idle timeout.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

describe('SDK client against a running server', () => {
  it('creates a customer and reads it back through typed methods', async () => {
    const created = await client.customerCreate({
      input: { name: 'Acme GmbH', email: 'Sales@Acme.example', tags: ['Key', 'key'], creditLimit: '1000.5' },
    });
    expect(created.errors).toEqual([]);
    expect(created.customer).toMatchObject({
      name: 'Acme GmbH',
      email: 'sales@acme.example',
      tags: ['key'],
      status: 'ACTIVE',
    });
    expect(created.customer?.creditLimit).toEqual({ amount: '1000.50', currency: 'EUR' });

    const read = await client.customer({ id: created.customer!.id });
    expect(read).toMatchObject({
      id: created.customer!.id,
      code: created.customer!.code,
      contacts: { totalCount: 0, nodes: [] },
    });

    const viewer = await client.viewer();
    expect(viewer.organization.name).toBe('SDK Org');
  });

  it('returns payload errors as typed data instead of throwing', async () => {
    const result = await client.customerCreate({ input: { name: 'Broken', email: 'not-an-email' } });
    expect(result.customer).toBeNull();
    expect(result.errors[0]).toMatchObject({ code: 'INVALID_EMAIL', field: ['input', 'email'] });
  });

  it('paginates over every customer of a connection, in order', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `Paged ${String(i + 1).padStart(2, '0')}`);
    for (const name of names) await client.customerCreate({ input: { name } });
    const counting = scriptedFetch([]);
    const paging = createClient({ url, apiKey: org.adminKey, fetch: counting });
    const where = { name: { startsWith: 'Paged ' } };

    const seen: string[] = [];
    for await (const customer of paging.paginate(
      'customers',
      { where, orderBy: [{ field: 'NAME' }] },
      { pageSize: 10 },
    )) {
      seen.push(customer.name);
    }
    expect(seen).toEqual(names);
    expect(counting.calls).toBe(3);

    const viaFunction: string[] = [];
    for await (const customer of paginate(
      paging.customers,
      { where, orderBy: [{ field: 'NAME', direction: 'DESC' }] },
      { pageSize: 7 },
    )) {
      viaFunction.push(customer.name);
    }
    expect(viaFunction).toEqual([...names].reverse());
  });

  it('runs custom documents with request(), typed or plain', async () => {
    const typed = await client.request(CustomersDocument, { first: 1, where: { name: { equals: 'Acme GmbH' } } });
    expect(typed.customers.nodes[0]?.name).toBe('Acme GmbH');
    const plain = await client.request<{ viewer: { roles: string[] } }>('query { viewer { roles } }');
    expect(plain.viewer.roles).toEqual(['ADMIN']);
  });

  it('throws AuthenticationError for an unknown key', async () => {
    const error = await createClient({ url, apiKey: 'unison_not-a-real-key' })
      .viewer()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect((error as AuthenticationError).requestId).toMatch(/\S/);
    expect((error as AuthenticationError).errors[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('throws ForbiddenError for a key without the role', async () => {
    const hr = createClient({ url, apiKey: await org.key('HR') });
    const error = await hr.customers({ first: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('throws BadUserInputError for a page size above the maximum', async () => {
    await expect(client.customers({ first: 101 })).rejects.toBeInstanceOf(BadUserInputError);
  });

  it('throws InvalidTextError, a BadUserInputError, naming the field of a NUL byte', async () => {
    const error = await client.customerCreate({ input: { name: 'Acme\u0000' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidTextError);
    expect(error).toBeInstanceOf(BadUserInputError);
    expect(error).toMatchObject({ code: 'INVALID_TEXT', field: '$input.name', status: 400 });
  });

  it('throws QueryTooComplexError with the limit that was exceeded', async () => {
    const depth = 14;
    const deep = `query Deep($id: ID!) { customer(id: $id) { ${'mergedInto { '.repeat(depth)}id${' }'.repeat(depth)} } }`;
    const error = await client.request(deep, { id: 'anything' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTooComplexError);
    expect(error).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 12 });
    expect((error as QueryTooComplexError).actual).toBeGreaterThan(12);
  });

  it('throws NetworkError when nothing listens at the url', async () => {
    const closed = await listen(() => undefined);
    const closedUrl = endpoint(closed);
    await new Promise((resolve) => closed.close(resolve));
    const error = await createClient({ url: closedUrl, apiKey: org.adminKey, retries: 0 })
      .viewer()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR' });
  });
});

describe('SDK retries', () => {
  const unavailable = () => new Response('<html>503</html>', { status: 503, headers: { 'content-type': 'text/html' } });

  it('retries a query after a transient 503', async () => {
    const flaky = scriptedFetch([unavailable]);
    const viewer = await createClient({ url, apiKey: org.adminKey, fetch: flaky }).viewer();
    expect(viewer.roles).toEqual(['ADMIN']);
    expect(flaky.calls).toBe(2);
  });

  it('does not retry a mutation without an idempotency key when automatic keys are off', async () => {
    const flaky = scriptedFetch([unavailable]);
    const error = await createClient({ url, apiKey: org.adminKey, fetch: flaky, autoIdempotencyKeys: false })
      .customerCreate({ input: { name: 'Not retried' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ status: 503 });
    expect(flaky.calls).toBe(1);
  });

  it('gives a mutation call its own key, so a retry after a lost answer applies it once', async () => {
    const bodies: string[] = [];
    // The first attempt reaches the server and commits, but its answer is lost on the way back.
    const lossy = Object.assign(
      async (target: string, init: Parameters<FetchLike>[1]) => {
        bodies.push(String(init?.body));
        const response = await fetch(target, init);
        return bodies.length === 1 ? unavailable() : response;
      },
      { calls: 0 },
    );
    const name = `Created once ${Date.now()}`;
    const result = await createClient({ url, apiKey: org.adminKey, fetch: lossy }).customerCreate({ input: { name } });
    expect(result.errors).toEqual([]);
    expect(bodies).toHaveLength(2);
    const keys = bodies.map((body) => JSON.parse(body).variables.input.idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const found = await client.customers({ where: { name: { equals: name } } });
    expect(found.totalCount).toBe(1);
  });

  it('retries a mutation that carries an idempotency key', async () => {
    const flaky = scriptedFetch([unavailable]);
    const result = await createClient({ url, apiKey: org.adminKey, fetch: flaky }).customerCreate({
      input: { name: 'Retried once', idempotencyKey: 'sdk-retry-test-1' },
    });
    expect(result.errors).toEqual([]);
    expect(flaky.calls).toBe(2);
  });

  it('gives up with RateLimitedError when Retry-After is longer than worth waiting', async () => {
    const limited = () =>
      Response.json(
        { errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED' } }] },
        { status: 429, headers: { 'retry-after': '120', 'x-request-id': 'req-429' } },
      );
    const flaky = scriptedFetch([limited]);
    const error = await createClient({ url, apiKey: org.adminKey, fetch: flaky })
      .viewer()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 120, requestId: 'req-429' });
    expect(flaky.calls).toBe(1);
  });

  it('reports the request id of an internal server error', async () => {
    const failing = () =>
      Response.json(
        {
          errors: [
            { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-500' } },
          ],
        },
        { status: 500 },
      );
    const error = await createClient({ url, apiKey: org.adminKey, fetch: scriptedFetch([failing]) })
      .viewer()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ requestId: 'req-500', status: 500 });
  });
});
