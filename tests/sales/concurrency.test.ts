// Races only happen on PostgreSQL (PGlite runs one transaction at a time).
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  createQuote,
  customer,
  mutate,
  onPostgres,
  priceList,
  product,
  rowId,
  salesOrg,
  transition,
  type SalesOrg,
} from './helpers.js';

describe.skipIf(!onPostgres)('concurrent sales mutations (PostgreSQL)', () => {
  let t: TestApp;
  let s: SalesOrg;
  let acme: string;
  let widget: string;

  beforeAll(async () => {
    t = await createTestApp();
    s = await salesOrg(t, 'Sales Concurrency Org');
    widget = await product(t, s.key, { sku: 'W', listPrice: '1' });
    acme = await customer(t, s.key);
  });

  it('numbers simultaneous quotes gaplessly', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        createQuote(t, s.sales, { customerId: acme, lines: [{ productId: widget, quantity: '1' }] }),
      ),
    );
    const numbers = results.map((r) => Number(r.quote.number.slice(4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => numbers[0]! + i));
  });

  it('lets exactly one of a simultaneous accept and cancel win', async () => {
    for (let round = 0; round < 5; round++) {
      const quote = (await createQuote(t, s.sales, { customerId: acme, lines: [{ productId: widget, quantity: '1' }] }))
        .quote;
      await transition(t, s.sales, 'quoteSend', { id: quote.id });
      const [accept, cancel] = await Promise.all([
        transition(t, s.sales, 'quoteAccept', { id: quote.id }),
        transition(t, s.sales, 'quoteCancel', { id: quote.id }),
      ]);
      const winners = [accept, cancel].filter((r) => r.errors.length === 0);
      expect(winners).toHaveLength(1);
      const final = await t.gql(s.sales, `query($id: ID!) { quote(id: $id) { status version } }`, { id: quote.id });
      expect(final.data.quote).toEqual({ status: winners[0]!.quote.status, version: 3 });
    }
  });

  it('keeps one default tax rate when several are made default at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        mutate(t, s.key, 'taxRateCreate', 'TaxRateCreateInput', 'taxRate { id }', {
          code: `D${i}`,
          name: `Default ${i}`,
          rate: '10',
          isDefault: true,
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(await t.db.prisma.taxRate.count({ where: { organizationId: s.org.organizationId, isDefault: true } })).toBe(
      1,
    );
  });

  it('gives a tax rate code to one of two simultaneous creators, ignoring case', async () => {
    const results = await Promise.all(
      ['race', 'RACE'].map((code) =>
        mutate(t, s.key, 'taxRateCreate', 'TaxRateCreateInput', 'taxRate { id }', { code, name: code, rate: '1' }),
      ),
    );
    expect(results.flatMap((r) => r.errors.map((e) => e.code))).toEqual(['CODE_TAKEN']);
  });

  it('keeps one price list per customer and currency under simultaneous assignments', async () => {
    const lists = await Promise.all(
      [1, 2, 3, 4].map((i) => priceList(t, s.key, { name: `L${i}`, currency: 'EUR', items: [] })),
    );
    const target = await customer(t, s.key, { name: 'Contended' });
    const results = await Promise.all(
      lists.map((priceListId) =>
        mutate(t, s.sales, 'priceListAssign', 'PriceListAssignInput', 'customer { id }', {
          customerId: target,
          priceListId,
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    const customerId = rowId(target);
    const rows = await t.db.prisma.customerPriceList.findMany({
      where: { organizationId: s.org.organizationId, customerId, currency: 'EUR' },
    });
    expect(rows).toHaveLength(1);
  });
});
