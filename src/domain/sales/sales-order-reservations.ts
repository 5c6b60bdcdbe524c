// Holding stock for a sales order's stocked lines through inventory's reservations (demand
// { type: 'SalesOrder', id, line: lineNo }), and letting it go again.
import { Prisma, type SalesOrder, type SalesOrderLine } from '../../generated/prisma/client.js';
import { availableAt, releaseStock, reserveStock } from '../inventory/index.js';
import { DomainError, fieldError, type Actor, type TenantTx } from '../../platform/index.js';

export const SALES_ORDER_DEMAND = 'SalesOrder';

type Decimal = Prisma.Decimal;
type StockedLine = SalesOrderLine & { product: { type: string; allowNegativeStock: boolean } };

const demandOf = (order: SalesOrder, line: SalesOrderLine) => ({ type: SALES_ORDER_DEMAND, id: order.id, line: String(line.lineNo) });

function insufficientCode(error: unknown): boolean {
  return error instanceof DomainError && error.errors.length === 1 && error.errors[0]!.code === 'INSUFFICIENT_STOCK';
}

/** Reserves as much as is available now, up to `wanted` (0 is fine); returns what was reserved. */
async function reserveAvailable(tx: TenantTx, actor: Actor, order: SalesOrder, line: StockedLine, locationId: string, wanted: Decimal): Promise<Decimal> {
  if (line.product.allowNegativeStock) {
    await reserveStock(tx, actor, { productId: line.productId, locationId, demand: demandOf(order, line), quantity: wanted });
    return wanted;
  }
  // A failed attempt means another order committed a reservation of this stock since we looked, so
  // every retry follows progress elsewhere and the loop ends once the stock is reserved or gone.
  for (;;) {
    const free = await availableAt(tx, line.productId, locationId);
    const quantity = Prisma.Decimal.min(free, wanted);
    if (quantity.isZero()) return quantity;
    try {
      await reserveStock(tx, actor, { productId: line.productId, locationId, demand: demandOf(order, line), quantity });
      return quantity;
    } catch (error) {
      // The conditional UPDATE changed nothing, so the transaction is intact: look again.
      if (!insufficientCode(error)) throw error;
    }
  }
}

const inProductOrder = <L extends SalesOrderLine>(lines: readonly L[]) =>
  [...lines].sort((a, b) => (a.productId === b.productId ? a.lineNo - b.lineNo : a.productId < b.productId ? -1 : 1));

/**
 * Reserves every stocked line (services and consumables are not stocked) in the order's location, in
 * product order so that orders sharing products lock stock levels in one order. All or nothing: the
 * first line short of stock fails with INSUFFICIENT_STOCK on lines.N.quantity (the command's
 * transaction rolls back what was reserved before). With allowBackorder each line takes what is
 * available and the rest is recorded as backordered.
 */
export async function reserveOrderStock(
  tx: TenantTx,
  actor: Actor,
  order: SalesOrder,
  lines: readonly StockedLine[],
  allowBackorder: boolean,
): Promise<void> {
  const stocked = lines.filter((line) => line.product.type === 'STOCKED');
  if (stocked.length === 0) return;
  if (!order.locationId) {
    throw new DomainError(fieldError('LOCATION_REQUIRED', `${order.number} has stocked lines: set the location stock is reserved from`, 'locationId'));
  }
  const locationId = order.locationId;
  for (const line of inProductOrder(stocked)) {
    let reserved: Decimal;
    if (allowBackorder) {
      reserved = await reserveAvailable(tx, actor, order, line, locationId, line.quantity);
    } else {
      try {
        await reserveStock(tx, actor, { productId: line.productId, locationId, demand: demandOf(order, line), quantity: line.quantity });
      } catch (error) {
        if (!insufficientCode(error)) throw error;
        const message = (error as DomainError).errors[0]!.message;
        throw new DomainError(fieldError('INSUFFICIENT_STOCK', `Line ${line.lineNo}: ${message}`, `lines.${line.lineNo - 1}.quantity`));
      }
      reserved = line.quantity;
    }
    await tx.salesOrderLine.update({
      where: { id: line.id },
      data: { quantityReserved: reserved, quantityBackordered: line.quantity.minus(reserved) },
    });
  }
}

/** Releases whatever the order's lines still hold and clears their reserved and backordered quantities. */
export async function releaseOrderStock(tx: TenantTx, actor: Actor, order: SalesOrder): Promise<void> {
  const lines = await tx.salesOrderLine.findMany({ where: { salesOrderId: order.id, quantityReserved: { gt: 0 } }, orderBy: [{ productId: 'asc' }, { lineNo: 'asc' }] });
  for (const line of lines) {
    await releaseStock(tx, actor, { productId: line.productId, locationId: order.locationId!, demand: demandOf(order, line) });
  }
  await tx.salesOrderLine.updateMany({ where: { salesOrderId: order.id }, data: { quantityReserved: 0, quantityBackordered: 0 } });
}

/**
 * Tries again to reserve the backordered rest of a confirmed order's stocked lines: each line takes what
 * is available now, up to its backordered quantity, in product order (as confirming does). Returns the
 * lines that gained stock with how much.
 */
export async function reserveBackorders(tx: TenantTx, actor: Actor, order: SalesOrder, lines: readonly StockedLine[]): Promise<{ lineNo: number; quantity: Decimal }[]> {
  const gained: { lineNo: number; quantity: Decimal }[] = [];
  for (const line of inProductOrder(lines.filter((l) => l.product.type === 'STOCKED' && l.quantityBackordered.greaterThan(0)))) {
    const reserved = await reserveAvailable(tx, actor, order, line, order.locationId!, line.quantityBackordered);
    if (reserved.isZero()) continue;
    await tx.salesOrderLine.update({
      where: { id: line.id },
      data: { quantityReserved: { increment: reserved }, quantityBackordered: { decrement: reserved } },
    });
    gained.push({ lineNo: line.lineNo, quantity: reserved });
  }
  return gained.sort((a, b) => a.lineNo - b.lineNo);
}
