// Shipments of sales orders: an organization with widgets received at 4.00 and 6.00 (moving average
// 5.00), gadgets at 4.00, a confirmed order, and the shipment mutations.
import { expect } from 'vitest';
import { Prisma } from '../../../src/generated/prisma/client.js';
import type { TestApp } from '../../support/app.js';
import { stockOp } from '../../inventory/helpers.js';
import { confirm, mutate, orderOk, orderOrg, type OrderOrg } from '../orders/helpers.js';

export { cancel, confirm, level, onPostgres, orderOk, readOrder, rowId } from '../orders/helpers.js';

export const SHIPMENT = `id number status version plannedDate carrier trackingReference shippedAt
  salesOrder { id number status } location { code }
  costOfGoods { amount currency }
  lines { quantity orderLine { lineNo } product { sku } stockMove { id kind quantity value unitCost toLocation { type } } }`;

export const ENTRY = `journalEntry { lines { account { code } debit credit } }`;

export interface ShipOrg extends OrderOrg {
  /** WAREHOUSE only: ships. */
  warehouse: string;
  accounting: string;
}

/** Widgets: 5 received at 4.00 and 5 at 6.00 (moving average 5.00, stock value 50.00); gadgets: 3 at 4.00. */
export async function shipOrg(
  t: TestApp,
  name: string,
  stock = { widgets: ['5', '5'], gadgets: '3' },
): Promise<ShipOrg> {
  const o = await orderOrg(t, name, { widget: '0', gadget: stock.gadgets });
  for (const [quantity, unitCost] of [
    [stock.widgets[0], '4'],
    [stock.widgets[1], '6'],
  ] as const) {
    if (quantity === '0') continue;
    const received = await stockOp(t, o.key, 'stockReceive', {
      productId: o.widget,
      locationId: o.location,
      quantity,
      unitCost,
    });
    expect(received.errors).toEqual([]);
  }
  return { ...o, warehouse: await o.org.key('WAREHOUSE'), accounting: await o.org.key('ACCOUNTING') };
}

/** A confirmed order (10 widgets, 3 gadgets and a service line unless told otherwise). */
export async function confirmedOrder(t: TestApp, o: ShipOrg, lines?: object[]) {
  const order = await orderOk(t, o.sales, {
    customerId: o.acme,
    locationId: o.location,
    lines: lines ?? [
      { productId: o.widget, quantity: '10' },
      { productId: o.gadget, quantity: '3' },
      { productId: o.service, quantity: '1' },
    ],
  });
  const confirmed = await confirm(t, o.sales, { id: order.id });
  expect(confirmed.errors).toEqual([]);
  expect(confirmed.salesOrder.status).toBe('CONFIRMED');
  return confirmed.salesOrder;
}

export async function createShipment(t: TestApp, key: string, input: Record<string, unknown>, selection = SHIPMENT) {
  return mutate<{ shipment: any }>(t, key, 'shipmentCreate', 'ShipmentCreateInput', `shipment { ${selection} }`, input);
}

export async function shipmentOk(t: TestApp, key: string, input: Record<string, unknown>) {
  const result = await createShipment(t, key, input);
  expect(result.errors).toEqual([]);
  return result.shipment;
}

export async function ship(t: TestApp, key: string, input: Record<string, unknown>, selection = SHIPMENT) {
  return mutate<{ shipment: any }>(t, key, 'shipmentShip', 'ShipmentStateInput', `shipment { ${selection} }`, input);
}

export async function cancelShipment(t: TestApp, key: string, input: Record<string, unknown>) {
  return mutate<{ shipment: any }>(t, key, 'shipmentCancel', 'ShipmentStateInput', `shipment { ${SHIPMENT} }`, input);
}

/** Trial balance totals and the Inventory (1300) balance, and the inventory valuation total, today. */
export async function books(t: TestApp, key: string) {
  const today = new Date().toISOString().slice(0, 10);
  const res = await t.gql(
    key,
    `{ trialBalance(asOf: "${today}") { totalDebit totalCredit rows { code balance } } inventoryValuation { totalValue } }`,
  );
  expect(res.errors).toBeUndefined();
  const tb = res.data.trialBalance;
  const balance = (code: string) =>
    new Prisma.Decimal(tb.rows.find((row: { code: string }) => row.code === code)?.balance ?? '0').toFixed(2);
  return {
    balanced: tb.totalDebit === tb.totalCredit,
    inventory: balance('1300'),
    cogs: balance('5000'),
    valuation: new Prisma.Decimal(res.data.inventoryValuation.totalValue).toFixed(2),
  };
}

/** A move's entry as [account code, debit, credit] pairs. */
export function entryOf(move: {
  journalEntry: { lines: { account: { code: string }; debit: string; credit: string }[] } | null;
}) {
  return move.journalEntry?.lines.map((line) => [line.account.code, line.debit, line.credit]) ?? null;
}
