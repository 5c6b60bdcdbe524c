import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  CONVERT,
  CREATE,
  REQUEST,
  createRequest,
  isoDay,
  mutate,
  payload,
  requestOrg,
  submitRequest,
  type RequestOrg,
} from './helpers.js';

let t: TestApp;
let o: RequestOrg;

beforeAll(async () => {
  t = await createTestApp();
  o = await requestOrg(t, 'PR Access');
});
afterAll(() => t.close());

const errorsOf = (result: { errors: { code: string; field: string[] | null }[] }) =>
  result.errors.map((e) => [e.code, e.field?.join('.') ?? null]);
const LIST = `query($where: PurchaseRequestWhere, $orderBy: [PurchaseRequestOrderBy!]) {
  purchaseRequests(where: $where, orderBy: $orderBy) { totalCount nodes { number description status estimatedTotal { amount } } }
}`;

describe('purchase request validation', () => {
  it('reports every problem at once with its field path', async () => {
    const bad = payload(
      await t.gql(o.alice.key, CREATE, {
        input: {
          description: '  ',
          lines: [
            { productId: o.bolts, quantity: '0', neededBy: isoDay(-1) },
            { productId: o.widget, quantity: '1.23456', neededBy: isoDay(1), description: 'x'.repeat(501) },
            { productId: o.widget, quantity: '1', neededBy: isoDay(1) },
            { productId: o.nuts, quantity: '1', neededBy: isoDay(1), estimatedUnitPrice: '-2', currency: 'usd' },
            { productId: o.nuts, quantity: '1', neededBy: isoDay(1), estimatedUnitPrice: '2', currency: 'GBP' },
          ],
        },
      }),
      'purchaseRequestCreate',
    );
    expect(errorsOf(bad)).toEqual([
      ['REQUIRED', 'input.description'],
      ['INVALID_AMOUNT', 'input.lines.0.quantity'],
      ['INVALID_DATE', 'input.lines.0.neededBy'],
      ['TOO_LONG', 'input.lines.1.description'],
      ['INVALID_SCALE', 'input.lines.1.quantity'],
      ['PRICE_REQUIRED', 'input.lines.2.estimatedUnitPrice'],
      ['INVALID_AMOUNT', 'input.lines.3.estimatedUnitPrice'],
      ['NO_EXCHANGE_RATE', 'input.lines.4.currency'],
    ]);
    const empty = payload(
      await t.gql(o.alice.key, CREATE, { input: { description: 'Nothing', lines: [] } }),
      'purchaseRequestCreate',
    );
    expect(errorsOf(empty)).toEqual([['REQUIRED', 'input.lines']]);
    const foreignIds = payload(
      await t.gql(o.alice.key, CREATE, {
        input: {
          description: 'Ids',
          lines: [{ productId: o.alpha, quantity: '1', neededBy: isoDay(1), preferredSupplierId: o.bolts }],
        },
      }),
      'purchaseRequestCreate',
    );
    expect(foreignIds.errors.map((e: any) => e.field.join('.'))).toEqual(['input.lines.0.productId']);
    expect(await t.db.prisma.purchaseRequest.count({ where: { organizationId: o.org.organizationId } })).toBe(0);
  });

  it('prices only the preferred supplier when one is named, and refuses a deactivated one', async () => {
    const created = await createRequest(t, o.alice.key, {
      description: 'Beta bolts',
      lines: [{ productId: o.bolts, quantity: '50', neededBy: isoDay(1), preferredSupplierId: o.alpha }],
    });
    // Beta's 2.16 EUR would be cheaper at 50, but Alpha is preferred: its 2.50 tier.
    expect(created.lines[0].estimatedUnitPrice).toEqual({ amount: '2.50', currency: 'EUR' });
    expect(created.estimatedTotal.amount).toBe('125.00');
    const open = await createRequest(t, o.alice.key, {
      description: 'Any bolts',
      lines: [{ productId: o.bolts, quantity: '50', neededBy: isoDay(1) }],
    });
    expect(open.lines[0].estimatedUnitPrice).toEqual({ amount: '2.40', currency: 'USD' });
    expect(open.estimatedTotal.amount).toBe('108.00');
    await mutate(
      t,
      o.buyer,
      `mutation($input: SupplierStateInput!) { supplierDeactivate(input: $input) { errors { code } } }`,
      'supplierDeactivate',
      { id: o.beta },
    );
    const inactive = payload(
      await t.gql(o.alice.key, CREATE, {
        input: {
          description: 'x',
          lines: [{ productId: o.bolts, quantity: '1', neededBy: isoDay(1), preferredSupplierId: o.beta }],
        },
      }),
      'purchaseRequestCreate',
    );
    expect(errorsOf(inactive)).toEqual([['SUPPLIER_INACTIVE', 'input.lines.0.preferredSupplierId']]);
    await mutate(
      t,
      o.buyer,
      `mutation($input: SupplierStateInput!) { supplierActivate(input: $input) { errors { code } } }`,
      'supplierActivate',
      { id: o.beta },
    );
  });

  it('creates once per idempotency key and refuses the key with another input', async () => {
    const input = {
      description: 'Once',
      lines: [{ productId: o.nuts, quantity: '3', neededBy: isoDay(1) }],
      idempotencyKey: 'pr-once',
    };
    const first = await createRequest(t, o.bob.key, input);
    const second = await createRequest(t, o.bob.key, input);
    expect(second.id).toBe(first.id);
    expect(
      await t.db.prisma.purchaseRequest.count({ where: { organizationId: o.org.organizationId, description: 'Once' } }),
    ).toBe(1);
    const conflict = payload(
      await t.gql(o.bob.key, CREATE, { input: { ...input, description: 'Twice' } }),
      'purchaseRequestCreate',
    );
    expect(conflict.errors.map((e: any) => e.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
  });
});

describe('purchase request roles and tenancy', () => {
  it('lets requesters see their own, approvers theirs, PURCHASING all, and other organizations nothing', async () => {
    const mine = await createRequest(t, o.alice.key, {
      description: 'Alice visible',
      lines: [{ productId: o.nuts, quantity: '1', neededBy: isoDay(1) }],
    });
    await submitRequest(t, o.alice.key, mine.id);
    const all = (await t.gql(o.buyer, LIST)).data.purchaseRequests.totalCount;
    const alices = (await t.gql(o.alice.key, LIST)).data.purchaseRequests;
    const bobs = (await t.gql(o.bob.key, LIST)).data.purchaseRequests;
    expect(alices.totalCount + bobs.totalCount).toBe(all);
    expect(bobs.nodes.map((n: any) => n.description)).toEqual(['Once']);
    expect((await t.gql(o.manager.key, LIST)).data.purchaseRequests.nodes.map((n: any) => n.description)).toEqual([
      'Alice visible',
    ]);
    expect((await t.gql(o.bob.key, REQUEST, { id: mine.id })).data.purchaseRequest).toBeNull();
    expect((await t.gql(o.manager.key, REQUEST, { id: mine.id })).data.purchaseRequest.description).toBe(
      'Alice visible',
    );
    const warehouse = await o.org.key('WAREHOUSE');
    expect((await t.gql(warehouse, LIST)).data.purchaseRequests.totalCount).toBe(0);

    const other = await t.newOrg('PR Access Other');
    const otherBuyer = await other.key('PURCHASING');
    expect((await t.gql(otherBuyer, REQUEST, { id: mine.id })).data.purchaseRequest).toBeNull();
    expect((await t.gql(otherBuyer, LIST)).data.purchaseRequests.totalCount).toBe(0);
    const foreign = payload(await t.gql(otherBuyer, CONVERT, { input: { id: mine.id } }), 'purchaseRequestConvert');
    expect(errorsOf(foreign)).toEqual([['NOT_FOUND', 'input.id']]);
  });

  it('filters by status, requester and created date, and sorts by estimated total', async () => {
    const byStatus = (await t.gql(o.buyer, LIST, { where: { status: { equals: 'PENDING_APPROVAL' } } })).data
      .purchaseRequests;
    expect(byStatus.nodes.map((n: any) => n.description)).toEqual(['Alice visible']);
    const bobs = (await t.gql(o.buyer, LIST, { where: { requesterId: o.bob.id } })).data.purchaseRequests;
    expect(bobs.nodes.map((n: any) => n.description)).toEqual(['Once']);
    const total = (await t.gql(o.buyer, LIST)).data.purchaseRequests.totalCount;
    expect(
      (await t.gql(o.buyer, LIST, { where: { createdDate: { equals: isoDay(0) } } })).data.purchaseRequests.totalCount,
    ).toBe(total);
    expect(
      (await t.gql(o.buyer, LIST, { where: { createdDate: { lte: isoDay(-1) } } })).data.purchaseRequests.totalCount,
    ).toBe(0);
    expect(
      (await t.gql(o.buyer, LIST, { where: { createdDate: { gte: isoDay(1) } } })).data.purchaseRequests.totalCount,
    ).toBe(0);
    const sorted = (await t.gql(o.buyer, LIST, { orderBy: [{ field: 'ESTIMATED_TOTAL', direction: 'DESC' }] })).data
      .purchaseRequests.nodes;
    const amounts = sorted.map((n: any) => Number(n.estimatedTotal.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(amounts[0]).toBe(125);
  });

  it('needs an employee to ask for, PURCHASING to ask for someone else, and PURCHASING to convert', async () => {
    const line = [{ productId: o.nuts, quantity: '1', neededBy: isoDay(1) }];
    const noEmployee = payload(
      await t.gql(o.buyer, CREATE, { input: { description: 'No one', lines: line } }),
      'purchaseRequestCreate',
    );
    expect(errorsOf(noEmployee)).toEqual([['NOT_AN_EMPLOYEE', 'input.requesterId']]);
    const forBob = await createRequest(t, o.buyer, { requesterId: o.bob.id, description: 'For Bob', lines: line });
    expect(forBob.requester.id).toBe(o.bob.id);
    const notMine = payload(
      await t.gql(o.alice.key, CREATE, { input: { requesterId: o.bob.id, description: 'For Bob', lines: line } }),
      'purchaseRequestCreate',
    );
    expect(errorsOf(notMine)).toEqual([['NOT_ALLOWED', 'input.requesterId']]);
    const submitted = await submitRequest(t, o.buyer, forBob.id);
    expect(submitted.status).toBe('PENDING_APPROVAL');
    const denied = await t.gql(o.alice.key, CONVERT, { input: { id: forBob.id } });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const orders = await t.gql(
      o.bob.key,
      `query($id: ID!) { purchaseRequest(id: $id) { purchaseOrders { number } } }`,
      { id: forBob.id },
    );
    expect(orders.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
