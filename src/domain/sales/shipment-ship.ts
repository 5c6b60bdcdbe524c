// Shipping a draft shipment: in one transaction every line consumes its order line's reservation
// through inventory (an issue move to the CUSTOMER location carrying its cost), the moves' cost posts
// Dr COGS / Cr Inventory as one entry for the shipment, the order lines count what shipped and the
// order moves on.
import { Prisma } from '../../generated/prisma/client.js';
import { consumeDocumentReservations } from '../inventory/index.js';
import { baseCurrencyOf } from '../ledger/index.js';
import { DomainError, appendEvent, fieldError, recordAudit, type Actor, type TenantTx } from '../../platform/index.js';
import { SALES_ERROR_CODES } from './error-codes.js';
import { billingLines, rederiveOrderStatus } from './sales-order-billing-state.js';
import { SALES_ORDER_DEMAND, SALES_OWNER } from './sales-order-reservations.js';
import { describeStatus, orderFail, orderSummary } from './sales-orders.js';
import {
  checkOrderShippable,
  lockShipment,
  shipmentSummary,
  type ShipmentRef,
  type ShipmentStateInput,
} from './shipments.js';

/** The ledger's source purpose of a shipment's cost of goods sold entry: source { type: 'Shipment', id, purpose }. */
const COGS_PURPOSE = 'cogs';

/**
 * Inventory's refusal in sales terms; codes sales does not know become STOCK_REFUSED. A line's refusal
 * (inventory reports it on lines.N, N the line's index) is reported on that line's quantity; the
 * ledger refusing the shipment's cost entry concerns the whole shipment and is reported on its id.
 */
function inSalesTerms(error: unknown, lines: readonly { salesOrderLine: { lineNo: number } }[]): unknown {
  if (!(error instanceof DomainError)) return error;
  return new DomainError(
    error.errors.map((e) => {
      const known = e.code in SALES_ERROR_CODES;
      const code = known ? e.code : 'STOCK_REFUSED';
      const index = e.field?.[1] === 'lines' ? Number(e.field[2]) : null;
      if (index === null) return fieldError(code, `${known ? '' : `${e.code}: `}${e.message}`, 'id');
      return fieldError(
        code,
        `Line ${lines[index]!.salesOrderLine.lineNo}: ${known ? '' : `${e.code}: `}${e.message}`,
        `lines.${index}.quantity`,
      );
    }),
  );
}

/**
 * DRAFT -> SHIPPED; a shipped or cancelled shipment (a cancelled order's drafts were cancelled with it)
 * is refused with SHIPMENT_NOT_DRAFT. Lines are consumed in product order (inventory's
 * consumeDocumentReservations), so shipments sharing products lock inventory rows in one order; their
 * cost posts as one entry for the shipment (source Shipment/<id>/cogs), so a replayed ship cannot post
 * it twice. Afterwards the order is SHIPPED when every stocked line has shipped its full quantity
 * (services never ship and do not hold it back), else PARTIALLY_SHIPPED; INVOICED or PAID instead of
 * SHIPPED when every line was already invoiced in full (sales-order-billing-state.ts).
 */
export async function shipShipment(tx: TenantTx, actor: Actor, input: ShipmentStateInput): Promise<ShipmentRef> {
  const { order, shipment } = await lockShipment(tx, actor, input);
  if (shipment.status !== 'DRAFT') {
    const why = order.status === 'CANCELLED' ? ` (its order ${order.number} was cancelled)` : '';
    throw orderFail(
      'SHIPMENT_NOT_DRAFT',
      `${shipment.number} is ${describeStatus(shipment.status)}${why}; only a draft shipment ships`,
      'id',
    );
  }
  checkOrderShippable(order, 'id');
  const lines = await tx.shipmentLine.findMany({
    where: { shipmentId: shipment.id },
    include: { salesOrderLine: { select: { id: true, lineNo: true, quantityReserved: true } } },
  });
  lines.sort((a, b) => a.salesOrderLine.lineNo - b.salesOrderLine.lineNo);
  for (const [index, line] of lines.entries()) {
    const orderLine = line.salesOrderLine;
    if (line.quantity.greaterThan(orderLine.quantityReserved)) {
      throw orderFail(
        'EXCEEDS_RESERVATION',
        `Line ${orderLine.lineNo}: only ${orderLine.quantityReserved.toFixed()} is reserved for the order line, the shipment takes ${line.quantity.toFixed()}`,
        `lines.${index}.quantity`,
      );
    }
  }
  let issued: Awaited<ReturnType<typeof consumeDocumentReservations>>;
  try {
    issued = await consumeDocumentReservations(tx, actor, {
      posting: {
        source: { type: 'Shipment', id: shipment.id, purpose: COGS_PURPOSE },
        reference: shipment.number,
        memo: `Cost of goods sold: shipment ${shipment.number} of ${order.number}`,
      },
      locationId: shipment.locationId,
      destination: 'CUSTOMER',
      owner: SALES_OWNER,
      lines: lines.map((line) => ({
        productId: line.productId,
        quantity: line.quantity,
        demand: { type: SALES_ORDER_DEMAND, id: order.id, line: String(line.salesOrderLine.lineNo) },
      })),
    });
  } catch (error) {
    throw inSalesTerms(error, lines);
  }
  const moveIds = issued.lines.map((moved) => moved.stockMoveId);
  // One statement each for all lines, so shipping costs the same whatever the shipment's length.
  await tx.$executeRaw`
    UPDATE "ShipmentLine" AS s SET "stockMoveId" = v."stockMoveId"
    FROM unnest(${lines.map((line) => line.id)}::uuid[], ${moveIds}::uuid[]) AS v(id, "stockMoveId")
    WHERE s."organizationId" = ${actor.organizationId}::uuid AND s."shipmentId" = ${shipment.id}::uuid AND s."id" = v.id`;
  await tx.$executeRaw`
    UPDATE "SalesOrderLine" AS l SET "quantityReserved" = l."quantityReserved" - v.quantity, "quantityShipped" = l."quantityShipped" + v.quantity
    FROM unnest(${lines.map((line) => line.salesOrderLine.id)}::uuid[], ${lines.map((line) => line.quantity.toFixed())}::numeric[]) AS v(id, quantity)
    WHERE l."organizationId" = ${actor.organizationId}::uuid AND l."salesOrderId" = ${order.id}::uuid AND l."id" = v.id`;

  const costOfGoods = issued.lines.reduce((sum, moved) => sum.plus(moved.value), new Prisma.Decimal(0));
  const baseCurrency = await baseCurrencyOf(tx);
  const after = await tx.shipment.update({
    where: { id: shipment.id },
    data: {
      status: 'SHIPPED',
      shippedAt: issued.doneAt,
      costOfGoods,
      costCurrency: baseCurrency,
      version: { increment: 1 },
    },
  });

  const orderLines = await billingLines(tx, order.id);
  const complete = orderLines.every(
    (line) => !line.stocked || line.quantityShipped.greaterThanOrEqualTo(line.quantity),
  );
  // An order invoiced in full before it shipped (ORDERED policy) becomes INVOICED (or PAID) here.
  const orderAfter = await tx.salesOrder.update({
    where: { id: order.id },
    data: { status: await rederiveOrderStatus(tx, order, orderLines), version: { increment: 1 } },
  });

  const payload = {
    ...shipmentSummary(after),
    orderNumber: order.number,
    orderStatus: orderAfter.status,
    costOfGoods: costOfGoods.toFixed(),
    currency: baseCurrency,
    stockMoveIds: moveIds,
    lines: lines.map((line) => ({ lineNo: line.salesOrderLine.lineNo, quantity: line.quantity.toFixed() })),
  };
  await recordAudit(tx, actor, {
    action: 'shipmentShip',
    entityType: 'Shipment',
    entityId: shipment.id,
    before: { status: shipment.status },
    after: payload,
  });
  if (orderAfter.status !== order.status) {
    await recordAudit(tx, actor, {
      action: 'shipmentShip',
      entityType: 'SalesOrder',
      entityId: order.id,
      before: { status: order.status },
      after: { status: orderAfter.status, shipment: shipment.number },
    });
  }
  await appendEvent(tx, actor, {
    type: 'shipment.shipped',
    aggregateType: 'Shipment',
    aggregateId: shipment.id,
    payload,
  });
  await appendEvent(tx, actor, {
    type: complete ? 'salesOrder.shipped' : 'salesOrder.partiallyShipped',
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload: { ...orderSummary(orderAfter), shipment: shipment.number },
  });
  return { shipmentId: shipment.id };
}
