import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { onPostgres } from '../crm/helpers.js';
import { EMPLOYEE_UPDATE, createEmployee, employeeWithKey, mutate, payload } from './helpers.js';

// PGlite runs one transaction at a time, so races only happen on PostgreSQL.
describe.skipIf(!onPostgres)('concurrent reporting-line changes (PostgreSQL)', () => {
  let t: TestApp;
  let org: TestOrg;
  let hrKey: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.newOrg('HR Race Org');
    hrKey = await org.key('HR');
  });
  afterAll(() => t.close());

  it('never closes a manager loop when two employees are put under each other at once', async () => {
    for (let round = 0; round < 5; round += 1) {
      const a = await createEmployee(t, hrKey, { name: `Loop A${round}` });
      const b = await createEmployee(t, hrKey, { name: `Loop B${round}` });
      const [ab, ba] = await Promise.all([
        t.gql(hrKey, EMPLOYEE_UPDATE, { input: { id: a.id, managerId: b.id } }),
        t.gql(hrKey, EMPLOYEE_UPDATE, { input: { id: b.id, managerId: a.id } }),
      ]);
      const codes = [payload(ab, 'employeeUpdate'), payload(ba, 'employeeUpdate')].map(
        (p) => p.errors.map((e: { code: string }) => e.code).join() || 'OK',
      );
      expect(codes.sort()).toEqual(['MANAGER_CYCLE', 'OK']);
    }
    void org;
  });

  it('reserves leave once when two overlapping requests of one employee are submitted at once', async () => {
    const manager = await employeeWithKey(t, org, hrKey, { name: 'Race Leave Manager' });
    const worker = await employeeWithKey(t, org, hrKey, { name: 'Race Leave Worker', managerId: manager.id });
    await mutate(
      t,
      org.adminKey,
      `mutation($input: ApprovalPolicyCreateInput!) { approvalPolicyCreate(input: $input) { errors { code } } }`,
      'approvalPolicyCreate',
      {
        subjectType: 'LEAVE_REQUEST',
        name: 'Leave',
        rules: [{ name: 'Manager', steps: [{ name: 'Manager', mode: 'ANY', approvers: [{ kind: 'MANAGER' }] }] }],
      },
    );
    const types = (await t.gql(worker.key, `{ leaveTypes { id code } }`)).data.leaveTypes;
    const annual = types.find((lt: { code: string }) => lt.code === 'ANNUAL').id;
    const drafts = [];
    for (const [start, end] of [
      ['2033-06-06', '2033-06-10'],
      ['2033-06-09', '2033-06-15'],
    ]) {
      const created = await mutate<{ leaveRequest: { id: string } }>(
        t,
        worker.key,
        `mutation($input: LeaveRequestCreateInput!) { leaveRequestCreate(input: $input) { leaveRequest { id } errors { code } } }`,
        'leaveRequestCreate',
        { leaveTypeId: annual, startDate: start, endDate: end },
      );
      drafts.push(created.leaveRequest.id);
    }
    const SUBMIT = `mutation($input: LeaveRequestSubmitInput!) { leaveRequestSubmit(input: $input) { errors { code } } }`;
    const results = await Promise.all(drafts.map((id) => t.gql(worker.key, SUBMIT, { input: { id } })));
    const codes = results.map(
      (res) =>
        payload(res, 'leaveRequestSubmit')
          .errors.map((e: { code: string }) => e.code)
          .join() || 'OK',
    );
    expect(codes.sort()).toEqual(['LEAVE_OVERLAP', 'OK']);
    const balances = await t.gql(worker.key, `{ leaveBalances(year: 2033) { leaveTypeCode pending } }`);
    expect(
      balances.data.leaveBalances.find((b: { leaveTypeCode: string }) => b.leaveTypeCode === 'ANNUAL').pending,
    ).toBe('5');
  });
});
