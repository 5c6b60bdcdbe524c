// lockOne locks a sales row and reads it in one statement with raw SQL: what it returns must be the
// row exactly as Prisma reads it (decimals, dates, JSON, enums, nulls), since commands use it as such.
import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/actor.js';
import { tenantClient } from '../../src/platform/db/tenant-client.js';
import { DomainError } from '../../src/platform/errors.js';
import { lockOne } from '../../src/domain/sales/refs.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { orderOk, orderOrg, rowId, type OrderOrg } from './orders/helpers.js';
import { createQuote, isoDay, priceList } from './helpers.js';

let t: TestApp;
let o: OrderOrg;

beforeAll(async () => {
  t = await createTestApp();
  o = await orderOrg(t, 'Lock One');
});

describe('lockOne', () => {
  it("returns each table's row as Prisma reads it, in one statement", async () => {
    const order = await orderOk(t, o.key, {
      customerId: o.acme,
      locationId: o.location,
      requestedDeliveryDate: isoDay(5),
      notes: 'Deliver "carefully" \\ to the back',
      shippingAddress: { line1: 'Hauptstraße 1', city: 'Köln', country: 'DE' },
      lines: [{ productId: o.widget, quantity: '2.5', discountPercent: '7.5' }],
    });
    const quote = await createQuote(t, o.key, { customerId: o.acme, lines: [{ productId: o.gadget, quantity: '3' }] });
    expect(quote.errors).toEqual([]);
    const list = await priceList(t, o.key, {
      name: 'Dealers',
      currency: 'EUR',
      validFrom: isoDay(-1),
      items: [{ productId: o.widget, unitPrice: '9.10' }],
    });
    const taxRateId = (await t.db.prisma.taxRate.findFirstOrThrow({ where: { organizationId: o.org.organizationId } }))
      .id;

    const actor = systemActor(o.org.organizationId);
    const db = tenantClient(t.db.prisma, o.org.organizationId);
    const cases = [
      ['SalesOrder', rowId(order.id), (id: string) => db.salesOrder.findUniqueOrThrow({ where: { id } })],
      ['Quote', rowId(quote.quote.id), (id: string) => db.quote.findUniqueOrThrow({ where: { id } })],
      ['PriceList', rowId(list), (id: string) => db.priceList.findUniqueOrThrow({ where: { id } })],
      ['TaxRate', taxRateId, (id: string) => db.taxRate.findUniqueOrThrow({ where: { id } })],
    ] as const;
    for (const [table, id, read] of cases) {
      const expected = await read(id);
      let locked: unknown;
      const statements = await t.countStatements(() =>
        db.$transaction(async (tx) => (locked = await lockOne(tx, actor, table, id, 'row'))),
      );
      expect(locked, table).toStrictEqual(expected);
      // The lock and the read, and COMMIT.
      expect(statements, table).toBe(2);
    }
  });

  it("answers NOT_FOUND on the field for another organization's row and for a malformed id", async () => {
    const other = await t.newOrg('Lock One Other');
    const order = await orderOk(t, o.key, { customerId: o.acme, lines: [{ productId: o.service, quantity: '1' }] });
    for (const [organizationId, id] of [
      [other.organizationId, rowId(order.id)],
      [o.org.organizationId, 'not-a-uuid'],
    ] as const) {
      const failure = await tenantClient(t.db.prisma, organizationId)
        .$transaction((tx) => lockOne(tx, systemActor(organizationId), 'SalesOrder', id, 'sales order', 'salesOrderId'))
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DomainError);
      expect((failure as DomainError).errors).toEqual([
        expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'salesOrderId'] }),
      ]);
    }
  });
});
