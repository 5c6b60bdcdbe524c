import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import {
  SUPPLIER,
  SUPPLIER_ACTIVATE,
  SUPPLIER_CREATE,
  SUPPLIER_DEACTIVATE,
  SUPPLIER_DELETE,
  createSupplier,
  errorsOf,
  payload,
  rowId,
  type SupplierData,
} from './support.js';

let t: TestApp;
let org: TestOrg;
let buyer: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Supplier Lifecycle Org');
  buyer = await org.key('PURCHASING');
});
afterAll(() => t.close());

const run = async (document: string, field: string, input: Record<string, unknown>) =>
  payload<{ supplier?: SupplierData | null; deletedSupplierId?: string | null }>(
    await t.gql(buyer, document, { input }),
    field,
  );

async function traces(supplierId: string) {
  const where = { organizationId: org.organizationId };
  const id = rowId(supplierId);
  return {
    rows: await t.db.prisma.supplier.count({ where: { ...where, id } }),
    audits: (
      await t.db.prisma.auditLog.findMany({ where: { ...where, entityId: id }, orderBy: { createdAt: 'asc' } })
    ).map((a) => a.action),
    events: (
      await t.db.prisma.outboxEvent.findMany({ where: { ...where, aggregateId: id }, orderBy: { createdAt: 'asc' } })
    ).map((e) => e.type),
  };
}

describe('supplierDeactivate and supplierActivate', () => {
  it('switches isActive, bumps the version and refuses repeating the same transition', async () => {
    const supplier = await createSupplier(t, buyer, { name: 'Toggle GmbH' });
    const off = await run(SUPPLIER_DEACTIVATE, 'supplierDeactivate', { id: supplier.id, expectedVersion: 1 });
    expect(off.errors).toEqual([]);
    expect(off.supplier).toMatchObject({ isActive: false, version: 2 });
    expect(errorsOf(await run(SUPPLIER_DEACTIVATE, 'supplierDeactivate', { id: supplier.id }))).toEqual([
      ['ALREADY_INACTIVE', ['input', 'id']],
    ]);
    expect(errorsOf(await run(SUPPLIER_ACTIVATE, 'supplierActivate', { id: supplier.id, expectedVersion: 1 }))).toEqual(
      [['STALE_VERSION', ['input', 'expectedVersion']]],
    );
    const on = await run(SUPPLIER_ACTIVATE, 'supplierActivate', { id: supplier.id, expectedVersion: 2 });
    expect(on.errors).toEqual([]);
    expect(on.supplier).toMatchObject({ isActive: true, version: 3 });
    expect(errorsOf(await run(SUPPLIER_ACTIVATE, 'supplierActivate', { id: supplier.id }))).toEqual([
      ['ALREADY_ACTIVE', ['input', 'id']],
    ]);
    expect(await traces(supplier.id)).toEqual({
      rows: 1,
      audits: ['supplierCreate', 'supplierDeactivate', 'supplierActivate'],
      events: ['supplier.created', 'supplier.deactivated', 'supplier.activated'],
    });
  });
});

describe('supplierDelete', () => {
  it('deletes an unreferenced supplier; it then reads as null', async () => {
    const supplier = await createSupplier(t, buyer, { name: 'Short Lived' });
    const result = await run(SUPPLIER_DELETE, 'supplierDelete', { id: supplier.id, expectedVersion: 1 });
    expect(result).toEqual({ deletedSupplierId: supplier.id, errors: [] });
    expect((await t.gql(buyer, SUPPLIER, { id: supplier.id })).data.supplier).toBeNull();
    expect(await traces(supplier.id)).toEqual({
      rows: 0,
      audits: ['supplierCreate', 'supplierDelete'],
      events: ['supplier.created', 'supplier.deleted'],
    });
    expect(errorsOf(await run(SUPPLIER_DELETE, 'supplierDelete', { id: supplier.id }))).toEqual([
      ['NOT_FOUND', ['input', 'id']],
    ]);
  });

  it('refuses with SUPPLIER_IN_USE while a bill references the supplier, and keeps it', async () => {
    const supplier = await createSupplier(t, buyer, { name: 'Billed Supplies', code: 'BILLED' });
    await t.db.prisma.invoice.create({
      data: {
        id: randomUUID(),
        organizationId: org.organizationId,
        kind: 'SUPPLIER_BILL',
        supplierId: rowId(supplier.id),
        currency: 'EUR',
        issueDate: new Date('2026-11-01'),
        dueDate: new Date('2026-12-01'),
      },
    });
    const result = await run(SUPPLIER_DELETE, 'supplierDelete', { id: supplier.id });
    expect(result.deletedSupplierId).toBeNull();
    expect(errorsOf(result)).toEqual([['SUPPLIER_IN_USE', ['input', 'id']]]);
    expect(result.errors[0].message).toContain('BILLED');
    expect(await traces(supplier.id)).toEqual({ rows: 1, audits: ['supplierCreate'], events: ['supplier.created'] });
    // Deactivating is the way out.
    expect((await run(SUPPLIER_DEACTIVATE, 'supplierDeactivate', { id: supplier.id })).errors).toEqual([]);
  });

  it('refuses a stale expectedVersion', async () => {
    const supplier = await createSupplier(t, buyer, { name: 'Stale Delete' });
    await run(SUPPLIER_DEACTIVATE, 'supplierDeactivate', { id: supplier.id });
    expect(errorsOf(await run(SUPPLIER_DELETE, 'supplierDelete', { id: supplier.id, expectedVersion: 1 }))).toEqual([
      ['STALE_VERSION', ['input', 'expectedVersion']],
    ]);
    expect((await traces(supplier.id)).rows).toBe(1);
  });
});

describe('supplierCreate with an idempotencyKey', () => {
  const create = async (input: Record<string, unknown>) =>
    payload<{ supplier: SupplierData | null }>(await t.gql(buyer, SUPPLIER_CREATE, { input }), 'supplierCreate');

  it('returns the first result for a repeat with the same input and writes nothing more', async () => {
    const input = {
      name: 'Once Only Supplies',
      email: 'once@supplies.example',
      paymentTermsDays: 45,
      idempotencyKey: 'supplier-once',
    };
    const first = await create(input);
    expect(first.errors).toEqual([]);
    const second = await create({ ...input });
    expect(second).toEqual(first);
    expect(
      await t.db.prisma.supplier.count({ where: { organizationId: org.organizationId, name: 'Once Only Supplies' } }),
    ).toBe(1);
    expect(await traces(first.supplier!.id)).toEqual({
      rows: 1,
      audits: ['supplierCreate'],
      events: ['supplier.created'],
    });
  });

  it('refuses the same key with a different input (IDEMPOTENCY_CONFLICT) and writes nothing', async () => {
    expect((await create({ name: 'Conflict Original', idempotencyKey: 'supplier-conflict' })).errors).toEqual([]);
    const before = await t.db.prisma.supplier.count({ where: { organizationId: org.organizationId } });
    const second = await create({ name: 'Conflict Changed', idempotencyKey: 'supplier-conflict' });
    expect(second.supplier).toBeNull();
    expect(second.errors.map((error) => error.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
    expect(await t.db.prisma.supplier.count({ where: { organizationId: org.organizationId } })).toBe(before);
  });

  it('does not record a key when the create was refused, so a corrected retry with the same key succeeds', async () => {
    const refused = await create({ name: 'Retry Supplies', currency: 'NOPE', idempotencyKey: 'supplier-retry' });
    expect(errorsOf(refused)).toEqual([['INVALID_CURRENCY', ['input', 'currency']]]);
    const retried = await create({ name: 'Retry Supplies', currency: 'CHF', idempotencyKey: 'supplier-retry' });
    expect(retried.errors).toEqual([]);
    expect(retried.supplier?.currency).toBe('CHF');
  });
});
