import { Prisma } from '../generated/prisma/client.js';
import * as approvals from '../domain/approvals/index.js';
import * as hr from '../domain/hr/index.js';
import * as purchasing from '../domain/purchasing/index.js';
import * as sales from '../domain/sales/index.js';
import type { Actor, TenantTx } from '../platform/index.js';
import type { Progress } from '../platform/progress.js';
import { addDays, isoDay, utcDay } from './demo-dates.js';
import { hamburgHolidays, type DemoStaff, type StaffKey } from './demo-hr.js';

type Person = DemoStaff[StaffKey];

/**
 * The employee acting: requests are submitted and decided by the people concerned, so the history,
 * the audit trail and the inboxes name them. The seed runs without their API keys (the demo prints
 * only the administrator's), as the command line does.
 */
function as(actor: Actor, person: Person): Actor {
  return { ...actor, name: person.name, roles: ['EMPLOYEE'], employeeId: person.id };
}

const manager = (level = 1): approvals.ApproverSpec => ({ kind: 'MANAGER', level });
const named = (person: Person): approvals.ApproverSpec => ({ kind: 'EMPLOYEE', employeeId: person.id });

/**
 * What a company of this size writes down: leave goes to the manager (long leave to HR too), expenses
 * to the manager (large ones to finance too), purchases over 500 EUR to purchasing (over 5,000 to
 * finance too, escalated to the CEO after two days), and sales orders over the credit limit or with
 * more than 15 % discount to the head of sales.
 */
function demoPolicies(staff: DemoStaff): approvals.ApprovalPolicyCreateInput[] {
  return [
    {
      subjectType: hr.LEAVE_SUBJECT,
      name: 'Leave approval',
      rules: [
        {
          name: 'Long leave (over 10 days)',
          conditions: [{ fact: 'DAYS', operator: 'GT', values: ['10'] }],
          steps: [
            { name: 'Manager', approvers: [manager()], mode: 'ANY', slaHours: 72 },
            { name: 'HR', approvers: [named(staff.hrOfficer)], mode: 'ANY' },
          ],
        },
        {
          name: 'Leave',
          conditions: [],
          steps: [
            {
              name: 'Manager',
              approvers: [manager()],
              mode: 'ANY',
              slaHours: 72,
              escalateTo: [{ kind: 'DEPARTMENT_HEAD' }],
            },
          ],
        },
      ],
    },
    {
      subjectType: hr.EXPENSE_SUBJECT,
      name: 'Expense claims',
      rules: [
        {
          name: 'Over 1,000 EUR',
          conditions: [{ fact: 'AMOUNT', operator: 'GT', values: ['1000'] }],
          steps: [
            { name: 'Manager', approvers: [manager()], mode: 'ANY' },
            { name: 'Finance', approvers: [named(staff.cfo)], mode: 'ANY' },
          ],
        },
        { name: 'Expenses', conditions: [], steps: [{ name: 'Manager', approvers: [manager()], mode: 'ANY' }] },
      ],
    },
    {
      subjectType: purchasing.PURCHASE_REQUEST_SUBJECT,
      name: 'Purchase requests',
      rules: [
        {
          name: 'Over 5,000 EUR',
          conditions: [{ fact: 'AMOUNT', operator: 'GT', values: ['5000'] }],
          steps: [
            { name: 'Purchasing', approvers: [named(staff.purchasingHead)], mode: 'ANY' },
            {
              name: 'Finance',
              approvers: [named(staff.cfo)],
              mode: 'ANY',
              slaHours: 48,
              escalateTo: [named(staff.ceo)],
            },
          ],
        },
        {
          name: 'Over 500 EUR',
          conditions: [{ fact: 'AMOUNT', operator: 'GT', values: ['500'] }],
          steps: [{ name: 'Purchasing', approvers: [named(staff.purchasingHead)], mode: 'ANY' }],
        },
      ],
    },
    {
      subjectType: sales.SALES_ORDER_SUBJECT,
      name: 'Sales order approval',
      rules: [
        {
          name: 'Over the credit limit',
          conditions: [{ fact: 'CREDIT_LIMIT_EXCEEDED', operator: 'EQ', values: ['true'] }],
          steps: [
            { name: 'Head of Sales', approvers: [named(staff.salesHead)], mode: 'ANY' },
            { name: 'Finance', approvers: [named(staff.cfo)], mode: 'ANY' },
          ],
        },
        {
          name: 'Discount over 15 %',
          conditions: [{ fact: 'MAX_DISCOUNT_PERCENT', operator: 'GT', values: ['15'] }],
          steps: [{ name: 'Head of Sales', approvers: [named(staff.salesHead)], mode: 'ANY' }],
        },
      ],
    },
  ];
}

/** Progress steps of the approvals seed: the policies, the leave requests, the expense claims and delegation, the purchase requests. */
export const DEMO_APPROVAL_STEPS = 4;

type Decision = { by: StaffKey; decision: approvals.Decision; comment?: string };

interface DemoLeave {
  who: StaffKey;
  type: 'ANNUAL' | 'SICK';
  /** Weeks from the current one (negative: past). */
  week: number;
  /** 0 = Monday. */
  firstWeekday: number;
  calendarDays: number;
  halfDayStart?: boolean;
  reason: string;
  decisions: Decision[];
}

const DEMO_LEAVE: DemoLeave[] = [
  {
    who: 'accountManager',
    type: 'ANNUAL',
    week: -6,
    firstWeekday: 0,
    calendarDays: 5,
    reason: 'Visiting family in Naples',
    decisions: [{ by: 'salesHead', decision: 'APPROVE' }],
  },
  {
    who: 'accountant',
    type: 'SICK',
    week: -3,
    firstWeekday: 1,
    calendarDays: 3,
    reason: 'Flu, certificate sent to HR',
    decisions: [{ by: 'cfo', decision: 'APPROVE', comment: 'Get well soon.' }],
  },
  {
    who: 'salesHead',
    type: 'ANNUAL',
    week: 0,
    firstWeekday: 0,
    calendarDays: 5,
    reason: 'Autumn holiday',
    decisions: [{ by: 'ceo', decision: 'APPROVE', comment: 'Marco covers your approvals meanwhile.' }],
  },
  {
    who: 'packer',
    type: 'ANNUAL',
    week: 1,
    firstWeekday: 4,
    calendarDays: 1,
    halfDayStart: true,
    reason: 'Dentist in the afternoon',
    decisions: [{ by: 'warehouseLead', decision: 'APPROVE' }],
  },
  { who: 'picker', type: 'ANNUAL', week: 2, firstWeekday: 0, calendarDays: 3, reason: 'Moving house', decisions: [] },
  {
    who: 'salesRep',
    type: 'ANNUAL',
    week: 3,
    firstWeekday: 0,
    calendarDays: 5,
    reason: 'City trip',
    decisions: [
      {
        by: 'salesHead',
        decision: 'REJECT',
        comment: 'That is the trade fair week; we need you on the stand. Could you take the week after?',
      },
    ],
  },
  {
    who: 'juniorBuyer',
    type: 'ANNUAL',
    week: 5,
    firstWeekday: 0,
    calendarDays: 19,
    reason: 'Three weeks in Portugal',
    decisions: [{ by: 'purchasingHead', decision: 'APPROVE', comment: 'Mehmet covers your suppliers.' }],
  },
];

/**
 * The dates of a demo leave: a span of the given week. A request must lie in one calendar year and
 * hold a working day, so near New Year (or on a holiday) it moves back a week at a time until it does.
 */
function leaveDates(today: Date, leave: DemoLeave, holidays: ReadonlySet<string>): { start: Date; end: Date } {
  const monday = addDays(today, -((today.getUTCDay() + 6) % 7) + leave.week * 7);
  let start = addDays(monday, leave.firstWeekday);
  let end = addDays(start, leave.calendarDays - 1);
  const usable = () =>
    start.getUTCFullYear() === end.getUTCFullYear() &&
    !hr.countWorkingDays({ start, end, halfDayStart: leave.halfDayStart }, holidays).isZero();
  while (!usable()) {
    start = addDays(start, -7);
    end = addDays(end, -7);
  }
  return { start, end };
}

interface DemoExpense {
  who: StaffKey;
  title: string;
  /** Days before today of the first line; the lines follow day by day. */
  age: number;
  lines: { category: string; amount: string; currency: string; description: string }[];
  decisions: Decision[];
}

// Decided by Sophie Brandt (head of sales) before she goes on leave and hands her approvals to Marco Bellini.
const EXPENSES_BEFORE_DELEGATION: DemoExpense[] = [
  {
    who: 'accountManager',
    title: 'Customer visit Manchester',
    age: 24,
    lines: [
      { category: 'Travel', amount: '312.40', currency: 'EUR', description: 'Flight Hamburg - Manchester and back' },
      { category: 'Accommodation', amount: '236.00', currency: 'GBP', description: 'Hotel, two nights' },
      { category: 'Meals', amount: '64.50', currency: 'GBP', description: "Dinner with the customer's buyer" },
    ],
    decisions: [{ by: 'salesHead', decision: 'APPROVE' }],
  },
  {
    who: 'operationsHead',
    title: 'Forklift instructor certification, Hannover',
    age: 15,
    lines: [
      { category: 'Training', amount: '890.00', currency: 'EUR', description: 'Course fee and exam' },
      { category: 'Accommodation', amount: '238.00', currency: 'EUR', description: 'Hotel, two nights' },
      { category: 'Travel', amount: '112.60', currency: 'EUR', description: 'Train Hamburg - Hannover and back' },
    ],
    decisions: [{ by: 'ceo', decision: 'APPROVE', comment: 'Worth it: we can train our own drivers from now on.' }],
  },
  {
    who: 'forkliftDriver',
    title: 'Fuel and parking, urgent delivery',
    age: 6,
    lines: [
      { category: 'Fuel', amount: '64.80', currency: 'EUR', description: 'Van, urgent delivery' },
      { category: 'Parking', amount: '18.00', currency: 'EUR', description: 'Parking at the customer' },
    ],
    decisions: [
      {
        by: 'warehouseLead',
        decision: 'RETURN',
        comment: 'Please attach the parking receipt and name the delivery (order number).',
      },
    ],
  },
];

// Submitted while Sophie Brandt is away: it waits for Marco Bellini, on her behalf.
const EXPENSES_AFTER_DELEGATION: DemoExpense[] = [
  {
    who: 'insideSales',
    title: 'Trade fair Stuttgart, preparation visit',
    age: 3,
    lines: [
      { category: 'Travel', amount: '134.90', currency: 'EUR', description: 'Train Hamburg - Stuttgart and back' },
      { category: 'Accommodation', amount: '129.00', currency: 'EUR', description: 'Hotel, one night' },
      { category: 'Meals', amount: '38.40', currency: 'EUR', description: 'Dinner with the stand builder' },
    ],
    decisions: [],
  },
];

interface DemoPurchase {
  who: StaffKey;
  description: string;
  sku: string;
  quantity: string;
  decisions: Decision[];
}

const DEMO_PURCHASES: DemoPurchase[] = [
  {
    who: 'warehouseLead',
    description: 'Small shipping boxes for the peak season',
    sku: 'BOX-S',
    quantity: '3000',
    decisions: [{ by: 'purchasingHead', decision: 'APPROVE' }],
  },
  // Over 5,000 EUR: approved by purchasing, waiting for finance.
  {
    who: 'buyer',
    description: 'Temperature sensors for the retrofit orders',
    sku: 'SENS-T1',
    quantity: '300',
    decisions: [{ by: 'purchasingHead', decision: 'APPROVE', comment: 'Needed for the Contoso retrofit.' }],
  },
  // Under 500 EUR: no rule applies, approved at once.
  { who: 'picker', description: 'Packing tape', sku: 'TAPE-50', quantity: '48', decisions: [] },
];

async function decideAll(
  tx: TenantTx,
  actor: Actor,
  staff: DemoStaff,
  subjectType: string,
  subjectId: string,
  decisions: Decision[],
): Promise<void> {
  if (decisions.length === 0) return;
  const request = await tx.approvalRequest.findFirstOrThrow({
    where: { subjectType, subjectId },
    select: { id: true },
  });
  for (const { by, decision, comment } of decisions)
    await approvals.decide(tx, as(actor, staff[by]), decision, { id: request.id, comment });
}

async function seedExpenses(
  tx: TenantTx,
  actor: Actor,
  staff: DemoStaff,
  day: Date,
  claims: DemoExpense[],
): Promise<void> {
  for (const claim of claims) {
    const requester = as(actor, staff[claim.who]);
    const { expenseClaimId } = await hr.createExpenseClaim(tx, requester, {
      title: claim.title,
      lines: claim.lines.map((line, n) => ({
        ...line,
        date: isoDay(addDays(day, -claim.age + n)),
        amount: new Prisma.Decimal(line.amount),
      })),
    });
    await hr.submitExpenseClaim(tx, requester, { id: expenseClaimId });
    await decideAll(tx, actor, staff, hr.EXPENSE_SUBJECT, expenseClaimId, claim.decisions);
  }
}

/**
 * Approval policies for leave, expenses, purchase requests and sales orders (written after the sales
 * seed, so the demo's orders were confirmed as before), then requests in every state through the
 * engine, submitted and decided by the employees concerned: approved, rejected, returned, pending at a
 * manager, pending at a second step, one waiting for a delegate. Runs through the domains' own
 * commands in the caller's transaction.
 */
export async function seedDemoApprovals(
  tx: TenantTx,
  actor: Actor,
  staff: DemoStaff,
  progress: Progress,
  offset: number,
  today = new Date(),
): Promise<{ approvalPolicies: number }> {
  await progress.step(offset);
  const policies = demoPolicies(staff);
  for (const policy of policies) await approvals.createPolicy(tx, actor, policy);
  const day = utcDay(today);

  await progress.step(offset + 1);
  const holidays = new Set(hamburgHolidays(day.getUTCFullYear()).map((holiday) => holiday.date));
  const leaveTypes = new Map(
    (await tx.leaveType.findMany({ select: { id: true, code: true } })).map((type) => [type.code, type.id]),
  );
  let salesHeadAway: { start: Date; end: Date } | undefined;
  for (const leave of DEMO_LEAVE) {
    const requester = as(actor, staff[leave.who]);
    const { start, end } = leaveDates(day, leave, holidays);
    if (leave.who === 'salesHead') salesHeadAway = { start, end };
    const { leaveRequestId } = await hr.createLeaveRequest(tx, requester, {
      leaveTypeId: leaveTypes.get(leave.type) as string,
      startDate: isoDay(start),
      endDate: isoDay(end),
      halfDayStart: leave.halfDayStart,
      reason: leave.reason,
    });
    await hr.submitLeaveRequest(tx, requester, { id: leaveRequestId });
    await decideAll(tx, actor, staff, hr.LEAVE_SUBJECT, leaveRequestId, leave.decisions);
  }

  await progress.step(offset + 2);
  await seedExpenses(tx, actor, staff, day, EXPENSES_BEFORE_DELEGATION);
  // Her leave may have moved back a week near New Year; the delegation covers it and today either way.
  const away = salesHeadAway as { start: Date; end: Date };
  await approvals.createDelegation(tx, as(actor, staff.salesHead), {
    delegateId: staff.accountManager.id,
    startsOn: isoDay(away.start < day ? away.start : day),
    endsOn: isoDay(away.end > day ? away.end : day),
  });
  await seedExpenses(tx, actor, staff, day, EXPENSES_AFTER_DELEGATION);

  await progress.step(offset + 3);
  const products = new Map(
    (await tx.product.findMany({ select: { id: true, sku: true } })).map((product) => [product.sku, product.id]),
  );
  for (const purchase of DEMO_PURCHASES) {
    const requester = as(actor, staff[purchase.who]);
    const { purchaseRequestId } = await purchasing.createPurchaseRequest(tx, requester, {
      description: purchase.description,
      lines: [
        {
          productId: products.get(purchase.sku) as string,
          quantity: purchase.quantity,
          neededBy: isoDay(addDays(day, 14)),
        },
      ],
    });
    await purchasing.submitPurchaseRequest(tx, requester, { id: purchaseRequestId });
    await decideAll(tx, actor, staff, purchasing.PURCHASE_REQUEST_SUBJECT, purchaseRequestId, purchase.decisions);
  }
  return { approvalPolicies: policies.length };
}
