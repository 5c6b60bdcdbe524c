import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { DEPARTMENT_UPDATE, createDepartment, createEmployee, mutate, refusal, type EmployeeData } from './helpers.js';

let t: TestApp;
let org: TestOrg;
let hrKey: string;
let ceo: EmployeeData;
let cfo: EmployeeData;
let controller: EmployeeData;
let clerk: EmployeeData;
let engineer: EmployeeData;
let company: { id: string };
let finance: { id: string };
let accounting: { id: string };
let engineering: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Org Chart Org');
  hrKey = await org.key('HR');
  company = await createDepartment(t, hrKey, { name: 'Company' });
  finance = await createDepartment(t, hrKey, { name: 'Finance', parentId: company.id });
  accounting = await createDepartment(t, hrKey, { name: 'Accounting', parentId: finance.id });
  engineering = await createDepartment(t, hrKey, { name: 'Engineering', parentId: company.id });
  ceo = await createEmployee(t, hrKey, { name: 'Ceo', code: 'CEO', departmentId: company.id });
  cfo = await createEmployee(t, hrKey, { name: 'Cfo', code: 'CFO', managerId: ceo.id, departmentId: finance.id });
  controller = await createEmployee(t, hrKey, {
    name: 'Controller',
    code: 'CTL',
    managerId: cfo.id,
    departmentId: accounting.id,
  });
  clerk = await createEmployee(t, hrKey, {
    name: 'Clerk',
    code: 'CLK',
    managerId: controller.id,
    departmentId: accounting.id,
  });
  engineer = await createEmployee(t, hrKey, {
    name: 'Engineer',
    code: 'ENG',
    managerId: ceo.id,
    departmentId: engineering.id,
  });
});
afterAll(() => t.close());

describe('org chart', () => {
  it('gives the chain of command upward, nearest first, for each employee of a list', async () => {
    const res = await t.gql(
      hrKey,
      `{ employees(first: 10, orderBy: [{ field: CODE }]) { nodes { code chainOfCommand { code } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const chains = Object.fromEntries(
      res.data.employees.nodes.map((n: any) => [n.code, n.chainOfCommand.map((m: any) => m.code)]),
    );
    expect(chains).toEqual({ CEO: [], CFO: ['CEO'], CTL: ['CFO', 'CEO'], CLK: ['CTL', 'CFO', 'CEO'], ENG: ['CEO'] });
  });

  it('lists direct reports', async () => {
    const res = await t.gql(
      hrKey,
      `query($id: ID!) { employee(id: $id) { directReports { totalCount nodes { code } } } }`,
      { id: ceo.id },
    );
    expect(res.data.employee.directReports).toEqual({ totalCount: 2, nodes: [{ code: 'CFO' }, { code: 'ENG' }] });
    const filtered = await t.gql(hrKey, `query($id: ID!) { employees(where: { managerId: $id }) { nodes { code } } }`, {
      id: cfo.id,
    });
    expect(filtered.data.employees.nodes).toEqual([{ code: 'CTL' }]);
  });

  it('lists department members with or without sub-departments', async () => {
    const query = `query($id: ID!, $sub: Boolean) { employees(where: { department: { id: $id, includeSubDepartments: $sub } }, orderBy: [{ field: CODE }]) { totalCount nodes { code } } }`;
    const direct = await t.gql(hrKey, query, { id: finance.id, sub: false });
    expect(direct.data.employees).toEqual({ totalCount: 1, nodes: [{ code: 'CFO' }] });
    const all = await t.gql(hrKey, query, { id: finance.id, sub: true });
    expect(all.data.employees).toEqual({ totalCount: 3, nodes: [{ code: 'CFO' }, { code: 'CLK' }, { code: 'CTL' }] });
    const whole = await t.gql(hrKey, query, { id: company.id, sub: true });
    expect(whole.data.employees.totalCount).toBe(5);
    const tree = await t.gql(
      hrKey,
      `query($id: ID!) { department(id: $id) { name children { name } employees { totalCount } parent { name } } }`,
      { id: finance.id },
    );
    expect(tree.data.department).toEqual({
      name: 'Finance',
      children: [{ name: 'Accounting' }],
      employees: { totalCount: 1 },
      parent: { name: 'Company' },
    });
  });

  it('refuses a department below itself with DEPARTMENT_CYCLE', async () => {
    expect(
      await refusal(t, hrKey, DEPARTMENT_UPDATE, 'departmentUpdate', { id: finance.id, parentId: accounting.id }),
    ).toEqual([expect.objectContaining({ code: 'DEPARTMENT_CYCLE', field: ['input', 'parentId'] })]);
    expect(
      await refusal(t, hrKey, DEPARTMENT_UPDATE, 'departmentUpdate', { id: finance.id, parentId: finance.id }),
    ).toEqual([expect.objectContaining({ code: 'DEPARTMENT_CYCLE' })]);
    const moved = await mutate<{ department: any }>(t, hrKey, DEPARTMENT_UPDATE, 'departmentUpdate', {
      id: accounting.id,
      parentId: company.id,
      headId: controller.id,
      expectedVersion: 1,
    });
    expect(moved.department).toMatchObject({ parent: { id: company.id }, head: { id: controller.id }, version: 2 });
    const top = await t.gql(hrKey, `{ departments(where: { topLevel: true }) { nodes { name } } }`);
    expect(top.data.departments.nodes).toEqual([{ name: 'Company' }]);
    void clerk;
    void engineer;
  });
});
