import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverOptions } from '../../src/server.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Hostile Input Org');
});
afterAll(() => t.close());

const CREATE =
  'mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { name billingAddress { line1 } } errors { code field } } }';
const customerCount = async () =>
  (await t.gql(org.adminKey, '{ customers { totalCount } }')).data.customers.totalCount as number;

/** A CustomerWhere nested `levels` deep through AND. */
function nestedWhere(levels: number): Record<string, unknown> {
  let where: Record<string, unknown> = { name: { contains: 'x' } };
  for (let i = 0; i < levels; i += 1) where = { AND: [where] };
  return where;
}

function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}

describe('text inputs', () => {
  it.each([
    ['NUL', 'Acme\u0000Ltd', 'U+0000'],
    ['BEL', 'Acme\u0007', 'U+0007'],
    ['DEL', 'Acme\u007f', 'U+007F'],
    ['a C1 control', 'Acme\u0085', 'U+0085'],
    ['an unpaired surrogate', 'Acme\ud800', 'U+D800'],
  ])('refuses %s in a variable with INVALID_TEXT naming the field, writing nothing', async (_what, name, char) => {
    const before = await customerCount();
    const res = await t.gql(org.adminKey, CREATE, { input: { name, idempotencyKey: 'k1' } });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TEXT', field: '$input.name', character: char });
    expect(res.data ?? null).toBeNull();
    expect(await customerCount()).toBe(before);
  });

  it('refuses control characters in literals, filters and idempotency keys, naming the path', async () => {
    const literalName = await t.gql(
      org.adminKey,
      'mutation { customerCreate(input: { name: "Acme\\u0000" }) { errors { code } } }',
    );
    expect(literalName.errors?.[0].extensions).toMatchObject({
      code: 'INVALID_TEXT',
      field: 'customerCreate.input.name',
    });
    const search = await t.gql(
      org.adminKey,
      '{ list: customers(where: { OR: [{ search: "a" }, { search: "b\\u0000" }] }) { totalCount } }',
    );
    expect(search.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TEXT', field: 'list.where.OR.1.search' });
    const key = await t.gql(org.adminKey, CREATE, { input: { name: 'Acme', idempotencyKey: 'key\u0000' } });
    expect(key.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TEXT', field: '$input.idempotencyKey' });
    const nested = await t.gql(org.adminKey, 'query($w: CustomerWhere) { customers(where: $w) { totalCount } }', {
      w: { OR: [{ name: { in: ['ok', 'bad\u0001'] } }] },
    });
    expect(nested.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TEXT', field: '$w.OR.0.name.in.1' });
  });

  it('keeps tab, newline, carriage return, emoji and other scripts', async () => {
    const line1 = 'Line one\r\nLine two\tindented — 東京 ✓ 👩‍💻';
    const res = await t.gql(org.adminKey, CREATE, {
      input: { name: 'Zoë 🚀 Ltd', billingAddress: { line1, city: 'Köln', country: 'DE' } },
    });
    expect(res.status).toBe(200);
    expect(res.data.customerCreate).toMatchObject({
      errors: [],
      customer: { name: 'Zoë 🚀 Ltd', billingAddress: { line1 } },
    });
  });
});

describe('filter and input limits', () => {
  it('refuses where filters nested past the input depth, as a literal and as a variable, without a stack overflow', async () => {
    const asLiteral = await t.gql(org.adminKey, `{ customers(where: ${literal(nestedWhere(60))}) { totalCount } }`);
    expect(asLiteral.status).toBe(400);
    expect(asLiteral.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'inputDepth', max: 20 });
    // Written out by hand: JSON.stringify in the test client would itself overflow at this depth.
    const deep = `{"AND":[`.repeat(5_000) + '{"name":{"contains":"x"}}' + ']}'.repeat(5_000);
    const body = `{"query":"query($w: CustomerWhere) { customers(where: $w) { totalCount } }","variables":{"w":${deep}}}`;
    const asVariable = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${org.adminKey}`)
      .send(body);
    expect(asVariable.status).toBe(400);
    expect(asVariable.body.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'inputDepth',
      field: expect.stringMatching(/^\$w\.AND\.0/),
    });
  });

  it('answers filters within the depth limit', async () => {
    const res = await t.gql(org.adminKey, 'query($w: CustomerWhere) { customers(where: $w) { totalCount } }', {
      w: nestedWhere(8),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.customers.totalCount).toBe(0);
  });

  it('refuses lists longer than 5,000 items', async () => {
    const values = Array.from({ length: 60_000 }, (_, i) => `C${i}`);
    const res = await t.gql(org.adminKey, 'query($w: CustomerWhere) { customers(where: $w) { totalCount } }', {
      w: { code: { in: values } },
    });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'listSize',
      max: 5_000,
      actual: 60_000,
      field: '$w.code.in',
    });
  });

  it('charges filter breadth in the cost and refuses a filter wider than 5,000 terms', async () => {
    const or = (n: number) => ({ OR: Array.from({ length: n }, (_, i) => ({ code: { equals: `C${i}` } })) });
    const narrow = await t.gql(org.adminKey, 'query($w: CustomerWhere) { customers(where: $w) { totalCount } }', {
      w: or(1),
    });
    const wide = await t.gql(org.adminKey, 'query($w: CustomerWhere) { customers(where: $w) { totalCount } }', {
      w: or(100),
    });
    expect(wide.errors).toBeUndefined();
    // 99 more branches, each an object, a filter object and a value.
    expect(wide.extensions?.cost.requested - narrow.extensions?.cost.requested).toBe(99 * 3);
    const tooWide = await t.gql(org.adminKey, 'query($w: CustomerWhere) { customers(where: $w) { totalCount } }', {
      w: or(2_000),
    });
    expect(tooWide.status).toBe(400);
    expect(tooWide.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'filterSize',
      max: 5_000,
      actual: 6_001,
    });
  });
});

describe('dates and times', () => {
  it.each(['0000-01-01', '2026-02-29', '2026-13-01', '99999-01-01', '2026-1-01'])(
    'refuses the Date %s',
    async (asOf) => {
      const res = await t.gql(org.adminKey, 'query($asOf: Date) { trialBalance(asOf: $asOf) { totalDebit } }', {
        asOf,
      });
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    },
  );

  it('reads years 1 to 99 as given, not as 19xx', async () => {
    const res = await t.gql(org.adminKey, 'query($asOf: Date) { trialBalance(asOf: $asOf) { totalDebit } }', {
      asOf: '0099-12-31',
    });
    expect(res.errors).toBeUndefined();
  });

  it.each([
    '2026-02-31T10:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T10:60:00Z',
    '2026-01-01T10:00:00',
    '0000-06-01T00:00:00Z',
    '2026-01-01T10:00:00+25:00',
  ])('refuses the DateTime %s instead of rolling it over', async (gte) => {
    const res = await t.gql(
      org.adminKey,
      'query($gte: DateTime) { customers(where: { createdAt: { gte: $gte } }) { totalCount } }',
      { gte },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('takes DateTimes with an offset or fractions', async () => {
    for (const gte of ['2026-01-01T10:00:00+02:00', '2026-01-01T10:00Z', '2026-01-01T10:00:00.123456Z']) {
      const res = await t.gql(
        org.adminKey,
        'query($gte: DateTime) { customers(where: { createdAt: { gte: $gte } }) { totalCount } }',
        { gte },
      );
      expect(res.errors, gte).toBeUndefined();
    }
  });

  it('refuses a year outside 1900-2999 in holidays and leave balances, naming the argument', async () => {
    const holidays = await t.gql(org.adminKey, '{ holidays(year: -1) { date } }');
    expect(holidays.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'year' });
    const leave = await t.gql(org.adminKey, '{ leaveRequests(where: { year: 99999 }) { totalCount } }');
    expect(leave.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.year' });
    expect((await t.gql(org.adminKey, '{ holidays(year: 2026) { date } }')).errors).toBeUndefined();
  });
});

describe('slow clients', () => {
  it('closes a request whose body never completes after the request timeout, with 408', async () => {
    const server = http.createServer(
      serverOptions({ requestTimeoutSeconds: 1 }),
      (req, res) => void t.app.handle(req, res),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const started = Date.now();
      const outcome = await new Promise<string>((resolve) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/graphql',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': 1000 },
          },
          (res) => resolve(`status ${res.statusCode}`),
        );
        req.on('error', () => resolve('closed'));
        req.write('{"query":"{ __typename');
      });
      expect(['status 408', 'closed']).toContain(outcome);
      // Node's default would hold the socket for five minutes.
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
