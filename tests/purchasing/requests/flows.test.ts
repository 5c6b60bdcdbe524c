import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  APPROVE,
  CANCEL,
  CONVERT,
  REJECT,
  REQUEST,
  RETURN,
  SUBMIT,
  UPDATE,
  createRequest,
  isoDay,
  mutate,
  payload,
  requestOrg,
  submitRequest,
  threeLines,
  type RequestOrg,
} from './helpers.js';

let t: TestApp;
let o: RequestOrg;

beforeAll(async () => {
  t = await createTestApp();
  o = await requestOrg(t, 'PR Flows');
});
afterAll(() => t.close());

const errorsOf = (result: { errors: { code: string; field: string[] | null }[] }) =>
  result.errors.map((e) => [e.code, e.field?.join('.') ?? null]);

describe('purchase requests with an approval policy', () => {
  it('estimates from the best supplier prices, is approved by the manager, and converts into one draft order per supplier', async () => {
    const created = await createRequest(t, o.alice.key, {
      description: 'Assembly line restock',
      notes: 'Urgent',
      lines: threeLines(o),
    });
    expect(created).toMatchObject({
      number: expect.stringMatching(/^PR-\d{5}$/),
      status: 'DRAFT',
      version: 1,
      requester: { id: o.alice.id },
      // 150 x 2.00 (Alpha's tier from 100) + 40 x 1.00 USD x 0.9 + 10 x 3.10 = 300.00 + 36.00 + 31.00
      estimatedTotal: { amount: '367.00', currency: 'EUR' },
      approvalRequest: null,
    });
    expect(created.lines).toEqual([
      expect.objectContaining({
        lineNo: 1,
        quantity: '150',
        productSku: 'BOLT',
        preferredSupplierName: null,
        estimatedUnitPrice: { amount: '2.00', currency: 'EUR' },
        estimatedTotal: { amount: '300.00', currency: 'EUR' },
      }),
      expect.objectContaining({
        lineNo: 2,
        quantity: '40',
        description: 'Nuts for the line',
        estimatedUnitPrice: { amount: '1.00', currency: 'USD' },
        estimatedTotal: { amount: '36.00', currency: 'EUR' },
      }),
      expect.objectContaining({
        lineNo: 3,
        preferredSupplierName: 'Alpha Tools',
        estimatedUnitPrice: { amount: '3.10', currency: 'EUR' },
        estimatedTotal: { amount: '31.00', currency: 'EUR' },
      }),
    ]);

    const submitted = await submitRequest(t, o.alice.key, created.id);
    expect(submitted).toMatchObject({
      status: 'PENDING_APPROVAL',
      version: 2,
      approvedWithoutPolicy: false,
      approvalRequest: { status: 'PENDING', currentStep: { name: 'Manager' } },
    });
    const facts = await t.db.prisma.approvalRequest.findFirstOrThrow({
      where: { organizationId: o.org.organizationId, subjectType: 'PURCHASE_REQUEST' },
    });
    expect(facts.facts).toMatchObject({
      AMOUNT: '367',
      CURRENCY: null,
      TYPE: 'STOCKED',
      REQUESTER: expect.any(String),
    });
    const again = payload(await t.gql(o.alice.key, SUBMIT, { input: { id: created.id } }), 'purchaseRequestSubmit');
    expect(errorsOf(again)).toEqual([['NOT_SUBMITTABLE', 'input.id']]);
    const early = payload(await t.gql(o.buyer, CONVERT, { input: { id: created.id } }), 'purchaseRequestConvert');
    expect(errorsOf(early)).toEqual([['NOT_APPROVED', 'input.id']]);

    const approved = payload(
      await t.gql(o.manager.key, APPROVE, { input: { id: submitted.approvalRequest.id } }),
      'approvalRequestApprove',
    );
    expect(approved.errors).toEqual([]);
    const after = (await t.gql(o.alice.key, REQUEST, { id: created.id })).data.purchaseRequest;
    expect(after).toMatchObject({
      status: 'APPROVED',
      approvedAt: expect.any(String),
      approvalRequest: {
        status: 'APPROVED',
        history: [{ action: 'SUBMITTED' }, { action: 'APPROVED' }, { action: 'STEP_COMPLETED' }],
      },
    });

    const converted = await mutate<{ purchaseRequest: any }>(t, o.buyer, CONVERT, 'purchaseRequestConvert', {
      id: created.id,
    });
    expect(converted.purchaseRequest.status).toBe('CONVERTED');
    const orders = converted.purchaseRequest.purchaseOrders;
    expect(orders).toHaveLength(2);
    const [alphaOrder, betaOrder] = orders;
    expect(alphaOrder).toMatchObject({
      status: 'DRAFT',
      currency: 'EUR',
      supplier: { code: 'ALPHA' },
      orderDate: isoDay(0),
      expectedDate: isoDay(20),
      notes: `From purchase request ${created.number}: Assembly line restock`,
      purchaseRequest: { number: created.number },
      // 150 x 2.00 + 10 x 2.50 (Alpha's price for 10, not the 3.10 estimate)
      total: { amount: '325.00', currency: 'EUR' },
    });
    expect(alphaOrder.lines).toEqual([
      {
        lineNo: 1,
        quantity: '150',
        unitPrice: '2',
        subtotal: '300',
        expectedDate: isoDay(20),
        product: { sku: 'BOLT' },
        purchaseRequestLine: { lineNo: 1 },
      },
      {
        lineNo: 2,
        quantity: '10',
        unitPrice: '2.5',
        subtotal: '25',
        expectedDate: isoDay(30),
        product: { sku: 'BOLT' },
        purchaseRequestLine: { lineNo: 3 },
      },
    ]);
    expect(betaOrder).toMatchObject({
      currency: 'USD',
      supplier: { code: 'BETA' },
      expectedDate: isoDay(10),
      total: { amount: '40.00', currency: 'USD' },
    });
    expect(betaOrder.lines).toEqual([
      {
        lineNo: 1,
        quantity: '40',
        unitPrice: '1',
        subtotal: '40',
        expectedDate: isoDay(10),
        product: { sku: 'NUT' },
        purchaseRequestLine: { lineNo: 2 },
      },
    ]);
    expect(Number(alphaOrder.number.slice(3)) + 1).toBe(Number(betaOrder.number.slice(3)));

    const twice = payload(await t.gql(o.buyer, CONVERT, { input: { id: created.id } }), 'purchaseRequestConvert');
    expect(errorsOf(twice)).toEqual([['ALREADY_CONVERTED', 'input.id']]);
    expect(
      await t.db.prisma.purchaseOrder.count({
        where: {
          organizationId: o.org.organizationId,
          purchaseRequestId: (
            await t.db.prisma.purchaseRequest.findFirstOrThrow({
              where: { number: created.number, organizationId: o.org.organizationId },
            })
          ).id,
        },
      }),
    ).toBe(2);

    // The orders are ordinary drafts: purchasing edits one and the line links stay.
    const edited = payload(
      await t.gql(
        o.buyer,
        `mutation($input: PurchaseOrderUpdateInput!) { purchaseOrderUpdate(input: $input) { purchaseOrder { lines { lineNo unitPrice purchaseRequestLine { lineNo } } } errors { code } } }`,
        {
          input: {
            id: alphaOrder.id,
            orderDate: isoDay(0),
            lines: [
              { productId: o.bolts, quantity: '150', unitPrice: '1.95' },
              { productId: o.nuts, quantity: '5' },
            ],
          },
        },
      ),
      'purchaseOrderUpdate',
    );
    expect(edited.errors).toEqual([]);
    expect(edited.purchaseOrder.lines).toEqual([
      { lineNo: 1, unitPrice: '1.95', purchaseRequestLine: { lineNo: 1 } },
      { lineNo: 2, unitPrice: '1', purchaseRequestLine: null },
    ]);
  });

  it('routes a request over 1,000 through the manager and then purchasing', async () => {
    const created = await createRequest(t, o.bob.key, {
      description: 'Big order',
      lines: [{ productId: o.bolts, quantity: '600', neededBy: isoDay(5) }],
    });
    expect(created.estimatedTotal).toEqual({ amount: '1200.00', currency: 'EUR' });
    const submitted = await submitRequest(t, o.bob.key, created.id);
    await mutate(t, o.manager.key, APPROVE, 'approvalRequestApprove', { id: submitted.approvalRequest.id });
    const mid = (await t.gql(o.bob.key, REQUEST, { id: created.id })).data.purchaseRequest;
    expect(mid).toMatchObject({
      status: 'PENDING_APPROVAL',
      approvalRequest: { status: 'PENDING', currentStep: { name: 'Purchasing' } },
    });
    const inbox = await t.gql(
      o.purchaser.key,
      `query($id: ID!) { approvalRequest(id: $id) { subjectType subjectId title } }`,
      { id: submitted.approvalRequest.id },
    );
    expect(inbox.data.approvalRequest).toMatchObject({
      subjectType: 'PURCHASE_REQUEST',
      subjectId: created.id,
      title: `Purchase request ${created.number} "Big order" (1 line(s), 1200.00 EUR)`,
    });
    const subject = await t.gql(
      o.purchaser.key,
      `query($id: ID!) { node(id: $id) { ... on PurchaseRequest { number status } } }`,
      { id: inbox.data.approvalRequest.subjectId },
    );
    expect(subject.data.node).toEqual({ number: created.number, status: 'PENDING_APPROVAL' });
    await mutate(t, o.purchaser.key, APPROVE, 'approvalRequestApprove', { id: submitted.approvalRequest.id });
    expect((await t.gql(o.bob.key, REQUEST, { id: created.id })).data.purchaseRequest.status).toBe('APPROVED');
  });

  it('ends rejected when the manager rejects, and cannot be converted or cancelled then', async () => {
    const created = await createRequest(t, o.alice.key, {
      description: 'Not needed',
      lines: [{ productId: o.nuts, quantity: '5', neededBy: isoDay(3) }],
    });
    const submitted = await submitRequest(t, o.alice.key, created.id);
    await mutate(t, o.manager.key, REJECT, 'approvalRequestReject', {
      id: submitted.approvalRequest.id,
      comment: 'We have plenty',
    });
    const after = (await t.gql(o.alice.key, REQUEST, { id: created.id })).data.purchaseRequest;
    expect(after).toMatchObject({ status: 'REJECTED', approvalRequest: { status: 'REJECTED' } });
    expect(
      errorsOf(payload(await t.gql(o.buyer, CONVERT, { input: { id: created.id } }), 'purchaseRequestConvert')),
    ).toEqual([['NOT_APPROVED', 'input.id']]);
    expect(
      errorsOf(payload(await t.gql(o.alice.key, CANCEL, { input: { id: created.id } }), 'purchaseRequestCancel')),
    ).toEqual([['NOT_CANCELLABLE', 'input.id']]);
  });

  it('goes back to draft when returned, takes edits with expectedVersion, and is approved after resubmission', async () => {
    const created = await createRequest(t, o.alice.key, {
      description: 'Needs a fix',
      lines: [{ productId: o.nuts, quantity: '5', neededBy: isoDay(3) }],
    });
    const submitted = await submitRequest(t, o.alice.key, created.id);
    await mutate(t, o.manager.key, RETURN, 'approvalRequestReturn', {
      id: submitted.approvalRequest.id,
      comment: 'Order 50',
    });
    const returned = (await t.gql(o.alice.key, REQUEST, { id: created.id })).data.purchaseRequest;
    expect(returned).toMatchObject({ status: 'DRAFT', version: 3, approvalRequest: { status: 'RETURNED' } });
    const stale = payload(
      await t.gql(o.alice.key, UPDATE, {
        input: {
          id: created.id,
          expectedVersion: 1,
          description: 'x',
          lines: [{ productId: o.nuts, quantity: '50', neededBy: isoDay(3) }],
        },
      }),
      'purchaseRequestUpdate',
    );
    expect(errorsOf(stale)).toEqual([['STALE_VERSION', 'input.expectedVersion']]);
    const updated = await mutate<{ purchaseRequest: any }>(t, o.alice.key, UPDATE, 'purchaseRequestUpdate', {
      id: created.id,
      expectedVersion: 3,
      description: 'Needs a fix: 50 nuts',
      lines: [{ productId: o.nuts, quantity: '50', neededBy: isoDay(3) }],
    });
    // Beta's 1.00 USD = 0.90 EUR beats Alpha's 1.00 EUR: 50 x 0.90
    expect(updated.purchaseRequest).toMatchObject({ version: 4, estimatedTotal: { amount: '45.00', currency: 'EUR' } });
    const resubmitted = await submitRequest(t, o.alice.key, created.id);
    expect(resubmitted).toMatchObject({ status: 'PENDING_APPROVAL', approvalRequest: { status: 'PENDING', round: 2 } });
    const locked = payload(
      await t.gql(o.alice.key, UPDATE, {
        input: { id: created.id, description: 'y', lines: [{ productId: o.nuts, quantity: '1', neededBy: isoDay(3) }] },
      }),
      'purchaseRequestUpdate',
    );
    expect(errorsOf(locked)).toEqual([['NOT_DRAFT', 'input.id']]);
    await mutate(t, o.manager.key, APPROVE, 'approvalRequestApprove', { id: submitted.approvalRequest.id });
    expect((await t.gql(o.alice.key, REQUEST, { id: created.id })).data.purchaseRequest.status).toBe('APPROVED');
  });

  it('cancels drafts and approved requests, and a pending one by withdrawing its approval (the requester only)', async () => {
    const draft = await createRequest(t, o.alice.key, {
      description: 'Draft to cancel',
      lines: [{ productId: o.nuts, quantity: '1', neededBy: isoDay(1) }],
    });
    expect(
      (await mutate<{ purchaseRequest: any }>(t, o.alice.key, CANCEL, 'purchaseRequestCancel', { id: draft.id }))
        .purchaseRequest.status,
    ).toBe('CANCELLED');

    const pending = await submitRequest(
      t,
      o.alice.key,
      (
        await createRequest(t, o.alice.key, {
          description: 'Pending to cancel',
          lines: [{ productId: o.nuts, quantity: '1', neededBy: isoDay(1) }],
        })
      ).id,
    );
    const byBuyer = payload(await t.gql(o.buyer, CANCEL, { input: { id: pending.id } }), 'purchaseRequestCancel');
    expect(errorsOf(byBuyer)).toEqual([['NOT_AN_EMPLOYEE', null]]);
    const byPurchaser = payload(
      await t.gql(o.purchaser.key, CANCEL, { input: { id: pending.id } }),
      'purchaseRequestCancel',
    );
    expect(errorsOf(byPurchaser)).toEqual([['NOT_REQUESTER', 'input.id']]);
    const byBob = payload(await t.gql(o.bob.key, CANCEL, { input: { id: pending.id } }), 'purchaseRequestCancel');
    expect(errorsOf(byBob)).toEqual([['NOT_ALLOWED', 'input.id']]);
    const cancelled = await mutate<{ purchaseRequest: any }>(t, o.alice.key, CANCEL, 'purchaseRequestCancel', {
      id: pending.id,
      comment: 'Bought elsewhere',
    });
    expect(cancelled.purchaseRequest).toMatchObject({ status: 'CANCELLED', approvalRequest: { status: 'WITHDRAWN' } });
    const late = payload(
      await t.gql(o.manager.key, APPROVE, { input: { id: pending.approvalRequest.id } }),
      'approvalRequestApprove',
    );
    expect(late.errors.map((e: any) => e.code)).toEqual(['STEP_CLOSED']);

    const approved = await submitRequest(
      t,
      o.alice.key,
      (
        await createRequest(t, o.alice.key, {
          description: 'Approved to cancel',
          lines: [{ productId: o.nuts, quantity: '1', neededBy: isoDay(1) }],
        })
      ).id,
    );
    await mutate(t, o.manager.key, APPROVE, 'approvalRequestApprove', { id: approved.approvalRequest.id });
    expect(
      (await mutate<{ purchaseRequest: any }>(t, o.buyer, CANCEL, 'purchaseRequestCancel', { id: approved.id }))
        .purchaseRequest.status,
    ).toBe('CANCELLED');
    expect(
      errorsOf(payload(await t.gql(o.buyer, CONVERT, { input: { id: approved.id } }), 'purchaseRequestConvert')),
    ).toEqual([['NOT_APPROVED', 'input.id']]);
  });
});

describe('purchase requests without an approval policy', () => {
  it('approves at submission, records it, and refuses to convert a line no supplier sells', async () => {
    const free = await requestOrg(t, 'PR No Policy', false);
    const created = await createRequest(t, free.alice.key, {
      description: 'Mixed',
      lines: [
        { productId: free.nuts, quantity: '10', neededBy: isoDay(2) },
        { productId: free.widget, quantity: '2', neededBy: isoDay(2), estimatedUnitPrice: '12.5' },
      ],
    });
    expect(created.estimatedTotal).toEqual({ amount: '34.00', currency: 'EUR' });
    const submitted = await submitRequest(t, free.alice.key, created.id);
    expect(submitted).toMatchObject({
      status: 'APPROVED',
      approvedWithoutPolicy: true,
      approvalRequest: null,
      approvedAt: expect.any(String),
    });
    const audit = await t.db.prisma.auditLog.findMany({
      where: {
        organizationId: free.org.organizationId,
        entityType: 'PurchaseRequest',
        action: 'purchaseRequestApprovedWithoutPolicy',
      },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ reason: 'NO_POLICY' });
    const refused = payload(await t.gql(free.buyer, CONVERT, { input: { id: created.id } }), 'purchaseRequestConvert');
    expect(errorsOf(refused)).toEqual([['NO_SUPPLIER', 'input.lines.1.preferredSupplierId']]);
    expect(await t.db.prisma.purchaseOrder.count({ where: { organizationId: free.org.organizationId } })).toBe(0);
    expect((await t.gql(free.alice.key, REQUEST, { id: created.id })).data.purchaseRequest.status).toBe('APPROVED');
  });

  it('approves at once when the policy has no rule for the request, and opens an approval when one matches', async () => {
    const big = await requestOrg(t, 'PR Big Only', false);
    await mutate(
      t,
      big.org.adminKey,
      `mutation($input: ApprovalPolicyCreateInput!) { approvalPolicyCreate(input: $input) { errors { code message field } } }`,
      'approvalPolicyCreate',
      {
        subjectType: 'PURCHASE_REQUEST',
        name: 'Only large purchases',
        rules: [
          {
            name: 'Over 1,000',
            conditions: [{ fact: 'AMOUNT', operator: 'GT', values: ['1000'] }],
            steps: [{ name: 'Manager', mode: 'ANY', approvers: [{ kind: 'MANAGER' }] }],
          },
        ],
      },
    );
    // 500 x 2.00 = 1000.00: not over 1,000
    const small = await createRequest(t, big.alice.key, {
      description: 'At the limit',
      lines: [{ productId: big.bolts, quantity: '500', neededBy: isoDay(2) }],
    });
    expect(small.estimatedTotal.amount).toBe('1000.00');
    expect(await submitRequest(t, big.alice.key, small.id)).toMatchObject({
      status: 'APPROVED',
      approvedWithoutPolicy: true,
      approvalRequest: null,
    });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({
      where: { organizationId: big.org.organizationId, action: 'purchaseRequestApprovedWithoutPolicy' },
    });
    expect(audit.after).toMatchObject({ reason: 'NO_MATCHING_RULE' });
    // 500 x 2.00 + 1 x 2.16 EUR (Beta's 2.40 USD) = 1002.16
    const large = await createRequest(t, big.alice.key, {
      description: 'Over the limit',
      lines: [
        { productId: big.bolts, quantity: '500', neededBy: isoDay(2) },
        { productId: big.bolts, quantity: '1', neededBy: isoDay(2) },
      ],
    });
    expect(large.estimatedTotal.amount).toBe('1002.16');
    expect(await submitRequest(t, big.alice.key, large.id)).toMatchObject({
      status: 'PENDING_APPROVAL',
      approvedWithoutPolicy: false,
      approvalRequest: { status: 'PENDING' },
    });
  });
});
