// Setup shared by the tests of bills made from purchase orders.
import { expect } from 'vitest';
import type { TestApp, TestOrg } from '../support/app.js';
import { apiLedgerOrg } from '../ledger/api/helpers.js';
import { createProduct } from '../inventory/helpers.js';

export const ERRORS = 'errors { code message field }';

export async function mutate(
  t: TestApp,
  key: string,
  name: string,
  inputType: string,
  selection: string,
  input: object,
) {
  const result = await t.gql(
    key,
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${ERRORS} } }`,
    { input },
  );
  expect(result.errors).toBeUndefined();
  return result.data[name];
}

export interface BillingOrg {
  org: TestOrg;
  /** PURCHASING, WAREHOUSE and ACCOUNTING. */
  key: string;
  supplierId: string;
  locationId: string;
  products: Record<string, string>;
}

/** An EUR organization with fiscal year 2026, the given USD rates, a USD supplier on 45-day terms and a warehouse. */
export async function billingOrg(
  t: TestApp,
  name: string,
  rates: Record<string, string>,
  products: Record<string, 'STOCKED' | 'SERVICE'>,
): Promise<BillingOrg> {
  const ledger = await apiLedgerOrg(t, name);
  const key = await ledger.org.key('PURCHASING', 'WAREHOUSE', 'ACCOUNTING');
  for (const [date, rate] of Object.entries(rates)) {
    const set = await mutate(t, key, 'exchangeRateSet', 'ExchangeRateSetInput', 'exchangeRate { rate }', {
      currency: 'USD',
      date,
      rate,
    });
    expect(set.errors).toEqual([]);
  }
  const supplier = await mutate(t, key, 'supplierCreate', 'SupplierCreateInput', 'supplier { id }', {
    name: 'US Parts Inc',
    currency: 'USD',
    paymentTermsDays: 45,
  });
  expect(supplier.errors).toEqual([]);
  const warehouse = await mutate(
    t,
    key,
    'warehouseCreate',
    'WarehouseCreateInput',
    'warehouse { rootLocation { id } }',
    { code: 'MAIN', name: 'Main' },
  );
  expect(warehouse.errors).toEqual([]);
  const ids: Record<string, string> = {};
  for (const [sku, type] of Object.entries(products)) {
    ids[sku] = (await createProduct(t, key, { sku, name: `Product ${sku}`, unitOfMeasure: 'pc', type })).id;
  }
  return {
    org: ledger.org,
    key,
    supplierId: supplier.supplier.id,
    locationId: warehouse.warehouse.rootLocation.id,
    products: ids,
  };
}

/** Creates and sends an order; returns its global ID. */
export async function sentOrder(
  t: TestApp,
  org: BillingOrg,
  lines: Record<string, unknown>[],
  currency = 'USD',
): Promise<string> {
  const created = await mutate(t, org.key, 'purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { id }', {
    supplierId: org.supplierId,
    currency,
    orderDate: '2026-03-01',
    lines,
  });
  expect(created.errors).toEqual([]);
  const sent = await mutate(t, org.key, 'purchaseOrderSend', 'PurchaseOrderStateInput', 'purchaseOrder { status }', {
    id: created.purchaseOrder.id,
  });
  expect(sent.errors).toEqual([]);
  return created.purchaseOrder.id;
}

export async function receive(
  t: TestApp,
  org: BillingOrg,
  id: string,
  date: string,
  lines: { lineNo: number; quantity: string }[],
) {
  const received = await mutate(
    t,
    org.key,
    'purchaseOrderReceive',
    'PurchaseOrderReceiveInput',
    'purchaseOrder { status }',
    {
      id,
      locationId: org.locationId,
      date,
      lines,
    },
  );
  expect(received.errors).toEqual([]);
  return received.purchaseOrder.status as string;
}

export const BILL_FROM_ORDER = `mutation($input: SupplierBillFromPurchaseOrderInput!) {
  supplierBillFromPurchaseOrder(input: $input) {
    billId
    bill {
      id status number currency issueDate dueDate reference totalBase
      subtotal { amount } taxTotal { amount } total { amount } balanceDue { amount }
      lines { lineNo description quantity unitPrice taxRate subtotal tax total account { code } product { sku } }
      journalEntry { lines { account { code } debit credit } }
    }
    purchaseOrder { status lines { lineNo quantity quantityReceived quantityBilled matchStatus } }
    ${ERRORS}
  }
}`;

/** Journal lines as "code Dr|Cr amount" strings. */
export function entryLines(lines: { account: { code: string }; debit: string; credit: string }[]): string[] {
  return lines.map((line) => `${line.account.code} ${Number(line.debit) ? `Dr ${line.debit}` : `Cr ${line.credit}`}`);
}
