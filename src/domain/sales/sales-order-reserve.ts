// Backorders: a confirmed order whose lines were confirmed short of stock (allowBackorder) tries again
// once stock has come in.
import { withProducts } from '../inventory/index.js';
import { appendEvent, recordAudit, type Actor, type TenantTx } from '../../platform/index.js';
import { reserveBackorders } from './sales-order-reservations.js';
import { lockSalesOrder, orderFail, orderSummary, type SalesOrderRef } from './sales-orders.js';
import { checkOrderShippable } from './shipments.js';

export interface SalesOrderReserveInput {
  id: string;
  expectedVersion?: number | null;
}

/**
 * Reserves what is available now of a CONFIRMED or PARTIALLY_SHIPPED order's backordered quantities,
 * line by line (what is still short stays backordered). Refused with NOTHING_BACKORDERED when no line
 * is backordered and with INSUFFICIENT_STOCK when none of it is available, so a call that changes
 * nothing says why.
 */
export async function reserveSalesOrder(
  tx: TenantTx,
  actor: Actor,
  input: SalesOrderReserveInput,
): Promise<SalesOrderRef> {
  const order = await lockSalesOrder(tx, actor, input);
  checkOrderShippable(order, 'id');
  const lines = await withProducts(
    tx,
    await tx.salesOrderLine.findMany({ where: { salesOrderId: order.id }, orderBy: { lineNo: 'asc' } }),
  );
  if (!lines.some((line) => line.product.type === 'STOCKED' && line.quantityBackordered.greaterThan(0))) {
    throw orderFail('NOTHING_BACKORDERED', `${order.number} has no backordered quantity`, 'id');
  }
  const gained = await reserveBackorders(tx, actor, order, lines);
  if (gained.length === 0) {
    throw orderFail(
      'INSUFFICIENT_STOCK',
      `No stock is available at the order's location for ${order.number}'s backordered lines`,
      'id',
    );
  }
  const after = await tx.salesOrder.update({ where: { id: order.id }, data: { version: { increment: 1 } } });
  const reserved = gained.map((g) => ({ lineNo: g.lineNo, quantity: g.quantity.toFixed() }));
  await recordAudit(tx, actor, {
    action: 'salesOrderReserve',
    entityType: 'SalesOrder',
    entityId: order.id,
    after: { reserved },
  });
  await appendEvent(tx, actor, {
    type: 'salesOrder.reserved',
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload: { ...orderSummary(after), reserved },
  });
  return { salesOrderId: order.id };
}
