import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createLocation, createProduct, createWarehouse, stockOp, stockOrg } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// The bench's stock-levels-page request.
const PAGE = `
  query Q($first: Int) {
    stockLevels(first: $first) {
      pageInfo { hasNextPage }
      nodes { onHand reserved available product { sku name } location { code warehouse { code } } }
    }
  }`;

interface Page {
  pageInfo: { hasNextPage: boolean };
  nodes: {
    onHand: string;
    product: { sku: string; name: string };
    location: { code: string; warehouse: { code: string } };
  }[];
}

describe('stockLevels page with product and location', () => {
  it('costs as many SQL statements for a page of 50 levels over two warehouses as for a page of 2', async () => {
    const small = await stockOrg(t, 'Levels Page Small');
    const large = await stockOrg(t, 'Levels Page Large');
    const second = await createWarehouse(t, large.key, { code: 'WH2', name: 'Second warehouse' });
    const far = await createLocation(t, large.key, { parentId: second.rootLocation.id, code: 'FAR' });
    for (let i = 0; i < 2; i++) {
      const product = await createProduct(t, small.key, { sku: `S-${i}`, name: `Small ${i}` });
      await stockOp(t, small.key, 'stockReceive', {
        productId: product.id,
        locationId: small.binA,
        quantity: '2',
        unitCost: '1',
      });
    }
    // 30 products, each in BIN-A of WH and in FAR of WH2: 60 levels, so a page of 50 is full and has a next page.
    for (let i = 0; i < 30; i++) {
      const product = await createProduct(t, large.key, { sku: `L-${String(i).padStart(2, '0')}`, name: `Large ${i}` });
      await stockOp(t, large.key, 'stockReceive', {
        productId: product.id,
        locationId: large.binA,
        quantity: '3',
        unitCost: '1',
      });
      await stockOp(t, large.key, 'stockReceive', {
        productId: product.id,
        locationId: far.id,
        quantity: '5',
        unitCost: '1',
      });
    }
    const read = async (key: string) => {
      let body: { data: { stockLevels: Page }; errors?: unknown } | undefined;
      const statements = await t.countStatements(async () => {
        body = await t.gql(key, PAGE, { first: 50 });
      });
      expect(body?.errors).toBeUndefined();
      return { page: body!.data.stockLevels, statements };
    };
    // Unmeasured first reads: the API keys' lastUsedAt writes happen on first use.
    await read(small.key);
    await read(large.key);
    const few = await read(small.key);
    const many = await read(large.key);
    expect(few.page.nodes).toHaveLength(2);
    expect(few.page.pageInfo.hasNextPage).toBe(false);
    expect(
      few.page.nodes.map((n) => [n.product.sku, n.location.code, n.location.warehouse.code, n.onHand]).sort(),
    ).toEqual([
      ['S-0', 'BIN-A', 'WH', '2'],
      ['S-1', 'BIN-A', 'WH', '2'],
    ]);
    expect(many.page.nodes).toHaveLength(50);
    expect(many.page.pageInfo.hasNextPage).toBe(true);
    const byWarehouse = many.page.nodes.map((n) => `${n.location.warehouse.code}/${n.location.code}:${n.onHand}`);
    expect(new Set(byWarehouse)).toEqual(new Set(['WH/BIN-A:3', 'WH2/FAR:5']));
    expect(many.page.nodes.every((n) => n.product.name === `Large ${Number(n.product.sku.slice(2))}`)).toBe(true);
    expect(many.statements).toBe(few.statements);
  });
});
