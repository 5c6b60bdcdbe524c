import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Keys Org');
});
afterAll(() => t.close());

const CREATE = `mutation($input: ApiKeyCreateInput!) {
  apiKeyCreate(input: $input) { secret apiKey { id name roles revokedAt } errors { code message field } }
}`;
const REVOKE = `mutation($input: ApiKeyRevokeInput!) {
  apiKeyRevoke(input: $input) { apiKey { id revokedAt } errors { code message field } }
}`;
const LIST = '{ apiKeys(first: 50) { totalCount nodes { id name roles revokedAt } } }';

describe('API keys over GraphQL', () => {
  it('issues a working key once, lists it without its secret, and revokes it', async () => {
    const created = await t.gql(org.adminKey, CREATE, {
      input: { name: '  Webshop sync ', roles: ['SALES', 'SALES'] },
    });
    const payload = created.data.apiKeyCreate;
    expect(payload.errors).toEqual([]);
    expect(payload.apiKey).toMatchObject({ name: 'Webshop sync', roles: ['SALES'], revokedAt: null });
    expect(payload.secret).toMatch(/^unison_/);
    expect((await t.gql(payload.secret, '{ viewer { name roles } }')).data.viewer).toEqual({
      name: 'Webshop sync',
      roles: ['SALES'],
    });

    const listed = await t.gql(org.adminKey, LIST);
    expect(listed.data.apiKeys.nodes.map((k: { name: string }) => k.name)).toEqual(['Administrator', 'Webshop sync']);
    expect(JSON.stringify(listed)).not.toContain(payload.secret);

    const revoked = await t.gql(org.adminKey, REVOKE, { input: { id: payload.apiKey.id } });
    expect(revoked.data.apiKeyRevoke.errors).toEqual([]);
    expect(revoked.data.apiKeyRevoke.apiKey.revokedAt).not.toBeNull();
    expect((await t.gql(payload.secret, '{ viewer { name } }')).status).toBe(401);
    const again = await t.gql(org.adminKey, REVOKE, { input: { id: payload.apiKey.id } });
    expect(again.data.apiKeyRevoke.errors).toEqual([
      expect.objectContaining({ code: 'ALREADY_REVOKED', field: ['input', 'id'] }),
    ]);
    const active = await t.gql(org.adminKey, '{ apiKeys(includeRevoked: false) { totalCount } }');
    expect(active.data.apiKeys.totalCount).toBe(1);
  });

  it('validates input and writes an audit record', async () => {
    const res = await t.gql(org.adminKey, CREATE, { input: { name: ' ', roles: [] } });
    expect(
      res.data.apiKeyCreate.errors.map((e: { code: string; field: string[] }) => [e.code, e.field.join('.')]),
    ).toEqual([
      ['REQUIRED', 'input.name'],
      ['REQUIRED', 'input.roles'],
    ]);
    const audit = await t.gql(
      org.adminKey,
      '{ auditLog(where: { action: { equals: "apiKeyRevoke" } }) { totalCount nodes { actorName entityType } } }',
    );
    expect(audit.data.auditLog.nodes[0]).toEqual({ actorName: 'Administrator', entityType: 'ApiKey' });
  });

  it('refuses to revoke the last active ADMIN key', async () => {
    const fresh = await t.newOrg('Lonely Org');
    const viewer = await t.gql(fresh.adminKey, '{ viewer { apiKey { id } } }');
    const res = await t.gql(fresh.adminKey, REVOKE, { input: { id: viewer.data.viewer.apiKey.id } });
    expect(res.data.apiKeyRevoke.errors[0].code).toBe('LAST_ADMIN_KEY');
    expect((await t.gql(fresh.adminKey, '{ viewer { name } }')).status).toBe(200);
  });

  it('is for ADMIN only and stays inside the organization', async () => {
    const sales = await org.key('SALES');
    expect((await t.gql(sales, LIST)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(sales, CREATE, { input: { name: 'x', roles: ['ADMIN'] } })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const other = await t.newOrg('Other Keys Org');
    const foreignKey = (await t.gql(other.adminKey, '{ viewer { apiKey { id } } }')).data.viewer.apiKey.id;
    const res = await t.gql(org.adminKey, REVOKE, { input: { id: foreignKey } });
    expect(res.data.apiKeyRevoke.errors[0].code).toBe('NOT_FOUND');
    expect((await t.gql(other.adminKey, '{ viewer { name } }')).status).toBe(200);
  });
});

describe.skipIf(!inject('testDatabaseUrl'))('API keys under concurrency (PostgreSQL)', () => {
  it('never lets concurrent revocations remove every ADMIN key', async () => {
    const racing = await t.newOrg('Racing Admins');
    const keys = [racing.adminKey, await racing.key('ADMIN'), await racing.key('ADMIN'), await racing.key('ADMIN')];
    const ids = await Promise.all(
      keys.map(async (key) => (await t.gql(key, '{ viewer { apiKey { id } } }')).data.viewer.apiKey.id),
    );
    // Each admin revokes the next one's key, all at once.
    const results = await Promise.all(
      ids.map((_, i) => t.gql(keys[i], REVOKE, { input: { id: ids[(i + 1) % ids.length] } })),
    );
    const succeeded = results.filter((r) => r.data?.apiKeyRevoke?.errors.length === 0).length;
    const active = await t.db.prisma.apiKey.count({
      where: { organizationId: racing.organizationId, revokedAt: null },
    });
    expect(active).toBeGreaterThanOrEqual(1);
    expect(succeeded).toBe(ids.length - active);
  });
});
