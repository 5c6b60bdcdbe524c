// returnToStock: goods a customer sends back come in at their issue cost, Dr Inventory / Cr COGS.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { returnToStock } from '../../src/domain/inventory/index.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { systemActor } from '../../src/platform/actor.js';
import { tenantClient } from '../../src/platform/db/tenant-client.js';
import { DomainError } from '../../src/platform/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createProduct, createWarehouse, onPostgres, rowId, stockReadyOrg } from './helpers.js';
import { eur, valuedOp } from './valuation-support.js';

let t: TestApp;
let key: string;
let organizationId: string;
let main: string;

beforeAll(async () => {
  t = await createTestApp();
  const org = await stockReadyOrg(t, 'Customer Returns Org');
  organizationId = org.organizationId;
  key = await org.key('WAREHOUSE', 'ACCOUNTING');
  main = (await createWarehouse(t, key, { code: 'MAIN', name: 'Main' })).rootLocation.id;
});

afterAll(async () => {
  await t.close();
});

const order = (id: string, line = '1') => ({ type: 'SALES_ORDER', id, line });

function returnIt(productId: string, quantity: string, issuedFor: { type: string; id: string; line?: string }) {
  return tenantClient(t.db.prisma, organizationId).$transaction((tx) =>
    returnToStock(tx, systemActor(organizationId), {
      productId: rowId(productId),
      locationId: rowId(main),
      quantity: new Prisma.Decimal(quantity),
      issuedFor,
    }),
  );
}

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).errors.map((e) => [e.code, [e.field].flat().join('.')]);
}

async function returnMove(id: string) {
  const move = await t.db.prisma.stockMove.findUniqueOrThrow({
    where: { id },
    include: {
      journalEntry: { include: { lines: { include: { account: true }, orderBy: { lineNo: 'asc' } } } },
      fromLocation: true,
    },
  });
  return {
    kind: move.kind,
    from: move.fromLocation.type,
    value: eur(move.value.toString()),
    unitCost: move.unitCost.toFixed(),
    lines: move.journalEntry!.lines.map((l) => [l.account.code, eur(l.debit.toString()), eur(l.credit.toString())]),
  };
}

async function balances(): Promise<Record<string, string>> {
  const asOf = new Date().toISOString().slice(0, 10);
  const res = await t.gql(
    key,
    `query($asOf: Date) { trialBalance(asOf: $asOf) { totalDebit totalCredit rows { code balance } } }`,
    { asOf },
  );
  expect(res.errors).toBeUndefined();
  const tb = res.data.trialBalance;
  expect(eur(tb.totalDebit)).toBe(eur(tb.totalCredit));
  return Object.fromEntries(
    tb.rows
      .filter((r: { code: string }) => ['1300', '5000'].includes(r.code))
      .map((r: { code: string; balance: string }) => [r.code, eur(r.balance)]),
  );
}

async function product(id: string) {
  const p = await t.db.prisma.product.findUniqueOrThrow({ where: { id: rowId(id) } });
  return [p.averageCost.toFixed(), eur(p.stockValue.toString())];
}

describe('returnToStock (moving average, worked by hand)', () => {
  it('takes goods back at their issue cost, not the current average, posting Dr Inventory / Cr COGS', async () => {
    const p = (await createProduct(t, key, { sku: 'RET-MA', name: 'Returned widget' })).id;
    const so = randomUUID();
    // Receive 10 at 5 (50.00), ship all 10 for order line 1 (COGS 50.00), then receive 4 at 8 (32.00): average now 8.
    await valuedOp(t, key, 'stockReceive', { productId: p, locationId: main, quantity: '10', unitCost: '5' });
    await valuedOp(t, key, 'stockIssue', { productId: p, locationId: main, quantity: '10', reference: order(so) });
    await valuedOp(t, key, 'stockReceive', { productId: p, locationId: main, quantity: '4', unitCost: '8' });
    expect(await balances()).toEqual({ '1300': '32.00', '5000': '50.00' });

    // Return 3: 3 × 5.00 = 15.00. Stock 7 worth 47.00, average 47 / 7 = 6.714286.
    const first = await returnIt(p, '3', order(so));
    expect(await returnMove(first.stockMoveId)).toEqual({
      kind: 'RECEIPT',
      from: 'CUSTOMER',
      value: '15.00',
      unitCost: '5',
      lines: [
        ['1300', '15.00', '0.00'],
        ['5000', '0.00', '15.00'],
      ],
    });
    expect(await product(p)).toEqual(['6.714286', '47.00']);
    expect(await balances()).toEqual({ '1300': '47.00', '5000': '35.00' });

    // 7 are still returnable: 8 is refused, another order line has nothing issued.
    expect(await refusal(returnIt(p, '8', order(so)))).toEqual([['OUT_OF_RANGE', 'input.quantity']]);
    expect(await refusal(returnIt(p, '1', order(so, '2')))).toEqual([['NOT_FOUND', 'input.issuedFor']]);
    // The other 7 take exactly what is left of the issue value: 50.00 - 15.00 = 35.00; then nothing is returnable.
    const rest = await returnIt(p, '7', order(so));
    expect((await returnMove(rest.stockMoveId)).value).toBe('35.00');
    expect(await refusal(returnIt(p, '1', order(so)))).toEqual([['OUT_OF_RANGE', 'input.quantity']]);
    expect(await balances()).toEqual({ '1300': '82.00', '5000': '0.00' });
  });

  it('splits an uneven issue value without residue: 10.00 for 3 units comes back as 3.33 + 6.67', async () => {
    const p = (await createProduct(t, key, { sku: 'RET-ODD', name: 'Odd widget' })).id;
    const so = randomUUID();
    await valuedOp(t, key, 'stockReceive', { productId: p, locationId: main, quantity: '3', unitCost: '3.333333' });
    const issued = await valuedOp(t, key, 'stockIssue', {
      productId: p,
      locationId: main,
      quantity: '3',
      reference: order(so),
    });
    expect(eur(issued.value)).toBe('10.00');
    // 10.00 × 1 / 3 = 3.333… → 3.33; the last 2 take 10.00 - 3.33 = 6.67.
    expect((await returnMove((await returnIt(p, '1', order(so))).stockMoveId)).value).toBe('3.33');
    expect((await returnMove((await returnIt(p, '2', order(so))).stockMoveId)).value).toBe('6.67');
  });

  it('gives a FIFO product a new layer at the issue cost', async () => {
    const p = (await createProduct(t, key, { sku: 'RET-FIFO', name: 'Fifo widget', costingMethod: 'FIFO' })).id;
    const so = randomUUID();
    await valuedOp(t, key, 'stockReceive', { productId: p, locationId: main, quantity: '10', unitCost: '5' });
    await valuedOp(t, key, 'stockIssue', { productId: p, locationId: main, quantity: '10', reference: order(so) });
    const back = await returnIt(p, '3', order(so));
    const layer = await t.db.prisma.stockCostLayer.findFirstOrThrow({ where: { moveId: back.stockMoveId } });
    expect([
      layer.quantity.toFixed(),
      layer.unitCost.toFixed(),
      eur(layer.value.toString()),
      layer.remainingQuantity.toFixed(),
    ]).toEqual(['3', '5', '15.00', '3']);
  });
});

describe.skipIf(!onPostgres)('returnToStock races (PostgreSQL)', () => {
  it('two returns for the last returnable units: one wins', async () => {
    const p = (await createProduct(t, key, { sku: 'RET-RACE', name: 'Raced widget' })).id;
    const so = randomUUID();
    await valuedOp(t, key, 'stockReceive', { productId: p, locationId: main, quantity: '4', unitCost: '5' });
    await valuedOp(t, key, 'stockIssue', { productId: p, locationId: main, quantity: '4', reference: order(so) });
    const results = await Promise.allSettled([returnIt(p, '3', order(so)), returnIt(p, '3', order(so))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((lost.reason as DomainError).errors.map((e) => e.code)).toEqual(['OUT_OF_RANGE']);
    const back = await t.db.prisma.stockMove.aggregate({
      where: { productId: rowId(p), kind: 'RECEIPT', sourceId: so },
      _sum: { quantity: true, value: true },
    });
    expect([back._sum.quantity!.toFixed(), eur(back._sum.value!.toString())]).toEqual(['3', '15.00']);
  });
});
