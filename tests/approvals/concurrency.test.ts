import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { onPostgres } from '../crm/helpers.js';
import { createEmployee, employeeWithKey, mutate, payload } from '../hr/helpers.js';
import { APPROVE, POLICY_CREATE, TEST_SUBJECT, WITHDRAW, handlerCalls, rowId, submitOk } from './helpers.js';

// PGlite runs one transaction at a time, so races only happen on PostgreSQL.
describe.skipIf(!onPostgres)('concurrent approval decisions (PostgreSQL)', () => {
  const APPROVERS = 8;
  let t: TestApp;
  let org: TestOrg;
  let requester: { id: string; key: string };
  let manager: { id: string; key: string };
  const approvers: { id: string; key: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.newOrg('Approval Race Org');
    const hrKey = await org.key('HR');
    manager = await employeeWithKey(t, org, hrKey, { name: 'Race Manager' });
    requester = await employeeWithKey(t, org, hrKey, { name: 'Race Requester', managerId: manager.id });
    for (let i = 0; i < APPROVERS; i += 1)
      approvers.push(await employeeWithKey(t, org, hrKey, { name: `Racer ${i}` }, ['ACCOUNTING']));
    await mutate(t, org.adminKey, POLICY_CREATE, 'approvalPolicyCreate', {
      subjectType: TEST_SUBJECT,
      name: 'Race policy',
      rules: [
        {
          name: 'Small',
          conditions: [{ fact: 'AMOUNT', operator: 'LT', values: ['100'] }],
          steps: [{ name: 'Manager', mode: 'ANY', approvers: [{ kind: 'MANAGER' }] }],
        },
        {
          name: 'Any clerk',
          steps: [{ name: 'Clerks', mode: 'ANY', approvers: [{ kind: 'ROLE', role: 'ACCOUNTING' }] }],
        },
      ],
    });
    void createEmployee;
  });
  afterAll(() => t.close());

  it('gives exactly one decision and one handler call when every approver of an ANY step approves at once', async () => {
    const id = await submitOk(t, org.organizationId, requester.id, '500');
    const results = await Promise.all(approvers.map((a) => t.gql(a.key, APPROVE, { input: { id } })));
    const outcomes = results.map(
      (res) =>
        payload(res, 'approvalRequestApprove')
          .errors.map((e: { code: string }) => e.code)
          .join() || 'OK',
    );
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'STEP_CLOSED')).toHaveLength(APPROVERS - 1);
    const request = await t.db.prisma.approvalRequest.findUniqueOrThrow({
      where: { id: rowId(id) },
      include: { assignees: true, history: true },
    });
    expect(request.status).toBe('APPROVED');
    expect(request.assignees.filter((a) => a.status === 'APPROVED')).toHaveLength(1);
    expect(request.history.filter((h) => h.action === 'APPROVED')).toHaveLength(1);
    expect(await handlerCalls(t, org.organizationId, request.subjectId)).toEqual(['test.onApproved']);
  });

  it('leaves a consistent state when approve and withdraw race', async () => {
    for (let round = 0; round < 5; round += 1) {
      const id = await submitOk(t, org.organizationId, requester.id, '10');
      const [approve, withdraw] = await Promise.all([
        t.gql(manager.key, APPROVE, { input: { id } }),
        t.gql(requester.key, WITHDRAW, { input: { id } }),
      ]);
      const approved = payload(approve, 'approvalRequestApprove').errors.length === 0;
      const withdrawn = payload(withdraw, 'approvalRequestWithdraw').errors.length === 0;
      expect(approved !== withdrawn).toBe(true);
      const request = await t.db.prisma.approvalRequest.findUniqueOrThrow({
        where: { id: rowId(id) },
        include: { assignees: true },
      });
      expect(request.status).toBe(approved ? 'APPROVED' : 'WITHDRAWN');
      expect(request.assignees.map((a) => a.status)).toEqual([approved ? 'APPROVED' : 'SKIPPED']);
      expect(await handlerCalls(t, org.organizationId, request.subjectId)).toEqual([
        approved ? 'test.onApproved' : 'test.onWithdrawn',
      ]);
    }
  });
});
