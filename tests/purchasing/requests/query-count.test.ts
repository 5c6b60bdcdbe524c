import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { APPROVE, CONVERT, createRequest, mutate, requestOrg, submitRequest, threeLines } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NESTED = `query($first: Int!) {
  purchaseRequests(first: $first) {
    totalCount
    nodes {
      number requester { name } estimatedTotal { amount }
      lines { lineNo productSku preferredSupplierName product { sku name } preferredSupplier { code } estimatedTotal { amount currency } purchaseOrderLines { lineNo } }
      purchaseOrders { number supplier { code } lines { lineNo purchaseRequestLine { lineNo } } }
      approvalRequest { status currentStep { name } history { action actor { name } } }
    }
  }
}`;

/** `count` requests of three lines, every other one approved and converted into two orders. */
async function orgWithRequests(count: number) {
  const o = await requestOrg(t, `PR Count ${count}`);
  for (let i = 0; i < count; i += 1) {
    const created = await createRequest(t, o.alice.key, { description: `Request ${i}`, lines: threeLines(o) });
    const submitted = await submitRequest(t, o.alice.key, created.id);
    if (i % 2 === 0) {
      await mutate(t, o.manager.key, APPROVE, 'approvalRequestApprove', { id: submitted.approvalRequest.id });
      await mutate(t, o.buyer, CONVERT, 'purchaseRequestConvert', { id: created.id });
    }
  }
  return o.buyer;
}

describe('purchase request nested reads', () => {
  it('reads requests with lines, products, suppliers, orders and approvals in as many statements for 12 as for 3', async () => {
    const small = await orgWithRequests(3);
    const large = await orgWithRequests(12);
    const run = async (key: string, first: number) => {
      let body: any;
      const statements = await t.countStatements(async () => {
        body = await t.gql(key, NESTED, { first });
      });
      expect(body.errors).toBeUndefined();
      expect(body.data.purchaseRequests.nodes).toHaveLength(first);
      const converted = body.data.purchaseRequests.nodes.filter((n: any) => n.purchaseOrders.length === 2);
      expect(converted).toHaveLength(Math.ceil(first / 2));
      expect(converted[0].lines[1].purchaseOrderLines).toHaveLength(1);
      return statements;
    };
    await run(small, 3);
    await run(large, 12);
    expect(await run(large, 12)).toBe(await run(small, 3));
  });
});
