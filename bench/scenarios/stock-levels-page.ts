import { expectData, graphqlRequest, send } from './graphql.js';
import type { BenchContext, Scenario } from './scenario.js';
import { stockOf } from './stock.js';

const PAGE_SIZE = 50;

const QUERY = `query StockLevelsPage($first: Int!) {
  stockLevels(first: $first) {
    pageInfo { hasNextPage endCursor }
    nodes { onHand reserved available product { sku name } location { code warehouse { code } } }
  }
}`;

interface StockLevelsData {
  stockLevels: {
    pageInfo: { hasNextPage: boolean };
    nodes: {
      onHand: string;
      product: { sku: string; name: string } | null;
      location: { code: string; warehouse: { code: string } | null } | null;
    }[];
  };
}

const pageRequest = (ctx: BenchContext, first: number) => graphqlRequest(ctx, QUERY, { first });

export const stockLevelsPage: Scenario = {
  name: 'stock-levels-page',
  description: `GraphQL: stockLevels(first: ${PAGE_SIZE}) with product { sku name } and location { code warehouse { code } }`,
  needsStock: true,
  request: (ctx) => pageRequest(ctx, PAGE_SIZE),
  async preflight(ctx) {
    const stock = stockOf(ctx);
    const { stockLevels } = expectData(await send(ctx, pageRequest(ctx, PAGE_SIZE)), this.name) as StockLevelsData;
    const expected = Math.min(PAGE_SIZE, stock.products);
    if (stockLevels.nodes.length !== expected)
      throw new Error(`${this.name} returned ${stockLevels.nodes.length} levels, expected ${expected}`);
    if (stockLevels.pageInfo.hasNextPage !== stock.products > PAGE_SIZE)
      throw new Error(`${this.name}: hasNextPage is ${stockLevels.pageInfo.hasNextPage}`);
    const wrong = stockLevels.nodes.find(
      (node) =>
        !node.product?.sku ||
        !node.product.name ||
        node.location?.warehouse?.code !== stock.warehouseCode ||
        node.onHand !== stock.onHandEach,
    );
    if (wrong) throw new Error(`${this.name}: unexpected level ${JSON.stringify(wrong)}`);
  },
  statementProbes: (ctx) => [
    { label: 'first: 10', request: pageRequest(ctx, 10) },
    { label: `first: ${PAGE_SIZE}`, request: pageRequest(ctx, PAGE_SIZE) },
  ],
};
