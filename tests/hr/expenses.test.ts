import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { employeeWithKey, mutate, payload } from './helpers.js';

let t: TestApp;
let org: TestOrg;
let hrKey: string;
let accounting: string;
let manager: { id: string; key: string };
let alice: { id: string; key: string };
let clerk: { id: string; key: string };

const CLAIM_FIELDS = `id title status baseAmount totals { amount currency } lines { lineNo date category amount { amount currency } description }
  approvalRequest { id status currentStep { name } } employee { name }`;
const CLAIM_CREATE = `mutation($input: ExpenseClaimCreateInput!) { expenseClaimCreate(input: $input) { expenseClaim { ${CLAIM_FIELDS} } errors { code message field } } }`;
const CLAIM_SUBMIT = `mutation($input: ExpenseClaimSubmitInput!) { expenseClaimSubmit(input: $input) { expenseClaim { ${CLAIM_FIELDS} } errors { code message field } } }`;
const APPROVE = `mutation($input: ApprovalDecisionInput!) { approvalRequestApprove(input: $input) { approvalRequest { status } errors { code message } } }`;
const REJECT = `mutation($input: ApprovalDecisionInput!) { approvalRequestReject(input: $input) { approvalRequest { status } errors { code message } } }`;
const CLAIM = `query($id: ID!) { node(id: $id) { ... on ExpenseClaim { status journalEntryId } } }`;
const ENTRY = `query($id: ID!) { journalEntry(id: $id) { status date totalDebit totalCredit lines { debit credit currency amountCurrency account { code } } } }`;

const year = new Date().getUTCFullYear();

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Expense Org');
  hrKey = await org.key('HR');
  accounting = await org.key('ACCOUNTING');
  manager = await employeeWithKey(t, org, hrKey, { name: 'Expense Manager' });
  alice = await employeeWithKey(t, org, hrKey, { name: 'Expense Alice', managerId: manager.id });
  clerk = await employeeWithKey(t, org, hrKey, { name: 'Expense Clerk', managerId: manager.id }, ['ACCOUNTING']);
  const fiscal = await t.gql(
    accounting,
    `mutation($input: FiscalYearCreateInput!) { fiscalYearCreate(input: $input) { errors { code message } } }`,
    {
      input: { name: String(year), startDate: `${year}-01-01` },
    },
  );
  expect(fiscal.data.fiscalYearCreate.errors).toEqual([]);
  const rate = await t.gql(
    accounting,
    `mutation($input: ExchangeRateSetInput!) { exchangeRateSet(input: $input) { errors { code message } } }`,
    {
      input: { currency: 'USD', date: '2026-01-01', rate: '0.9' },
    },
  );
  expect(rate.data.exchangeRateSet.errors).toEqual([]);
  await mutate(
    t,
    org.adminKey,
    `mutation($input: ApprovalPolicyCreateInput!) { approvalPolicyCreate(input: $input) { errors { code message } } }`,
    'approvalPolicyCreate',
    {
      subjectType: 'EXPENSE_CLAIM',
      name: 'Expenses',
      rules: [
        {
          name: 'Over 1,000',
          conditions: [{ fact: 'AMOUNT', operator: 'GT', values: ['1000'] }],
          steps: [
            { name: 'Manager', mode: 'ANY', approvers: [{ kind: 'MANAGER' }] },
            { name: 'Accounting', mode: 'ANY', approvers: [{ kind: 'ROLE', role: 'ACCOUNTING' }] },
          ],
        },
        { name: 'Small', steps: [{ name: 'Manager', mode: 'ANY', approvers: [{ kind: 'MANAGER' }] }] },
      ],
    },
  );
});
afterAll(() => t.close());

async function create(lines: object[], key = alice.key) {
  return payload(await t.gql(key, CLAIM_CREATE, { input: { title: 'Trip to Lyon', lines } }), 'expenseClaimCreate');
}

describe('expense claims', () => {
  it('totals lines per currency, routes by the base-currency amount, and posts Dr expense / Cr employee payable on approval', async () => {
    const created = await create([
      { date: '2026-11-02', category: 'travel', amount: '120.50', currency: 'EUR', description: 'Train' },
      { date: '2026-11-03', category: 'meals', amount: '100', currency: 'USD' },
    ]);
    expect(created.errors).toEqual([]);
    expect(created.expenseClaim).toMatchObject({
      status: 'DRAFT',
      baseAmount: null,
      totals: [
        { amount: '120.50', currency: 'EUR' },
        { amount: '100.00', currency: 'USD' },
      ],
      lines: [
        {
          lineNo: 1,
          date: '2026-11-02',
          category: 'travel',
          amount: { amount: '120.50', currency: 'EUR' },
          description: 'Train',
        },
        { lineNo: 2 },
      ],
    });
    const submitted = payload(
      await t.gql(alice.key, CLAIM_SUBMIT, { input: { id: created.expenseClaim.id } }),
      'expenseClaimSubmit',
    );
    expect(submitted.errors).toEqual([]);
    expect(submitted.expenseClaim).toMatchObject({
      status: 'PENDING',
      baseAmount: '210.5',
      approvalRequest: { status: 'PENDING', currentStep: { name: 'Manager' } },
    });
    const resubmit = payload(
      await t.gql(alice.key, CLAIM_SUBMIT, { input: { id: created.expenseClaim.id } }),
      'expenseClaimSubmit',
    );
    expect(resubmit.errors).toEqual([expect.objectContaining({ code: 'CLAIM_NOT_SUBMITTABLE' })]);

    const approved = payload(
      await t.gql(manager.key, APPROVE, { input: { id: submitted.expenseClaim.approvalRequest.id } }),
      'approvalRequestApprove',
    );
    expect(approved.errors).toEqual([]);
    expect(approved.approvalRequest.status).toBe('APPROVED');
    const claim = await t.gql(alice.key, CLAIM, { id: created.expenseClaim.id });
    expect(claim.data.node.status).toBe('PAYABLE');
    const booked = await t.gql(accounting, ENTRY, { id: claim.data.node.journalEntryId });
    expect(booked.errors).toBeUndefined();
    const entry = booked.data.journalEntry;
    expect(entry).toMatchObject({ status: 'POSTED', totalDebit: '210.5', totalCredit: '210.5' });
    expect(
      entry.lines.map((l: any) => [
        l.account.code,
        Number(l.debit),
        Number(l.credit),
        l.currency,
        Number(l.amountCurrency),
      ]),
    ).toEqual([
      ['6000', 120.5, 0, 'EUR', 120.5],
      ['2210', 0, 120.5, 'EUR', 120.5],
      ['6000', 90, 0, 'USD', 100],
      ['2210', 0, 90, 'USD', 100],
    ]);
  });

  it('sends a claim over 1,000 in base currency to accounting after the manager', async () => {
    const created = await create([{ date: '2026-10-01', category: 'hotel', amount: '1200', currency: 'USD' }]);
    const submitted = payload(
      await t.gql(alice.key, CLAIM_SUBMIT, { input: { id: created.expenseClaim.id } }),
      'expenseClaimSubmit',
    );
    expect(submitted.expenseClaim.baseAmount).toBe('1080');
    const approvalId = submitted.expenseClaim.approvalRequest.id;
    await t.gql(manager.key, APPROVE, { input: { id: approvalId } });
    const mid = await t.gql(alice.key, `query($id: ID!) { approvalRequest(id: $id) { status currentStep { name } } }`, {
      id: approvalId,
    });
    expect(mid.data.approvalRequest).toEqual({ status: 'PENDING', currentStep: { name: 'Accounting' } });
    expect(
      payload(await t.gql(clerk.key, APPROVE, { input: { id: approvalId } }), 'approvalRequestApprove').approvalRequest
        .status,
    ).toBe('APPROVED');
  });

  it('leaves a rejected claim unbooked', async () => {
    const created = await create([{ date: '2026-10-02', category: 'taxi', amount: '30', currency: 'EUR' }]);
    const submitted = payload(
      await t.gql(alice.key, CLAIM_SUBMIT, { input: { id: created.expenseClaim.id } }),
      'expenseClaimSubmit',
    );
    await t.gql(manager.key, REJECT, {
      input: { id: submitted.expenseClaim.approvalRequest.id, comment: 'No receipt' },
    });
    const after = await t.gql(accounting, CLAIM, { id: created.expenseClaim.id });
    expect(after.data.node).toEqual({ status: 'REJECTED', journalEntryId: null });
  });

  it('validates lines and refuses a currency without an exchange rate at submission', async () => {
    const bad = await create([
      { date: '2026-10-02', category: ' ', amount: '-3', currency: 'EUR' },
      { date: '2026-10-02', category: 'x', amount: '1.234', currency: 'EUR' },
    ]);
    expect(bad.errors.map((e: any) => e.code)).toEqual(['REQUIRED', 'NEGATIVE_AMOUNT', 'INVALID_SCALE']);
    expect((await create([])).errors).toEqual([
      expect.objectContaining({ code: 'REQUIRED', field: ['input', 'lines'] }),
    ]);
    const gbp = await create([{ date: '2026-10-02', category: 'x', amount: '10', currency: 'GBP' }]);
    const refused = payload(
      await t.gql(alice.key, CLAIM_SUBMIT, { input: { id: gbp.expenseClaim.id } }),
      'expenseClaimSubmit',
    );
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'NO_EXCHANGE_RATE' })]);
  });

  it('shows a claim to its employee, approvers, HR and accounting only', async () => {
    const bob = await employeeWithKey(t, org, hrKey, { name: 'Expense Bob' });
    expect((await t.gql(bob.key, `{ expenseClaims { totalCount } }`)).data.expenseClaims.totalCount).toBe(0);
    const own = (await t.gql(alice.key, `{ expenseClaims { totalCount } }`)).data.expenseClaims.totalCount;
    expect(own).toBeGreaterThan(2);
    expect((await t.gql(accounting, `{ expenseClaims { totalCount } }`)).data.expenseClaims.totalCount).toBe(own);
    const forOther = await create([{ date: '2026-10-02', category: 'x', amount: '10', currency: 'EUR' }], bob.key);
    expect(forOther.errors).toEqual([]);
    const other = await t.gql(bob.key, CLAIM_CREATE, {
      input: {
        employeeId: alice.id,
        title: 'x',
        lines: [{ date: '2026-10-02', category: 'x', amount: '1', currency: 'EUR' }],
      },
    });
    expect(other.data.expenseClaimCreate.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
  });
});
