// Reading sales orders: the salesOrders connection's filters and order, Customer.salesOrders, and a
// customer merge moving orders to the survivor.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { cancel, confirm, customer, ok, orderOk, orderOrg, type OrderOrg } from './helpers.js';

let t: TestApp;
let o: OrderOrg;
let buyer: string;
const numbers: string[] = [];

const LIST = `query($where: SalesOrderWhere, $orderBy: [SalesOrderOrderBy!]) {
  salesOrders(where: $where, orderBy: $orderBy) { totalCount nodes { number status orderDate } } }`;

async function list(where: object, orderBy?: object[]) {
  const res = await t.gql(o.sales, LIST, { where, orderBy });
  expect(res.errors).toBeUndefined();
  return res.data.salesOrders as { totalCount: number; nodes: { number: string; status: string; orderDate: string }[] };
}

beforeAll(async () => {
  t = await createTestApp();
  o = await orderOrg(t, 'Order Lists Org');
  buyer = await customer(t, o.key, { name: 'Buyer', currency: 'EUR' });
  // Three orders on three dates: one stays DRAFT, one is CONFIRMED, one CANCELLED.
  for (const [orderDate, then] of [
    ['2026-03-01', 'draft'],
    ['2026-03-15', 'confirm'],
    ['2026-04-01', 'cancel'],
  ] as const) {
    const order = await orderOk(t, o.sales, {
      customerId: buyer,
      orderDate,
      locationId: o.location,
      lines: [{ productId: o.widget, quantity: '1' }],
    });
    numbers.push(order.number);
    if (then === 'confirm') expect((await confirm(t, o.sales, { id: order.id })).errors).toEqual([]);
    if (then === 'cancel') expect((await cancel(t, o.sales, { id: order.id })).errors).toEqual([]);
  }
});

describe('salesOrders', () => {
  it('filters by customer, status, number and order date, and sorts', async () => {
    expect((await list({ customerId: buyer })).totalCount).toBe(3);
    expect(
      (await list({ customerId: buyer, status: { in: ['CONFIRMED', 'CANCELLED'] } })).nodes.map((n) => n.status).sort(),
    ).toEqual(['CANCELLED', 'CONFIRMED']);
    expect((await list({ customerId: buyer, status: { equals: 'DRAFT' } })).nodes.map((n) => n.number)).toEqual([
      numbers[0],
    ]);
    expect((await list({ number: numbers[1] })).nodes.map((n) => n.orderDate)).toEqual(['2026-03-15']);
    const march = await list({ customerId: buyer, orderDate: { gte: '2026-03-01', lte: '2026-03-31' } }, [
      { field: 'NUMBER', direction: 'DESC' },
    ]);
    expect(march.nodes.map((n) => n.number)).toEqual([numbers[1], numbers[0]]);
    expect((await list({ customerId: buyer })).nodes.map((n) => n.orderDate)).toEqual([
      '2026-04-01',
      '2026-03-15',
      '2026-03-01',
    ]);
  });

  it("lists a customer's orders on the customer and moves them with a merge", async () => {
    const duplicate = await customer(t, o.key, { name: 'Buyer (duplicate)', currency: 'EUR' });
    const moved = await orderOk(t, o.sales, {
      customerId: duplicate,
      lines: [{ productId: o.service, quantity: '1' }],
    });
    await ok(t, o.key, 'customerMerge', 'CustomerMergeInput', 'customer { id }', {
      sourceId: duplicate,
      targetId: buyer,
    });
    const res = await t.gql(
      o.sales,
      `query($id: ID!) { customer(id: $id) { salesOrders(first: 10) { totalCount nodes { number } } } }`,
      { id: buyer },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.customer.salesOrders.totalCount).toBe(4);
    expect(res.data.customer.salesOrders.nodes.map((n: any) => n.number)).toContain(moved.number);
  });
});
