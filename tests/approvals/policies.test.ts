import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { mutate, payload } from '../hr/helpers.js';
import { POLICY_CREATE, POLICY_UPDATE, TEST_SUBJECT, submit } from './helpers.js';
import { approvalOrg, type ApprovalOrg } from './setup.js';

let t: TestApp;
let o: ApprovalOrg;

beforeAll(async () => {
  t = await createTestApp();
  o = await approvalOrg(t, 'Approval Policies Org');
});
afterAll(() => t.close());

const oneStep = [{ name: 'Only', steps: [{ name: 'Manager', mode: 'ANY', approvers: [{ kind: 'MANAGER' }] }] }];

describe('approval policies', () => {
  it('reads back the rules with global IDs for named employees and departments', async () => {
    const res = await t.gql(
      o.org.adminKey,
      `query { approvalPolicies { totalCount nodes { subjectType version rules { name conditions { fact operator values } steps { name mode requiredCount slaHours approvers { kind level role } escalateTo { kind level } } } } } approvalSubjectTypes }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.approvalSubjectTypes).toContain(TEST_SUBJECT);
    const [policy] = res.data.approvalPolicies.nodes;
    expect(policy.rules[0]).toEqual({
      name: 'Above 5,000',
      conditions: [{ fact: 'AMOUNT', operator: 'GT', values: ['5000'] }],
      steps: [
        {
          name: 'Manager',
          mode: 'ANY',
          requiredCount: null,
          slaHours: null,
          approvers: [{ kind: 'MANAGER', level: 1, role: null }],
          escalateTo: null,
        },
        {
          name: 'Department head',
          mode: 'ANY',
          requiredCount: null,
          slaHours: null,
          approvers: [{ kind: 'DEPARTMENT_HEAD', level: null, role: null }],
          escalateTo: null,
        },
        {
          name: 'Finance',
          mode: 'N_OF_M',
          requiredCount: 2,
          slaHours: null,
          approvers: [{ kind: 'ROLE', level: null, role: 'ACCOUNTING' }],
          escalateTo: null,
        },
      ],
    });
    expect(policy.rules[1].steps[0]).toMatchObject({ slaHours: 24, escalateTo: [{ kind: 'MANAGER', level: 2 }] });
  });

  it('refuses unknown subject types, a second policy and bad rules', async () => {
    const unknown = payload(
      await t.gql(o.org.adminKey, POLICY_CREATE, { input: { subjectType: 'NOPE', name: 'x', rules: oneStep } }),
      'approvalPolicyCreate',
    );
    expect(unknown.errors).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_SUBJECT_TYPE', field: ['input', 'subjectType'] }),
    ]);
    const second = payload(
      await t.gql(o.org.adminKey, POLICY_CREATE, { input: { subjectType: TEST_SUBJECT, name: 'x', rules: oneStep } }),
      'approvalPolicyCreate',
    );
    expect(second.errors).toEqual([expect.objectContaining({ code: 'POLICY_EXISTS' })]);
    const badEmployee = payload(
      await t.gql(o.org.adminKey, POLICY_UPDATE, {
        input: {
          id: o.policyId,
          rules: [
            {
              name: 'Named',
              steps: [{ name: 'S', mode: 'ANY', approvers: [{ kind: 'EMPLOYEE', employeeId: o.policyId }] }],
            },
          ],
        },
      }),
      'approvalPolicyUpdate',
    );
    expect(badEmployee.errors).toEqual([
      expect.objectContaining({
        code: 'NOT_FOUND',
        field: ['input', 'rules', '0', 'steps', '0', 'approvers', '0', 'employeeId'],
      }),
    ]);
    const forbidden = await t.gql(o.hrKey, POLICY_CREATE, {
      input: { subjectType: TEST_SUBJECT, name: 'x', rules: oneStep },
    });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('updates with an expected version; requests already submitted keep their steps', async () => {
    const before = await submit(t, o.org.organizationId, o.alice.id, '9000');
    expect(before.errors).toEqual([]);
    const stale = payload(
      await t.gql(o.org.adminKey, POLICY_UPDATE, { input: { id: o.policyId, expectedVersion: 9, name: 'x' } }),
      'approvalPolicyUpdate',
    );
    expect(stale.errors).toEqual([expect.objectContaining({ code: 'STALE_VERSION' })]);
    const updated = await mutate<{ approvalPolicy: { version: number } }>(
      t,
      o.org.adminKey,
      POLICY_UPDATE,
      'approvalPolicyUpdate',
      {
        id: o.policyId,
        expectedVersion: 1,
        rules: [
          {
            name: 'Sales only',
            conditions: [{ fact: 'DEPARTMENT', operator: 'IN', values: [(await salesDepartment()) as string] }],
            steps: oneStep[0].steps,
          },
          {
            name: 'Named',
            conditions: [{ fact: 'REQUESTER', operator: 'EQ', values: [o.finance[0].id] }],
            steps: [
              {
                name: 'CEO',
                mode: 'ALL',
                approvers: [{ kind: 'EMPLOYEE', employeeId: o.ceo.id }, { kind: 'DEPARTMENT_HEAD' }],
              },
            ],
          },
        ],
      },
    );
    expect(updated.approvalPolicy.version).toBe(2);
    const request = await t.db.prisma.approvalRequest.findFirstOrThrow({
      where: { subjectId: before.subjectId },
      include: { steps: true },
    });
    expect(request.steps).toHaveLength(3);
    expect((await submit(t, o.org.organizationId, o.alice.id, '1')).errors).toEqual([]);
    // Fin 1's department (Company) is headed by the CEO, who is also named: one approver, needed once.
    const named = await submit(t, o.org.organizationId, o.finance[0].id, '1');
    expect(named.errors).toEqual([]);
    const namedSteps = await t.db.prisma.approvalStep.findMany({
      where: { request: { subjectId: named.subjectId } },
      include: { assignees: true },
    });
    expect(namedSteps.map((s) => [s.mode, s.requiredApprovals, s.assignees.length])).toEqual([['ALL', 1, 1]]);
    const unmatched = await submit(t, o.org.organizationId, o.finance[1].id, '1');
    expect(unmatched.errors).toEqual([expect.objectContaining({ code: 'NO_MATCHING_RULE' })]);
  });
});

async function salesDepartment(): Promise<string | undefined> {
  const res = await t.gql(o.org.adminKey, `{ departments(where: { name: { equals: "Sales" } }) { nodes { id } } }`);
  return res.data.departments.nodes[0]?.id;
}
