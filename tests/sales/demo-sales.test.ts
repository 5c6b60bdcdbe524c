// The demo's sales data, seeded through the domain commands into a fresh organization.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as crm from '../../src/domain/crm/index.js';
import { systemActor } from '../../src/platform/actor.js';
import { tenantClient } from '../../src/platform/db/tenant-client.js';
import type { Progress } from '../../src/platform/progress.js';
import { DEMO_SALES_STEPS, seedDemoSales } from '../../src/seed/demo-sales.js';
import { seedDemoStock } from '../../src/seed/demo-stock.js';
import { stockReadyOrg } from '../inventory/helpers.js';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';

const QUOTES = `{
  quotes(orderBy: [{ field: NUMBER, direction: ASC }]) {
    totalCount
    nodes { number status customer { name } total { amount }
      lines { product { sku } quantity unitPrice priceSource taxPercent priceIncludesTax subtotal tax total } }
  }
  taxRates { nodes { code rate isDefault priceIncludesTax } }
}`;

describe('demo sales seed', () => {
  let t: TestApp;
  let org: TestOrg;
  const steps: number[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    org = await stockReadyOrg(t, 'Demo Sales Org');
    const progress: Progress = {
      signal: new AbortController().signal,
      tick: (done) => void steps.push(done),
      step: async (done) => void steps.push(done),
      finish: () => undefined,
      dispose: () => undefined,
    };
    const actor = systemActor(org.organizationId, 'demo sales test');
    await tenantClient(t.db.prisma, org.organizationId).$transaction(
      async (tx) => {
        const customers = [];
        for (const name of ['Alpha GmbH', 'Beta SARL', 'Gamma SpA', 'Delta BV', 'Epsilon AG', 'Zeta Ltd']) {
          const currency = name === 'Zeta Ltd' ? 'GBP' : 'EUR';
          const { customerId } = await crm.createCustomer(tx, actor, {
            defaultCurrency: 'EUR',
            kind: 'COMPANY',
            name,
            currency,
          });
          customers.push({ id: customerId, currency });
        }
        await seedDemoStock(tx, actor, progress, 0);
        steps.length = 0;
        await seedDemoSales(tx, actor, customers, progress, 100);
      },
      { timeout: 60_000 },
    );
  });
  afterAll(() => t.close());

  it('reports one progress step for the setup, one per quote and one for the orders', () => {
    expect(steps).toEqual(Array.from({ length: DEMO_SALES_STEPS }, (_, i) => 100 + i));
  });

  it('creates the default, reduced and tax-included rates', async () => {
    const res = await t.gql(await org.key('SALES'), QUOTES);
    expect(res.errors).toBeUndefined();
    expect(res.data.taxRates.nodes.map((r: any) => [r.code, r.rate, r.isDefault, r.priceIncludesTax]).sort()).toEqual([
      ['VAT19', '19', true, false],
      ['VAT19-INCL', '19', false, true],
      ['VAT7', '7', false, false],
    ]);
  });

  it('has quotes in every state, priced from the key-account breaks, the category rate and the tax-included rate', async () => {
    const res = await t.gql(await org.key('SALES'), QUOTES);
    const quotes = res.data.quotes.nodes;
    expect(quotes.map((q: any) => [q.number, q.status, q.customer.name])).toEqual([
      ['QUO-00001', 'DRAFT', 'Alpha GmbH'],
      ['QUO-00002', 'SENT', 'Beta SARL'],
      ['QUO-00003', 'ACCEPTED', 'Gamma SpA'],
      ['QUO-00004', 'EXPIRED', 'Delta BV'],
      ['QUO-00005', 'DRAFT', 'Epsilon AG'],
    ]);
    // 600 x 2.05 (break from 500) = 1230.00 + 19 % 233.70; 1200 x 0.78 (break from 1000) = 936.00 + 7 % 65.52;
    // 24 x 3.50 tax-included = 84.00, tax 84.00 x 19 / 119 = 13.41, net 70.59; total 2549.22
    expect(
      quotes[0].lines.map((l: any) => [
        l.product.sku,
        l.unitPrice,
        l.priceSource,
        l.taxPercent,
        l.priceIncludesTax,
        l.subtotal,
        l.tax,
        l.total,
      ]),
    ).toEqual([
      ['BRK-100', '2.05', 'PRICE_LIST', '19', false, '1230', '233.7', '1463.7'],
      ['BOX-S', '0.78', 'PRICE_LIST', '7', false, '936', '65.52', '1001.52'],
      ['TAPE-50', '3.5', 'LIST_PRICE', '19', true, '70.59', '13.41', '84'],
    ]);
    expect(quotes[0].total.amount).toBe('2549.22');
    // No price list for the third customer: BRK-150 at its list price 3.10 x 400 = 1240.00 less 5 % = 1178.00
    expect(quotes[2].lines[0]).toMatchObject({
      product: { sku: 'BRK-150' },
      unitPrice: '3.1',
      priceSource: 'LIST_PRICE',
      subtotal: '1178',
    });
  });

  it('confirms the accepted quote with a backorder, and a key-account order reserved in full and partly shipped', async () => {
    const res = await t.gql(
      await org.key('SALES'),
      `{ salesOrders(orderBy: [{ field: NUMBER, direction: ASC }]) { nodes { number status quoteNumber total { amount }
        lines { product { sku } quantity quantityReserved quantityBackordered } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const orders = res.data.salesOrders.nodes;
    // The demo has 180 BRK-150 and 350 BOX-L on hand: the quote's 400 and 500 are reserved up to that.
    expect(
      orders.map((o: any) => [
        o.number,
        o.status,
        o.quoteNumber,
        o.lines.map((l: any) => [l.product.sku, l.quantity, l.quantityReserved, l.quantityBackordered]),
      ]),
    ).toEqual([
      [
        'SO-00001',
        'CONFIRMED',
        'QUO-00003',
        [
          ['BRK-150', '400', '180', '220'],
          ['BOX-L', '500', '350', '150'],
        ],
      ],
      [
        'SO-00002',
        'PARTIALLY_SHIPPED',
        null,
        [
          ['BRK-100', '300', '100', '0'],
          ['SENS-T1', '4', '0', '0'],
        ],
      ],
    ]);
    const shipped = await t.gql(
      await org.key('SALES'),
      `{ shipments { nodes { number status salesOrder { number } costOfGoods { amount currency } lines { product { sku } quantity } } } }`,
    );
    expect(shipped.errors).toBeUndefined();
    // At the demo's costs: 200 x 1.10 + 4 x 17.50 = 220.00 + 70.00
    expect(shipped.data.shipments.nodes).toEqual([
      {
        number: 'SH-00001',
        status: 'SHIPPED',
        salesOrder: { number: 'SO-00002' },
        costOfGoods: { amount: '290.00', currency: 'EUR' },
        lines: [
          { product: { sku: 'BRK-100' }, quantity: '200' },
          { product: { sku: 'SENS-T1' }, quantity: '4' },
        ],
      },
    ]);
    // Key-account prices: 300 x 2.20 + 4 x 36.00 = 804.00, + 19 % 152.76
    expect(orders[1].total.amount).toBe('956.76');
  });

  it('has one received return: a sensor back in stock at its issue cost, nothing credited as nothing was invoiced', async () => {
    const res = await t.gql(
      await org.key('SALES'),
      `{ salesReturns { nodes { number status reason salesOrder { number } value { amount currency }
        lines { lineNo quantity quantityCredited product { sku } orderLine { quantityReturned quantityToInvoice } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    // 1 x 17.50; ORDERED: 4 sensors ordered, 1 back, 3 to invoice.
    expect(res.data.salesReturns.nodes).toEqual([
      {
        number: 'RET-00001',
        status: 'RECEIVED',
        reason: 'Sensor failed calibration on site',
        salesOrder: { number: 'SO-00002' },
        value: { amount: '17.50', currency: 'EUR' },
        lines: [
          {
            lineNo: 2,
            quantity: '1',
            quantityCredited: '0',
            product: { sku: 'SENS-T1' },
            orderLine: { quantityReturned: '1', quantityToInvoice: '3' },
          },
        ],
      },
    ]);
  });
});
