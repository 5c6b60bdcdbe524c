import * as ledger from '../ledger/index.js';
import { appendEvent, lockRows, recordAudit, type Actor, type TenantTx } from '../../platform/index.js';
import { orderStatusFromLines } from './bills.js';
import { lockOrder } from './purchase-orders.js';

/**
 * Runs inside the ledger's voidInvoice for a bill made from a purchase order: gives the billed
 * quantities and cleared GRNI values back to the order lines, reverses the bill's GRNI-difference
 * entry on the void date, and returns the order to its receipt state. Locks the order row, then its
 * lines, as billing does.
 */
export async function givePurchaseOrderBillBack(
  tx: TenantTx,
  actor: Actor,
  voided: { invoiceId: string; kind: string; date: string },
): Promise<void> {
  if (voided.kind !== 'SUPPLIER_BILL') return;
  const found = await tx.purchaseOrderBill.findFirst({
    where: { invoiceId: voided.invoiceId },
    select: { id: true, orderId: true },
  });
  if (!found) return;
  const order = await lockOrder(tx, actor, found.orderId);
  const lineIds = (await tx.purchaseOrderLine.findMany({ where: { orderId: order.id }, select: { id: true } })).map(
    (line) => line.id,
  );
  await lockRows(tx, actor.organizationId, 'PurchaseOrderLine', lineIds);
  const bill = await tx.purchaseOrderBill.findUniqueOrThrow({ where: { id: found.id }, include: { lines: true } });
  if (bill.voidedAt) return;

  for (const line of bill.lines) {
    await tx.purchaseOrderLine.update({
      where: { id: line.orderLineId },
      data: { quantityBilled: { decrement: line.quantity }, valueClearedBase: { decrement: line.valueClearedBase } },
    });
  }
  const reversal = bill.differenceEntryId
    ? await ledger.reverseEntry(tx, actor, { id: bill.differenceEntryId, date: voided.date })
    : null;
  await tx.purchaseOrderBill.update({ where: { id: bill.id }, data: { voidedAt: new Date() } });
  const lines = await tx.purchaseOrderLine.findMany({
    where: { orderId: order.id },
    select: { quantity: true, quantityReceived: true, quantityBilled: true },
  });
  // A closed or cancelled order keeps its state; otherwise the quantities decide it again.
  const status = order.status === 'CLOSED' || order.status === 'CANCELLED' ? order.status : orderStatusFromLines(lines);
  await tx.purchaseOrder.update({ where: { id: order.id }, data: { status, version: { increment: 1 } } });
  const payload = {
    number: order.number,
    invoiceId: voided.invoiceId,
    status,
    differenceReversalEntryId: reversal?.entryId ?? null,
    lines: bill.lines.map((line) => ({
      orderLineId: line.orderLineId,
      quantity: line.quantity.toFixed(),
      valueClearedBase: line.valueClearedBase.toFixed(),
    })),
  };
  await recordAudit(tx, actor, {
    action: 'purchaseOrderBillVoid',
    entityType: 'PurchaseOrder',
    entityId: order.id,
    before: { status: order.status },
    after: payload,
  });
  await appendEvent(tx, actor, {
    type: 'purchaseOrder.billVoided',
    aggregateType: 'PurchaseOrder',
    aggregateId: order.id,
    payload,
  });
}
