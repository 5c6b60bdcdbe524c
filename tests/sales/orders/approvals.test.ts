// Confirming against credit limits and SALES_ORDER approval policies.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { postedInvoice, type ReceivablesOrg } from '../../ledger/receivables/helpers.js';
import { APPROVE, REJECT, RESUBMIT, RETURN } from '../../approvals/helpers.js';
import {
  MANAGER_STEP,
  cancel,
  confirm,
  customer,
  level,
  orderOk,
  orderOrg,
  policy,
  readOrder,
  rowId,
  type OrderOrg,
} from './helpers.js';

let t: TestApp;

/** A customer with a credit limit of 100.00 EUR who owes 80.00 on a posted invoice. */
async function indebtedCustomer(o: OrderOrg): Promise<string> {
  const id = await customer(t, o.key, { name: 'Limited', currency: 'EUR', creditLimit: '100' });
  const invoice = await postedInvoice(t, { key: o.key } as ReceivablesOrg, {
    customerId: id,
    issueDate: new Date().toISOString().slice(0, 10),
    lines: [{ description: 'Earlier delivery', unitPrice: '80.00' }],
  });
  expect(invoice.total.amount ?? invoice.total).toMatch(/^80(\.00)?$/);
  return id;
}

async function decide(key: string, mutation: string, approvalRequestId: string, comment?: string) {
  const res = await t.gql(key, mutation, { input: { id: approvalRequestId, comment } });
  expect(res.errors).toBeUndefined();
  const result = Object.values(res.data)[0] as { errors: unknown[] };
  expect(result.errors).toEqual([]);
}

beforeAll(async () => {
  t = await createTestApp();
});

describe('credit limit without an approval policy', () => {
  let o: OrderOrg;
  let limited: string;
  beforeAll(async () => {
    o = await orderOrg(t, 'Credit Org');
    limited = await indebtedCustomer(o);
  });

  it('refuses an order that takes open receivables over the limit, and leaves nothing reserved', async () => {
    // 2 x 10.00 + 19 % = 23.80; 80.00 + 23.80 = 103.80 > 100.00
    const order = await orderOk(t, o.sales, {
      customerId: limited,
      locationId: o.location,
      lines: [{ productId: o.widget, quantity: '2' }],
    });
    const before = await level(t, rowId(o.widget), rowId(o.location));
    for (const key of [o.seller.key, o.sales]) {
      const refused = await confirm(t, key, { id: order.id });
      expect(refused.errors.map((e) => e.code)).toEqual(['CREDIT_LIMIT_EXCEEDED']);
      expect(refused.errors[0]!.message).toContain('103.80');
    }
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(before);
    expect((await readOrder(t, o.sales, order.id)).status).toBe('DRAFT');
  });

  it('confirms an order that stays within the limit and records the exposure', async () => {
    // 1 x 5.00 + 19 % = 5.95; 80.00 + 5.95 = 85.95 <= 100.00
    const order = await orderOk(t, o.sales, {
      customerId: limited,
      locationId: o.location,
      lines: [{ productId: o.gadget, quantity: '1' }],
    });
    const confirmed = await confirm(t, o.seller.key, { id: order.id });
    expect(confirmed.errors).toEqual([]);
    expect(confirmed.salesOrder).toMatchObject({
      status: 'CONFIRMED',
      creditLimitExceeded: false,
      creditExposure: { amount: '85.95', currency: 'EUR' },
    });
  });
});

describe('SALES_ORDER approval policy', () => {
  let o: OrderOrg;
  let limited: string;
  beforeAll(async () => {
    o = await orderOrg(t, 'Approval Org');
    limited = await indebtedCustomer(o);
    await policy(t, o, [
      {
        name: 'Over credit',
        conditions: [{ fact: 'CREDIT_LIMIT_EXCEEDED', operator: 'EQ', values: ['true'] }],
        steps: MANAGER_STEP,
      },
      {
        name: 'Big discount',
        conditions: [{ fact: 'MAX_DISCOUNT_PERCENT', operator: 'GT', values: ['15'] }],
        steps: MANAGER_STEP,
      },
    ]);
  });

  const discounted = (percent: string, quantity = '10') =>
    orderOk(t, o.sales, {
      customerId: o.acme,
      locationId: o.location,
      lines: [
        { productId: o.widget, quantity, discountPercent: percent },
        { productId: o.service, quantity: '1' },
      ],
    });

  it('sends a discount over 15 % for approval, keeps the stock reserved while pending, and confirms on approval', async () => {
    const order = await discounted('20');
    const before = await level(t, rowId(o.widget), rowId(o.location));
    const pending = await confirm(t, o.seller.key, { id: order.id, comment: 'Key account' });
    expect(pending.errors).toEqual([]);
    expect(pending.salesOrder).toMatchObject({
      status: 'PENDING_APPROVAL',
      confirmedWithoutApproval: false,
      approvalRequest: { status: 'PENDING', round: 1 },
    });
    expect(pending.salesOrder.lines[0].quantityReserved).toBe('10');
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual([before[0], String(Number(before[1]) + 10)]);
    const request = await t.db.prisma.approvalRequest.findFirstOrThrow({
      where: { subjectType: 'SALES_ORDER', subjectId: rowId(order.id) },
    });
    // 10 x 10.00 = 100.00, 20 % = 20.00, net 80.00, tax 15.20; service 50.00 + 9.50: total 154.70 (base currency EUR)
    expect(request.facts).toMatchObject({
      AMOUNT: '154.7',
      CURRENCY: 'EUR',
      MAX_DISCOUNT_PERCENT: '20',
      CREDIT_LIMIT_EXCEEDED: 'false',
      CUSTOMER_ID: rowId(o.acme),
    });
    expect(request.ruleName).toBe('Big discount');
    expect(request.title).toBe(`Sales order ${order.number} for Acme (154.70 EUR)`);

    await decide(o.manager.key, APPROVE, pending.salesOrder.approvalRequest.id);
    // The approval is the requester's (and its approvers' and ADMIN's) to read, not every SALES key's.
    const approved = await readOrder(t, o.seller.key, order.id);
    expect(approved).toMatchObject({ status: 'CONFIRMED', approvalRequest: { status: 'APPROVED' } });
    expect(approved.approvalRequest.history.map((h: any) => h.action)).toEqual(
      expect.arrayContaining(['SUBMITTED', 'APPROVED']),
    );
    expect(approved.lines[0].quantityReserved).toBe('10');
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual([before[0], String(Number(before[1]) + 10)]);
  });

  it('goes back to DRAFT with its reservations released on rejection, and can be confirmed again', async () => {
    const order = await discounted('25', '4');
    const before = await level(t, rowId(o.widget), rowId(o.location));
    const pending = await confirm(t, o.seller.key, { id: order.id });
    expect(pending.salesOrder.status).toBe('PENDING_APPROVAL');
    await decide(o.manager.key, REJECT, pending.salesOrder.approvalRequest.id, 'Too generous');
    const rejected = await readOrder(t, o.seller.key, order.id);
    expect(rejected).toMatchObject({ status: 'DRAFT', approvalRequest: { status: 'REJECTED' } });
    expect(rejected.lines.map((l: any) => [l.quantityReserved, l.quantityBackordered])).toEqual([
      ['0', '0'],
      ['0', '0'],
    ]);
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(before);

    const again = await confirm(t, o.seller.key, { id: order.id });
    expect(again.errors).toEqual([]);
    expect(again.salesOrder).toMatchObject({
      status: 'PENDING_APPROVAL',
      approvalRequest: { status: 'PENDING', round: 2 },
    });
    // Cancelling a pending order withdraws its approval (the requester may) and releases the stock.
    const cancelled = await cancel(t, o.seller.key, { id: order.id, comment: 'Customer changed their mind' });
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.salesOrder).toMatchObject({ status: 'CANCELLED', approvalRequest: { status: 'WITHDRAWN' } });
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(before);
  });

  it('goes back to DRAFT when returned; only salesOrderConfirm sends it again, reserving anew', async () => {
    const order = await discounted('20', '3');
    const before = await level(t, rowId(o.widget), rowId(o.location));
    const pending = await confirm(t, o.seller.key, { id: order.id });
    const requestId = pending.salesOrder.approvalRequest.id;
    await decide(o.manager.key, RETURN, requestId, 'Check the discount');
    expect((await readOrder(t, o.sales, order.id)).status).toBe('DRAFT');
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual(before);
    const resubmitted = await t.gql(o.seller.key, RESUBMIT, { input: { id: requestId } });
    expect(resubmitted.data.approvalRequestResubmit.errors.map((e: any) => e.message)).toEqual([
      expect.stringMatching(/CONFIRM_REQUIRED/),
    ]);
    const again = await confirm(t, o.seller.key, { id: order.id });
    expect(again.salesOrder).toMatchObject({
      status: 'PENDING_APPROVAL',
      approvalRequest: { status: 'PENDING', round: 2 },
    });
    expect(await level(t, rowId(o.widget), rowId(o.location))).toEqual([before[0], String(Number(before[1]) + 3)]);
  });

  it('confirms at once when no rule matches', async () => {
    const confirmed = await confirm(t, o.seller.key, { id: (await discounted('10', '1')).id });
    expect(confirmed.salesOrder).toMatchObject({
      status: 'CONFIRMED',
      confirmedWithoutApproval: true,
      approvalRequest: null,
    });
  });

  it('sends an order over the credit limit for approval instead of refusing it', async () => {
    const order = await orderOk(t, o.sales, {
      customerId: limited,
      locationId: o.location,
      lines: [{ productId: o.widget, quantity: '2' }],
    });
    const pending = await confirm(t, o.seller.key, { id: order.id });
    expect(pending.errors).toEqual([]);
    expect(pending.salesOrder).toMatchObject({
      status: 'PENDING_APPROVAL',
      creditLimitExceeded: true,
      creditExposure: { amount: '103.80' },
    });
    const request = await t.db.prisma.approvalRequest.findFirstOrThrow({
      where: { subjectType: 'SALES_ORDER', subjectId: rowId(order.id) },
    });
    expect([request.ruleName, (request.facts as Record<string, string>).CREDIT_LIMIT_EXCEEDED]).toEqual([
      'Over credit',
      'true',
    ]);
  });

  it('needs an employee as requester when approval is needed', async () => {
    const order = await discounted('30', '1');
    const refused = await confirm(t, o.sales, { id: order.id });
    expect(refused.errors.map((e) => [e.code, e.field])).toEqual([['NOT_AN_EMPLOYEE', ['input', 'requesterId']]]);
    expect((await readOrder(t, o.sales, order.id)).lines[0].quantityReserved).toBe('0');
    const named = await confirm(t, o.sales, { id: order.id, requesterId: o.seller.id });
    expect(named.errors).toEqual([]);
    expect(named.salesOrder.status).toBe('PENDING_APPROVAL');
    // Only the requester may withdraw, so neither a key without an employee nor another employee can cancel the pending order.
    expect((await cancel(t, o.sales, { id: order.id })).errors.map((e) => e.code)).toEqual(['NOT_AN_EMPLOYEE']);
    const other = await cancel(t, o.manager.key, { id: order.id });
    expect(other.errors.map((e) => e.code)).toEqual(['APPROVAL_REFUSED']);
    expect(other.errors[0]!.message).toMatch(/^NOT_REQUESTER: /);
    expect((await readOrder(t, o.sales, order.id)).status).toBe('PENDING_APPROVAL');
  });
});
