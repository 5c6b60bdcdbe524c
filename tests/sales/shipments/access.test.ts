// Roles and tenancy of shipments: WAREHOUSE (and ADMIN) write them; SALES and ACCOUNTING read them.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { confirmedOrder, createShipment, ship, shipOrg, shipmentOk, type ShipOrg } from './helpers.js';

let t: TestApp;
let o: ShipOrg;
let other: ShipOrg;
let orderId: string;
let shipmentId: string;

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;
// What SALES, WAREHOUSE and ACCOUNTING read: the SDK's ShipmentFields selection, and the order's shipments.
const READ = `query($id: ID!, $order: ID!) {
  shipment(id: $id) { number status carrier costOfGoods { amount } salesOrder { number } location { code }
    lines { quantity orderLine { lineNo } product { sku } stockMove { id unitCost value } } }
  shipments { totalCount nodes { number } }
  salesOrder(id: $order) { shipments { number } }
}`;
const MUTATIONS = [
  ['shipmentCreate', 'ShipmentCreateInput'],
  ['shipmentShip', 'ShipmentStateInput'],
  ['shipmentCancel', 'ShipmentStateInput'],
] as const;

beforeAll(async () => {
  t = await createTestApp();
  o = await shipOrg(t, 'Shipment Access Org');
  other = await shipOrg(t, 'Other Shipment Org');
  orderId = (await confirmedOrder(t, o)).id;
  shipmentId = (await shipmentOk(t, o.warehouse, { salesOrderId: orderId, lines: [{ lineNo: 1, quantity: '1' }] })).id;
});

describe('roles', () => {
  it('lets SALES and ACCOUNTING read shipments but not write them; HR reads nothing', async () => {
    for (const key of [o.sales, o.accounting, o.warehouse]) {
      const read = await t.gql(key, READ, { id: shipmentId, order: orderId });
      expect(read.errors).toBeUndefined();
      expect(read.data.shipments.totalCount).toBe(1);
      expect(read.data.salesOrder.shipments).toEqual([{ number: 'SH-00001' }]);
    }
    for (const key of [o.sales, o.accounting]) {
      for (const [mutation, input] of MUTATIONS) {
        const variables = { input: mutation === 'shipmentCreate' ? { salesOrderId: orderId } : { id: shipmentId } };
        expect(
          codeOf(
            await t.gql(
              key,
              `mutation($input: ${input}!) { ${mutation}(input: $input) { errors { code } } }`,
              variables,
            ),
          ),
        ).toBe('FORBIDDEN');
      }
    }
    const hr = await o.org.key('HR');
    expect(codeOf(await t.gql(hr, `query($id: ID!) { shipment(id: $id) { number } }`, { id: shipmentId }))).toBe(
      'FORBIDDEN',
    );
    // ADMIN passes every role check.
    const admin = await createShipment(t, o.org.adminKey, {
      salesOrderId: orderId,
      lines: [{ lineNo: 2, quantity: '1' }],
    });
    expect(admin.errors).toEqual([]);
    expect((await ship(t, o.warehouse, { id: admin.shipment.id })).errors).toEqual([]);
    // The ledger entry behind a move stays ACCOUNTING's.
    const ENTRY = `query($id: ID!) { shipment(id: $id) { lines { stockMove { value journalEntry { number } } } } }`;
    expect(codeOf(await t.gql(o.warehouse, ENTRY, { id: admin.shipment.id }))).toBe('FORBIDDEN');
    const entry = await t.gql(o.accounting, ENTRY, { id: admin.shipment.id });
    expect(entry.errors).toBeUndefined();
    expect(entry.data.shipment.lines[0].stockMove.journalEntry.number).toMatch(/\S/);
  });
});

describe('tenancy', () => {
  it("hides another organization's shipments and refuses them and its orders as input", async () => {
    const read = await t.gql(
      other.key,
      `query($id: ID!) { shipment(id: $id) { id } node(id: $id) { id } shipments { totalCount } }`,
      { id: shipmentId },
    );
    expect(read.data).toEqual({ shipment: null, node: null, shipments: { totalCount: 0 } });
    const create = await createShipment(t, other.warehouse, { salesOrderId: orderId });
    expect(create.errors.map((e) => [e.code, e.field])).toEqual([['NOT_FOUND', ['input', 'salesOrderId']]]);
    for (const [mutation, input] of MUTATIONS.slice(1)) {
      const res = await t.gql(
        other.warehouse,
        `mutation($input: ${input}!) { ${mutation}(input: $input) { errors { code field } } }`,
        { input: { id: shipmentId } },
      );
      expect(res.data[mutation].errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
    }
    const mine = await t.gql(o.warehouse, `query($id: ID!) { shipment(id: $id) { status } }`, { id: shipmentId });
    expect(mine.data.shipment.status).toBe('DRAFT');
  });
});
