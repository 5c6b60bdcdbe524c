// What an order's lines and invoices say about it: how much can be invoiced now (by the customer's
// invoice policy), its invoiceStatus, and its status once invoicing and payment move it past SHIPPED.
// Shipping, invoicing, voids and payments all re-derive the status here, so they agree.
import { Prisma } from '../../generated/prisma/client.js';
import type { InvoicePolicy, SalesOrderStatus } from '../../generated/prisma/enums.js';
import type { TenantTx } from '../../platform/index.js';

const ZERO = new Prisma.Decimal(0);

export type InvoiceStatus = 'NOTHING_TO_INVOICE' | 'TO_INVOICE' | 'PARTIALLY_INVOICED' | 'INVOICED';

/** Orders whose lines can be invoiced: confirmed and on (a cancelled, draft or pending one cannot). */
export const INVOICEABLE_ORDER_STATUSES: readonly SalesOrderStatus[] = ['CONFIRMED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'PAID'];

export interface BillingLine {
  quantity: Prisma.Decimal;
  quantityShipped: Prisma.Decimal;
  quantityInvoiced: Prisma.Decimal;
  /** Services never ship, so they are invoiceable by their ordered quantity under either policy. */
  stocked: boolean;
}

/**
 * What a line can be invoiced for now: ORDERED invoices the ordered quantity, DELIVERED what shipped
 * (services: what was ordered), less what is invoiced already; never below zero.
 */
export function invoiceableQuantity(line: BillingLine, policy: InvoicePolicy): Prisma.Decimal {
  const basis = policy === 'DELIVERED' && line.stocked ? line.quantityShipped : line.quantity;
  const open = basis.minus(line.quantityInvoiced);
  return open.greaterThan(0) ? open : ZERO;
}

/**
 * INVOICED: every line invoiced its ordered quantity. TO_INVOICE: some line can be invoiced now.
 * PARTIALLY_INVOICED: something is invoiced, nothing more can be now (DELIVERED: waiting for shipments).
 * NOTHING_TO_INVOICE: otherwise (also every order that is not confirmed, or is cancelled).
 */
export function invoiceStatusOf(status: SalesOrderStatus, lines: BillingLine[], policy: InvoicePolicy): InvoiceStatus {
  if (lines.length > 0 && lines.every((line) => line.quantityInvoiced.greaterThanOrEqualTo(line.quantity))) return 'INVOICED';
  if (!INVOICEABLE_ORDER_STATUSES.includes(status)) return 'NOTHING_TO_INVOICE';
  if (lines.some((line) => invoiceableQuantity(line, policy).greaterThan(0))) return 'TO_INVOICE';
  return lines.some((line) => line.quantityInvoiced.greaterThan(0)) ? 'PARTIALLY_INVOICED' : 'NOTHING_TO_INVOICE';
}

/**
 * The status of a confirmed order from its lines and invoices. Shipping decides CONFIRMED,
 * PARTIALLY_SHIPPED and SHIPPED as before (stocked lines only; an order of services only stays CONFIRMED
 * until invoiced). Once every stocked line has shipped in full and every line is invoiced in full it is
 * INVOICED, and PAID when moreover every one of its (not voided) invoices is paid.
 */
export function derivedOrderStatus(lines: BillingLine[], invoicesPaid: boolean[]): SalesOrderStatus {
  const stocked = lines.filter((line) => line.stocked);
  const shipped = stocked.every((line) => line.quantityShipped.greaterThanOrEqualTo(line.quantity));
  const invoiced = lines.every((line) => line.quantityInvoiced.greaterThanOrEqualTo(line.quantity));
  if (shipped && invoiced && invoicesPaid.length > 0) return invoicesPaid.every(Boolean) ? 'PAID' : 'INVOICED';
  if (stocked.length === 0) return 'CONFIRMED';
  if (shipped) return 'SHIPPED';
  return stocked.some((line) => line.quantityShipped.greaterThan(0)) ? 'PARTIALLY_SHIPPED' : 'CONFIRMED';
}

/** The customer's invoice policy; ORDERED without a settings row. */
export async function invoicePolicyOf(tx: TenantTx, customerId: string): Promise<InvoicePolicy> {
  const settings = await tx.customerSalesSettings.findFirst({ where: { customerId }, select: { invoicePolicy: true } });
  return settings?.invoicePolicy ?? 'ORDERED';
}

/** The order's lines as BillingLines, in line order (the caller holds the order's lock). */
export async function billingLines(tx: TenantTx, salesOrderId: string) {
  const lines = await tx.salesOrderLine.findMany({
    where: { salesOrderId },
    orderBy: { lineNo: 'asc' },
    include: { product: { select: { type: true } } },
  });
  return lines.map((line) => ({ ...line, stocked: line.product.type === 'STOCKED' }));
}

/** Whether each of the order's invoices that is not voided is paid in full. */
export async function invoicesPaid(tx: TenantTx, salesOrderId: string): Promise<boolean[]> {
  const links = await tx.salesOrderInvoice.findMany({
    where: { salesOrderId, voidedAt: null },
    select: { invoice: { select: { status: true } } },
  });
  return links.map((link) => link.invoice.status === 'PAID');
}
