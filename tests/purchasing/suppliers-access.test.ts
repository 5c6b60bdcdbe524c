import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import {
  NODE,
  SUPPLIER,
  SUPPLIER_ACTIVATE,
  SUPPLIER_CREATE,
  SUPPLIER_DEACTIVATE,
  SUPPLIER_DELETE,
  SUPPLIER_UPDATE,
  SUPPLIERS,
  createSupplier,
  errorsOf,
  payload,
  topLevelCode,
  type SupplierData,
} from './support.js';

let t: TestApp;
let org: TestOrg;
let buyer: string;
let supplier: SupplierData;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Supplier Access Org');
  buyer = await org.key('PURCHASING');
  supplier = await createSupplier(t, buyer, { name: 'Guarded Supplies', code: 'GUARD' });
});
afterAll(() => t.close());

const WRITES: [string, string, () => Record<string, unknown>][] = [
  [SUPPLIER_CREATE, 'supplierCreate', () => ({ name: 'Not Allowed' })],
  [SUPPLIER_UPDATE, 'supplierUpdate', () => ({ id: supplier.id, name: 'Not Allowed' })],
  [SUPPLIER_DEACTIVATE, 'supplierDeactivate', () => ({ id: supplier.id })],
  [SUPPLIER_ACTIVATE, 'supplierActivate', () => ({ id: supplier.id })],
  [SUPPLIER_DELETE, 'supplierDelete', () => ({ id: supplier.id })],
];

describe('roles', () => {
  it('lets PURCHASING, ACCOUNTING and ADMIN read suppliers', async () => {
    for (const key of [buyer, await org.key('ACCOUNTING'), org.adminKey]) {
      const one = await t.gql(key, SUPPLIER, { id: supplier.id });
      expect(one.errors).toBeUndefined();
      expect(one.data.supplier.code).toBe('GUARD');
      const many = await t.gql(key, SUPPLIERS, { first: 5 });
      expect(many.errors).toBeUndefined();
      expect(many.data.suppliers.totalCount).toBe(1);
    }
  });

  it('refuses reading to SALES and WAREHOUSE', async () => {
    for (const key of [await org.key('SALES'), await org.key('WAREHOUSE')]) {
      expect(topLevelCode(await t.gql(key, SUPPLIER, { id: supplier.id }))).toBe('FORBIDDEN');
      expect(topLevelCode(await t.gql(key, SUPPLIERS, { first: 5 }))).toBe('FORBIDDEN');
    }
  });

  it('refuses every write to SALES and ACCOUNTING and changes nothing', async () => {
    for (const key of [await org.key('SALES'), await org.key('ACCOUNTING')]) {
      for (const [document, , input] of WRITES) {
        expect(topLevelCode(await t.gql(key, document, { input: input() }))).toBe('FORBIDDEN');
      }
    }
    const now = (await t.gql(buyer, SUPPLIER, { id: supplier.id })).data.supplier as SupplierData;
    expect(now).toMatchObject({ name: 'Guarded Supplies', version: 1, isActive: true });
    expect(await t.db.prisma.supplier.count({ where: { organizationId: org.organizationId } })).toBe(1);
  });

  it('lets ADMIN write', async () => {
    const created = await createSupplier(t, org.adminKey, { name: 'Admin Made' });
    const deleted = payload(
      await t.gql(org.adminKey, SUPPLIER_DELETE, { input: { id: created.id } }),
      'supplierDelete',
    );
    expect(deleted.errors).toEqual([]);
  });
});

describe('tenancy', () => {
  let other: string;

  beforeAll(async () => {
    other = await (await t.newOrg('Other Supplier Org')).key('PURCHASING');
  });

  it('shows another organization nothing: supplier and node are null, the list is empty', async () => {
    const one = await t.gql(other, SUPPLIER, { id: supplier.id });
    expect(one.errors).toBeUndefined();
    expect(one.data.supplier).toBeNull();
    const node = await t.gql(other, NODE, { id: supplier.id });
    expect(node.errors).toBeUndefined();
    expect(node.data.node).toBeNull();
    expect((await t.gql(other, SUPPLIERS, { first: 10 })).data.suppliers).toMatchObject({ totalCount: 0 });
    // The own organization resolves the node.
    expect((await t.gql(buyer, NODE, { id: supplier.id })).data.node).toEqual({
      __typename: 'Supplier',
      id: supplier.id,
      code: 'GUARD',
      name: 'Guarded Supplies',
    });
  });

  it('answers NOT_FOUND to another organization writing the supplier, and changes nothing', async () => {
    for (const [document, field, input] of WRITES.slice(1)) {
      const result = payload(await t.gql(other, document, { input: input() }), field);
      expect(errorsOf(result)).toEqual([['NOT_FOUND', ['input', 'id']]]);
    }
    const now = (await t.gql(buyer, SUPPLIER, { id: supplier.id })).data.supplier as SupplierData;
    expect(now).toMatchObject({ name: 'Guarded Supplies', version: 1, isActive: true });
  });

  it('lets another organization use the same code', async () => {
    expect((await createSupplier(t, other, { name: 'Same Code Elsewhere', code: 'guard' })).code).toBe('guard');
  });
});
