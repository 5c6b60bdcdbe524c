import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import {
  CATEGORIES,
  CATEGORY_CREATE,
  CATEGORY_DELETE,
  CATEGORY_UPDATE,
  PRODUCT,
  PRODUCT_ACTIVATE,
  PRODUCT_CREATE,
  PRODUCT_DEACTIVATE,
  PRODUCT_DELETE,
  PRODUCT_UPDATE,
  PRODUCTS,
  createCategory,
  createProduct,
  errorsOf,
  payload,
  rowId,
  topLevelCode,
  type ProductData,
} from './helpers.js';

let t: TestApp;
let org: TestOrg;
let writer: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Products Org');
  writer = await org.key('WAREHOUSE');
});
afterAll(() => t.close());

const run = async (document: string, field: string, input: Record<string, unknown>) =>
  payload<{ product?: ProductData | null; deletedProductId?: string | null }>(
    await t.gql(writer, document, { input }),
    field,
  );

describe('productCreate', () => {
  it('creates a product with defaults and planning parameters, audit and event', async () => {
    const category = await createCategory(t, writer, { name: 'Fasteners' });
    const product = await createProduct(t, writer, {
      sku: 'BOLT-M8',
      name: '  Bolt M8  ',
      categoryId: category.id,
      listPrice: '0.35',
      standardCost: '0.120000',
      barcode: '4006381333931',
      leadTimeDays: 7,
      safetyStock: '100',
      reorderPoint: '250.5',
      minOrderQuantity: '500',
      orderMultiple: '100',
      lotSizeRule: 'MULTIPLE_OF',
      lotSizeQuantity: '100',
    });
    expect(product).toMatchObject({
      sku: 'BOLT-M8',
      name: 'Bolt M8',
      type: 'STOCKED',
      unitOfMeasure: 'EA',
      procurement: 'BUY',
      costingMethod: 'MOVING_AVERAGE',
      listPrice: '0.35',
      standardCost: '0.12',
      barcode: '4006381333931',
      category: { id: category.id, name: 'Fasteners' },
      isActive: true,
      allowNegativeStock: false,
      leadTimeDays: 7,
      safetyStock: '100',
      reorderPoint: '250.5',
      minOrderQuantity: '500',
      orderMultiple: '100',
      lotSizeRule: 'MULTIPLE_OF',
      lotSizeQuantity: '100',
      version: 1,
    });
    const id = rowId(product.id);
    const where = { organizationId: org.organizationId };
    expect((await t.db.prisma.auditLog.findMany({ where: { ...where, entityId: id } })).map((a) => a.action)).toEqual([
      'productCreate',
    ]);
    expect(
      (await t.db.prisma.outboxEvent.findMany({ where: { ...where, aggregateId: id } })).map((e) => e.type),
    ).toEqual(['product.created']);
  });

  it('refuses a SKU another product has in any case, and a taken barcode', async () => {
    await createProduct(t, writer, { sku: 'Nut-M8', name: 'Nut', barcode: 'NUT-BC' });
    expect(errorsOf(await run(PRODUCT_CREATE, 'productCreate', { sku: 'NUT-m8', name: 'Other nut' }))).toEqual([
      ['SKU_TAKEN', ['input', 'sku']],
    ]);
    expect(
      errorsOf(await run(PRODUCT_CREATE, 'productCreate', { sku: 'NUT-2', name: 'Other nut', barcode: 'NUT-BC' })),
    ).toEqual([['BARCODE_TAKEN', ['input', 'barcode']]]);
    // Two products without a barcode are fine.
    await createProduct(t, writer, { sku: 'NOBC-1', name: 'No barcode 1' });
    await createProduct(t, writer, { sku: 'NOBC-2', name: 'No barcode 2' });
  });

  it('the database index rejects a case variant of a SKU written past the pre-check', async () => {
    await createProduct(t, writer, { sku: 'RAW-SKU', name: 'Raw' });
    await expect(
      t.db.prisma.product.create({
        data: {
          id: randomUUID(),
          organizationId: org.organizationId,
          sku: 'raw-sku',
          name: 'Raw twin',
          type: 'STOCKED',
          unitOfMeasure: 'EA',
        },
      }),
    ).rejects.toThrow();
  });

  it('reports every invalid field at once and writes nothing', async () => {
    const before = await t.db.prisma.product.count({ where: { organizationId: org.organizationId } });
    const result = await run(PRODUCT_CREATE, 'productCreate', {
      sku: 'bad sku',
      name: ' ',
      listPrice: '-1',
      standardCost: '1.1234567',
      leadTimeDays: -2,
      safetyStock: '1.12345',
      lotSizeQuantity: '0',
    });
    expect(errorsOf(result)).toEqual([
      ['INVALID_CODE', ['input', 'sku']],
      ['REQUIRED', ['input', 'name']],
      ['OUT_OF_RANGE', ['input', 'leadTimeDays']],
      ['OUT_OF_RANGE', ['input', 'listPrice']],
      ['INVALID_SCALE', ['input', 'standardCost']],
      ['INVALID_SCALE', ['input', 'safetyStock']],
      ['OUT_OF_RANGE', ['input', 'lotSizeQuantity']],
    ]);
    expect(await t.db.prisma.product.count({ where: { organizationId: org.organizationId } })).toBe(before);
  });

  it('requires a lot-size quantity for every rule but LOT_FOR_LOT, and refuses one with LOT_FOR_LOT', async () => {
    expect(
      errorsOf(
        await run(PRODUCT_CREATE, 'productCreate', { sku: 'LOT-1', name: 'Lot', lotSizeRule: 'FIXED_QUANTITY' }),
      ),
    ).toEqual([['REQUIRED', ['input', 'lotSizeQuantity']]]);
    expect(
      errorsOf(await run(PRODUCT_CREATE, 'productCreate', { sku: 'LOT-1', name: 'Lot', lotSizeQuantity: '10' })),
    ).toEqual([['OUT_OF_RANGE', ['input', 'lotSizeQuantity']]]);
  });

  it('refuses an unknown category', async () => {
    const foreign = await (await t.newOrg('Other Category Org')).key('WAREHOUSE');
    const theirs = await createCategory(t, foreign, { name: 'Theirs' });
    expect(
      errorsOf(await run(PRODUCT_CREATE, 'productCreate', { sku: 'CAT-X', name: 'X', categoryId: theirs.id })),
    ).toEqual([['NOT_FOUND', ['input', 'categoryId']]]);
  });
});

describe('productUpdate', () => {
  it('changes fields with expectedVersion, keeps omitted ones, clears with null and refuses a stale version', async () => {
    const product = await createProduct(t, writer, {
      sku: 'UPD-1',
      name: 'Update me',
      description: 'Old',
      barcode: 'UPD-BC',
      lotSizeRule: 'FIXED_QUANTITY',
      lotSizeQuantity: '50',
    });
    const updated = await run(PRODUCT_UPDATE, 'productUpdate', {
      id: product.id,
      expectedVersion: 1,
      sku: 'upd-1',
      name: 'Updated',
      description: null,
      type: 'CONSUMABLE',
      allowNegativeStock: true,
      lotSizeRule: 'LOT_FOR_LOT',
    });
    expect(updated.errors).toEqual([]);
    expect(updated.product).toMatchObject({
      sku: 'upd-1',
      name: 'Updated',
      description: null,
      barcode: 'UPD-BC',
      type: 'CONSUMABLE',
      allowNegativeStock: true,
      lotSizeRule: 'LOT_FOR_LOT',
      lotSizeQuantity: null,
      version: 2,
    });
    expect(
      errorsOf(await run(PRODUCT_UPDATE, 'productUpdate', { id: product.id, expectedVersion: 1, name: 'Late' })),
    ).toEqual([['STALE_VERSION', ['input', 'expectedVersion']]]);
    expect(errorsOf(await run(PRODUCT_UPDATE, 'productUpdate', { id: product.id, name: null, type: null }))).toEqual([
      ['REQUIRED', ['input', 'name']],
      ['REQUIRED', ['input', 'type']],
    ]);
    expect(
      errorsOf(await run(PRODUCT_UPDATE, 'productUpdate', { id: product.id, lotSizeRule: 'MINIMUM_QUANTITY' })),
    ).toEqual([['REQUIRED', ['input', 'lotSizeQuantity']]]);
    const other = await createProduct(t, writer, { sku: 'UPD-2', name: 'Other' });
    expect(errorsOf(await run(PRODUCT_UPDATE, 'productUpdate', { id: other.id, sku: 'UPD-1' }))).toEqual([
      ['SKU_TAKEN', ['input', 'sku']],
    ]);
    expect(errorsOf(await run(PRODUCT_UPDATE, 'productUpdate', { id: other.id, barcode: 'UPD-BC' }))).toEqual([
      ['BARCODE_TAKEN', ['input', 'barcode']],
    ]);
    expect(
      errorsOf(await run(PRODUCT_UPDATE, 'productUpdate', { id: other.id, name: 'Same SKU, own', sku: 'UPD-2' })),
    ).toEqual([]);
  });
});

describe('productDeactivate, productActivate, productDelete', () => {
  it('switches isActive and refuses repeating a transition', async () => {
    const product = await createProduct(t, writer, { sku: 'TOGGLE', name: 'Toggle' });
    const off = await run(PRODUCT_DEACTIVATE, 'productDeactivate', { id: product.id, expectedVersion: 1 });
    expect(off.product).toMatchObject({ isActive: false, version: 2 });
    expect(errorsOf(await run(PRODUCT_DEACTIVATE, 'productDeactivate', { id: product.id }))).toEqual([
      ['ALREADY_INACTIVE', ['input', 'id']],
    ]);
    const on = await run(PRODUCT_ACTIVATE, 'productActivate', { id: product.id });
    expect(on.product).toMatchObject({ isActive: true, version: 3 });
    expect(errorsOf(await run(PRODUCT_ACTIVATE, 'productActivate', { id: product.id }))).toEqual([
      ['ALREADY_ACTIVE', ['input', 'id']],
    ]);
  });

  it('deletes an unreferenced product; it then reads as null', async () => {
    const product = await createProduct(t, writer, { sku: 'GONE', name: 'Gone' });
    expect(await run(PRODUCT_DELETE, 'productDelete', { id: product.id })).toEqual({
      deletedProductId: product.id,
      errors: [],
    });
    expect((await t.gql(writer, PRODUCT, { id: product.id })).data.product).toBeNull();
    expect(errorsOf(await run(PRODUCT_DELETE, 'productDelete', { id: product.id }))).toEqual([
      ['NOT_FOUND', ['input', 'id']],
    ]);
  });
});

describe('products list', () => {
  it('filters by search, type, category and isActive, sorts and counts', async () => {
    const listOrg = await t.newOrg('Products List Org');
    const key = await listOrg.key('PURCHASING');
    const tools = await createCategory(t, key, { name: 'Tools' });
    await createProduct(t, key, { sku: 'HAM-1', name: 'Hammer', categoryId: tools.id });
    await createProduct(t, key, { sku: 'SAW-1', name: 'Saw', categoryId: tools.id, barcode: 'SAWCODE' });
    await createProduct(t, key, { sku: 'SVC-1', name: 'Sharpening', type: 'SERVICE' });
    const list = async (variables: Record<string, unknown>) => (await t.gql(key, PRODUCTS, variables)).data.products;
    expect((await list({})).totalCount).toBe(3);
    expect((await list({ where: { search: 'sawc' } })).nodes.map((p: ProductData) => p.sku)).toEqual(['SAW-1']);
    expect((await list({ where: { type: { in: ['SERVICE'] } } })).nodes.map((p: ProductData) => p.sku)).toEqual([
      'SVC-1',
    ]);
    expect(
      (await list({ where: { categoryId: tools.id }, orderBy: [{ field: 'NAME', direction: 'DESC' }] })).nodes.map(
        (p: ProductData) => p.sku,
      ),
    ).toEqual(['SAW-1', 'HAM-1']);
    expect((await list({ where: { NOT: { barcode: { contains: 'saw' } } } })).totalCount).toBe(2);
    expect((await list({ where: { isActive: false } })).totalCount).toBe(0);
  });
});

describe('product categories', () => {
  it('builds a tree, refuses sibling name clashes and cycles, and refuses deleting a used category', async () => {
    const catOrg = await t.newOrg('Category Org');
    const key = await catOrg.key('WAREHOUSE');
    const root = await createCategory(t, key, { name: 'Hardware' });
    const child = await createCategory(t, key, { name: 'Screws', parentId: root.id });
    const grandchild = await createCategory(t, key, { name: 'Wood screws', parentId: child.id });
    await createCategory(t, key, { name: 'Screws' }); // same name at another level is fine
    const clash = payload(
      await t.gql(key, CATEGORY_CREATE, { input: { name: 'SCREWS', parentId: root.id } }),
      'productCategoryCreate',
    );
    expect(errorsOf(clash as never)).toEqual([['NAME_TAKEN', ['input', 'name']]]);
    const cycle = payload(
      await t.gql(key, CATEGORY_UPDATE, { input: { id: root.id, parentId: grandchild.id } }),
      'productCategoryUpdate',
    );
    expect(errorsOf(cycle as never)).toEqual([['CATEGORY_CYCLE', ['input', 'parentId']]]);
    const moved = payload<{ productCategory: { parent: null; version: number } }>(
      await t.gql(key, CATEGORY_UPDATE, {
        input: { id: grandchild.id, parentId: null, name: 'Wood Screws', expectedVersion: 1 },
      }),
      'productCategoryUpdate',
    );
    expect(moved.errors).toEqual([]);
    expect(moved.productCategory).toMatchObject({ parent: null, version: 2, name: 'Wood Screws' });
    const tree = (await t.gql(key, CATEGORIES, { where: { parentId: root.id } })).data.productCategories;
    expect(tree.nodes.map((c: { name: string }) => c.name)).toEqual(['Screws']);
    expect((await t.gql(key, CATEGORIES, { where: { isTopLevel: true } })).data.productCategories.totalCount).toBe(3);
    // In use: a child category, then a product.
    expect(
      errorsOf(
        payload(await t.gql(key, CATEGORY_DELETE, { input: { id: root.id } }), 'productCategoryDelete') as never,
      ),
    ).toEqual([['IN_USE', ['input', 'id']]]);
    await createProduct(t, key, { sku: 'WS-1', name: 'Wood screw', categoryId: grandchild.id });
    expect(
      errorsOf(
        payload(await t.gql(key, CATEGORY_DELETE, { input: { id: grandchild.id } }), 'productCategoryDelete') as never,
      ),
    ).toEqual([['IN_USE', ['input', 'id']]]);
    expect(payload(await t.gql(key, CATEGORY_DELETE, { input: { id: child.id } }), 'productCategoryDelete')).toEqual({
      deletedProductCategoryId: child.id,
      errors: [],
    });
  });
});

describe('roles and tenancy', () => {
  it('lets SALES and PRODUCTION read but not write; keys without an inventory role read nothing', async () => {
    const product = await createProduct(t, writer, { sku: 'ROLE-1', name: 'Role product' });
    for (const role of ['SALES', 'PRODUCTION', 'PURCHASING', 'ACCOUNTING'] as const) {
      const key = await org.key(role);
      expect((await t.gql(key, PRODUCT, { id: product.id })).data.product).toMatchObject({ sku: 'ROLE-1' });
    }
    const sales = await org.key('SALES');
    expect(topLevelCode(await t.gql(sales, PRODUCT_CREATE, { input: { sku: 'NOPE', name: 'Nope' } }))).toBe(
      'FORBIDDEN',
    );
    expect(topLevelCode(await t.gql(sales, CATEGORY_CREATE, { input: { name: 'Nope' } }))).toBe('FORBIDDEN');
    const hr = await org.key('HR');
    expect(topLevelCode(await t.gql(hr, PRODUCTS, {}))).toBe('FORBIDDEN');
  });

  it('another organization sees neither the product nor its node, and cannot change it', async () => {
    const product = await createProduct(t, writer, { sku: 'MINE-1', name: 'Mine' });
    const other = await (await t.newOrg('Products Other Org')).key('WAREHOUSE');
    expect((await t.gql(other, PRODUCT, { id: product.id })).data.product).toBeNull();
    expect((await t.gql(other, 'query Q($id: ID!) { node(id: $id) { id } }', { id: product.id })).data.node).toBeNull();
    expect((await t.gql(other, PRODUCTS, {})).data.products.totalCount).toBe(0);
    const update = payload(
      await t.gql(other, PRODUCT_UPDATE, { input: { id: product.id, name: 'Stolen' } }),
      'productUpdate',
    );
    expect(errorsOf(update as never)).toEqual([['NOT_FOUND', ['input', 'id']]]);
    // The same SKU is free in another organization.
    await createProduct(t, other, { sku: 'MINE-1', name: 'Also mine' });
  });

  it('an idempotency key returns the first result and refuses a different input', async () => {
    const idempotencyKey = randomUUID();
    const first = await run(PRODUCT_CREATE, 'productCreate', { sku: 'IDEM-1', name: 'Idem', idempotencyKey });
    const again = await run(PRODUCT_CREATE, 'productCreate', { sku: 'IDEM-1', name: 'Idem', idempotencyKey });
    expect(again.product?.id).toBe(first.product?.id);
    expect(
      errorsOf(await run(PRODUCT_CREATE, 'productCreate', { sku: 'IDEM-2', name: 'Idem', idempotencyKey })),
    ).toEqual([['IDEMPOTENCY_CONFLICT', ['input', 'idempotencyKey']]]);
  });
});
