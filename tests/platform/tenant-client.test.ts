import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantClient } from '../../src/platform/db/tenant-client.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';

let t: TestApp;
let home: TestOrg;
let foreign: TestOrg;
let foreignCustomerId: string;

function customer(organizationId: string | undefined, name: string) {
  // Without organizationId, as domain code may write it: the tenant client fills it in (hence the cast).
  return {
    id: randomUUID(),
    code: `C-${randomUUID().slice(0, 8)}`,
    kind: 'COMPANY' as const,
    name,
    currency: 'EUR',
    ...(organizationId ? { organizationId } : {}),
  } as never;
}

beforeAll(async () => {
  t = await createTestApp();
  home = await t.newOrg('Tenant Home');
  foreign = await t.newOrg('Tenant Foreign');
  const created = await tenantClient(t.db.prisma, foreign.organizationId).customer.create({
    data: customer(undefined, 'Foreign Customer'),
  });
  foreignCustomerId = created.id;
});
afterAll(() => t.close());

describe('tenant client', () => {
  it('stamps its organization on what it creates and refuses another one', async () => {
    const db = tenantClient(t.db.prisma, home.organizationId);
    const row = await db.customer.create({ data: customer(undefined, 'Home One') });
    expect(row.organizationId).toBe(home.organizationId);
    await db.customer.createMany({ data: [customer(undefined, 'Home Two'), customer(undefined, 'Home Three')] });
    expect(await db.customer.count()).toBe(3);
    await expect(db.customer.create({ data: customer(foreign.organizationId, 'Smuggled') })).rejects.toThrow(
      /another organization/,
    );
    await expect(db.customer.createMany({ data: [customer(foreign.organizationId, 'Smuggled')] })).rejects.toThrow(
      /another organization/,
    );
  });

  it('reads, updates and deletes only its own rows', async () => {
    const db = tenantClient(t.db.prisma, home.organizationId);
    const names = (await db.customer.findMany({ orderBy: { name: 'asc' } })).map((row) => row.name);
    expect(names).not.toContain('Foreign Customer');
    expect(await db.customer.findUnique({ where: { id: foreignCustomerId } })).toBeNull();
    expect(await db.customer.findFirst({ where: { name: 'Foreign Customer' } })).toBeNull();
    expect((await db.customer.updateMany({ where: { id: foreignCustomerId }, data: { name: 'Hijacked' } })).count).toBe(
      0,
    );
    await expect(
      db.customer.update({ where: { id: foreignCustomerId }, data: { name: 'Hijacked' } }),
    ).rejects.toThrow();
    expect((await db.customer.deleteMany({ where: { id: foreignCustomerId } })).count).toBe(0);
    const own = await db.customer.findFirstOrThrow({ where: { name: 'Home One' } });
    await expect(
      db.customer.update({ where: { id: own.id }, data: { organizationId: foreign.organizationId } }),
    ).rejects.toThrow(/another organization/);
    expect((await t.db.prisma.customer.findUniqueOrThrow({ where: { id: foreignCustomerId } })).name).toBe(
      'Foreign Customer',
    );
  });

  it('sees only its own organization row', async () => {
    const db = tenantClient(t.db.prisma, home.organizationId);
    expect((await db.organization.findMany()).map((org) => org.id)).toEqual([home.organizationId]);
    expect(await db.organization.findUnique({ where: { id: foreign.organizationId } })).toBeNull();
  });

  it('scopes the client a transaction hands its callback, and leaves raw SQL alone', async () => {
    const db = tenantClient(t.db.prisma, home.organizationId);
    const seen = await db.$transaction(async (tx) => {
      expect(await tx.customer.findUnique({ where: { id: foreignCustomerId } })).toBeNull();
      const created = await tx.customer.create({ data: customer(undefined, 'In Transaction') });
      const [{ count }] = await tx.$queryRaw<
        { count: bigint }[]
      >`SELECT count(*) AS count FROM "Customer" WHERE id = ${foreignCustomerId}::uuid`;
      return { created, rawForeign: Number(count) };
    });
    expect(seen.created.organizationId).toBe(home.organizationId);
    expect(seen.rawForeign).toBe(1);
    // The array form runs the scoped operations it is given.
    const [count] = await db.$transaction([db.customer.count({ where: { name: 'Foreign Customer' } })]);
    expect(count).toBe(0);
  });
});
