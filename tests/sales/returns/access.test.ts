// Roles and tenancy of sales returns: SALES announces and cancels them, WAREHOUSE receives them, and
// both read them, as ACCOUNTING does; their credit notes are ACCOUNTING's, as the order's invoices are.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  cancelReturn,
  confirmedOrder,
  createReturn,
  invoiceOk,
  receive,
  returnOk,
  shipLines,
  shipOrg,
  type ShipOrg,
} from './helpers.js';

let t: TestApp;
let o: ShipOrg;
let other: ShipOrg;
let orderId: string;
let returnId: string;

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;
const READ = `query($id: ID!, $order: ID!) {
  salesReturn(id: $id) { number status reason value { amount } location { code } salesOrder { number }
    lines { lineNo quantity quantityCredited value { amount } product { sku } stockMove { id value } } }
  salesReturns { totalCount nodes { number } }
  salesOrder(id: $order) { returns { number } }
}`;
const MUTATIONS = [
  ['returnCreate', 'SalesReturnCreateInput'],
  ['returnReceive', 'SalesReturnStateInput'],
  ['returnCancel', 'SalesReturnStateInput'],
] as const;
const inputFor = (mutation: string) =>
  mutation === 'returnCreate'
    ? {
        salesOrderId: orderId,
        reason: 'x',
        idempotencyKey: `k-${Math.random()}`,
        lines: [{ lineNo: 1, quantity: '1' }],
      }
    : { id: returnId };

beforeAll(async () => {
  t = await createTestApp();
  o = await shipOrg(t, 'Return Access Org');
  other = await shipOrg(t, 'Other Return Org');
  orderId = (await confirmedOrder(t, o, [{ productId: o.widget, quantity: '4' }])).id;
  await shipLines(t, o, orderId);
  await invoiceOk(t, o.accounting, { salesOrderId: orderId });
  returnId = (await returnOk(t, o.sales, { salesOrderId: orderId, lines: [{ lineNo: 1, quantity: '1' }] })).id;
});

describe('roles', () => {
  it('lets SALES, WAREHOUSE and ACCOUNTING read returns; HR reads none', async () => {
    for (const key of [o.sales, o.warehouse, o.accounting]) {
      const read = await t.gql(key, READ, { id: returnId, order: orderId });
      expect(read.errors).toBeUndefined();
      expect(read.data.salesReturns.totalCount).toBe(1);
      expect(read.data.salesOrder.returns).toEqual([{ number: 'RET-00001' }]);
    }
    const hr = await o.org.key('HR');
    expect(codeOf(await t.gql(hr, `query($id: ID!) { salesReturn(id: $id) { number } }`, { id: returnId }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await t.gql(hr, `{ salesReturns { totalCount } }`))).toBe('FORBIDDEN');
  });

  it('lets SALES create and cancel, WAREHOUSE receive, and nobody else', async () => {
    const forbidden: Record<string, string[]> = {
      returnCreate: [o.warehouse, o.accounting],
      returnReceive: [o.sales, o.accounting],
      returnCancel: [o.warehouse, o.accounting],
    };
    for (const [mutation, input] of MUTATIONS) {
      for (const key of forbidden[mutation]) {
        const res = await t.gql(key, `mutation($input: ${input}!) { ${mutation}(input: $input) { errors { code } } }`, {
          input: inputFor(mutation),
        });
        expect(codeOf(res)).toBe('FORBIDDEN');
      }
    }
    const cancelled = await cancelReturn(t, o.sales, { id: returnId });
    expect(cancelled.errors).toEqual([]);
    // ADMIN passes every role check.
    const admin = await createReturn(t, o.org.adminKey, {
      salesOrderId: orderId,
      lines: [{ lineNo: 1, quantity: '2' }],
    });
    expect(admin.errors).toEqual([]);
    expect((await receive(t, o.warehouse, { id: admin.salesReturn.id })).errors).toEqual([]);
    returnId = admin.salesReturn.id;
  });

  it("shows the credit notes to ACCOUNTING only, and the moves' ledger entries likewise", async () => {
    const NOTES = `query($id: ID!) { salesReturn(id: $id) { creditNotes { number total { amount } } } }`;
    expect(codeOf(await t.gql(o.sales, NOTES, { id: returnId }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(o.warehouse, NOTES, { id: returnId }))).toBe('FORBIDDEN');
    // A key with SALES and ACCOUNTING: 2 widgets at 10.00 + 19 % = 23.80.
    const notes = await t.gql(o.key, NOTES, { id: returnId });
    expect(notes.errors).toBeUndefined();
    expect(notes.data.salesReturn.creditNotes).toEqual([{ number: expect.any(String), total: { amount: '23.80' } }]);
    const ENTRY = `query($id: ID!) { salesReturn(id: $id) { lines { stockMove { journalEntry { number } } } } }`;
    expect(codeOf(await t.gql(o.warehouse, ENTRY, { id: returnId }))).toBe('FORBIDDEN');
  });
});

describe('tenancy', () => {
  it("hides another organization's returns and refuses them and its orders as input", async () => {
    const read = await t.gql(
      other.sales,
      `query($id: ID!) { salesReturn(id: $id) { id } node(id: $id) { id } salesReturns { totalCount } }`,
      { id: returnId },
    );
    expect(read.data).toEqual({ salesReturn: null, node: null, salesReturns: { totalCount: 0 } });
    const create = await createReturn(t, other.sales, { salesOrderId: orderId, lines: [{ lineNo: 1, quantity: '1' }] });
    expect(create.errors.map((e) => [e.code, e.field])).toEqual([['NOT_FOUND', ['input', 'salesOrderId']]]);
    for (const [mutation, input, key] of [
      ['returnReceive', 'SalesReturnStateInput', other.warehouse],
      ['returnCancel', 'SalesReturnStateInput', other.sales],
    ] as const) {
      const res = await t.gql(
        key,
        `mutation($input: ${input}!) { ${mutation}(input: $input) { errors { code field } } }`,
        { input: { id: returnId } },
      );
      expect(res.data[mutation].errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
    }
    const node = await t.gql(o.sales, `query($id: ID!) { node(id: $id) { ... on SalesReturn { number status } } }`, {
      id: returnId,
    });
    expect(node.data.node).toEqual({ number: 'RET-00002', status: 'RECEIVED' });
  });
});
