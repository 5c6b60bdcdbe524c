import { expect } from 'vitest';
import type { TestApp } from '../../support/app.js';
import { apiLedgerOrg, type ApiLedgerOrg } from '../api/helpers.js';

/** A ledger organization whose key may also create customers and suppliers. */
export interface ReceivablesOrg extends ApiLedgerOrg {
  /** ACCOUNTING only: what the receivables mutations need. */
  accountant: string;
}

export async function receivablesOrg(t: TestApp, name: string): Promise<ReceivablesOrg> {
  const ledger = await apiLedgerOrg(t, name);
  const key = await ledger.org.key('ACCOUNTING', 'SALES', 'PURCHASING');
  return { ...ledger, accountant: ledger.key, key };
}

export async function createCustomer(
  t: TestApp,
  org: ReceivablesOrg,
  input: Record<string, unknown> = {},
): Promise<string> {
  const result = await t.gql(
    org.key,
    `mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } errors { code message field } } }`,
    { input: { name: 'Acme', kind: 'COMPANY', ...input } },
  );
  expect(result.data.customerCreate.errors).toEqual([]);
  return result.data.customerCreate.customer.id;
}

export async function createSupplier(
  t: TestApp,
  org: ReceivablesOrg,
  input: Record<string, unknown> = {},
): Promise<string> {
  const result = await t.gql(
    org.key,
    `mutation($input: SupplierCreateInput!) { supplierCreate(input: $input) { supplier { id } errors { code message field } } }`,
    { input: { name: 'Parts Ltd', ...input } },
  );
  expect(result.data.supplierCreate.errors).toEqual([]);
  return result.data.supplierCreate.supplier.id;
}

export const ERRORS = 'errors { code message field }';
export const INVOICE = `id kind status number currency issueDate dueDate totalBase version
  subtotal { amount currency } discountTotal { amount } taxTotal { amount } total { amount currency }
  amountPaid { amount } balanceDue { amount }
  lines { lineNo gross discount subtotal tax total account { code } }
  allocations { amount date exchangeDifference payment { number } creditNote { number } }
  journalEntry { number lines { account { code } debit credit } }`;

export const PAYMENT = `id number status direction amount { amount currency } amountAllocated { amount } unallocated { amount } amountBase
  allocations { amount date exchangeDifference invoice { id number } }
  journalEntry { number lines { account { code } debit credit } }`;

export async function mutate(
  t: TestApp,
  key: string,
  name: string,
  inputType: string,
  selection: string,
  input: object,
) {
  const result = await t.gql(
    key,
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${ERRORS} } }`,
    { input },
  );
  expect(result.errors).toBeUndefined();
  return result.data[name];
}

/** Creates and posts a customer invoice; returns the posted invoice. */
export async function postedInvoice(t: TestApp, org: ReceivablesOrg, input: Record<string, unknown>) {
  const created = await mutate(
    t,
    org.key,
    'customerInvoiceCreate',
    'CustomerInvoiceCreateInput',
    `invoice { id }`,
    input,
  );
  expect(created.errors).toEqual([]);
  const posted = await mutate(t, org.key, 'customerInvoicePost', 'CustomerInvoicePostInput', `invoice { ${INVOICE} }`, {
    id: created.invoice.id,
  });
  expect(posted.errors).toEqual([]);
  return posted.invoice;
}

export async function postedBill(t: TestApp, org: ReceivablesOrg, input: Record<string, unknown>) {
  const created = await mutate(t, org.key, 'supplierBillCreate', 'SupplierBillCreateInput', `bill { id }`, input);
  expect(created.errors).toEqual([]);
  const posted = await mutate(t, org.key, 'supplierBillPost', 'SupplierBillPostInput', `bill { ${INVOICE} }`, {
    id: created.bill.id,
  });
  expect(posted.errors).toEqual([]);
  return posted.bill;
}

/** Journal lines as "code:debit/credit" strings, for comparing entries at a glance. */
export function entryLines(entry: { lines: { account: { code: string }; debit: string; credit: string }[] }): string[] {
  return entry.lines.map(
    (line) => `${line.account.code}:${Number(line.debit) ? `Dr ${line.debit}` : `Cr ${line.credit}`}`,
  );
}
