// An organization set up for sales orders: tax, products with stock in a warehouse, customers, and
// employees for approvals.
import { expect } from 'vitest';
import type { TestApp, TestOrg } from '../../support/app.js';
import { employeeWithKey } from '../../hr/helpers.js';
import { createWarehouse, stockOp, stockReadyOrg } from '../../inventory/helpers.js';
import { customer, mutate, ok, product, taxRate } from '../helpers.js';

export { ERRORS, mutate, ok, onPostgres, rowId, type PayloadError } from '../helpers.js';

export const ORDER = `id number status version currency orderDate requestedDeliveryDate customerReference notes
  shippingAddress { line1 city country } location { code }
  customer { id code }
  subtotal { amount currency } discountTotal { amount } taxTotal { amount } total { amount currency }
  creditExposure { amount currency } creditLimitExceeded confirmedWithoutApproval
  quote { number }
  approvalRequest { id status round history { action } }
  lines { lineNo description quantity unitPrice priceSource discountPercent taxPercent priceIncludesTax gross discount subtotal tax total
    quantityReserved quantityBackordered availableStock product { sku } reservations { quantity demand { type id line } } }`;

export interface OrderOrg {
  org: TestOrg;
  /** SALES + ACCOUNTING + WAREHOUSE, no employee: sets things up. */
  key: string;
  /** SALES only, no employee. */
  sales: string;
  /** A SALES employee reporting to `manager`: confirms orders that may need approval. */
  seller: { id: string; key: string };
  manager: { id: string; key: string };
  hrKey: string;
  location: string;
  /** STOCKED, list price 10.00, VAT 19 % (default rate). */
  widget: string;
  /** STOCKED, list price 5.00. */
  gadget: string;
  /** SERVICE, list price 50.00: never reserved. */
  service: string;
  /** EUR customer without a credit limit. */
  acme: string;
}

export async function orderOrg(
  t: TestApp,
  name: string,
  stock: { widget?: string; gadget?: string } = { widget: '100', gadget: '100' },
): Promise<OrderOrg> {
  // Books open for today: receiving the stock posts its value to the ledger.
  const org = await stockReadyOrg(t, name);
  const key = await org.key('SALES', 'ACCOUNTING', 'WAREHOUSE');
  const sales = await org.key('SALES');
  const hrKey = await org.key('HR');
  const manager = await employeeWithKey(t, org, hrKey, { name: `${name} Manager` }, ['SALES']);
  const seller = await employeeWithKey(t, org, hrKey, { name: `${name} Seller`, managerId: manager.id }, ['SALES']);
  await taxRate(t, key, { code: 'STD', name: 'VAT 19%', rate: '19', isDefault: true });
  const widget = await product(t, key, { sku: 'W', name: 'Widget', listPrice: '10.00' });
  const gadget = await product(t, key, { sku: 'G', name: 'Gadget', listPrice: '5.00' });
  const service = await product(t, key, { sku: 'S', name: 'Installation', type: 'SERVICE', listPrice: '50.00' });
  const warehouse = await createWarehouse(t, key, { code: 'WH', name: 'Warehouse' });
  const location = warehouse.rootLocation.id;
  for (const [productId, quantity] of [
    [widget, stock.widget],
    [gadget, stock.gadget],
  ] as const) {
    if (quantity && quantity !== '0') {
      const received = await stockOp(t, key, 'stockReceive', {
        productId,
        locationId: location,
        quantity,
        unitCost: '4',
      });
      expect(received.errors).toEqual([]);
    }
  }
  const acme = await customer(t, key, {
    name: 'Acme',
    currency: 'EUR',
    shippingAddress: { line1: '1 Main St', city: 'Berlin', country: 'DE' },
  });
  return {
    org,
    key,
    sales,
    hrKey,
    seller: { id: seller.id, key: seller.key },
    manager: { id: manager.id, key: manager.key },
    location,
    widget,
    gadget,
    service,
    acme,
  };
}

export async function createOrder(t: TestApp, key: string, input: Record<string, unknown>) {
  return mutate<{ salesOrder: any }>(
    t,
    key,
    'salesOrderCreate',
    'SalesOrderCreateInput',
    `salesOrder { ${ORDER} }`,
    input,
  );
}

export async function orderOk(t: TestApp, key: string, input: Record<string, unknown>) {
  const result = await createOrder(t, key, input);
  expect(result.errors).toEqual([]);
  return result.salesOrder;
}

export async function confirm(t: TestApp, key: string, input: Record<string, unknown>) {
  return mutate<{ salesOrder: any }>(
    t,
    key,
    'salesOrderConfirm',
    'SalesOrderConfirmInput',
    `salesOrder { ${ORDER} }`,
    input,
  );
}

export async function cancel(t: TestApp, key: string, input: Record<string, unknown>) {
  return mutate<{ salesOrder: any }>(
    t,
    key,
    'salesOrderCancel',
    'SalesOrderCancelInput',
    `salesOrder { ${ORDER} }`,
    input,
  );
}

export async function readOrder(t: TestApp, key: string, id: string) {
  const res = await t.gql(key, `query($id: ID!) { salesOrder(id: $id) { ${ORDER} } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data.salesOrder;
}

/** [onHand, reserved] of a product at a location, straight from the database. */
export async function level(t: TestApp, productRowId: string, locationRowId: string): Promise<[string, string]> {
  const row = await t.db.prisma.stockLevel.findFirst({ where: { productId: productRowId, locationId: locationRowId } });
  return row ? [row.onHand.toFixed(), row.reserved.toFixed()] : ['0', '0'];
}

export async function policy(t: TestApp, o: OrderOrg, rules: object[]) {
  await ok(t, o.org.adminKey, 'approvalPolicyCreate', 'ApprovalPolicyCreateInput', 'approvalPolicy { id }', {
    subjectType: 'SALES_ORDER',
    name: 'Sales orders',
    rules,
  });
}

export const MANAGER_STEP = [{ name: 'Manager', mode: 'ANY', approvers: [{ kind: 'MANAGER', level: 1 }] }];

export { customer, product };
