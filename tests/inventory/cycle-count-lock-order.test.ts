import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metrics } from '../../src/platform/metrics.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { STOCK_AS_OF, createProduct, levels, onPostgres, payload, rowId, stockOp, stockOrg } from './helpers.js';

// Two counts over the same three products, their lines in opposite id orders, posted at once. Posting
// locks the counted products and levels in (product id, location id) order before adjusting anything,
// so the second posting queues on the first product instead of deadlocking: no command is retried,
// both succeed, and the levels end at one count's figures, never a mix. PGlite runs one transaction at
// a time, so only PostgreSQL can race them.
describe.skipIf(!onPostgres)('cycle counts over the same products posted at once (PostgreSQL)', () => {
  const ROUNDS = 20;
  let t: TestApp;
  let s: Awaited<ReturnType<typeof stockOrg>>;
  let products: { id: string; sku: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    s = await stockOrg(t, 'Cycle Count Lock Order Org');
    products = [];
    for (const sku of ['CLO-1', 'CLO-2', 'CLO-3']) {
      const product = await createProduct(t, s.key, { sku, name: sku });
      expect(
        (
          await stockOp(t, s.key, 'stockReceive', {
            productId: product.id,
            locationId: s.binA,
            quantity: '100',
            unitCost: '2',
          })
        ).errors,
      ).toEqual([]);
      products.push(product);
    }
  });
  afterAll(() => t.close());

  async function countOp(
    field: 'cycleCountCreate' | 'cycleCountRecord' | 'cycleCountPost',
    input: Record<string, unknown>,
  ) {
    const inputType =
      field === 'cycleCountPost' ? 'CycleCountStateInput' : `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
    const res = await t.gql(
      s.key,
      `mutation M($input: ${inputType}!) { ${field}(input: $input) { cycleCount { id state } errors { code message field } } }`,
      {
        input,
      },
    );
    return payload<{ cycleCount: { id: string; state: string } | null }>(res, field);
  }

  /**
   * An open count of BIN-A with `counted[i]` counted for products[i], whose line ids run in `order`
   * (indexes into products): the order in which posting by line id would have locked them.
   */
  async function countSheet(counted: number[], order: number[]): Promise<string> {
    const sheet = await countOp('cycleCountCreate', { locationId: s.binA });
    expect(sheet.errors).toEqual([]);
    const id = sheet.cycleCount!.id;
    const counts = products.map((product, i) => ({
      productId: product.id,
      locationId: s.binA,
      countedQuantity: String(counted[i]),
    }));
    expect((await countOp('cycleCountRecord', { id, counts })).errors).toEqual([]);
    const ids = Array.from({ length: products.length }, () => randomUUID()).sort();
    for (const [position, index] of order.entries()) {
      await t.db.sql.query(
        `UPDATE "CycleCountLine" SET "id" = $1::uuid WHERE "cycleCountId" = $2::uuid AND "productId" = $3::uuid`,
        [ids[position], rowId(id), rowId(products[index].id)],
      );
    }
    return id;
  }

  it(`posts both counts of each of ${ROUNDS} rounds without a deadlock retry; the levels are one count's figures and equal the moves`, async () => {
    const retriesBefore = metrics.commandRetries;
    for (let round = 0; round < ROUNDS; round++) {
      const first = [10 + round, 20 + round, 30 + round];
      const second = [60 - round, 50 - round, 40 - round];
      const a = await countSheet(first, [0, 1, 2]);
      const b = await countSheet(second, [2, 1, 0]);
      const posted = await Promise.all([countOp('cycleCountPost', { id: a }), countOp('cycleCountPost', { id: b })]);
      expect(posted.map((result) => [result.errors, result.cycleCount?.state])).toEqual([
        [[], 'POSTED'],
        [[], 'POSTED'],
      ]);
      const onHand: number[] = [];
      for (const product of products) {
        const [[code, quantity, reserved]] = await levels(t, s.key, { productId: product.id });
        expect([code, reserved]).toEqual(['BIN-A', '0']);
        onHand.push(Number(quantity));
      }
      // Each posting adjusts all three products under their locks, so the later one wins on all three.
      expect([first, second]).toContainEqual(onHand);
    }
    expect(metrics.commandRetries - retriesBefore).toBe(0);
    const replay = await t.gql(s.key, STOCK_AS_OF, {
      asOf: new Date(Date.now() + 1000).toISOString(),
      locationId: s.binA,
    });
    const replayed = Object.fromEntries(
      replay.data.stockAsOf.map((row: { product: { sku: string }; quantity: string }) => [
        row.product.sku,
        row.quantity,
      ]),
    );
    for (const product of products) {
      const [[, quantity]] = await levels(t, s.key, { productId: product.id });
      expect(replayed[product.sku]).toBe(quantity);
    }
  });
});
