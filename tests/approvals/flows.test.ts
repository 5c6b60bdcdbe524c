import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { decodeGlobalId } from '../../src/schema/global-id.js';
import { payload } from '../hr/helpers.js';
import {
  APPROVE,
  DELEGATION_CANCEL,
  DELEGATION_CREATE,
  ESCALATE,
  MY_APPROVALS,
  REASSIGN,
  REJECT,
  REQUEST,
  RESUBMIT,
  RETURN,
  WITHDRAW,
  handlerCalls,
  isoDay,
  rowId,
  submit,
  submitOk,
} from './helpers.js';
import { approvalOrg, type ApprovalOrg } from './setup.js';

let t: TestApp;
let o: ApprovalOrg;

beforeAll(async () => {
  t = await createTestApp();
  o = await approvalOrg(t, 'Approval Flows Org');
});
afterAll(() => t.close());

async function act(key: string, document: string, field: string, input: object) {
  return payload(await t.gql(key, document, { input }), field);
}
async function read(key: string, id: string) {
  const res = await t.gql(key, REQUEST, { id });
  expect(res.errors).toBeUndefined();
  return res.data.approvalRequest;
}
const subjectOf = async (id: string) =>
  (await t.db.prisma.approvalRequest.findUniqueOrThrow({ where: { id: rowId(id) } })).subjectId;

describe('routing and multi-step chains', () => {
  it('runs manager, then department head, then 2 of 3 finance clerks, and calls the approval handler once', async () => {
    const id = await submitOk(t, o.org.organizationId, o.alice.id, '6000.00');
    let request = await read(o.org.adminKey, id);
    expect(request).toMatchObject({
      status: 'PENDING',
      ruleName: 'Above 5,000',
      currentStep: { name: 'Manager', position: 0 },
    });
    expect(request.steps.map((s: any) => [s.name, s.status, s.requiredApprovals])).toEqual([
      ['Manager', 'PENDING', 1],
      ['Department head', 'WAITING', 1],
      ['Finance', 'WAITING', 2],
    ]);
    expect(request.steps[2].assignees.map((a: any) => a.employee.name)).toEqual(['Fin 1', 'Fin 2', 'Fin 3']);

    // The department head cannot decide before their step.
    expect((await act(o.salesHead.key, APPROVE, 'approvalRequestApprove', { id })).errors).toEqual([
      expect.objectContaining({ code: 'NOT_AN_APPROVER' }),
    ]);
    const first = await act(o.manager.key, APPROVE, 'approvalRequestApprove', { id, comment: 'fine by me' });
    expect(first.errors).toEqual([]);
    expect(first.approvalRequest.currentStep.name).toBe('Department head');
    expect(
      (await act(o.salesHead.key, APPROVE, 'approvalRequestApprove', { id })).approvalRequest.currentStep.name,
    ).toBe('Finance');
    const one = await act(o.finance[0].key, APPROVE, 'approvalRequestApprove', { id });
    expect(one.approvalRequest).toMatchObject({ status: 'PENDING', currentStep: { name: 'Finance' } });
    const two = await act(o.finance[2].key, APPROVE, 'approvalRequestApprove', { id });
    expect(two.approvalRequest).toMatchObject({ status: 'APPROVED', currentStep: null });
    // The third clerk's part is over.
    expect((await act(o.finance[1].key, APPROVE, 'approvalRequestApprove', { id })).errors).toEqual([
      expect.objectContaining({ code: 'STEP_CLOSED' }),
    ]);

    request = await read(o.org.adminKey, id);
    expect(request.steps[2].assignees.map((a: any) => a.status)).toEqual(['APPROVED', 'SKIPPED', 'APPROVED']);
    expect(request.history.map((h: any) => h.action)).toEqual([
      'SUBMITTED',
      'APPROVED',
      'STEP_COMPLETED',
      'APPROVED',
      'STEP_COMPLETED',
      'APPROVED',
      'APPROVED',
      'STEP_COMPLETED',
    ]);
    expect(request.history[1]).toMatchObject({
      comment: 'fine by me',
      actor: { name: 'Mona Manager' },
      onBehalfOf: null,
    });
    expect(await handlerCalls(t, o.org.organizationId, await subjectOf(id))).toEqual(['test.onApproved']);
  });

  it('routes by amount: 5,000 and below goes to the manager alone', async () => {
    const id = await submitOk(t, o.org.organizationId, o.bob.id, '5000');
    const request = await read(o.org.adminKey, id);
    expect(request.ruleName).toBe('Default');
    expect(request.steps).toHaveLength(1);
    const done = await act(o.manager.key, APPROVE, 'approvalRequestApprove', { id });
    expect(done.approvalRequest.status).toBe('APPROVED');
  });

  it('refuses a chain nobody can approve: the CEO has no manager', async () => {
    const submitted = await submit(t, o.org.organizationId, o.ceo.id, '10');
    expect(submitted.errors).toEqual([expect.objectContaining({ code: 'NO_APPROVER' })]);
  });
});

describe('decisions', () => {
  it('never lets a requester decide their own request', async () => {
    const id = await submitOk(t, o.org.organizationId, o.alice.id, '10');
    for (const [doc, field] of [
      [APPROVE, 'approvalRequestApprove'],
      [REJECT, 'approvalRequestReject'],
    ] as const) {
      expect((await act(o.alice.key, doc, field, { id, comment: 'me' })).errors).toEqual([
        expect.objectContaining({ code: 'SELF_APPROVAL' }),
      ]);
    }
  });

  it('rejects only with a comment, calls the rejection handler, and closes the request', async () => {
    const id = await submitOk(t, o.org.organizationId, o.alice.id, '20');
    expect((await act(o.manager.key, REJECT, 'approvalRequestReject', { id, comment: '  ' })).errors).toEqual([
      expect.objectContaining({ code: 'COMMENT_REQUIRED', field: ['input', 'comment'] }),
    ]);
    const rejected = await act(o.manager.key, REJECT, 'approvalRequestReject', { id, comment: 'Not in budget' });
    expect(rejected.approvalRequest.status).toBe('REJECTED');
    expect((await act(o.manager.key, APPROVE, 'approvalRequestApprove', { id })).errors).toEqual([
      expect.objectContaining({ code: 'STEP_CLOSED' }),
    ]);
    expect(await handlerCalls(t, o.org.organizationId, await subjectOf(id))).toEqual(['test.onRejected']);
  });

  it('refuses a decision on a step that is no longer current', async () => {
    const id = await submitOk(t, o.org.organizationId, o.bob.id, '7000');
    const stepId = (await read(o.org.adminKey, id)).currentStep.id;
    expect((await act(o.manager.key, APPROVE, 'approvalRequestApprove', { id, stepId })).errors).toEqual([]);
    const again = await act(o.manager.key, APPROVE, 'approvalRequestApprove', { id, stepId });
    expect(again.errors).toEqual([expect.objectContaining({ code: 'STEP_CLOSED', field: ['input', 'stepId'] })]);
  });

  it("takes stepId as the global ID of a step of this request: empty is INVALID_INPUT, another request's step or a row id NOT_FOUND (issue 21)", async () => {
    const id = await submitOk(t, o.org.organizationId, o.bob.id, '40');
    const other = await submitOk(t, o.org.organizationId, o.alice.id, '50');
    const stepId = (await read(o.org.adminKey, id)).currentStep.id;
    const foreign = (await read(o.org.adminKey, other)).currentStep.id;
    expect(decodeGlobalId(stepId).typename).toBe('ApprovalStep');
    const refused = async (value: string) =>
      (await act(o.manager.key, APPROVE, 'approvalRequestApprove', { id, stepId: value })).errors;
    expect(await refused('')).toEqual([
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: ['input', 'stepId'],
        message: expect.stringContaining('stepId'),
      }),
    ]);
    expect(await refused(foreign)).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'stepId'] }),
    ]);
    expect(await refused(rowId(stepId))).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'stepId'] }),
    ]);
    expect(await refused(id)).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'stepId'] })]);
    // Nothing was decided by the refused attempts; the right step still can be.
    expect((await read(o.org.adminKey, id)).status).toBe('PENDING');
    expect((await read(o.org.adminKey, other)).status).toBe('PENDING');
    const approved = await act(o.manager.key, APPROVE, 'approvalRequestApprove', { id, stepId });
    expect(approved.errors).toEqual([]);
    expect(approved.approvalRequest.status).toBe('APPROVED');
  });

  it('returns to the requester, who resubmits into a new round', async () => {
    const id = await submitOk(t, o.org.organizationId, o.alice.id, '30');
    expect((await act(o.alice.key, RESUBMIT, 'approvalRequestResubmit', { id })).errors).toEqual([
      expect.objectContaining({ code: 'REQUEST_NOT_RETURNED' }),
    ]);
    const returned = await act(o.manager.key, RETURN, 'approvalRequestReturn', { id, comment: 'Attach the receipt' });
    expect(returned.approvalRequest.status).toBe('RETURNED');
    expect((await act(o.bob.key, RESUBMIT, 'approvalRequestResubmit', { id })).errors).toEqual([
      expect.objectContaining({ code: 'NOT_REQUESTER' }),
    ]);
    const again = await act(o.alice.key, RESUBMIT, 'approvalRequestResubmit', { id, comment: 'Receipt attached' });
    expect(again.errors).toEqual([]);
    expect(again.approvalRequest).toMatchObject({ status: 'PENDING', round: 2, currentStep: { name: 'Manager' } });
    expect((await act(o.manager.key, APPROVE, 'approvalRequestApprove', { id })).approvalRequest.status).toBe(
      'APPROVED',
    );
    const request = await read(o.alice.key, id);
    expect(request.steps.map((s: any) => [s.round, s.status])).toEqual([
      [1, 'RETURNED'],
      [2, 'APPROVED'],
    ]);
    expect(request.history.map((h: any) => h.action)).toEqual([
      'SUBMITTED',
      'RETURNED',
      'RESUBMITTED',
      'APPROVED',
      'STEP_COMPLETED',
    ]);
    expect(await handlerCalls(t, o.org.organizationId, await subjectOf(id))).toEqual([
      'test.onReturned',
      'test.onApproved',
    ]);
  });

  it('lets only the requester withdraw, and only while pending', async () => {
    const id = await submitOk(t, o.org.organizationId, o.alice.id, '40');
    expect((await act(o.bob.key, WITHDRAW, 'approvalRequestWithdraw', { id })).errors).toEqual([
      expect.objectContaining({ code: 'NOT_REQUESTER' }),
    ]);
    expect((await act(o.alice.key, WITHDRAW, 'approvalRequestWithdraw', { id })).approvalRequest.status).toBe(
      'WITHDRAWN',
    );
    expect((await act(o.alice.key, WITHDRAW, 'approvalRequestWithdraw', { id })).errors).toEqual([
      expect.objectContaining({ code: 'REQUEST_NOT_PENDING' }),
    ]);
    expect((await act(o.manager.key, APPROVE, 'approvalRequestApprove', { id })).errors).toEqual([
      expect.objectContaining({ code: 'STEP_CLOSED' }),
    ]);
    expect(await handlerCalls(t, o.org.organizationId, await subjectOf(id))).toEqual(['test.onWithdrawn']);
  });

  it('lets an administrator reassign an undecided approver', async () => {
    const id = await submitOk(t, o.org.organizationId, o.bob.id, '50');
    const refused = await act(o.org.adminKey, REASSIGN, 'approvalRequestReassign', {
      id,
      fromEmployeeId: o.manager.id,
      toEmployeeId: o.bob.id,
    });
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'SELF_APPROVAL' })]);
    const done = await act(o.org.adminKey, REASSIGN, 'approvalRequestReassign', {
      id,
      fromEmployeeId: o.manager.id,
      toEmployeeId: o.ceo.id,
      comment: 'Mona is out',
    });
    expect(done.errors).toEqual([]);
    expect((await act(o.manager.key, APPROVE, 'approvalRequestApprove', { id })).errors).toEqual([
      expect.objectContaining({ code: 'STEP_CLOSED' }),
    ]);
    expect((await act(o.ceo.key, APPROVE, 'approvalRequestApprove', { id })).approvalRequest.status).toBe('APPROVED');
    const forbidden = await t.gql(o.hrKey, REASSIGN, {
      input: { id, fromEmployeeId: o.manager.id, toEmployeeId: o.ceo.id },
    });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('delegation', () => {
  it('sends steps to the delegate within the range, showing on whose behalf, and not outside it', async () => {
    const later = await act(o.manager.key, DELEGATION_CREATE, 'delegationCreate', {
      delegateId: o.salesHead.id,
      startsOn: isoDay(10),
      endsOn: isoDay(20),
    });
    expect(later.errors).toEqual([]);
    const outside = await submitOk(t, o.org.organizationId, o.alice.id, '60');
    expect((await read(o.org.adminKey, outside)).steps[0].assignees).toEqual([
      expect.objectContaining({ employee: { id: o.manager.id, name: 'Mona Manager' }, onBehalfOf: null }),
    ]);

    const now = await act(o.manager.key, DELEGATION_CREATE, 'delegationCreate', {
      delegateId: o.ceo.id,
      startsOn: isoDay(-1),
      endsOn: isoDay(1),
    });
    expect(now.errors).toEqual([]);
    const overlapping = await act(o.manager.key, DELEGATION_CREATE, 'delegationCreate', {
      delegateId: o.bob.id,
      startsOn: isoDay(0),
      endsOn: isoDay(12),
    });
    expect(overlapping.errors).toEqual([expect.objectContaining({ code: 'DELEGATION_OVERLAP' })]);

    const inside = await submitOk(t, o.org.organizationId, o.alice.id, '70');
    expect((await read(o.org.adminKey, inside)).steps[0].assignees).toEqual([
      expect.objectContaining({
        status: 'PENDING',
        employee: { id: o.ceo.id, name: 'Cora CEO' },
        onBehalfOf: { id: o.manager.id, name: 'Mona Manager' },
      }),
    ]);
    expect((await act(o.manager.key, APPROVE, 'approvalRequestApprove', { id: inside })).errors).toEqual([
      expect.objectContaining({ code: 'NOT_AN_APPROVER' }),
    ]);
    expect(
      (await act(o.ceo.key, APPROVE, 'approvalRequestApprove', { id: inside, comment: 'for Mona' })).approvalRequest
        .status,
    ).toBe('APPROVED');
    const request = await read(o.manager.key, inside);
    expect(request.history[1]).toMatchObject({
      action: 'APPROVED',
      actor: { name: 'Cora CEO' },
      onBehalfOf: { name: 'Mona Manager' },
    });

    const cancelled = await act(o.manager.key, DELEGATION_CANCEL, 'delegationCancel', { id: now.delegation.id });
    expect(cancelled.delegation.status).toBe('CANCELLED');
    expect((await act(o.bob.key, DELEGATION_CANCEL, 'delegationCancel', { id: later.delegation.id })).errors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN_DELEGATION' }),
    ]);
    const after = await submitOk(t, o.org.organizationId, o.alice.id, '80');
    expect((await read(o.org.adminKey, after)).steps[0].assignees[0].employee.id).toBe(o.manager.id);
    await act(o.manager.key, DELEGATION_CANCEL, 'delegationCancel', { id: later.delegation.id });
  });

  it('never delegates a step to the requester', async () => {
    const delegated = await act(o.manager.key, DELEGATION_CREATE, 'delegationCreate', {
      delegateId: o.alice.id,
      startsOn: isoDay(-1),
      endsOn: isoDay(1),
    });
    expect(delegated.errors).toEqual([]);
    const id = await submitOk(t, o.org.organizationId, o.alice.id, '90');
    expect((await read(o.org.adminKey, id)).steps[0].assignees).toEqual([
      expect.objectContaining({ employee: expect.objectContaining({ id: o.manager.id }), onBehalfOf: null }),
    ]);
    expect((await act(o.alice.key, APPROVE, 'approvalRequestApprove', { id })).errors).toEqual([
      expect.objectContaining({ code: 'SELF_APPROVAL' }),
    ]);
    await act(o.manager.key, DELEGATION_CANCEL, 'delegationCancel', { id: delegated.delegation.id });
    expect(
      (
        await act(o.manager.key, DELEGATION_CREATE, 'delegationCreate', {
          delegateId: o.manager.id,
          startsOn: isoDay(0),
          endsOn: isoDay(0),
        })
      ).errors,
    ).toEqual([expect.objectContaining({ code: 'SELF_DELEGATION' })]);
  });
});

describe('escalation', () => {
  it('escalates a step past its SLA to its target, once', async () => {
    const id = await submitOk(t, o.org.organizationId, o.bob.id, '100');
    expect((await read(o.org.adminKey, id)).steps[0].dueAt).not.toBeNull();
    expect(payload(await t.gql(o.org.adminKey, ESCALATE), 'approvalsEscalateOverdue').escalatedCount).toBe(0);
    await t.db.prisma.approvalStep.updateMany({
      where: { requestId: rowId(id) },
      data: { dueAt: new Date(Date.now() - 60_000) },
    });
    expect(payload(await t.gql(o.org.adminKey, ESCALATE), 'approvalsEscalateOverdue').escalatedCount).toBe(1);
    expect(payload(await t.gql(o.org.adminKey, ESCALATE), 'approvalsEscalateOverdue').escalatedCount).toBe(0);
    const request = await read(o.org.adminKey, id);
    expect(request.steps[0].escalatedAt).not.toBeNull();
    expect(request.steps[0].assignees.map((a: any) => [a.employee.name, a.status])).toEqual([
      ['Mona Manager', 'ESCALATED'],
      ['Hank Head', 'PENDING'],
    ]);
    expect((await act(o.manager.key, APPROVE, 'approvalRequestApprove', { id })).errors).toEqual([
      expect.objectContaining({ code: 'STEP_CLOSED' }),
    ]);
    expect((await act(o.salesHead.key, APPROVE, 'approvalRequestApprove', { id })).approvalRequest.status).toBe(
      'APPROVED',
    );
    expect(request.history.map((h: any) => h.action)).toEqual(['SUBMITTED', 'ESCALATED']);
    const forbidden = await t.gql(o.hrKey, ESCALATE);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('inbox and visibility', () => {
  it('lists what is pending on me, decided by me and requested by me, with counts', async () => {
    const fresh = await approvalOrg(t, 'Approval Inbox Org');
    const ids = [];
    for (const amount of ['1', '2', '3']) ids.push(await submitOk(t, fresh.org.organizationId, fresh.alice.id, amount));
    await act(fresh.manager.key, APPROVE, 'approvalRequestApprove', { id: ids[0] });
    const pending = await t.gql(fresh.manager.key, MY_APPROVALS, {});
    expect(pending.data.myApprovals).toMatchObject({
      totalCount: 2,
      counts: { pendingOnMe: 2, decidedByMe: 1, requestedByMe: 0 },
    });
    expect(pending.data.myApprovals.nodes.map((n: any) => n.id).sort()).toEqual([ids[1], ids[2]].sort());
    const decided = await t.gql(fresh.manager.key, MY_APPROVALS, { where: { view: 'DECIDED_BY_ME' } });
    expect(decided.data.myApprovals.nodes).toEqual([expect.objectContaining({ id: ids[0], status: 'APPROVED' })]);
    const mine = await t.gql(fresh.alice.key, MY_APPROVALS, { where: { view: 'REQUESTED_BY_ME', status: 'PENDING' } });
    expect(mine.data.myApprovals).toMatchObject({
      totalCount: 2,
      counts: { pendingOnMe: 0, decidedByMe: 0, requestedByMe: 3 },
    });
    // Pages follow each other through cursors, forwards and backwards.
    const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
      myApprovals(first: $first, after: $after, last: $last, before: $before) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } }
    }`;
    const one = (await t.gql(fresh.manager.key, PAGE, { first: 1 })).data.myApprovals;
    const two = (await t.gql(fresh.manager.key, PAGE, { first: 1, after: one.pageInfo.endCursor })).data.myApprovals;
    expect(one.pageInfo.hasNextPage).toBe(true);
    expect(two.pageInfo.hasNextPage).toBe(false);
    expect([one.nodes[0].id, two.nodes[0].id]).toEqual(pending.data.myApprovals.nodes.map((n: any) => n.id));
    const back = (await t.gql(fresh.manager.key, PAGE, { last: 1, before: two.pageInfo.startCursor })).data.myApprovals;
    expect(back.nodes).toEqual(one.nodes);
    const keyless = await t.gql(fresh.hrKey, MY_APPROVALS, {});
    expect(keyless.data.myApprovals).toMatchObject({ totalCount: 0, counts: { pendingOnMe: 0 } });
  });

  it('shows a request only to ADMIN, its requester and its approvers, and nothing to another organization', async () => {
    const id = await submitOk(t, o.org.organizationId, o.alice.id, '110');
    expect(await read(o.bob.key, id)).toBeNull();
    expect((await t.gql(o.bob.key, `query($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toBeNull();
    expect((await read(o.manager.key, id)).id).toBe(id);
    expect((await read(o.alice.key, id)).id).toBe(id);
    expect((await read(o.org.adminKey, id)).id).toBe(id);
    expect((await t.gql(o.org.adminKey, `query($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toEqual({ id });
    const bobs = await t.gql(o.bob.key, `{ approvalRequests(first: 100) { nodes { id requester { name } } } }`);
    expect(bobs.data.approvalRequests.nodes.every((n: any) => n.requester.name === 'Bob')).toBe(true);
    expect(bobs.data.approvalRequests.nodes.some((n: any) => n.id === id)).toBe(false);
    // A decision by someone who cannot see the request changes nothing.
    expect((await act(o.bob.key, APPROVE, 'approvalRequestApprove', { id })).errors).toEqual([
      expect.objectContaining({ code: 'NOT_AN_APPROVER' }),
    ]);

    const foreign = await t.newOrg('Approval Foreign Org');
    expect((await t.gql(foreign.adminKey, REQUEST, { id })).data.approvalRequest).toBeNull();
    expect(
      (await t.gql(foreign.adminKey, `{ approvalRequests { totalCount } approvalPolicies { totalCount } }`)).data,
    ).toEqual({
      approvalRequests: { totalCount: 0 },
      approvalPolicies: { totalCount: 0 },
    });
    expect((await act(foreign.adminKey, APPROVE, 'approvalRequestApprove', { id })).errors).toEqual([
      expect.objectContaining({ code: 'NOT_AN_EMPLOYEE' }),
    ]);
  });
});
