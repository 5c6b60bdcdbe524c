// The demo's people and approvals: the whole demo seeded into a fresh organization, read over the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../src/platform/organizations.js';
import { InterruptedError, type Progress } from '../../src/platform/progress.js';
import { DEMO_APPROVAL_STEPS, seedDemoApprovals } from '../../src/seed/demo-approvals.js';
import { DEMO_PEOPLE_STEPS, hamburgHolidays, seedDemoPeople } from '../../src/seed/demo-hr.js';
import { DEMO_STEPS, seedDemoData } from '../../src/seed/demo.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { API_KEY_CREATE, EMPLOYEE_UPDATE, mutate } from './helpers.js';

function recording(steps: number[], interruptAt = Infinity): Progress {
  const at = (done: number) => {
    steps.push(done);
    if (done >= interruptAt) throw new InterruptedError();
  };
  return {
    signal: new AbortController().signal,
    tick: at,
    step: async (done) => at(done),
    finish: () => undefined,
    dispose: () => undefined,
  };
}

const today = new Date().toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));
const sum = (values: string[]) => values.reduce((total, value) => total + Number(value), 0);

describe('demo people and approvals', () => {
  let t: TestApp;
  let admin: string;
  let summary: Awaited<ReturnType<typeof seedDemoData>>;
  const steps: number[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const organization = await createOrganization(
      t.db.prisma,
      { name: 'Demo HR Org', baseCurrency: 'EUR' },
      async (tx, actor) => {
        summary = await seedDemoData(tx, actor, recording(steps));
      },
    );
    admin = organization.apiKey.secret;
  });
  afterAll(() => t.close());

  it('reports the people and approvals in the summary and ticks every step up to DEMO_STEPS', () => {
    expect(summary).toMatchObject({ employees: 18, departments: 5, approvalPolicies: 4, salesOrders: 2 });
    expect(steps.at(-1)).toBe(DEMO_STEPS);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    const hrSteps = DEMO_PEOPLE_STEPS + DEMO_APPROVAL_STEPS;
    for (let step = DEMO_STEPS - hrSteps; step <= DEMO_STEPS; step += 1) expect(steps).toContain(step);
  });

  it('has one org chart under the CEO: departments with heads, positions, hire dates and emails', async () => {
    const res = await t.gql(
      admin,
      `{ employees(first: 100) { totalCount nodes { name workEmail hireDate status position { title } department { name head { name } }
           manager { name } chainOfCommand { name } } }
         departments(first: 100) { totalCount nodes { name parent { name } head { name } } }
         positions(first: 100) { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    const employees = res.data.employees.nodes;
    expect(res.data.employees.totalCount).toBe(18);
    const roots = employees.filter((e: any) => e.manager === null);
    expect(roots.map((e: any) => [e.name, e.position.title, e.department.name])).toEqual([
      ['Katharina Vogel', 'Managing Director', 'Management'],
    ]);
    for (const employee of employees.filter((e: any) => e.manager !== null)) {
      expect(employee.chainOfCommand.at(-1).name, employee.name).toBe('Katharina Vogel');
    }
    // A warehouse operative reports through the team lead and the head of operations.
    const picker = employees.find((e: any) => e.name === 'Piotr Zieliński');
    expect(picker.chainOfCommand.map((e: any) => e.name)).toEqual(['Aylin Demir', 'Lars Nielsen', 'Katharina Vogel']);
    expect(new Set(employees.map((e: any) => e.workEmail)).size).toBe(18);
    expect(
      employees.every(
        (e: any) => /^[a-z.]+@demo-company\.example$/.test(e.workEmail) && e.hireDate < today && e.status === 'ACTIVE',
      ),
    ).toBe(true);
    expect(res.data.positions.totalCount).toBe(8);
    const departments = res.data.departments.nodes;
    expect(departments.map((d: any) => [d.name, d.parent?.name ?? null, d.head.name]).sort()).toEqual([
      ['Finance', 'Management', 'Stefan Richter'],
      ['Management', null, 'Katharina Vogel'],
      ['Operations', 'Management', 'Lars Nielsen'],
      ['Purchasing', 'Management', 'Claire Dupont'],
      ['Sales', 'Management', 'Sophie Brandt'],
    ]);
    // Every head sits in the department they head and reports to the CEO.
    for (const department of departments.filter((d: any) => d.parent)) {
      const head = employees.find((e: any) => e.name === department.head.name);
      expect([head.department.name, head.manager.name]).toEqual([department.name, 'Katharina Vogel']);
    }
  });

  it("has this year's Hamburg holidays", async () => {
    const res = await t.gql(admin, `query($year: Int!) { holidays(year: $year) { date name } }`, { year });
    expect(res.errors).toBeUndefined();
    expect(res.data.holidays).toEqual(hamburgHolidays(year));
    expect(res.data.holidays).toContainEqual({ date: `${year}-10-31`, name: 'Reformation Day' });
  });

  it('has a policy per subject type, and requests in every state with their approvers', async () => {
    const res = await t.gql(
      admin,
      `{ approvalPolicies { nodes { subjectType name } }
         approvalRequests(first: 100) { totalCount nodes { subjectType status ruleName requester { name }
           history { action actorName comment onBehalfOf { name } }
           currentStep { name status assignees { status employee { name } onBehalfOf { name } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.approvalPolicies.nodes.map((p: any) => p.subjectType).sort()).toEqual([
      'EXPENSE_CLAIM',
      'LEAVE_REQUEST',
      'PURCHASE_REQUEST',
      'SALES_ORDER',
    ]);
    const requests = res.data.approvalRequests.nodes;
    expect(res.data.approvalRequests.totalCount).toBe(13);
    const count = (status: string) => requests.filter((r: any) => r.status === status).length;
    expect([count('APPROVED'), count('PENDING'), count('REJECTED'), count('RETURNED')]).toEqual([6, 5, 1, 1]);
    const pending = requests
      .filter((r: any) => r.status === 'PENDING')
      .map((r: any) => [
        r.subjectType,
        r.requester.name,
        r.currentStep.name,
        r.currentStep.assignees
          .filter((a: any) => a.status === 'PENDING')
          .map((a: any) => [a.employee.name, a.onBehalfOf?.name ?? null]),
      ])
      .sort();
    expect(pending).toEqual([
      ['EXPENSE_CLAIM', 'Lars Nielsen', 'Finance', [['Stefan Richter', null]]],
      ['EXPENSE_CLAIM', 'Tobias Krüger', 'Manager', [['Marco Bellini', 'Sophie Brandt']]],
      ['LEAVE_REQUEST', 'Julia Hartmann', 'HR', [['Greta Olsen', null]]],
      ['LEAVE_REQUEST', 'Piotr Zieliński', 'Manager', [['Aylin Demir', null]]],
      ['PURCHASE_REQUEST', 'Mehmet Yılmaz', 'Finance', [['Stefan Richter', null]]],
    ]);
    const rejected = requests.find((r: any) => r.status === 'REJECTED');
    expect(rejected.requester.name).toBe('Emily Clarke');
    expect(rejected.history.map((h: any) => [h.action, h.actorName])).toEqual(
      expect.arrayContaining([
        ['SUBMITTED', 'Emily Clarke'],
        ['REJECTED', 'Sophie Brandt'],
      ]),
    );
    // The demo's sales orders were confirmed before the sales order policy existed.
    expect(requests.some((r: any) => r.subjectType === 'SALES_ORDER')).toBe(false);
    const orders = await t.gql(admin, `{ salesOrders { nodes { number status } } }`);
    expect(orders.data.salesOrders.nodes.map((o: any) => [o.number, o.status]).sort()).toEqual([
      ['SO-00001', 'CONFIRMED'],
      ['SO-00002', 'PARTIALLY_SHIPPED'],
    ]);
  });

  it("has the head of sales' approvals delegated to an account manager while she is on leave", async () => {
    const res = await t.gql(
      admin,
      `{ delegations { nodes { delegator { name } delegate { name } status startsOn endsOn } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.delegations.nodes).toHaveLength(1);
    const [delegation] = res.data.delegations.nodes;
    expect(delegation).toMatchObject({
      delegator: { name: 'Sophie Brandt' },
      delegate: { name: 'Marco Bellini' },
      status: 'ACTIVE',
    });
    expect(delegation.startsOn <= today && today <= delegation.endsOn).toBe(true);
  });

  it('has leave balances that add up to the approved and pending leave', async () => {
    const leave = await t.gql(
      admin,
      `{ leaveRequests(first: 100) { totalCount nodes { employee { id name } leaveType { code } startDate endDate days status } } }`,
    );
    expect(leave.errors).toBeUndefined();
    const requests = leave.data.leaveRequests.nodes;
    expect(leave.data.leaveRequests.totalCount).toBe(7);
    expect(requests.map((r: any) => r.status).sort()).toEqual([
      'APPROVED',
      'APPROVED',
      'APPROVED',
      'APPROVED',
      'PENDING',
      'PENDING',
      'REJECTED',
    ]);
    expect(requests.every((r: any) => r.startDate.slice(0, 4) === r.endDate.slice(0, 4))).toBe(true);
    const annual = requests.filter((r: any) => r.leaveType.code === 'ANNUAL');
    const checked = new Set<string>();
    for (const request of annual) {
      const key = `${request.employee.id}:${request.startDate.slice(0, 4)}`;
      if (checked.has(key)) continue;
      checked.add(key);
      const mine = annual.filter((r: any) => `${r.employee.id}:${r.startDate.slice(0, 4)}` === key);
      const res = await t.gql(
        admin,
        `query($id: ID!, $year: Int!) { leaveBalances(employeeId: $id, year: $year) { leaveTypeCode entitled carriedOver taken pending remaining } }`,
        {
          id: request.employee.id,
          year: Number(request.startDate.slice(0, 4)),
        },
      );
      expect(res.errors).toBeUndefined();
      const balance = res.data.leaveBalances.find((b: any) => b.leaveTypeCode === 'ANNUAL');
      const taken = sum(mine.filter((r: any) => r.status === 'APPROVED').map((r: any) => r.days));
      const pending = sum(mine.filter((r: any) => r.status === 'PENDING').map((r: any) => r.days));
      expect([Number(balance.entitled), Number(balance.taken), Number(balance.pending)], request.employee.name).toEqual(
        [25, taken, pending],
      );
      expect(Number(balance.remaining)).toBe(Number(balance.entitled) + Number(balance.carriedOver) - taken - pending);
    }
    // The rejected request returned its days; the long leave waits for HR with its days reserved.
    expect(checked.size).toBe(6);
    const julia = annual.find((r: any) => r.employee.name === 'Julia Hartmann');
    expect([julia.status, Number(julia.days) > 10]).toEqual(['PENDING', true]);
  });

  it('has expense claims approved (booked), pending and returned', async () => {
    const res = await t.gql(
      admin,
      `{ expenseClaims(first: 100) { nodes { title status baseAmount journalEntryId employee { name } lines { category amount { amount currency } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const claims = res.data.expenseClaims.nodes;
    expect(claims.map((c: any) => [c.employee.name, c.status]).sort()).toEqual([
      ['Henrik Larsen', 'RETURNED'],
      ['Lars Nielsen', 'PENDING'],
      ['Marco Bellini', 'PAYABLE'],
      ['Tobias Krüger', 'PENDING'],
    ]);
    const paid = claims.find((c: any) => c.status === 'PAYABLE');
    expect(paid.journalEntryId).not.toBeNull();
    expect(paid.lines.map((l: any) => l.amount.currency)).toEqual(['EUR', 'GBP', 'GBP']);
    // 312.40 EUR + (236.00 + 64.50) GBP at the demo's 1.1650
    expect(Number(paid.baseAmount)).toBeCloseTo(312.4 + 300.5 * 1.165, 2);
  });

  it('has purchase requests approved, waiting for finance, and one small enough to need no approval', async () => {
    const res = await t.gql(
      admin,
      `{ purchaseRequests(first: 100) { nodes { number status approvedWithoutPolicy requester { name } estimatedTotal { amount } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(
      res.data.purchaseRequests.nodes
        .map((r: any) => [r.number, r.status, r.approvedWithoutPolicy, r.requester.name])
        .sort(),
    ).toEqual([
      ['PR-00001', 'APPROVED', false, 'Aylin Demir'],
      ['PR-00002', 'PENDING_APPROVAL', false, 'Mehmet Yılmaz'],
      ['PR-00003', 'APPROVED', true, 'Piotr Zieliński'],
    ]);
  });

  // Last: it decides a request, which the tests above read as pending.
  it('lets the approver of a pending request act through a key linked to her', async () => {
    const people = await t.gql(admin, `{ employees(where: { name: { equals: "Aylin Demir" } }) { nodes { id } } }`);
    expect(people.errors).toBeUndefined();
    const aylin = people.data.employees.nodes[0].id;
    const created = await t.gql(admin, API_KEY_CREATE, {
      input: { name: 'Aylin Demir', roles: ['EMPLOYEE', 'WAREHOUSE'] },
    });
    expect(created.errors).toBeUndefined();
    await mutate(t, admin, EMPLOYEE_UPDATE, 'employeeUpdate', {
      id: aylin,
      apiKeyId: created.data.apiKeyCreate.apiKey.id,
    });
    const key = created.data.apiKeyCreate.secret;

    const inbox = await t.gql(key, `{ myApprovals { totalCount nodes { id subjectType requester { name } } } }`);
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data.myApprovals.nodes.map((r: any) => [r.subjectType, r.requester.name])).toEqual([
      ['LEAVE_REQUEST', 'Piotr Zieliński'],
    ]);
    const approved = await t.gql(
      key,
      `mutation($input: ApprovalDecisionInput!) { approvalRequestApprove(input: $input) { approvalRequest { status } errors { code message } } }`,
      { input: { id: inbox.data.myApprovals.nodes[0].id, comment: 'Good luck with the move.' } },
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approvalRequestApprove).toEqual({ approvalRequest: { status: 'APPROVED' }, errors: [] });
  });
});

describe('demo people and approvals, interrupted', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('leaves nothing behind: the people, policies and requests roll back with the organization', async () => {
    let organizationId = '';
    const written: Record<string, number> = {};
    const steps: number[] = [];
    // Interrupted when the expense claims are about to start: people, policies and leave requests are written by then.
    const progress = recording(steps, DEMO_PEOPLE_STEPS + 2);
    await expect(
      createOrganization(t.db.prisma, { name: 'Demo HR Rollback Org', baseCurrency: 'EUR' }, async (tx, actor) => {
        organizationId = actor.organizationId;
        const { staff } = await seedDemoPeople(tx, actor, progress, 0);
        try {
          await seedDemoApprovals(tx, actor, staff, progress, DEMO_PEOPLE_STEPS);
        } finally {
          written.employees = await tx.employee.count();
          written.approvalRequests = await tx.approvalRequest.count();
        }
      }),
    ).rejects.toBeInstanceOf(InterruptedError);
    expect(written).toEqual({ employees: 18, approvalRequests: 7 });
    const where = { organizationId };
    const left = await Promise.all([
      t.db.prisma.organization.count({ where: { id: organizationId } }),
      t.db.prisma.employee.count({ where }),
      t.db.prisma.department.count({ where }),
      t.db.prisma.holiday.count({ where }),
      t.db.prisma.approvalPolicy.count({ where }),
      t.db.prisma.approvalRequest.count({ where }),
      t.db.prisma.leaveRequest.count({ where }),
      t.db.prisma.auditLog.count({ where }),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
