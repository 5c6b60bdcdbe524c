// GraphQL documents and helpers shared by the inventory tests.
import { expect } from 'vitest';
import type { TestApp, TestOrg } from '../support/app.js';
import { payload } from '../crm/helpers.js';

export { onPostgres, payload, rowId, topLevelCode, type PayloadError } from '../crm/helpers.js';

export const ERRORS = 'errors { code message field }';

export const PRODUCT_FIELDS = `
  fragment ProductFields on Product {
    id sku name description type unitOfMeasure procurement costingMethod listPrice standardCost barcode
    category { id name }
    isActive allowNegativeStock leadTimeDays safetyStock reorderPoint minOrderQuantity orderMultiple
    lotSizeRule lotSizeQuantity version createdAt updatedAt
  }`;

const productMutation = (name: string, inputType: string) => `
  mutation M($input: ${inputType}!) { ${name}(input: $input) { product { ...ProductFields } ${ERRORS} } }
  ${PRODUCT_FIELDS}`;

export const PRODUCT_CREATE = productMutation('productCreate', 'ProductCreateInput');
export const PRODUCT_UPDATE = productMutation('productUpdate', 'ProductUpdateInput');
export const PRODUCT_DEACTIVATE = productMutation('productDeactivate', 'ProductStateInput');
export const PRODUCT_ACTIVATE = productMutation('productActivate', 'ProductStateInput');
export const PRODUCT_DELETE = `
  mutation M($input: ProductStateInput!) { productDelete(input: $input) { deletedProductId ${ERRORS} } }`;
export const PRODUCT = `query Q($id: ID!) { product(id: $id) { ...ProductFields } } ${PRODUCT_FIELDS}`;
export const PRODUCTS = `
  query Q($where: ProductWhere, $orderBy: [ProductOrderBy!], $first: Int, $after: String) {
    products(where: $where, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id sku name type isActive category { name } }
    }
  }`;

const CATEGORY_FIELDS = 'productCategory { id name version parent { id name } children { id name } }';
export const CATEGORY_CREATE = `
  mutation M($input: ProductCategoryCreateInput!) { productCategoryCreate(input: $input) { ${CATEGORY_FIELDS} ${ERRORS} } }`;
export const CATEGORY_UPDATE = `
  mutation M($input: ProductCategoryUpdateInput!) { productCategoryUpdate(input: $input) { ${CATEGORY_FIELDS} ${ERRORS} } }`;
export const CATEGORY_DELETE = `
  mutation M($input: ProductCategoryDeleteInput!) { productCategoryDelete(input: $input) { deletedProductCategoryId ${ERRORS} } }`;
export const CATEGORIES = `
  query Q($where: ProductCategoryWhere) { productCategories(where: $where) { totalCount nodes { id name parent { name } } } }`;

export interface ProductData {
  id: string;
  sku: string;
  name: string;
  type: string;
  version: number;
  isActive: boolean;
  lotSizeRule: string;
  lotSizeQuantity: string | null;
  [key: string]: unknown;
}

export async function createProduct(t: TestApp, key: string, input: Record<string, unknown>): Promise<ProductData> {
  const result = payload<{ product: ProductData }>(await t.gql(key, PRODUCT_CREATE, { input }), 'productCreate');
  expect(result.errors).toEqual([]);
  return result.product;
}

export async function createCategory(
  t: TestApp,
  key: string,
  input: Record<string, unknown>,
): Promise<{ id: string; name: string }> {
  const result = payload<{ productCategory: { id: string; name: string } }>(
    await t.gql(key, CATEGORY_CREATE, { input }),
    'productCategoryCreate',
  );
  expect(result.errors).toEqual([]);
  return result.productCategory;
}

/** Errors of a refused mutation as [code, field path] pairs. */
export function errorsOf(result: { errors: { code: string; field: string[] | null }[] }): [string, string[] | null][] {
  return result.errors.map((error) => [error.code, error.field]);
}

const LOCATION_FIELDS = 'id code name type isRoot version warehouse { id code } parent { id code } children { code }';
export const WAREHOUSE_CREATE = `
  mutation M($input: WarehouseCreateInput!) {
    warehouseCreate(input: $input) { warehouse { id code name version rootLocation { ${LOCATION_FIELDS} } } ${ERRORS} }
  }`;
export const WAREHOUSE_UPDATE = `
  mutation M($input: WarehouseUpdateInput!) { warehouseUpdate(input: $input) { warehouse { id code name version } ${ERRORS} } }`;
export const WAREHOUSE_DELETE = `
  mutation M($input: WarehouseDeleteInput!) { warehouseDelete(input: $input) { deletedWarehouseId ${ERRORS} } }`;
export const LOCATION_CREATE = `
  mutation M($input: LocationCreateInput!) { locationCreate(input: $input) { location { ${LOCATION_FIELDS} } ${ERRORS} } }`;
export const LOCATION_UPDATE = `
  mutation M($input: LocationUpdateInput!) { locationUpdate(input: $input) { location { ${LOCATION_FIELDS} } ${ERRORS} } }`;
export const LOCATION_DELETE = `
  mutation M($input: LocationDeleteInput!) { locationDelete(input: $input) { deletedLocationId ${ERRORS} } }`;
export const LOCATIONS = `
  query Q($where: LocationWhere, $first: Int) { locations(where: $where, first: $first) { totalCount nodes { id code type isRoot warehouse { code } } } }`;
export const WAREHOUSES = `
  query Q($where: WarehouseWhere, $orderBy: [WarehouseOrderBy!]) { warehouses(where: $where, orderBy: $orderBy) { totalCount nodes { id code name } } }`;

export interface LocationData {
  id: string;
  code: string;
  type: string;
  isRoot: boolean;
  version: number;
  [key: string]: unknown;
}

export interface WarehouseData {
  id: string;
  code: string;
  name: string;
  rootLocation: LocationData;
}

export async function createWarehouse(t: TestApp, key: string, input: Record<string, unknown>): Promise<WarehouseData> {
  const result = payload<{ warehouse: WarehouseData }>(
    await t.gql(key, WAREHOUSE_CREATE, { input }),
    'warehouseCreate',
  );
  expect(result.errors).toEqual([]);
  return result.warehouse;
}

export async function createLocation(t: TestApp, key: string, input: Record<string, unknown>): Promise<LocationData> {
  const result = payload<{ location: LocationData }>(await t.gql(key, LOCATION_CREATE, { input }), 'locationCreate');
  expect(result.errors).toEqual([]);
  return result.location;
}

/** The organization's virtual location of a type, by its global id. */
export async function virtualLocation(t: TestApp, key: string, type: string): Promise<string> {
  const res = await t.gql(key, LOCATIONS, { where: { type: { equals: type } } });
  return res.data.locations.nodes[0].id;
}

export const MOVE_FIELDS = `
  id quantity unitCost value kind state reason doneAt
  reference { type id line }
  product { sku averageCost }
  fromLocation { code type } toLocation { code type }`;

/** Runs a stock operation (stockReceive, stockIssue, ...) and returns its payload. */
export async function stockOp(t: TestApp, key: string, field: string, input: Record<string, unknown>) {
  const inputType = `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
  const res = await t.gql(
    key,
    `mutation M($input: ${inputType}!) { ${field}(input: $input) { stockMove { ${MOVE_FIELDS} } ${ERRORS} } }`,
    { input },
  );
  return payload<{ stockMove: Record<string, any> | null }>(res, field);
}

export const STOCK_LEVELS = `
  query Q($where: StockLevelWhere, $first: Int) {
    stockLevels(where: $where, first: $first) { totalCount nodes { onHand reserved available product { sku } location { code } } }
  }`;

export const STOCK_AS_OF = `
  query Q($asOf: DateTime!, $productId: ID, $locationId: ID) {
    stockAsOf(asOf: $asOf, productId: $productId, locationId: $locationId) { quantity product { sku } location { code } }
  }`;

/** Levels as [location code, onHand, reserved] sorted by code. */
export async function levels(
  t: TestApp,
  key: string,
  where: Record<string, unknown>,
): Promise<[string, string, string][]> {
  const res = await t.gql(key, STOCK_LEVELS, { where, first: 100 });
  expect(res.errors).toBeUndefined();
  return res.data.stockLevels.nodes
    .map(
      (n: { location: { code: string }; onHand: string; reserved: string }) =>
        [n.location.code, n.onHand, n.reserved] as [string, string, string],
    )
    .sort((a: [string, string, string], b: [string, string, string]) => a[0].localeCompare(b[0]));
}

/**
 * Opens a fiscal year (12 monthly periods) covering today's UTC date: every stock move posts its value
 * to the ledger dated its UTC day, and posting needs an open period.
 */
export async function openBooks(t: TestApp, org: TestOrg): Promise<void> {
  const year = new Date().getUTCFullYear();
  const res = await t.gql(
    await org.key('ACCOUNTING'),
    `mutation($input: FiscalYearCreateInput!) { fiscalYearCreate(input: $input) { errors { code message field } } }`,
    { input: { name: String(year), startDate: `${year}-01-01` } },
  );
  expect(res.data.fiscalYearCreate.errors).toEqual([]);
}

/** A new organization whose books are open for today (see openBooks). */
export async function stockReadyOrg(t: TestApp, name: string): Promise<TestOrg> {
  const org = await t.newOrg(name);
  await openBooks(t, org);
  return org;
}

/** A warehouse (root STOCK) with two bins, and a WAREHOUSE key, in a new organization with books open for today. */
export async function stockOrg(t: TestApp, name: string) {
  const org = await stockReadyOrg(t, name);
  const key = await org.key('WAREHOUSE');
  const warehouse = await createWarehouse(t, key, { code: 'WH', name: 'Warehouse' });
  const binA = await createLocation(t, key, { parentId: warehouse.rootLocation.id, code: 'BIN-A' });
  const binB = await createLocation(t, key, { parentId: warehouse.rootLocation.id, code: 'BIN-B' });
  return { org, key, warehouse, root: warehouse.rootLocation.id, binA: binA.id, binB: binB.id };
}

const RESERVATION_FIELDS = 'id quantity consumed demand { type id line } product { sku } location { code }';

/** stockReserve / stockRelease / stockConsume and their payloads. */
export async function reservationOp(
  t: TestApp,
  key: string,
  field: 'stockReserve' | 'stockRelease' | 'stockConsume',
  input: Record<string, unknown>,
) {
  const inputType = `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
  const move = field === 'stockConsume' ? `stockMove { ${MOVE_FIELDS} }` : '';
  const res = await t.gql(
    key,
    `mutation M($input: ${inputType}!) { ${field}(input: $input) { reservation { ${RESERVATION_FIELDS} } ${move} ${ERRORS} } }`,
    {
      input,
    },
  );
  return payload<{ reservation: Record<string, any> | null; stockMove?: Record<string, any> | null }>(res, field);
}
