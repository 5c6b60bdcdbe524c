// Holding stock for a sales order's stocked lines through inventory's reservations (demand
// { type: 'SalesOrder', id, line: lineNo }), and letting it go again.
import { Prisma, type SalesOrder, type SalesOrderLine } from '../../generated/prisma/client.js';
import { claimDemandType, releaseDocumentStock, reserveDocumentStock } from '../inventory/index.js';
import { DomainError, fieldError, type Actor, type TenantTx } from '../../platform/index.js';

export const SALES_ORDER_DEMAND = 'SalesOrder';
/** Sales' name as the owner of SALES_ORDER_DEMAND reservations. */
export const SALES_OWNER = 'sales order';

// An order line's reserved and shipped quantities follow its reservations, so only sales changes them.
claimDemandType(
  SALES_ORDER_DEMAND,
  SALES_OWNER,
  'salesOrderConfirm and salesOrderReserve reserve, shipmentShip consumes, salesOrderCancel and salesOrderClose release',
);

type Decimal = Prisma.Decimal;
type StockedLine = SalesOrderLine & { product: { type: string; allowNegativeStock: boolean } };

/**
 * Reserves `wanted` of each line through inventory's document reservation (one command for the order:
 * one audit record, one event), then writes every line's reserved and backordered quantities in one
 * statement. A line short of stock fails with INSUFFICIENT_STOCK on lines.N.quantity, unless `partial`.
 */
async function reserveLines(
  tx: TenantTx,
  actor: Actor,
  order: SalesOrder,
  wanted: readonly { line: StockedLine; quantity: Decimal }[],
  partial: boolean,
  quantities: (line: StockedLine, reserved: Decimal) => { reserved: Decimal; backordered: Decimal },
): Promise<Decimal[]> {
  let result;
  try {
    result = await reserveDocumentStock(tx, actor, {
      locationId: order.locationId!,
      demand: { type: SALES_ORDER_DEMAND, id: order.id },
      owner: SALES_OWNER,
      lines: wanted.map(({ line, quantity }) => ({ line: String(line.lineNo), productId: line.productId, quantity })),
      partial,
    });
  } catch (error) {
    const single = error instanceof DomainError && error.errors.length === 1 ? error.errors[0]! : null;
    // Inventory names the short line by its index in `wanted`: input.lines.N.quantity.
    const index =
      single?.code === 'INSUFFICIENT_STOCK'
        ? /^input\.lines\.(\d+)\.quantity$/.exec((single.field ?? []).join('.'))?.[1]
        : undefined;
    if (index === undefined) throw error;
    const line = wanted[Number(index)]!.line;
    throw new DomainError(
      fieldError('INSUFFICIENT_STOCK', `Line ${line.lineNo}: ${single!.message}`, `lines.${line.lineNo - 1}.quantity`),
    );
  }
  const rows = wanted.map(({ line }, i) => ({ id: line.id, ...quantities(line, result[i]!.reserved) }));
  await tx.$executeRaw`
    UPDATE "SalesOrderLine" AS l SET "quantityReserved" = v.reserved, "quantityBackordered" = v.backordered
    FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.reserved.toFixed())}::numeric[], ${rows.map((r) => r.backordered.toFixed())}::numeric[])
      AS v(id, reserved, backordered)
    WHERE l."organizationId" = ${actor.organizationId}::uuid AND l."salesOrderId" = ${order.id}::uuid AND l."id" = v.id`;
  return result.map((line) => line.reserved);
}

/**
 * Reserves every stocked line (services and consumables are not stocked) in the order's location. All
 * or nothing: a line short of stock fails with INSUFFICIENT_STOCK on lines.N.quantity (nothing is
 * written; the command's transaction rolls back). With allowBackorder each line takes what is available
 * and the rest is recorded as backordered. Lines sharing a short product are served in line order.
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
    // Confirm and reserve take no location: the order carries it, so the order is the field at fault.
    throw new DomainError(
      fieldError(
        'LOCATION_REQUIRED',
        `${order.number} has stocked lines: set the location stock is reserved from (salesOrderUpdate locationId)`,
        'id',
      ),
    );
  }
  await reserveLines(
    tx,
    actor,
    order,
    stocked.map((line) => ({ line, quantity: line.quantity })),
    allowBackorder,
    (line, reserved) => ({ reserved, backordered: line.quantity.minus(reserved) }),
  );
}

/**
 * Releases whatever the order's lines still hold (one inventory release for the order: one audit
 * record, one stock.demandReleased event) and clears their reserved and backordered quantities.
 */
export async function releaseOrderStock(tx: TenantTx, actor: Actor, order: SalesOrder): Promise<void> {
  await releaseDocumentStock(tx, actor, { demand: { type: SALES_ORDER_DEMAND, id: order.id }, owner: SALES_OWNER });
  await tx.salesOrderLine.updateMany({
    where: { salesOrderId: order.id },
    data: { quantityReserved: 0, quantityBackordered: 0 },
  });
}

/**
 * Tries again to reserve the backordered rest of a confirmed order's stocked lines: each line takes what
 * is available now, up to its backordered quantity, lines sharing a product in line order (as
 * confirming does). Returns the lines that gained stock with how much.
 */
export async function reserveBackorders(
  tx: TenantTx,
  actor: Actor,
  order: SalesOrder,
  lines: readonly StockedLine[],
): Promise<{ lineNo: number; quantity: Decimal }[]> {
  const short = lines.filter((l) => l.product.type === 'STOCKED' && l.quantityBackordered.greaterThan(0));
  if (short.length === 0) return [];
  // The order row is locked, so the lines' quantities read by the caller are current.
  const reserved = await reserveLines(
    tx,
    actor,
    order,
    short.map((line) => ({ line, quantity: line.quantityBackordered })),
    true,
    (line, gained) => ({
      reserved: line.quantityReserved.plus(gained),
      backordered: line.quantityBackordered.minus(gained),
    }),
  );
  return short
    .map((line, i) => ({ lineNo: line.lineNo, quantity: reserved[i]! }))
    .filter((gained) => !gained.quantity.isZero())
    .sort((a, b) => a.lineNo - b.lineNo);
}
