// Through the API on PostgreSQL: an order create does not wait for another create that has taken its
// number and not committed yet, and a create that rolled back after numbering leaves a gap.
import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../src/platform/actor.js';
import { tenantClient } from '../../../src/platform/db/tenant-client.js';
import { nextDocumentNumber } from '../../../src/platform/sequences.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { onPostgres, orderOk, orderOrg, type OrderOrg } from './helpers.js';

let t: TestApp;
let o: OrderOrg;

beforeAll(async () => {
  t = await createTestApp();
  o = await orderOrg(t, 'Order Numbering');
});

class RolledBack extends Error {}

describe.skipIf(!onPostgres)('sales order numbers on PostgreSQL', () => {
  it('are taken without waiting for an open create, which leaves a gap when it rolls back', async () => {
    const first = await orderOk(t, o.sales, { customerId: o.acme, lines: [{ productId: o.service, quantity: '1' }] });
    let during: { number: string } | undefined;
    await tenantClient(t.db.prisma, o.org.organizationId)
      .$transaction(async (tx) => {
        // A create that has taken the next number and has not committed yet.
        await nextDocumentNumber(tx, systemActor(o.org.organizationId), 'sales.order');
        // Held until that create commits, the counter would keep this request waiting: a deadlock here.
        during = await orderOk(t, o.sales, { customerId: o.acme, lines: [{ productId: o.service, quantity: '1' }] });
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    const after = await orderOk(t, o.sales, { customerId: o.acme, lines: [{ productId: o.service, quantity: '1' }] });
    const n = (order: { number: string }) => Number(order.number.slice('SO-'.length));
    expect([n(during!), n(after)]).toEqual([n(first) + 2, n(first) + 3]);
    expect(first.number).toMatch(/^SO-\d{5}$/);
  });
});
