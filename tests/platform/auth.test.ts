import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiKey } from '../../src/platform/organizations.js';
import { hashApiKey } from '../../src/platform/auth/api-keys.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Auth Org');
});
afterAll(() => t.close());

const VIEWER = '{ viewer { name roles organization { name } apiKey { prefix lastUsedAt revokedAt } } }';

describe('authentication', () => {
  it('answers 401 UNAUTHENTICATED without a key', async () => {
    const res = await t.gql(null, VIEWER);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  it('answers 401 for an unknown key and a malformed header', async () => {
    const unknown = await t.gql('unison_not-a-real-key', VIEWER);
    expect(unknown.status).toBe(401);
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const malformed = await t.http().post('/graphql').set('authorization', 'Basic abc').send({ query: VIEWER });
    expect(malformed.status).toBe(401);
    expect(malformed.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 once a key is revoked', async () => {
    const key = await org.key('SALES');
    expect((await t.gql(key, VIEWER)).status).toBe(200);
    const row = await t.db.prisma.apiKey.findUniqueOrThrow({ where: { hash: hashApiKey(key) } });
    await revokeApiKey(t.db.prisma, { organizationId: org.organizationId, keyId: row.id });
    const res = await t.gql(key, VIEWER);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].message).toMatch(/revoked/);
  });

  it('lets a key without the role through to FORBIDDEN, not 401', async () => {
    const key = await org.key('HR');
    const res = await t.gql(key, '{ customers(first: 1) { totalCount } }');
    expect(res.status).toBe(200);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('returns the viewer with organization, key name and roles, and records last use', async () => {
    const res = await t.gql(org.adminKey, VIEWER);
    expect(res.status).toBe(200);
    expect(res.data.viewer).toMatchObject({
      name: 'Administrator',
      roles: ['ADMIN'],
      organization: { name: 'Auth Org' },
    });
    expect(res.data.viewer.apiKey.prefix).toMatch(/^unison_/);
    expect(res.data.viewer.apiKey.lastUsedAt).not.toBeNull();
  });

  it('stores only a hash of the key', async () => {
    const rows = await t.db.prisma.apiKey.findMany({ where: { organizationId: org.organizationId } });
    for (const row of rows) {
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.hash).not.toContain('unison_');
    }
  });

  it('allows introspection without a key so GraphiQL can load the schema', async () => {
    const res = await t.gql(null, '{ __schema { queryType { name } } }');
    expect(res.status).toBe(200);
    expect(res.data.__schema.queryType.name).toBe('Query');
    // GraphiQL's default header is an unfilled "Bearer ": treated as no key, not as a bad one.
    const template = await t
      .http()
      .post('/graphql')
      .set('authorization', 'Bearer ')
      .send({ query: '{ __schema { queryType { name } } }' });
    expect(template.status).toBe(200);
    const query = await t.http().post('/graphql').set('authorization', 'Bearer ').send({ query: VIEWER });
    expect(query.status).toBe(401);
  });
});

describe('tenant boundary of platform objects', () => {
  it('does not reveal another organization or its API keys through node(id:)', async () => {
    const other = await t.newOrg('Other Org');
    const ownViewer = await t.gql(org.adminKey, '{ viewer { organization { id } apiKey { id } } }');
    const foreignViewer = await t.gql(other.adminKey, '{ viewer { organization { id } apiKey { id } } }');
    const own = ownViewer.data.viewer;
    const foreign = foreignViewer.data.viewer;
    const res = await t.gql(org.adminKey, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [own.organization.id, own.apiKey.id, foreign.organization.id, foreign.apiKey.id],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.nodes).toEqual([{ id: own.organization.id }, { id: own.apiKey.id }, null, null]);
  });
});
