// Roles and tenancy of sales orders.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { cancel, confirm, customer, mutate, orderOk, orderOrg, type OrderOrg } from './helpers.js';

let t: TestApp;
let o: OrderOrg;
let other: OrderOrg;
let orderId: string;

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;
// What WAREHOUSE and ACCOUNTING read: the SDK's SalesOrderFields selection.
const READ = `query($id: ID!) { salesOrder(id: $id) { number customer { code } location { code } quoteNumber createdBy { name } approvalRequest { status }
  lines { quantity taxPercent priceSource availableStock product { sku } reservations { quantity location { code } } } } salesOrders { totalCount } }`;

beforeAll(async () => {
  t = await createTestApp();
  o = await orderOrg(t, 'Order Access Org');
  other = await orderOrg(t, 'Other Order Org');
  orderId = (
    await orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [{ productId: o.widget, quantity: '1' }],
    })
  ).id;
});

describe('roles', () => {
  it('lets WAREHOUSE and ACCOUNTING read orders but not change them', async () => {
    for (const role of ['WAREHOUSE', 'ACCOUNTING'] as const) {
      const key = await o.org.key(role);
      const read = await t.gql(key, READ, { id: orderId });
      expect(read.errors).toBeUndefined();
      expect(read.data.salesOrders.totalCount).toBe(1);
      expect(read.data.salesOrder.lines[0].availableStock).toBe('100');
      for (const mutation of ['salesOrderConfirm', 'salesOrderCancel']) {
        const input = mutation === 'salesOrderConfirm' ? 'SalesOrderConfirmInput' : 'SalesOrderCancelInput';
        expect(
          codeOf(
            await t.gql(key, `mutation($input: ${input}!) { ${mutation}(input: $input) { errors { code } } }`, {
              input: { id: orderId },
            }),
          ),
        ).toBe('FORBIDDEN');
      }
    }
    const warehouse = await o.org.key('WAREHOUSE');
    const q = (
      await t.gql(
        o.sales,
        `mutation($c: ID!, $p: ID!) { quoteCreate(input: { customerId: $c, lines: [{ productId: $p, quantity: "1" }] }) { quote { id } } }`,
        { c: o.acme, p: o.widget },
      )
    ).data.quoteCreate.quote.id;
    await t.gql(o.sales, `mutation($id: ID!) { quoteSend(input: { id: $id }) { errors { code } } }`, { id: q });
    await t.gql(o.sales, `mutation($id: ID!) { quoteAccept(input: { id: $id }) { errors { code } } }`, { id: q });
    const conv = await t.gql(
      o.sales,
      `mutation($id: ID!) { quoteConvert(input: { quoteId: $id }) { salesOrder { id } errors { code } } }`,
      { id: q },
    );
    const withQuote = await t.gql(warehouse, `query($id: ID!) { salesOrder(id: $id) { number quote { number } } }`, {
      id: conv.data.quoteConvert.salesOrder.id,
    });
    // The quote itself stays SALES-only, as quotes are; its number is part of the order.
    expect(withQuote.errors?.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const number = await t.gql(warehouse, `query($id: ID!) { salesOrder(id: $id) { quoteNumber } }`, {
      id: conv.data.quoteConvert.salesOrder.id,
    });
    expect(number.errors).toBeUndefined();
    expect(number.data.salesOrder.quoteNumber).toMatch(/^QUO-\d{5}$/);
    const hr = await o.org.key('HR');
    expect(codeOf(await t.gql(hr, READ, { id: orderId }))).toBe('FORBIDDEN');
    const created = await mutate(
      t,
      o.org.adminKey,
      'salesOrderCreate',
      'SalesOrderCreateInput',
      'salesOrder { number }',
      {
        customerId: o.acme,
        lines: [{ productId: o.service, quantity: '1' }],
      },
    );
    expect(created.errors).toEqual([]);
  });
});

describe('tenancy', () => {
  it("hides another organization's orders and refuses them, their customers, products and locations as input", async () => {
    const read = await t.gql(
      other.key,
      `query($id: ID!) { salesOrder(id: $id) { id } node(id: $id) { id } salesOrders { totalCount } }`,
      { id: orderId },
    );
    expect(read.data).toEqual({ salesOrder: null, node: null, salesOrders: { totalCount: 0 } });
    expect((await confirm(t, other.sales, { id: orderId })).errors[0]).toMatchObject({
      code: 'NOT_FOUND',
      field: ['input', 'id'],
    });
    expect((await cancel(t, other.sales, { id: orderId })).errors[0]).toMatchObject({
      code: 'NOT_FOUND',
      field: ['input', 'id'],
    });
    const foreignCustomer = await mutate(
      t,
      other.sales,
      'salesOrderCreate',
      'SalesOrderCreateInput',
      'salesOrder { id }',
      { customerId: o.acme, lines: [{ productId: other.widget, quantity: '1' }] },
    );
    expect(foreignCustomer.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'customerId'] });
    const own = await customer(t, other.key);
    const foreign = await mutate(t, other.sales, 'salesOrderCreate', 'SalesOrderCreateInput', 'salesOrder { id }', {
      customerId: own,
      locationId: o.location,
      lines: [{ productId: o.widget, quantity: '1' }],
    });
    expect(foreign.errors.map((e) => [e.code, e.field])).toEqual(
      expect.arrayContaining([
        ['NOT_FOUND', ['input', 'locationId']],
        ['NOT_FOUND', ['input', 'lines', '0', 'productId']],
      ]),
    );
  });
});
