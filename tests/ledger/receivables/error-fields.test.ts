// Payload errors point at the input field that holds the wrong id (found by the schema fuzzer, issue 21).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../../src/schema/global-id.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createCustomer, mutate, postedInvoice, receivablesOrg, type ReceivablesOrg } from './helpers.js';

describe('receivables: NOT_FOUND names the id field of the input', () => {
  let t: TestApp;
  let org: ReceivablesOrg;
  let invoiceId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await receivablesOrg(t, 'Error Fields Org');
    const customer = await createCustomer(t, org, { name: 'Error Fields Co' });
    const invoice = await postedInvoice(t, org, {
      customerId: customer,
      issueDate: '2026-06-01',
      lines: [{ description: 'Widget', quantity: '1', unitPrice: '10', taxRate: '0' }],
    });
    invoiceId = invoice.id;
  });
  afterAll(() => t.close());

  it('creditNoteCreate with an unknown invoiceId reports ["input", "invoiceId"]', async () => {
    const note = await mutate(t, org.key, 'creditNoteCreate', 'CreditNoteCreateInput', 'creditNote { id }', {
      invoiceId: encodeGlobalId('Invoice', randomUUID()),
      issueDate: '2026-06-02',
    });
    expect(note.creditNote).toBeNull();
    expect(note.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'invoiceId'] })]);
  });

  it('paymentAllocate with a source that is an invoice, not a credit note, reports ["input", "sourceId"]', async () => {
    const allocated = await mutate(t, org.key, 'paymentAllocate', 'PaymentAllocateInput', 'allocations { amount }', {
      sourceId: invoiceId,
    });
    expect(allocated.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'sourceId'] })]);
  });
});
