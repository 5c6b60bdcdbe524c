import * as ledger from '../domain/ledger/index.js';
import * as purchasing from '../domain/purchasing/index.js';
import type { Actor, TenantTx } from '../platform/index.js';
import type { Progress } from '../platform/progress.js';
import { addDays, isoDay } from './demo-dates.js';

// Rough rates into EUR, so the demo's foreign customers can be invoiced in their own currency.
const DEMO_RATES: Record<string, string> = { SEK: '0.0870', GBP: '1.1650', USD: '0.9200', CHF: '1.0450' };

/**
 * Gives the demo's books something to show: fiscal years covering the last five months, exchange
 * rates, one posted invoice per customer dated 5 to 150 days ago, and payments that settle some of
 * them fully and some partly, so open items and aging have every bucket; then suppliers and their
 * bills. Runs through the domains' own commands in the caller's transaction.
 */
export async function seedDemoLedger(
  tx: TenantTx,
  actor: Actor,
  customers: { id: string; currency: string }[],
  progress: Progress,
  today = new Date(),
): Promise<{ invoices: number; bills: number; payments: number }> {
  const earliest = addDays(today, -150);
  // The organization may have opened the current year already (createOrganization does by default).
  const open = new Set((await tx.fiscalYear.findMany({ select: { name: true } })).map((fiscalYear) => fiscalYear.name));
  for (let year = earliest.getUTCFullYear(); year <= today.getUTCFullYear(); year += 1) {
    if (!open.has(String(year)))
      await ledger.createFiscalYear(tx, actor, { name: String(year), startDate: `${year}-01-01` });
  }
  for (const [currency, rate] of Object.entries(DEMO_RATES)) {
    await ledger.setExchangeRate(tx, actor, { currency, date: `${earliest.getUTCFullYear()}-01-01`, rate });
  }
  let payments = 0;
  for (const [index, customer] of customers.entries()) {
    await progress.step(index);
    const issued = addDays(today, -(5 + ((index * 37) % 146)));
    const { invoiceId } = await ledger.createInvoice(tx, actor, 'CUSTOMER_INVOICE', {
      customerId: customer.id,
      issueDate: isoDay(issued),
      reference: `PO-${4100 + index}`,
      lines: [
        {
          description: 'Annual platform licence',
          quantity: String(1 + (index % 3)),
          unitPrice: '1200.00',
          discountPercent: index % 4 === 0 ? '10' : '0',
          taxRate: '19',
        },
        {
          description: 'Onboarding workshop (days)',
          quantity: String(1 + (index % 2)),
          unitPrice: '850.00',
          taxRate: '19',
        },
      ],
    });
    await ledger.postInvoice(tx, actor, ['CUSTOMER_INVOICE'], { id: invoiceId });
    // Every third customer has paid in full, every third paid part, the rest nothing yet.
    if (index % 3 !== 2) {
      const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
      const amount = index % 3 === 0 ? invoice.total : invoice.total.dividedBy(2).toDecimalPlaces(2);
      const paidOn = addDays(today, -Math.max(0, 5 + ((index * 37) % 146) - 20));
      await ledger.createPayment(tx, actor, {
        customerId: customer.id,
        date: isoDay(paidOn < issued ? issued : paidOn),
        amount,
        method: index % 2 === 0 ? 'BANK_TRANSFER' : 'CARD',
        reference: `RCPT-${7000 + index}`,
        allocations: [{ invoiceId }],
      });
      payments += 1;
    }
  }
  const payables = await seedDemoPayables(tx, actor, progress, customers.length, today);
  return { invoices: customers.length, bills: payables.bills, payments: payments + payables.payments };
}

const DEMO_SUPPLIERS = [
  { name: 'Rotterdam Packaging BV', currency: 'EUR', terms: 30, item: 'Corrugated boxes (pallet)', price: '380.00' },
  { name: 'Saxony Steel Components', currency: 'EUR', terms: 45, item: 'Steel brackets (1,000)', price: '1250.00' },
  {
    name: 'Midlands Freight Ltd',
    currency: 'GBP',
    terms: 14,
    item: 'Road freight, Manchester - Hamburg',
    price: '640.00',
  },
  { name: 'Cascade Cloud Hosting', currency: 'USD', terms: 30, item: 'Hosting, monthly', price: '910.00' },
  { name: 'Lombardy Office Supplies', currency: 'EUR', terms: 30, item: 'Office supplies', price: '145.50' },
  { name: 'Zurich Precision Instruments', currency: 'CHF', terms: 60, item: 'Calibration service', price: '2200.00' },
];

/** Suppliers with two bills each, the older ones paid: the demo's payables and aged payables. */
async function seedDemoPayables(tx: TenantTx, actor: Actor, progress: Progress, offset: number, today: Date) {
  let bills = 0;
  let payments = 0;
  for (const [index, supplier] of DEMO_SUPPLIERS.entries()) {
    await progress.step(offset + index);
    const { supplierId } = await purchasing.createSupplier(tx, actor, {
      defaultCurrency: 'EUR',
      name: supplier.name,
      email: `billing@${supplier.name.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
      currency: supplier.currency,
      paymentTermsDays: supplier.terms,
    });
    for (const [n, age] of [110 - index * 7, 20 + index * 9].entries()) {
      const issued = addDays(today, -age);
      const { invoiceId } = await ledger.createInvoice(tx, actor, 'SUPPLIER_BILL', {
        supplierId,
        issueDate: isoDay(issued),
        reference: `B-${5200 + index * 10 + n}`,
        lines: [{ description: supplier.item, quantity: String(1 + n), unitPrice: supplier.price, taxRate: '19' }],
      });
      await ledger.postInvoice(tx, actor, ['SUPPLIER_BILL'], { id: invoiceId });
      bills += 1;
      if (n === 0 && index % 2 === 0) {
        const bill = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
        await ledger.createPayment(tx, actor, {
          supplierId,
          date: isoDay(addDays(today, -(age - supplier.terms))),
          amount: bill.total,
          method: 'BANK_TRANSFER',
          reference: `PAY-${9100 + index}`,
          allocations: [{ invoiceId }],
        });
        payments += 1;
      }
    }
  }
  return { bills, payments };
}

export const DEMO_SUPPLIER_COUNT = DEMO_SUPPLIERS.length;
