import * as ledger from '../domain/ledger/index.js';
import type { Actor, TenantTx } from '../platform/index.js';
import type { Progress } from '../platform/progress.js';

// Rough rates into EUR, so the demo's foreign customers can be invoiced in their own currency.
const DEMO_RATES: Record<string, string> = { SEK: '0.0870', GBP: '1.1650', USD: '0.9200', CHF: '1.0450' };

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysBefore(today: Date, days: number): Date {
  return new Date(today.getTime() - days * 86_400_000);
}

/**
 * Gives the demo's books something to show: fiscal years covering the last five months, exchange
 * rates, one posted invoice per customer dated 5 to 150 days ago, and payments that settle some of
 * them fully and some partly, so open items and aging have every bucket. Runs through the ledger's
 * own commands in the caller's transaction.
 */
export async function seedDemoLedger(
  tx: TenantTx,
  actor: Actor,
  customers: { id: string; currency: string }[],
  progress: Progress,
  today = new Date(),
): Promise<{ invoices: number; payments: number }> {
  const earliest = daysBefore(today, 150);
  for (let year = earliest.getUTCFullYear(); year <= today.getUTCFullYear(); year += 1) {
    await ledger.createFiscalYear(tx, actor, { name: String(year), startDate: `${year}-01-01` });
  }
  for (const [currency, rate] of Object.entries(DEMO_RATES)) {
    await ledger.setExchangeRate(tx, actor, { currency, date: `${earliest.getUTCFullYear()}-01-01`, rate });
  }
  let payments = 0;
  for (const [index, customer] of customers.entries()) {
    await progress.step(index);
    const issued = daysBefore(today, 5 + ((index * 37) % 146));
    const { invoiceId } = await ledger.createInvoice(tx, actor, 'CUSTOMER_INVOICE', {
      customerId: customer.id,
      issueDate: isoDay(issued),
      reference: `PO-${4100 + index}`,
      lines: [
        { description: 'Annual platform licence', quantity: String(1 + (index % 3)), unitPrice: '1200.00', discountPercent: index % 4 === 0 ? '10' : '0', taxRate: '19' },
        { description: 'Onboarding workshop (days)', quantity: String(1 + (index % 2)), unitPrice: '850.00', taxRate: '19' },
      ],
    });
    await ledger.postInvoice(tx, actor, ['CUSTOMER_INVOICE'], { id: invoiceId });
    // Every third customer has paid in full, every third paid part, the rest nothing yet.
    if (index % 3 !== 2) {
      const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
      const amount = index % 3 === 0 ? invoice.total : invoice.total.dividedBy(2).toDecimalPlaces(2);
      const paidOn = daysBefore(today, Math.max(0, 5 + ((index * 37) % 146) - 20));
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
  return { invoices: customers.length, payments };
}
