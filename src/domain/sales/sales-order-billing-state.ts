// What an order's lines and invoices say about it: how much can be invoiced now (by the customer's
// invoice policy), its invoiceStatus, and its status once invoicing and payment move it past SHIPPED.
// Shipping, invoicing, voids and payments all re-derive the status here, so they agree. A CLOSED order
// (salesOrderClose) is final: it is never re-derived, and it bills only what it delivered.
import { Prisma, type SalesOrder } from '../../generated/prisma/client.js';
import type { InvoicePolicy, SalesOrderStatus } from '../../generated/prisma/enums.js';
import { withProducts } from '../inventory/index.js';
import { invoiceHeads } from '../ledger/index.js';
import type { TenantTx } from '../../platform/index.js';

const ZERO = new Prisma.Decimal(0);

export type InvoiceStatus = 'NOTHING_TO_INVOICE' | 'TO_INVOICE' | 'PARTIALLY_INVOICED' | 'INVOICED';

/** The statuses shipping, invoicing, voids, payments and returns move an order between (derivedOrderStatus). */
const DERIVED_ORDER_STATUSES: readonly SalesOrderStatus[] = [
  'CONFIRMED',
  'PARTIALLY_SHIPPED',
  'SHIPPED',
  'INVOICED',
  'PAID',
];

/**
 * Orders whose lines can be invoiced: confirmed and on, closed ones included (what shipped and is not
 * invoiced yet still is). A cancelled, draft or pending one cannot.
 */
export const INVOICEABLE_ORDER_STATUSES: readonly SalesOrderStatus[] = [...DERIVED_ORDER_STATUSES, 'CLOSED'];

/**
 * The policy an order bills by: the customer's, except that a closed order bills what it delivered
 * whatever the policy, which is DELIVERED's basis (stocked lines what shipped, services what was ordered).
 */
export function billingPolicy(status: SalesOrderStatus, policy: InvoicePolicy): InvoicePolicy {
  return status === 'CLOSED' ? 'DELIVERED' : policy;
}

export interface BillingLine {
  quantity: Prisma.Decimal;
  quantityShipped: Prisma.Decimal;
  quantityInvoiced: Prisma.Decimal;
  /** Received back in sales returns: never invoiced again, whether or not it was invoiced before. */
  quantityReturned: Prisma.Decimal;
  /** Of quantityInvoiced, what the credit notes of returns and of the order's close credited again. */
  quantityCredited: Prisma.Decimal;
  /** Services never ship, so they are invoiceable by their ordered quantity under either policy. */
  stocked: boolean;
}

/** What stays invoiced of a line: invoiced less what credit notes (returns', the close's) credited again. */
export function netInvoiced(line: BillingLine): Prisma.Decimal {
  return line.quantityInvoiced.minus(line.quantityCredited);
}

/**
 * What the customer is to pay for in the end under the policy: ORDERED the ordered quantity, DELIVERED
 * what shipped (services: what was ordered), both less what came back in returns.
 */
export function billableQuantity(line: BillingLine, policy: InvoicePolicy): Prisma.Decimal {
  const basis = policy === 'DELIVERED' && line.stocked ? line.quantityShipped : line.quantity;
  return basis.minus(line.quantityReturned);
}

/**
 * What a line can be invoiced for now: its billable quantity less what stays invoiced; never below
 * zero. A returned unit is never invoiced, whether it came back before or after being invoiced.
 */
export function invoiceableQuantity(line: BillingLine, policy: InvoicePolicy): Prisma.Decimal {
  const open = billableQuantity(line, policy).minus(netInvoiced(line));
  return open.greaterThan(0) ? open : ZERO;
}

/**
 * Every unit the customer keeps of the line is invoiced: ordered less returned, whatever the policy; of a
 * closed order, what it delivered less returned (services: ordered less returned), as nothing more comes.
 */
function invoicedInFull(line: BillingLine, closed: boolean): boolean {
  const kept = closed ? billableQuantity(line, 'DELIVERED') : line.quantity.minus(line.quantityReturned);
  return netInvoiced(line).greaterThanOrEqualTo(kept);
}

/**
 * INVOICED: every line invoiced its ordered quantity (less what came back in returns, net of their credit notes); of a closed
 * order, what it delivered. TO_INVOICE: some line can be invoiced now.
 * PARTIALLY_INVOICED: something is invoiced, nothing more can be now (DELIVERED: waiting for shipments).
 * NOTHING_TO_INVOICE: otherwise (also every order that is not confirmed, or is cancelled).
 */
export function invoiceStatusOf(status: SalesOrderStatus, lines: BillingLine[], policy: InvoicePolicy): InvoiceStatus {
  const closed = status === 'CLOSED';
  // Something must stay invoiced: an order whose goods all came back uninvoiced has nothing to invoice.
  if (lines.some((line) => netInvoiced(line).greaterThan(0)) && lines.every((line) => invoicedInFull(line, closed)))
    return 'INVOICED';
  if (!INVOICEABLE_ORDER_STATUSES.includes(status)) return 'NOTHING_TO_INVOICE';
  if (lines.some((line) => invoiceableQuantity(line, billingPolicy(status, policy)).greaterThan(0)))
    return 'TO_INVOICE';
  return lines.some((line) => netInvoiced(line).greaterThan(0)) ? 'PARTIALLY_INVOICED' : 'NOTHING_TO_INVOICE';
}

/**
 * The status of a confirmed order from its lines and invoices. Shipping decides CONFIRMED,
 * PARTIALLY_SHIPPED and SHIPPED as before (stocked lines only; an order of services only stays CONFIRMED
 * until invoiced). Once every stocked line has shipped in full and every line is invoiced in full (ordered
 * less returned, net of the returns' credit notes) it is INVOICED, and PAID when moreover every one of
 * its (not voided) invoices is paid. Returns do not make an order less shipped: what shipped, shipped.
 */
export function derivedOrderStatus(lines: BillingLine[], invoicesPaid: boolean[]): SalesOrderStatus {
  const stocked = lines.filter((line) => line.stocked);
  const shipped = stocked.every((line) => line.quantityShipped.greaterThanOrEqualTo(line.quantity));
  const invoiced = lines.every((line) => invoicedInFull(line, false));
  if (shipped && invoiced && invoicesPaid.length > 0) return invoicesPaid.every(Boolean) ? 'PAID' : 'INVOICED';
  if (stocked.length === 0) return 'CONFIRMED';
  if (shipped) return 'SHIPPED';
  return stocked.some((line) => line.quantityShipped.greaterThan(0)) ? 'PARTIALLY_SHIPPED' : 'CONFIRMED';
}

/**
 * The order's status after its lines or invoices changed: re-derived while shipping, invoicing and
 * payment move it (CONFIRMED to PAID); any other status stays, so a CLOSED order stays CLOSED.
 */
export function nextOrderStatus(
  current: SalesOrderStatus,
  lines: BillingLine[],
  invoicesPaid: boolean[],
): SalesOrderStatus {
  return DERIVED_ORDER_STATUSES.includes(current) ? derivedOrderStatus(lines, invoicesPaid) : current;
}

/** The customer's invoice policy; ORDERED without a settings row. */
export async function invoicePolicyOf(tx: TenantTx, customerId: string): Promise<InvoicePolicy> {
  const settings = await tx.customerSalesSettings.findFirst({ where: { customerId }, select: { invoicePolicy: true } });
  return settings?.invoicePolicy ?? 'ORDERED';
}

/** The order's lines as BillingLines, in line order (the caller holds the order's lock). */
export async function billingLines(tx: TenantTx, salesOrderId: string) {
  const lines = await withProducts(
    tx,
    await tx.salesOrderLine.findMany({ where: { salesOrderId }, orderBy: { lineNo: 'asc' } }),
  );
  return lines.map((line) => ({ ...line, stocked: line.product.type === 'STOCKED' }));
}

/** Whether each of the order's invoices that is not voided is paid in full. */
export async function invoicesPaid(tx: TenantTx, salesOrderId: string): Promise<boolean[]> {
  const links = await tx.salesOrderInvoice.findMany({
    where: { salesOrderId, voidedAt: null },
    select: { invoiceId: true },
  });
  const heads = await invoiceHeads(
    tx,
    links.map((link) => link.invoiceId),
  );
  return links.map((link) => heads.get(link.invoiceId)?.status === 'PAID');
}

/**
 * The order's status from its lines and invoices as they are now (nextOrderStatus), after a command
 * changed them; the caller holds the order's lock. `lines` spares the read when the caller has them.
 */
export async function rederiveOrderStatus(
  tx: TenantTx,
  order: Pick<SalesOrder, 'id' | 'status'>,
  lines?: BillingLine[],
): Promise<SalesOrderStatus> {
  return nextOrderStatus(order.status, lines ?? (await billingLines(tx, order.id)), await invoicesPaid(tx, order.id));
}
