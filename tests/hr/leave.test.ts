import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { HOLIDAY_SET, employeeWithKey, mutate, payload } from './helpers.js';

let t: TestApp;
let org: TestOrg;
let hrKey: string;
let manager: { id: string; key: string };
let alice: { id: string; key: string };
let types: Record<string, string>;

const LEAVE_CREATE = `mutation($input: LeaveRequestCreateInput!) {
  leaveRequestCreate(input: $input) { leaveRequest { id days status } errors { code message field } }
}`;
const LEAVE_SUBMIT = `mutation($input: LeaveRequestSubmitInput!) {
  leaveRequestSubmit(input: $input) { leaveRequest { id days status approvalRequest { id status } } errors { code message field } }
}`;
const APPROVE = `mutation($input: ApprovalDecisionInput!) { approvalRequestApprove(input: $input) { approvalRequest { status } errors { code } } }`;
const REJECT = `mutation($input: ApprovalDecisionInput!) { approvalRequestReject(input: $input) { approvalRequest { status } errors { code } } }`;
const RETURN = `mutation($input: ApprovalDecisionInput!) { approvalRequestReturn(input: $input) { approvalRequest { status } errors { code } } }`;
const WITHDRAW = `mutation($input: ApprovalRequestActionInput!) { approvalRequestWithdraw(input: $input) { approvalRequest { status } errors { code } } }`;
const RESUBMIT = `mutation($input: ApprovalRequestActionInput!) { approvalRequestResubmit(input: $input) { approvalRequest { status } errors { code message } } }`;
const BALANCES = `query($year: Int!, $employeeId: ID) { leaveBalances(year: $year, employeeId: $employeeId) { leaveTypeCode year entitled carriedOver taken pending remaining } }`;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Leave Org');
  hrKey = await org.key('HR');
  manager = await employeeWithKey(t, org, hrKey, { name: 'Leave Manager' });
  alice = await employeeWithKey(t, org, hrKey, { name: 'Leave Alice', managerId: manager.id });
  const listed = await t.gql(alice.key, `{ leaveTypes { id code paid yearlyEntitlement carryOverCap } }`);
  expect(listed.data.leaveTypes.map((lt: any) => [lt.code, lt.paid, lt.yearlyEntitlement, lt.carryOverCap])).toEqual([
    ['ANNUAL', true, '25', '5'],
    ['SICK', true, null, '0'],
    ['UNPAID', false, null, '0'],
  ]);
  types = Object.fromEntries(listed.data.leaveTypes.map((lt: any) => [lt.code, lt.id]));
  await mutate(
    t,
    org.adminKey,
    `mutation($input: ApprovalPolicyCreateInput!) { approvalPolicyCreate(input: $input) { errors { code message } } }`,
    'approvalPolicyCreate',
    {
      subjectType: 'LEAVE_REQUEST',
      name: 'Leave',
      rules: [{ name: 'Manager', steps: [{ name: 'Manager', mode: 'ANY', approvers: [{ kind: 'MANAGER' }] }] }],
    },
  );
  await mutate(t, hrKey, HOLIDAY_SET, 'holidaySet', {
    year: 2031,
    holidays: [{ date: '2031-05-01', name: 'Labour Day' }],
  });
});
afterAll(() => t.close());

async function draft(input: Record<string, unknown>, key = alice.key) {
  return payload(
    await t.gql(key, LEAVE_CREATE, { input: { leaveTypeId: types.ANNUAL, ...input } }),
    'leaveRequestCreate',
  );
}
async function submitted(input: Record<string, unknown>) {
  const created = await draft(input);
  expect(created.errors).toEqual([]);
  const result = payload(
    await t.gql(alice.key, LEAVE_SUBMIT, { input: { id: created.leaveRequest.id } }),
    'leaveRequestSubmit',
  );
  return result;
}
async function balance(year: number, code = 'ANNUAL') {
  const res = await t.gql(alice.key, BALANCES, { year });
  expect(res.errors).toBeUndefined();
  return res.data.leaveBalances.find((b: any) => b.leaveTypeCode === code);
}

describe('leave', () => {
  it('counts working days over weekends, holidays and half days', async () => {
    // 2031-04-28 is a Monday; 1 May 2031 (Thursday) is a holiday.
    expect((await draft({ startDate: '2031-04-28', endDate: '2031-05-04' })).leaveRequest.days).toBe('4');
    expect(
      (await draft({ startDate: '2031-04-28', endDate: '2031-05-02', halfDayStart: true, halfDayEnd: true }))
        .leaveRequest.days,
    ).toBe('3');
    expect((await draft({ startDate: '2031-05-03', endDate: '2031-05-04' })).errors).toEqual([
      expect.objectContaining({ code: 'NO_WORKING_DAYS' }),
    ]);
    expect((await draft({ startDate: '2031-12-31', endDate: '2032-01-02' })).errors).toEqual([
      expect.objectContaining({ code: 'LEAVE_SPANS_YEARS' }),
    ]);
  });

  it('reserves days on submit, takes them on approval and releases them on rejection, withdrawal and return', async () => {
    expect(await balance(2031)).toMatchObject({
      entitled: '25',
      carriedOver: '0',
      taken: '0',
      pending: '0',
      remaining: '25',
    });
    const approved = await submitted({ startDate: '2031-06-02', endDate: '2031-06-06' });
    expect(approved.errors).toEqual([]);
    expect(approved.leaveRequest).toMatchObject({
      status: 'PENDING',
      days: '5',
      approvalRequest: { status: 'PENDING' },
    });
    expect(await balance(2031)).toMatchObject({ pending: '5', remaining: '20' });
    const approvalId = approved.leaveRequest.approvalRequest.id;
    expect(
      payload(await t.gql(manager.key, APPROVE, { input: { id: approvalId } }), 'approvalRequestApprove').errors,
    ).toEqual([]);
    expect(await balance(2031)).toMatchObject({ taken: '5', pending: '0', remaining: '20' });
    const node = await t.gql(alice.key, `query($id: ID!) { node(id: $id) { ... on LeaveRequest { status } } }`, {
      id: approved.leaveRequest.id,
    });
    expect(node.data.node).toEqual({ status: 'APPROVED' });

    const rejected = await submitted({ startDate: '2031-07-07', endDate: '2031-07-08', halfDayEnd: true });
    expect(await balance(2031)).toMatchObject({ pending: '1.5', remaining: '18.5' });
    await t.gql(manager.key, REJECT, { input: { id: rejected.leaveRequest.approvalRequest.id, comment: 'Busy week' } });
    expect(await balance(2031)).toMatchObject({ taken: '5', pending: '0', remaining: '20' });

    const withdrawn = await submitted({ startDate: '2031-08-04', endDate: '2031-08-04' });
    expect(
      payload(
        await t.gql(alice.key, WITHDRAW, { input: { id: withdrawn.leaveRequest.approvalRequest.id } }),
        'approvalRequestWithdraw',
      ).errors,
    ).toEqual([]);
    expect(await balance(2031)).toMatchObject({ pending: '0', remaining: '20' });

    const returned = await submitted({ startDate: '2031-09-01', endDate: '2031-09-02' });
    await t.gql(manager.key, RETURN, {
      input: { id: returned.leaveRequest.approvalRequest.id, comment: 'Pick other dates?' },
    });
    expect(await balance(2031)).toMatchObject({ pending: '0', remaining: '20' });
    const again = payload(
      await t.gql(alice.key, RESUBMIT, { input: { id: returned.leaveRequest.approvalRequest.id } }),
      'approvalRequestResubmit',
    );
    expect(again.errors).toEqual([]);
    expect(await balance(2031)).toMatchObject({ pending: '2', remaining: '18' });
    const statuses = await t.gql(hrKey, `{ leaveRequests(where: { year: 2031 }) { nodes { startDate status } } }`);
    expect(
      statuses.data.leaveRequests.nodes
        .filter((n: any) => n.status !== 'DRAFT')
        .map((n: any) => [n.startDate, n.status]),
    ).toEqual([
      ['2031-09-01', 'PENDING'],
      ['2031-08-04', 'WITHDRAWN'],
      ['2031-07-07', 'REJECTED'],
      ['2031-06-02', 'APPROVED'],
    ]);
  });

  it('refuses a request over the remaining balance and one overlapping a pending or approved request', async () => {
    const tooMuch = await submitted({ startDate: '2032-01-05', endDate: '2032-02-20' });
    expect(tooMuch.errors).toEqual([expect.objectContaining({ code: 'INSUFFICIENT_BALANCE' })]);
    const first = await submitted({ startDate: '2032-03-01', endDate: '2032-03-05' });
    expect(first.errors).toEqual([]);
    const overlap = await submitted({ startDate: '2032-03-05', endDate: '2032-03-09', leaveTypeId: types.UNPAID });
    expect(overlap.errors).toEqual([expect.objectContaining({ code: 'LEAVE_OVERLAP' })]);
    const after = await submitted({ startDate: '2032-03-08', endDate: '2032-03-09', leaveTypeId: types.UNPAID });
    expect(after.errors).toEqual([]);
    // 25 entitled + 5 carried over from 2031 - 5 pending.
    expect(await balance(2032)).toMatchObject({ pending: '5', remaining: '25' });
  });

  it('reports a refusal of the leave domain on resubmission through the approvals engine as SUBJECT_REFUSED', async () => {
    const returned = await submitted({ startDate: '2031-11-03', endDate: '2031-11-04' });
    await t.gql(manager.key, RETURN, {
      input: { id: returned.leaveRequest.approvalRequest.id, comment: 'Other dates' },
    });
    const meanwhile = await submitted({ startDate: '2031-11-04', endDate: '2031-11-05' });
    expect(meanwhile.errors).toEqual([]);
    const again = payload(
      await t.gql(alice.key, RESUBMIT, { input: { id: returned.leaveRequest.approvalRequest.id } }),
      'approvalRequestResubmit',
    );
    expect(again.errors).toEqual([
      expect.objectContaining({ code: 'SUBJECT_REFUSED', message: expect.stringMatching(/^LEAVE_OVERLAP: /) }),
    ]);
  });

  it('carries unused days over up to the cap', async () => {
    // 2031: 20 remaining after the approved week and the pending two days → 18 left, capped at 5.
    expect(await balance(2032)).toMatchObject({ carriedOver: '5' });
  });

  it('keeps leave private: another employee sees neither requests nor balances', async () => {
    const bob = await employeeWithKey(t, org, hrKey, { name: 'Leave Bob', managerId: manager.id });
    expect((await t.gql(bob.key, `{ leaveRequests { totalCount } }`)).data.leaveRequests.totalCount).toBe(0);
    const balances = await t.gql(bob.key, BALANCES, { year: 2031, employeeId: alice.id });
    expect(balances.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const forOther = await draft({ employeeId: alice.id, startDate: '2031-10-06', endDate: '2031-10-06' }, bob.key);
    expect(forOther.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    // The manager approves Alice's leave, so sees it.
    expect(
      (await t.gql(manager.key, `{ leaveRequests { totalCount } }`)).data.leaveRequests.totalCount,
    ).toBeGreaterThan(0);
    const typeCreate = await t.gql(
      bob.key,
      `mutation { leaveTypeCreate(input: { code: "X", name: "X", paid: true }) { errors { code } } }`,
    );
    expect(typeCreate.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const created = await t.gql(
      hrKey,
      `mutation { leaveTypeCreate(input: { code: "study", name: "Study leave", paid: true, yearlyEntitlement: "3.5" }) { leaveType { code yearlyEntitlement } errors { code } } }`,
    );
    expect(created.data.leaveTypeCreate.leaveType).toEqual({ code: 'STUDY', yearlyEntitlement: '3.5' });
  });
});
