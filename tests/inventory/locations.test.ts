import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import {
  LOCATION_CREATE,
  LOCATION_DELETE,
  LOCATION_UPDATE,
  LOCATIONS,
  WAREHOUSE_CREATE,
  WAREHOUSE_DELETE,
  WAREHOUSE_UPDATE,
  WAREHOUSES,
  createLocation,
  createWarehouse,
  errorsOf,
  payload,
  rowId,
  topLevelCode,
  type LocationData,
} from './helpers.js';

let t: TestApp;
let org: TestOrg;
let key: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Locations Org');
  key = await org.key('WAREHOUSE');
});
afterAll(() => t.close());

const run = async (document: string, field: string, input: Record<string, unknown>) =>
  payload<Record<string, any>>(await t.gql(key, document, { input }), field);
const codes = (nodes: { code: string }[]) => nodes.map((n) => n.code);

describe('virtual locations', () => {
  it('every new organization has exactly one location of each virtual type, fixed', async () => {
    const res = await t.gql(key, LOCATIONS, { where: { NOT: { type: { equals: 'INTERNAL' } } } });
    expect(res.data.locations.nodes.map((n: LocationData) => n.type).sort()).toEqual([
      'ADJUSTMENT',
      'CUSTOMER',
      'PRODUCTION',
      'SCRAP',
      'SUPPLIER',
    ]);
    const customer = res.data.locations.nodes.find((n: LocationData) => n.type === 'CUSTOMER');
    expect(customer).toMatchObject({ code: 'CUSTOMER', isRoot: false, warehouse: null });
    expect(errorsOf(await run(LOCATION_UPDATE, 'locationUpdate', { id: customer.id, name: 'Clients' }))).toEqual([
      ['VIRTUAL_LOCATION', ['input', 'id']],
    ]);
    expect(errorsOf(await run(LOCATION_DELETE, 'locationDelete', { id: customer.id }))).toEqual([
      ['VIRTUAL_LOCATION', ['input', 'id']],
    ]);
    expect(errorsOf(await run(LOCATION_CREATE, 'locationCreate', { parentId: customer.id, code: 'X' }))).toEqual([
      ['VIRTUAL_LOCATION', ['input', 'parentId']],
    ]);
  });
});

describe('warehouses', () => {
  it('creates a warehouse with its root stock location; codes are unique ignoring case', async () => {
    const warehouse = await createWarehouse(t, key, { code: 'MAIN', name: 'Main warehouse' });
    expect(warehouse.rootLocation).toMatchObject({
      code: 'STOCK',
      type: 'INTERNAL',
      isRoot: true,
      warehouse: { code: 'MAIN' },
      parent: null,
    });
    expect(errorsOf(await run(WAREHOUSE_CREATE, 'warehouseCreate', { code: 'main', name: 'Twin' }))).toEqual([
      ['CODE_TAKEN', ['input', 'code']],
    ]);
    expect(errorsOf(await run(WAREHOUSE_CREATE, 'warehouseCreate', { code: 'a b', name: '' }))).toEqual([
      ['INVALID_CODE', ['input', 'code']],
      ['REQUIRED', ['input', 'name']],
    ]);
    const updated = await run(WAREHOUSE_UPDATE, 'warehouseUpdate', {
      id: warehouse.id,
      expectedVersion: 1,
      name: 'Main DC',
    });
    expect(updated.warehouse).toMatchObject({ code: 'MAIN', name: 'Main DC', version: 2 });
    expect(
      errorsOf(await run(WAREHOUSE_UPDATE, 'warehouseUpdate', { id: warehouse.id, expectedVersion: 1, name: 'Late' })),
    ).toEqual([['STALE_VERSION', ['input', 'expectedVersion']]]);
    const list = (await t.gql(key, WAREHOUSES, { where: { search: 'dc' } })).data.warehouses;
    expect(codes(list.nodes)).toEqual(['MAIN']);
  });

  it('deletes a warehouse with only its root; refuses one with bins', async () => {
    const warehouse = await createWarehouse(t, key, { code: 'TEMP', name: 'Temporary' });
    const bin = await createLocation(t, key, { parentId: warehouse.rootLocation.id, code: 'T-1' });
    expect(errorsOf(await run(WAREHOUSE_DELETE, 'warehouseDelete', { id: warehouse.id }))).toEqual([
      ['WAREHOUSE_NOT_EMPTY', ['input', 'id']],
    ]);
    expect(errorsOf(await run(LOCATION_DELETE, 'locationDelete', { id: warehouse.rootLocation.id }))).toEqual([
      ['ROOT_LOCATION', ['input', 'id']],
    ]);
    expect(await run(LOCATION_DELETE, 'locationDelete', { id: bin.id })).toEqual({
      deletedLocationId: bin.id,
      errors: [],
    });
    expect(await run(WAREHOUSE_DELETE, 'warehouseDelete', { id: warehouse.id })).toEqual({
      deletedWarehouseId: warehouse.id,
      errors: [],
    });
    expect(
      await t.db.prisma.location.count({
        where: { organizationId: org.organizationId, warehouseId: rowId(warehouse.id) },
      }),
    ).toBe(0);
  });
});

describe('bins', () => {
  it('builds a tree of bins, lists a subtree with within, moves a branch and keeps codes unique per warehouse', async () => {
    const a = await createWarehouse(t, key, { code: 'WA', name: 'A' });
    const b = await createWarehouse(t, key, { code: 'WB', name: 'B' });
    const aisle = await createLocation(t, key, { parentId: a.rootLocation.id, code: 'A1', name: 'Aisle 1' });
    const shelf = await createLocation(t, key, { parentId: aisle.id, code: 'A1-S1' });
    const bin = await createLocation(t, key, { parentId: shelf.id, code: 'A1-S1-B1' });
    const aisle2 = await createLocation(t, key, { parentId: a.rootLocation.id, code: 'A2' });
    expect(shelf).toMatchObject({ name: 'A1-S1', parent: { code: 'A1' }, warehouse: { code: 'WA' }, isRoot: false });
    // The same code in another warehouse is fine; in the same warehouse it is taken.
    await createLocation(t, key, { parentId: b.rootLocation.id, code: 'A1' });
    expect(errorsOf(await run(LOCATION_CREATE, 'locationCreate', { parentId: aisle2.id, code: 'a1-s1' }))).toEqual([
      ['CODE_TAKEN', ['input', 'code']],
    ]);
    const within = async (id: string) =>
      codes((await t.gql(key, LOCATIONS, { where: { within: id } })).data.locations.nodes);
    expect(await within(a.rootLocation.id)).toEqual(['A1', 'A1-S1', 'A1-S1-B1', 'A2', 'STOCK']);
    expect(await within(aisle.id)).toEqual(['A1', 'A1-S1', 'A1-S1-B1']);
    // Move the shelf (with its bin) to aisle 2.
    const moved = await run(LOCATION_UPDATE, 'locationUpdate', {
      id: shelf.id,
      parentId: aisle2.id,
      expectedVersion: 1,
    });
    expect(moved.errors).toEqual([]);
    expect(moved.location).toMatchObject({ parent: { code: 'A2' }, version: 2 });
    expect(await within(aisle.id)).toEqual(['A1']);
    expect(await within(aisle2.id)).toEqual(['A1-S1', 'A1-S1-B1', 'A2']);
    // No cycles, no moves across warehouses, roots stay roots.
    expect(errorsOf(await run(LOCATION_UPDATE, 'locationUpdate', { id: aisle2.id, parentId: bin.id }))).toEqual([
      ['LOCATION_CYCLE', ['input', 'parentId']],
    ]);
    expect(
      errorsOf(await run(LOCATION_UPDATE, 'locationUpdate', { id: aisle.id, parentId: b.rootLocation.id })),
    ).toEqual([['WRONG_WAREHOUSE', ['input', 'parentId']]]);
    expect(
      errorsOf(await run(LOCATION_UPDATE, 'locationUpdate', { id: a.rootLocation.id, parentId: aisle.id })),
    ).toEqual([['ROOT_LOCATION', ['input', 'parentId']]]);
    expect(errorsOf(await run(LOCATION_DELETE, 'locationDelete', { id: shelf.id }))).toEqual([
      ['IN_USE', ['input', 'id']],
    ]);
    const byWarehouse = await t.gql(key, LOCATIONS, { where: { warehouseId: b.id } });
    expect(codes(byWarehouse.data.locations.nodes)).toEqual(['A1', 'STOCK']);
  });
});

describe('roles and tenancy', () => {
  it('readers read, only WAREHOUSE writes, other organizations see nothing', async () => {
    const warehouse = await createWarehouse(t, key, { code: 'ROLES', name: 'Roles' });
    const sales = await org.key('SALES');
    expect(topLevelCode(await t.gql(sales, WAREHOUSE_CREATE, { input: { code: 'NO', name: 'No' } }))).toBe('FORBIDDEN');
    const purchasing = await org.key('PURCHASING');
    expect(
      topLevelCode(
        await t.gql(purchasing, LOCATION_CREATE, { input: { parentId: warehouse.rootLocation.id, code: 'NO' } }),
      ),
    ).toBe('FORBIDDEN');
    expect((await t.gql(sales, WAREHOUSES, { where: { code: { equals: 'ROLES' } } })).data.warehouses.totalCount).toBe(
      1,
    );
    const other = await (await t.newOrg('Locations Other Org')).key('WAREHOUSE');
    expect((await t.gql(other, WAREHOUSES, {})).data.warehouses.totalCount).toBe(0);
    expect(
      (await t.gql(other, 'query Q($id: ID!) { node(id: $id) { id } }', { id: warehouse.rootLocation.id })).data.node,
    ).toBeNull();
    const foreign = payload(
      await t.gql(other, LOCATION_CREATE, { input: { parentId: warehouse.rootLocation.id, code: 'X' } }),
      'locationCreate',
    );
    expect(errorsOf(foreign as never)).toEqual([['NOT_FOUND', ['input', 'parentId']]]);
    expect(
      (await t.gql(other, LOCATIONS, { where: { within: warehouse.rootLocation.id } })).data.locations.totalCount,
    ).toBe(0);
  });
});
