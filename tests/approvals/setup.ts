import { expect } from 'vitest';
import type { TestApp, TestOrg } from '../support/app.js';
import { createDepartment, createEmployee, employeeWithKey, mutate } from '../hr/helpers.js';
import { POLICY_CREATE, TEST_SUBJECT } from './helpers.js';

export interface Person {
  id: string;
  key: string;
  name: string;
}

export interface ApprovalOrg {
  org: TestOrg;
  hrKey: string;
  ceo: Person;
  salesHead: Person;
  manager: Person;
  alice: Person;
  bob: Person;
  finance: Person[];
  policyId: string;
}

/**
 * Company (head: ceo) > Sales (head: salesHead). manager reports to salesHead, alice and bob to manager;
 * three finance clerks hold role ACCOUNTING. Policy for the test subject: above 5,000 manager, then
 * department head, then 2 of the 3 finance clerks; otherwise the manager alone, escalated after 24 hours
 * to the manager's manager.
 */
export async function approvalOrg(t: TestApp, name: string): Promise<ApprovalOrg> {
  const org = await t.newOrg(name);
  const hrKey = await org.key('HR');
  const person = async (input: Record<string, unknown>, roles: ('EMPLOYEE' | 'ACCOUNTING')[] = ['EMPLOYEE']) => {
    const e = await employeeWithKey(t, org, hrKey, input, roles);
    return { id: e.id, key: e.key, name: e.name };
  };
  const company = await createDepartment(t, hrKey, { name: 'Company' });
  const sales = await createDepartment(t, hrKey, { name: 'Sales', parentId: company.id });
  const ceo = await person({ name: 'Cora CEO', departmentId: company.id });
  const salesHead = await person({ name: 'Hank Head', departmentId: sales.id, managerId: ceo.id });
  const manager = await person({ name: 'Mona Manager', departmentId: sales.id, managerId: salesHead.id });
  const alice = await person({ name: 'Alice', departmentId: sales.id, managerId: manager.id });
  const bob = await person({ name: 'Bob', departmentId: sales.id, managerId: manager.id });
  const finance = [];
  for (const n of [1, 2, 3])
    finance.push(await person({ name: `Fin ${n}`, departmentId: company.id, managerId: ceo.id }, ['ACCOUNTING']));
  await mutate(
    t,
    hrKey,
    `mutation($input: DepartmentUpdateInput!) { departmentUpdate(input: $input) { errors { code } } }`,
    'departmentUpdate',
    { id: company.id, headId: ceo.id },
  );
  await mutate(
    t,
    hrKey,
    `mutation($input: DepartmentUpdateInput!) { departmentUpdate(input: $input) { errors { code } } }`,
    'departmentUpdate',
    { id: sales.id, headId: salesHead.id },
  );
  const created = await mutate<{ approvalPolicy: { id: string } }>(
    t,
    org.adminKey,
    POLICY_CREATE,
    'approvalPolicyCreate',
    {
      subjectType: TEST_SUBJECT,
      name: 'Test documents',
      rules: [
        {
          name: 'Above 5,000',
          conditions: [{ fact: 'AMOUNT', operator: 'GT', values: ['5000'] }],
          steps: [
            { name: 'Manager', mode: 'ANY', approvers: [{ kind: 'MANAGER', level: 1 }] },
            { name: 'Department head', mode: 'ANY', approvers: [{ kind: 'DEPARTMENT_HEAD' }] },
            { name: 'Finance', mode: 'N_OF_M', requiredCount: 2, approvers: [{ kind: 'ROLE', role: 'ACCOUNTING' }] },
          ],
        },
        {
          name: 'Default',
          steps: [
            {
              name: 'Manager',
              mode: 'ANY',
              approvers: [{ kind: 'MANAGER', level: 1 }],
              slaHours: 24,
              escalateTo: [{ kind: 'MANAGER', level: 2 }],
            },
          ],
        },
      ],
    },
  );
  expect(created.approvalPolicy.id).toBeTruthy();
  void createEmployee;
  return { org, hrKey, ceo, salesHead, manager, alice, bob, finance, policyId: created.approvalPolicy.id };
}
