import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/http/limits.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ maxBodyBytes: 100_000 });
  org = await t.newOrg('Limits Org');
});
afterAll(() => t.close());

function expectLimit(res: Awaited<ReturnType<TestApp['gql']>>, limit: string) {
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
  expect(res.errors?.[0].message).toMatch(/at most|more than|larger than/);
  expect(res.data ?? null).toBeNull();
}

describe('query limits', () => {
  it('refuses a query nested deeper than the depth limit, naming it', async () => {
    // customer -> mergedInto -> mergedInto ... deeper than the limit
    let selection = 'id';
    for (let i = 0; i < DEFAULT_LIMITS.maxDepth; i += 1) selection = `mergedInto { ${selection} }`;
    const res = await t.gql(org.adminKey, `{ customers(first: 1) { nodes { ${selection} } } }`);
    expectLimit(res, 'depth');
    expect(res.errors?.[0].extensions?.max).toBe(DEFAULT_LIMITS.maxDepth);
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: viewer { name }`).join(' ');
    expectLimit(await t.gql(org.adminKey, `{ ${fields} }`), 'aliases');
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxTokens }, () => '__typename').join(' ');
    expectLimit(await t.gql(org.adminKey, `{ ${fields} }`), 'tokens');
  });

  it('charges connections by their page size and refuses an over-cost query', async () => {
    const cheap = await t.gql(org.adminKey, '{ customers(first: 10) { nodes { name } } }');
    expect(cheap.errors).toBeUndefined();
    expect(cheap.extensions?.cost).toEqual({ requested: 21, limit: DEFAULT_LIMITS.maxCost });
    const bigger = await t.gql(org.adminKey, '{ customers(first: 100) { nodes { name } } }');
    expect(bigger.extensions?.cost.requested).toBe(201);
    const aliases = Array.from(
      { length: 6 },
      (_, i) => `c${i}: customers(first: 100) { nodes { contacts(first: 100) { nodes { name email } } } }`,
    ).join(' ');
    const res = await t.gql(org.adminKey, `{ ${aliases} }`);
    expectLimit(res, 'cost');
    expect(res.errors?.[0].extensions?.actual).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('reads page sizes from variables too', async () => {
    const res = await t.gql(org.adminKey, 'query($n: Int) { customers(first: $n) { nodes { name } } }', { n: 101 });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/first must be between 0 and 100, got 101/);
  });

  it('caps nodes(ids:) at 100 IDs and charges it per ID', async () => {
    const id = Buffer.from('Customer:0b6f1f4e-3c1a-4d2a-9a43-6c1f0d2b9e11').toString('base64url');
    const ok = await t.gql(org.adminKey, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array(100).fill(id),
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.nodes).toHaveLength(100);
    expect(ok.extensions?.cost.requested).toBe(101);
    const over = await t.gql(org.adminKey, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array(101).fill(id),
    });
    expect(over.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0].message).toMatch(/at most 100 IDs, got 101/);
  });

  it('refuses a request body over the size limit with 413', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('authorization', `Bearer ${org.adminKey}`)
      .send({ query: `{ viewer { name } } # ${'x'.repeat(200_000)}` });
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'bodySize', max: 100_000 });
  });

  it('keeps batching off', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('authorization', `Bearer ${org.adminKey}`)
      .send([{ query: '{ viewer { name } }' }, { query: '{ viewer { name } }' }]);
    expect(res.status).toBeGreaterThanOrEqual(400);
  });
});

describe('introspection under the limits', () => {
  const schemaCopy = '__schema { types { name fields { name type { name fields { name } } } } }';

  it('refuses aliased copies of __schema without a key, before executing them', async () => {
    const fields = Array.from({ length: 200 }, (_, i) => `s${i}: ${schemaCopy}`).join(' ');
    const res = await t.gql(null, `{ ${fields} }`);
    expect(res.status).toBe(400);
    expectLimit(res, 'aliases');
  });

  it('caps __schema and __type fields per operation, with or without a key', async () => {
    const count = DEFAULT_LIMITS.maxIntrospectionFields + 1;
    const fields = Array.from({ length: count }, (_, i) => `s${i}: __type(name: "Customer") { name }`).join(' ');
    for (const key of [null, org.adminKey]) {
      const res = await t.gql(key, `{ ${fields} }`);
      expectLimit(res, 'introspection');
      expect(res.errors?.[0].extensions).toMatchObject({ max: DEFAULT_LIMITS.maxIntrospectionFields, actual: count });
    }
  });

  it('counts introspection fields reached through fragments', async () => {
    const defs = Array.from(
      { length: DEFAULT_LIMITS.maxIntrospectionFields + 1 },
      (_, i) => `fragment F${i} on Query { f${i}: __schema { queryType { name } } }`,
    ).join(' ');
    const uses = Array.from({ length: DEFAULT_LIMITS.maxIntrospectionFields + 1 }, (_, i) => `...F${i}`).join(' ');
    expectLimit(await t.gql(org.adminKey, `{ ${uses} } ${defs}`), 'introspection');
  });

  it('counts aliases inside an introspection selection', async () => {
    const inner = Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `t${i}: types { name }`).join(' ');
    expectLimit(await t.gql(null, `{ __schema { ${inner} } }`), 'aliases');
  });

  it('still answers the standard introspection query, with and without a key', async () => {
    for (const key of [null, org.adminKey]) {
      const res = await t.gql(key, getIntrospectionQuery());
      expect(res.errors).toBeUndefined();
      expect(res.data.__schema.types.some((type: { name: string }) => type.name === 'Customer')).toBe(true);
    }
  });

  it('keeps __typename free of the introspection cap', async () => {
    const fields = Array.from({ length: 20 }, () => '__typename').join(' ');
    const res = await t.gql(null, `{ ${fields} }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.__typename).toBe('Query');
  });
});

describe('GET parameters', () => {
  it('answers malformed variables or extensions on GET with 400, as on POST', async () => {
    for (const query of ['variables=%7Bbad', 'extensions=%7Bbad', 'variables=5', 'variables=%5B1%5D']) {
      const res = await t.http().get(`/graphql?query=%7B__typename%7D&${query}`).set('accept', 'application/json');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(/variables|extensions/);
    }
  });

  it('still serves a well-formed GET query', async () => {
    const res = await t
      .http()
      .get('/graphql?query=%7B__typename%7D&variables=%7B%7D')
      .set('accept', 'application/json');
    expect(res.status).toBe(200);
    expect(res.body.data.__typename).toBe('Query');
  });
});

describe('error codes', () => {
  it('gives syntax and validation errors the BAD_USER_INPUT code', async () => {
    const syntax = await t.gql(org.adminKey, '{ viewer { name ');
    expect(syntax.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownField = await t.gql(org.adminKey, '{ viewer { nope } }');
    expect(unknownField.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownField.errors?.[0].message).toMatch(/nope/);
  });

  it('refuses a malformed global ID with BAD_USER_INPUT', async () => {
    const res = await t.gql(org.adminKey, '{ node(id: "not-an-id") { id } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
