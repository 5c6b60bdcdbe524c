// quotes { customer lines { product } } must cost the same number of SQL statements at any page size.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app.js';
import { createQuote, customer, product, salesOrg } from './helpers.js';

const NESTED = `query Q($first: Int) {
  quotes(first: $first) {
    totalCount
    nodes { number status total { amount } customer { code name quotes(first: 5) { totalCount nodes { number } } }
      lines { lineNo total taxRate { code } product { sku name } } }
  }
}`;

describe('quote query cost', () => {
  it('is constant in the number of quotes and lines', async () => {
    const t = await createTestApp();
    const orgWithQuotes = async (count: number, linesEach: number) => {
      const s = await salesOrg(t, `Count ${count}`);
      const products = [
        await product(t, s.key, { sku: 'A', listPrice: '1' }),
        await product(t, s.key, { sku: 'B', listPrice: '2' }),
      ];
      const customers = [await customer(t, s.key, { name: 'C1' }), await customer(t, s.key, { name: 'C2' })];
      for (let i = 0; i < count; i++) {
        const lines = Array.from({ length: linesEach }, (_, j) => ({ productId: products[j % 2], quantity: '1' }));
        expect((await createQuote(t, s.sales, { customerId: customers[i % 2], lines })).errors).toEqual([]);
      }
      return s.sales;
    };
    const small = await orgWithQuotes(2, 1);
    const large = await orgWithQuotes(12, 4);
    const run = async (key: string, first: number) => {
      let body: any;
      const statements = await t.countStatements(async () => {
        body = await t.gql(key, NESTED, { first });
      });
      expect(body.errors).toBeUndefined();
      expect(body.data.quotes.nodes).toHaveLength(first);
      return statements;
    };
    await run(small, 2);
    const statements = await run(small, 2);
    expect(await run(large, 12)).toBe(statements);
  });
});
