// Shipments of a confirmed sales order: preparing one (DRAFT) from the stock the order holds, and
// cancelling a draft. Shipping it (stock issued, cost posted) lives in shipment-ship.ts.
//
// Lock order, shared by every command that touches shipments and by salesOrderCancel: the sales order
// row first, then its shipments, then inventory's own order (product, stock level, reservation).
import { randomUUID } from 'node:crypto';
import { Prisma, type SalesOrder, type Shipment } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkDate,
  checkLength,
  cleanText,
  fieldError,
  fromDbDate,
  isUuid,
  lockRows,
  nextDocumentNumber,
  parseDecimal,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { withProducts } from '../inventory/index.js';
import { checkVersion } from './refs.js';
import { describeStatus, lockOrderById, orderFail } from './sales-orders.js';

type Decimal = Prisma.Decimal;

export interface ShipmentLineInput {
  /** The sales order line's number. */
  lineNo: number;
  quantity: string | Decimal;
}

export interface ShipmentCreateInput {
  salesOrderId: string;
  /** What to ship; every stocked line's shippable quantity when left out. */
  lines?: ShipmentLineInput[] | null;
  plannedDate?: string | null;
  carrier?: string | null;
  trackingReference?: string | null;
  notes?: string | null;
}

export interface ShipmentStateInput {
  id: string;
  expectedVersion?: number | null;
}

export interface ShipmentRef {
  shipmentId: string;
}

/** Order states that can ship: confirmed, or already partly shipped. */
const SHIPPABLE_ORDER_STATUSES: readonly string[] = ['CONFIRMED', 'PARTIALLY_SHIPPED'];

export function checkOrderShippable(order: SalesOrder, field: string): void {
  if (!SHIPPABLE_ORDER_STATUSES.includes(order.status)) {
    throw orderFail(
      'NOT_SHIPPABLE',
      `${order.number} is ${describeStatus(order.status)}; only a confirmed or partially shipped order ships`,
      field,
    );
  }
}

/**
 * Locks a shipment the lock order's way: its order first, then the shipment itself. The order is found
 * through an unlocked read, which is safe because a shipment never changes order.
 */
export async function lockShipment(
  tx: TenantTx,
  actor: Actor,
  input: ShipmentStateInput,
): Promise<{ order: SalesOrder; shipment: Shipment }> {
  const seen = isUuid(input.id)
    ? await tx.shipment.findUnique({ where: { id: input.id }, select: { salesOrderId: true } })
    : null;
  if (!seen) throw orderFail('NOT_FOUND', 'No shipment with this id in your organization', 'id');
  const order = await lockOrderById(tx, actor, seen.salesOrderId, 'id');
  await lockRows(tx, actor.organizationId, 'Shipment', [input.id]);
  const shipment = await tx.shipment.findUniqueOrThrow({ where: { id: input.id } });
  checkVersion(shipment, shipment.number, input.expectedVersion);
  return { order, shipment };
}

export function shipmentSummary(
  shipment: Pick<Shipment, 'number' | 'salesOrderId' | 'locationId' | 'status' | 'plannedDate'>,
) {
  return {
    number: shipment.number,
    salesOrderId: shipment.salesOrderId,
    locationId: shipment.locationId,
    status: shipment.status,
    plannedDate: shipment.plannedDate ? fromDbDate(shipment.plannedDate) : null,
  };
}

/** Quantity per order line id already in the order's DRAFT shipments (promised, not yet gone). */
async function inOpenShipments(tx: TenantTx, orderId: string): Promise<Map<string, Decimal>> {
  const rows = await tx.shipmentLine.groupBy({
    by: ['salesOrderLineId'],
    where: { shipment: { salesOrderId: orderId, status: 'DRAFT' } },
    _sum: { quantity: true },
  });
  return new Map(rows.map((row) => [row.salesOrderLineId, row._sum.quantity ?? new Prisma.Decimal(0)]));
}

/**
 * Prepares a DRAFT shipment (SH-00001) of a CONFIRMED or PARTIALLY_SHIPPED order from its
 * location. A line can ship what the order holds for it (reserved, so not yet shipped) less what its
 * other draft shipments already take; by default every stocked line ships all of that. Services are
 * never shipped. The order row is locked, so two drafts can never promise the same units.
 */
export async function createShipment(tx: TenantTx, actor: Actor, input: ShipmentCreateInput): Promise<ShipmentRef> {
  const order = await lockOrderById(tx, actor, input.salesOrderId, 'salesOrderId');
  checkOrderShippable(order, 'salesOrderId');
  const orderLines = await withProducts(
    tx,
    await tx.salesOrderLine.findMany({ where: { salesOrderId: order.id }, orderBy: { lineNo: 'asc' } }),
  );
  const open = await inOpenShipments(tx, order.id);
  const shippable = (line: (typeof orderLines)[number]) => line.quantityReserved.minus(open.get(line.id) ?? 0);

  const problems = new Problems();
  const plannedDate = checkDate(problems, 'plannedDate', input.plannedDate, false) ?? null;
  const text = (field: 'carrier' | 'trackingReference' | 'notes', max: number) => {
    const value = cleanText(input[field]) ?? null;
    checkLength(problems, field, value, max);
    return value;
  };
  const carrier = text('carrier', 100);
  const trackingReference = text('trackingReference', 100);
  const notes = text('notes', 4000);

  let picked: { line: (typeof orderLines)[number]; quantity: Decimal }[];
  if (input.lines === undefined || input.lines === null) {
    picked = orderLines
      .filter((line) => line.product.type === 'STOCKED' && shippable(line).greaterThan(0))
      .map((line) => ({ line, quantity: shippable(line) }));
  } else {
    const byNo = new Map(orderLines.map((line) => [line.lineNo, line]));
    const seen = new Set<number>();
    picked = [];
    input.lines.forEach((entry, index) => {
      const at = `lines.${index}`;
      const line = byNo.get(entry.lineNo);
      const quantity = parseDecimal(problems, `${at}.quantity`, entry.quantity, {
        scale: 4,
        required: true,
        positive: true,
      });
      if (!line) return problems.add('NOT_FOUND', `${order.number} has no line ${entry.lineNo}`, `${at}.lineNo`);
      if (seen.has(entry.lineNo))
        return problems.add('INVALID_INPUT', `Line ${entry.lineNo} appears twice`, `${at}.lineNo`);
      seen.add(entry.lineNo);
      if (line.product.type !== 'STOCKED') {
        return problems.add(
          'INVALID_INPUT',
          `Line ${line.lineNo} (${line.product.sku}) is not a stocked product; only stocked lines ship`,
          `${at}.lineNo`,
        );
      }
      if (!quantity) return;
      const can = shippable(line);
      if (quantity.greaterThan(can)) {
        return problems.add(
          'OVER_SHIPMENT',
          `Line ${line.lineNo}: ${can.toFixed()} can ship (reserved ${line.quantityReserved.toFixed()}, in draft shipments ${(open.get(line.id) ?? new Prisma.Decimal(0)).toFixed()}), ${quantity.toFixed()} requested`,
          `${at}.quantity`,
        );
      }
      picked.push({ line, quantity });
    });
  }
  problems.throwIfAny();
  if (picked.length === 0) {
    throw new DomainError(
      fieldError(
        'NOTHING_TO_SHIP',
        `${order.number} has nothing to ship: no stocked line holds reserved stock that is not already in a draft shipment`,
        input.lines ? 'lines' : 'salesOrderId',
      ),
    );
  }
  picked.sort((a, b) => a.line.lineNo - b.line.lineNo);

  const id = randomUUID();
  const number = `SH-${String(await nextDocumentNumber(tx, actor, 'sales.shipment')).padStart(5, '0')}`;
  const shipment = await tx.shipment.create({
    data: {
      id,
      organizationId: actor.organizationId,
      number,
      salesOrderId: order.id,
      locationId: order.locationId!,
      plannedDate,
      carrier,
      trackingReference,
      notes,
      createdById: actor.keyId,
    },
  });
  await tx.shipmentLine.createMany({
    data: picked.map(({ line, quantity }) => ({
      id: randomUUID(),
      organizationId: actor.organizationId,
      shipmentId: id,
      salesOrderLineId: line.id,
      productId: line.productId,
      quantity,
    })),
  });
  const payload = {
    ...shipmentSummary(shipment),
    orderNumber: order.number,
    lines: picked.map(({ line, quantity }) => ({ lineNo: line.lineNo, quantity: quantity.toFixed() })),
  };
  await recordAudit(tx, actor, { action: 'shipmentCreate', entityType: 'Shipment', entityId: id, after: payload });
  await appendEvent(tx, actor, { type: 'shipment.created', aggregateType: 'Shipment', aggregateId: id, payload });
  return { shipmentId: id };
}

/** Cancels a DRAFT shipment; its quantities can go into another shipment. Nothing moved, so nothing is undone. */
export async function cancelShipment(tx: TenantTx, actor: Actor, input: ShipmentStateInput): Promise<ShipmentRef> {
  const { shipment } = await lockShipment(tx, actor, input);
  if (shipment.status !== 'DRAFT') {
    throw orderFail(
      'SHIPMENT_NOT_DRAFT',
      `${shipment.number} is ${describeStatus(shipment.status)}; only a draft shipment can be cancelled`,
      'id',
    );
  }
  const after = await tx.shipment.update({
    where: { id: shipment.id },
    data: { status: 'CANCELLED', cancelledAt: new Date(), version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'shipmentCancel',
    entityType: 'Shipment',
    entityId: shipment.id,
    before: { status: shipment.status },
    after: { status: after.status },
  });
  await appendEvent(tx, actor, {
    type: 'shipment.cancelled',
    aggregateType: 'Shipment',
    aggregateId: shipment.id,
    payload: shipmentSummary(after),
  });
  return { shipmentId: shipment.id };
}

/** salesOrderCancel's part (the order row is already locked): its draft shipments are cancelled with it. */
export async function cancelOpenShipments(tx: TenantTx, order: SalesOrder): Promise<number> {
  const result = await tx.shipment.updateMany({
    where: { salesOrderId: order.id, status: 'DRAFT' },
    data: { status: 'CANCELLED', cancelledAt: new Date(), version: { increment: 1 } },
  });
  return result.count;
}
