import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { onPostgres } from '../../ledger/helpers.js';
import {
  APPROVE,
  CANCEL,
  CONVERT,
  createRequest,
  mutate,
  payload,
  requestOrg,
  submitRequest,
  threeLines,
  type RequestOrg,
} from './helpers.js';

// PGlite runs one transaction at a time, so races only happen on PostgreSQL.
describe.skipIf(!onPostgres)('concurrent purchase request mutations (PostgreSQL)', () => {
  let t: TestApp;
  let o: RequestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    o = await requestOrg(t, 'PR Race');
  });
  afterAll(() => t.close());

  async function approvedRequest() {
    const created = await createRequest(t, o.alice.key, { description: 'Race', lines: threeLines(o) });
    const submitted = await submitRequest(t, o.alice.key, created.id);
    await mutate(t, o.manager.key, APPROVE, 'approvalRequestApprove', { id: submitted.approvalRequest.id });
    return created;
  }

  it('makes one set of orders from 10 simultaneous converts of one request', async () => {
    const request = await approvedRequest();
    const results = await Promise.all(
      Array.from({ length: 10 }, async () =>
        payload(await t.gql(o.buyer, CONVERT, { input: { id: request.id } }), 'purchaseRequestConvert'),
      ),
    );
    const winners = results.filter((result) => result.errors.length === 0);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((result) => result.errors.length > 0))
      expect(loser.errors.map((e: any) => e.code)).toEqual(['ALREADY_CONVERTED']);
    const rowId = (
      await t.db.prisma.purchaseRequest.findFirstOrThrow({
        where: { organizationId: o.org.organizationId, number: request.number },
      })
    ).id;
    expect(
      await t.db.prisma.purchaseOrder.count({
        where: { organizationId: o.org.organizationId, purchaseRequestId: rowId },
      }),
    ).toBe(2);
    expect(
      await t.db.prisma.purchaseOrderLine.count({
        where: { organizationId: o.org.organizationId, purchaseRequestLine: { requestId: rowId } },
      }),
    ).toBe(3);
  });

  it('lets either the approval or the cancellation of a pending request win, leaving request and approval consistent, in 6 races', async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < 6; round += 1) {
      const created = await createRequest(t, o.alice.key, {
        description: `Approve or cancel ${round}`,
        lines: threeLines(o),
      });
      const submitted = await submitRequest(t, o.alice.key, created.id);
      const [approved, cancelled] = await Promise.all([
        t
          .gql(o.manager.key, APPROVE, { input: { id: submitted.approvalRequest.id } })
          .then((res) => payload(res, 'approvalRequestApprove')),
        t.gql(o.alice.key, CANCEL, { input: { id: created.id } }).then((res) => payload(res, 'purchaseRequestCancel')),
      ]);
      const row = await t.db.prisma.purchaseRequest.findFirstOrThrow({
        where: { organizationId: o.org.organizationId, number: created.number },
        include: { approvalRequest: true },
      });
      if (approved.errors.length > 0) {
        // The withdrawal came first: the manager's step was closed under them.
        expect(approved.errors.map((e: any) => e.code)).toEqual(['STEP_CLOSED']);
        expect(cancelled.errors).toEqual([]);
        expect([row.status, row.approvalRequest?.status]).toEqual(['CANCELLED', 'WITHDRAWN']);
      } else if (cancelled.errors.length > 0) {
        // The cancel saw the request pending, but the approval took the lock first.
        expect(cancelled.errors.map((e: any) => e.code)).toEqual(['REQUEST_NOT_PENDING']);
        expect([row.status, row.approvalRequest?.status]).toEqual(['APPROVED', 'APPROVED']);
      } else {
        // The approval committed before the cancel read the request: an approved request may be cancelled.
        expect([row.status, row.approvalRequest?.status]).toEqual(['CANCELLED', 'APPROVED']);
        expect(row.cancelledAt!.getTime()).toBeGreaterThanOrEqual(row.approvedAt!.getTime());
      }
      outcomes.add(
        approved.errors.length > 0 ? 'withdrawn' : cancelled.errors.length > 0 ? 'approved' : 'approved-then-cancelled',
      );
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });

  it('lets either the conversion or the cancellation of an approved request win', async () => {
    for (let round = 0; round < 4; round += 1) {
      const request = await approvedRequest();
      const [converted, cancelled] = await Promise.all([
        t.gql(o.buyer, CONVERT, { input: { id: request.id } }).then((res) => payload(res, 'purchaseRequestConvert')),
        t.gql(o.buyer, CANCEL, { input: { id: request.id } }).then((res) => payload(res, 'purchaseRequestCancel')),
      ]);
      expect(converted.errors.length + cancelled.errors.length).toBe(1);
      const row = await t.db.prisma.purchaseRequest.findFirstOrThrow({
        where: { organizationId: o.org.organizationId, number: request.number },
      });
      const orders = await t.db.prisma.purchaseOrder.count({
        where: { organizationId: o.org.organizationId, purchaseRequestId: row.id },
      });
      expect([row.status, orders]).toEqual(converted.errors.length === 0 ? ['CONVERTED', 2] : ['CANCELLED', 0]);
    }
  });
});
