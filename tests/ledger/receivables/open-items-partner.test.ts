import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openItems, type OpenItem } from '../../../src/domain/ledger/index.js';
import { tenantClient } from '../../../src/platform/db/tenant-client.js';
import { systemActor } from '../../../src/platform/index.js';
import { decodeGlobalId } from '../../../src/schema/global-id.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  createCustomer,
  createSupplier,
  mutate,
  postedBill,
  postedInvoice,
  receivablesOrg,
  type ReceivablesOrg,
} from './helpers.js';

/*
 * openItems of one partner filters the documents and allocations in SQL; it must give exactly what the
 * whole organization's open items give for that partner, on dates before, between and after the
 * allocations, voids and credit notes of partners whose documents interleave.
 */
describe('open items of one partner', () => {
  let t: TestApp;
  let org: ReceivablesOrg;
  const customers: Record<string, string> = {};
  const suppliers: Record<string, string> = {};
  const dates = ['2026-01-09', '2026-01-31', '2026-02-05', '2026-02-11', '2026-02-15', '2026-03-31'];

  const line = (unitPrice: string) => [{ description: 'Item', unitPrice }];
  const rowId = (globalId: string) => decodeGlobalId(globalId).id;

  async function pay(
    partner: Record<string, string>,
    date: string,
    amount: string,
    allocations?: { invoiceId: string; amount?: string }[],
  ) {
    const paid = await mutate(t, org.key, 'paymentCreate', 'PaymentCreateInput', 'payment { id }', {
      ...partner,
      date,
      amount,
      method: 'BANK_TRANSFER',
      ...(allocations ? { allocations } : { autoAllocate: false }),
    });
    expect(paid.errors).toEqual([]);
    return paid.payment.id as string;
  }

  async function creditNote(input: Record<string, unknown>) {
    const note = await mutate(t, org.key, 'creditNoteCreate', 'CreditNoteCreateInput', 'creditNote { id }', input);
    expect(note.errors).toEqual([]);
    return note.creditNote.id as string;
  }

  async function allocate(sourceId: string, allocations: { invoiceId: string; amount?: string }[]) {
    const done = await mutate(t, org.key, 'paymentAllocate', 'PaymentAllocateInput', 'allocations { amount }', {
      sourceId,
      allocations,
    });
    expect(done.errors).toEqual([]);
  }

  function items(side: 'CUSTOMER' | 'SUPPLIER', partnerId: string | null, asOf: string): Promise<OpenItem[]> {
    return tenantClient(t.db.prisma, org.org.organizationId).$transaction((tx) =>
      openItems(tx, systemActor(org.org.organizationId), { side, partnerId, asOf }),
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    org = await receivablesOrg(t, 'Open Items Partner Org');
    for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta']) customers[name] = await createCustomer(t, org, { name });
    for (const name of ['Sierra', 'Tango', 'Uniform']) suppliers[name] = await createSupplier(t, org, { name });
    const { Alpha, Bravo, Charlie } = customers;

    const a1 = await postedInvoice(t, org, {
      customerId: Alpha,
      issueDate: '2026-01-10',
      dueDate: '2026-01-31',
      lines: line('100.00'),
    });
    const b1 = await postedInvoice(t, org, { customerId: Bravo, issueDate: '2026-01-10', lines: line('300.00') });
    const a2 = await postedInvoice(t, org, { customerId: Alpha, issueDate: '2026-01-15', lines: line('200.00') });
    const b2 = await postedInvoice(t, org, { customerId: Bravo, issueDate: '2026-01-05', lines: line('70.00') });
    const a3 = await postedInvoice(t, org, { customerId: Alpha, issueDate: '2026-01-20', lines: line('80.00') });
    // One payment settling two invoices, partly the second.
    await pay({ customerId: Alpha }, '2026-02-01', '250.00', [
      { invoiceId: a1.id },
      { invoiceId: a2.id, amount: '150.00' },
    ]);
    // A credit note applied to part of an invoice.
    await creditNote({ invoiceId: b1.id, issueDate: '2026-02-05', lines: line('50.00') });
    // A payment before the invoice it is later allocated to: the allocation is dated on the invoice, after some asOf dates.
    const early = await pay({ customerId: Charlie }, '2026-01-20', '100.00');
    const c1 = await postedInvoice(t, org, { customerId: Charlie, issueDate: '2026-02-10', lines: line('400.00') });
    await allocate(early, [{ invoiceId: c1.id }]);
    // A free-standing credit note, allocated afterwards.
    const note = await creditNote({ customerId: Charlie, issueDate: '2026-02-12', lines: line('40.00') });
    await allocate(note, [{ invoiceId: c1.id }]);
    // Paid on 1 March: open on earlier dates.
    await pay({ customerId: Alpha }, '2026-03-01', '80.00', [{ invoiceId: a3.id }]);
    // Voided documents: open before their void date, gone after.
    const voidedPayment = await pay({ customerId: Bravo }, '2026-01-25', '30.00');
    expect(
      (
        await mutate(t, org.key, 'paymentVoid', 'PaymentVoidInput', 'payment { id }', {
          id: voidedPayment,
          date: '2026-02-20',
        })
      ).errors,
    ).toEqual([]);
    expect(
      (
        await mutate(t, org.key, 'customerInvoiceVoid', 'CustomerInvoiceVoidInput', 'invoice { id }', {
          id: b2.id,
          date: '2026-02-20',
        })
      ).errors,
    ).toEqual([]);

    const { Sierra, Tango } = suppliers;
    const s1 = await postedBill(t, org, { supplierId: Sierra, issueDate: '2026-01-10', lines: line('500.00') });
    const t1 = await postedBill(t, org, { supplierId: Tango, issueDate: '2026-01-11', lines: line('600.00') });
    await pay({ supplierId: Sierra }, '2026-02-01', '300.00', [{ invoiceId: s1.id }]);
    await creditNote({ invoiceId: t1.id, issueDate: '2026-02-03', lines: line('60.00') });
    const tangoEarly = await pay({ supplierId: Tango }, '2026-01-05', '50.00');
    const t2 = await postedBill(t, org, { supplierId: Tango, issueDate: '2026-02-10', lines: line('90.00') });
    await allocate(tangoEarly, [{ invoiceId: t2.id }]);
    const s2 = await postedBill(t, org, { supplierId: Sierra, issueDate: '2026-01-12', lines: line('45.00') });
    expect(
      (
        await mutate(t, org.key, 'supplierBillVoid', 'SupplierBillVoidInput', 'bill { id }', {
          id: s2.id,
          date: '2026-02-20',
        })
      ).errors,
    ).toEqual([]);
  });
  afterAll(() => t.close());

  it('equals the unfiltered open items restricted to that partner, for customers and suppliers', async () => {
    for (const [side, partners] of [
      ['CUSTOMER', customers],
      ['SUPPLIER', suppliers],
    ] as const) {
      for (const asOf of dates) {
        const all = await items(side, null, asOf);
        for (const id of Object.values(partners).map(rowId)) {
          expect(await items(side, id, asOf), `${side} ${id} as of ${asOf}`).toEqual(
            all.filter((item) => item.partnerId === id),
          );
        }
      }
    }
  });

  it('sees the allocations, credit notes and voids of its partner as of the date', async () => {
    const open = async (side: 'CUSTOMER' | 'SUPPLIER', partner: string, asOf: string) =>
      (await items(side, rowId(partner), asOf)).map((item) => `${item.kind} ${item.openAmount}`);
    expect(await open('CUSTOMER', customers.Alpha, '2026-02-15')).toEqual([
      'CUSTOMER_INVOICE 50.00',
      'CUSTOMER_INVOICE 80.00',
    ]);
    expect(await open('CUSTOMER', customers.Alpha, '2026-03-31')).toEqual(['CUSTOMER_INVOICE 50.00']);
    expect(await open('CUSTOMER', customers.Bravo, '2026-02-15')).toEqual([
      'INCOMING -30.00',
      'CUSTOMER_INVOICE 70.00',
      'CUSTOMER_INVOICE 250.00',
    ]);
    expect(await open('CUSTOMER', customers.Bravo, '2026-03-31')).toEqual(['CUSTOMER_INVOICE 250.00']);
    // The allocation of 10 February does not count on the 5th: the payment is wholly open then.
    expect(await open('CUSTOMER', customers.Charlie, '2026-02-05')).toEqual(['INCOMING -100.00']);
    expect(await open('CUSTOMER', customers.Charlie, '2026-02-11')).toEqual(['CUSTOMER_INVOICE 300.00']);
    expect(await open('CUSTOMER', customers.Charlie, '2026-02-15')).toEqual(['CUSTOMER_INVOICE 260.00']);
    expect(await open('CUSTOMER', customers.Delta, '2026-03-31')).toEqual([]);
    expect(await open('SUPPLIER', suppliers.Tango, '2026-02-05')).toEqual(['OUTGOING -50.00', 'SUPPLIER_BILL 540.00']);
    expect(await open('SUPPLIER', suppliers.Tango, '2026-03-31')).toEqual([
      'SUPPLIER_BILL 540.00',
      'SUPPLIER_BILL 40.00',
    ]);
    expect(await open('SUPPLIER', suppliers.Sierra, '2026-02-15')).toEqual([
      'SUPPLIER_BILL 200.00',
      'SUPPLIER_BILL 45.00',
    ]);
    expect(await open('SUPPLIER', suppliers.Sierra, '2026-03-31')).toEqual(['SUPPLIER_BILL 200.00']);
  });

  it('reads one partner in the same number of statements whatever its history', async () => {
    const query = `query($c: ID, $s: ID) { openItems(customerId: $c, supplierId: $s, asOf: "2026-03-31") { number openAmount } }`;
    const count = (variables: Record<string, string>) => t.countStatements(() => t.gql(org.key, query, variables));
    const none = await count({ c: customers.Delta });
    expect(await count({ c: customers.Alpha })).toBe(none);
    expect(await count({ c: customers.Charlie })).toBe(none);
    expect(await count({ s: suppliers.Tango })).toBe(none);
    expect(await count({ s: suppliers.Uniform })).toBe(none);
  });
});
