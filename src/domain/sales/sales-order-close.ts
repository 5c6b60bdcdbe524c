// Closing a sales order (a short-close): the customer will not take the rest. What shipped stays
// shipped, invoiceable and returnable; what did not ship never will, so its reservations go back to
// inventory, its backorders are dropped, and what was invoiced of it (ORDERED policy) is credited
// (sales-order-credit-notes.ts, as returns credit). CLOSED is final: nothing that follows (invoicing,
// voids, payments, returns) moves the order out of it (sales-order-billing-state.ts: nextOrderStatus).
import { Prisma } from '../../generated/prisma/client.js';
import type { SalesOrderStatus } from '../../generated/prisma/enums.js';
import {
  Problems,
  appendEvent,
  checkLength,
  checkRequired,
  cleanText,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { billingLines } from './sales-order-billing-state.js';
import { creditOverInvoiced } from './sales-order-credit-notes.js';
import { releaseOrderStock } from './sales-order-reservations.js';
import { describeStatus, lockSalesOrder, orderFail, orderSummary, type SalesOrderRef } from './sales-orders.js';

const ZERO = new Prisma.Decimal(0);

export interface SalesOrderCloseInput {
  id: string;
  expectedVersion?: number | null;
  /** Why the rest is not delivered (the customer's cancellation of the remainder, for example). */
  reason: string;
}

/** From confirmation on; a draft or pending order has nothing delivered and is cancelled instead. */
const CLOSABLE_ORDER_STATUSES: readonly SalesOrderStatus[] = [
  'CONFIRMED',
  'PARTIALLY_SHIPPED',
  'SHIPPED',
  'INVOICED',
  'PAID',
];

/**
 * Closes a confirmed order, shipped or not: releases every reservation its lines still hold (one
 * inventory release per line, in product order as cancelling does), clears reserved and backordered,
 * and sets CLOSED with closedAt and closeReason. Then every line invoiced beyond what it delivered
 * (shipped less returned; services: ordered less returned) is credited by that much, one posted
 * customer credit note per invoice, latest invoice first, as a return credits (creditOverInvoiced);
 * the ledger applies each note to what is open of its invoice, the rest stays customer credit.
 * Refused (NOT_CLOSABLE) for draft, pending, cancelled and closed orders, and while a draft shipment
 * (OPEN_SHIPMENTS) or a draft return (OPEN_RETURNS) is open: those are decided first, so that what the
 * order delivered is settled when it closes. The order row is locked first, so no shipment can be
 * created or shipped meanwhile (they lock it first too), and two closes credit once.
 */
export async function closeSalesOrder(tx: TenantTx, actor: Actor, input: SalesOrderCloseInput): Promise<SalesOrderRef> {
  const problems = new Problems();
  const reason = cleanText(input.reason) ?? null;
  if (checkRequired(problems, 'reason', reason)) checkLength(problems, 'reason', reason, 500);
  problems.throwIfAny();

  const order = await lockSalesOrder(tx, actor, input);
  if (order.status === 'DRAFT' || order.status === 'PENDING_APPROVAL') {
    throw orderFail(
      'NOT_CLOSABLE',
      `${order.number} is ${describeStatus(order.status)}; nothing of it was delivered, so cancel it with salesOrderCancel`,
      'id',
    );
  }
  if (!CLOSABLE_ORDER_STATUSES.includes(order.status)) {
    throw orderFail('NOT_CLOSABLE', `${order.number} is ${describeStatus(order.status)} already`, 'id');
  }
  const shipments = await tx.shipment.findMany({
    where: { salesOrderId: order.id, status: 'DRAFT' },
    select: { number: true },
    orderBy: { number: 'asc' },
  });
  if (shipments.length > 0) {
    const numbers = shipments.map((s) => s.number).join(', ');
    throw orderFail(
      'OPEN_SHIPMENTS',
      `${order.number} has draft shipments (${numbers}); ship or cancel them before closing it`,
      'id',
    );
  }
  const returns = await tx.salesReturn.findMany({
    where: { salesOrderId: order.id, status: 'DRAFT' },
    select: { number: true },
    orderBy: { number: 'asc' },
  });
  if (returns.length > 0) {
    const numbers = returns.map((r) => r.number).join(', ');
    throw orderFail(
      'OPEN_RETURNS',
      `${order.number} has draft returns (${numbers}); receive or cancel them before closing it`,
      'id',
    );
  }

  const open = await tx.salesOrderLine.findMany({
    where: { salesOrderId: order.id, OR: [{ quantityReserved: { gt: 0 } }, { quantityBackordered: { gt: 0 } }] },
    select: { lineNo: true, quantityReserved: true, quantityBackordered: true },
    orderBy: { lineNo: 'asc' },
  });
  if (open.length > 0) await releaseOrderStock(tx, actor, order);
  // CLOSED before the credit notes post: a note that pays an invoice off runs the ledger's settlement
  // hook, which leaves a closed order as it is.
  const after = await tx.salesOrder.update({
    where: { id: order.id },
    data: { status: 'CLOSED', closedAt: new Date(), closeReason: reason, version: { increment: 1 } },
  });
  const orderLines = await billingLines(tx, order.id);
  const { picks, notes } = await creditOverInvoiced(tx, actor, {
    order,
    orderLines,
    wanted: orderLines.map((line) => ({ orderLineId: line.id, returnLineId: null, upTo: null })),
    // A closed order bills what it delivered, whatever the customer's policy (billingPolicy).
    policy: 'DELIVERED',
    memo: `Close of ${order.number}: invoiced, never delivered`,
    salesReturnId: null,
  });

  const released = open.map((line) => ({
    lineNo: line.lineNo,
    reserved: line.quantityReserved.toFixed(),
    backordered: line.quantityBackordered.toFixed(),
  }));
  const credited = orderLines
    .map((line) => ({
      lineNo: line.lineNo,
      quantity: picks
        .filter((pick) => pick.orderLineId === line.id)
        .reduce((sum, pick) => sum.plus(pick.quantity), ZERO),
    }))
    .filter((line) => line.quantity.greaterThan(0))
    .map((line) => ({ lineNo: line.lineNo, quantity: line.quantity.toFixed() }));
  const summary = { reason, released, credited, creditNotes: notes };
  await recordAudit(tx, actor, {
    action: 'salesOrderClose',
    entityType: 'SalesOrder',
    entityId: order.id,
    before: { status: order.status },
    after: { status: after.status, ...summary },
  });
  await appendEvent(tx, actor, {
    type: 'salesOrder.closed',
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload: { ...orderSummary(after), ...summary },
  });
  return { salesOrderId: order.id };
}
