// Sales returns of shipped orders: announcing one (DRAFT) and cancelling a draft. Receiving it (stock
// back at its issue cost, credit note for what was invoiced) lives in sales-return-receive.ts.
//
// Lock order, the same as shipments': the sales order row first, then the return, then inventory's own
// order (product, stock level) and the ledger's (the credited invoice).
import { randomUUID } from 'node:crypto';
import { Prisma, type SalesOrder, type SalesReturn } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkDate,
  checkLength,
  checkRequired,
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
import { checkVersion, todayUtc } from './refs.js';
import { checkLocation, describeStatus, lockOrderById, orderFail } from './sales-orders.js';

type Decimal = Prisma.Decimal;

export interface SalesReturnLineInput {
  /** The sales order line's number. */
  lineNo: number;
  quantity: string | Decimal;
}

export interface SalesReturnCreateInput {
  salesOrderId: string;
  /** Where the goods come back into; the order's location when left out. */
  locationId?: string | null;
  reason: string;
  /** 'YYYY-MM-DD'; today (UTC) when left out. */
  returnDate?: string | null;
  lines: SalesReturnLineInput[];
}

export interface SalesReturnStateInput {
  id: string;
  expectedVersion?: number | null;
}

export interface SalesReturnRef {
  salesReturnId: string;
}

/**
 * Order states that take returns: something shipped, or (CLOSED) may have; each line must have shipped.
 * A cancelled order never shipped anything.
 */
const RETURNABLE_ORDER_STATUSES: readonly string[] = ['PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'PAID', 'CLOSED'];

export function checkOrderReturnable(order: SalesOrder, field: string): void {
  if (!RETURNABLE_ORDER_STATUSES.includes(order.status)) {
    throw orderFail(
      'NOT_RETURNABLE',
      `${order.number} is ${describeStatus(order.status)}; only an order that shipped takes returns`,
      field,
    );
  }
}

/**
 * Locks a return the lock order's way: its order first, then the return itself. The order is found
 * through an unlocked read, which is safe because a return never changes order.
 */
export async function lockSalesReturn(
  tx: TenantTx,
  actor: Actor,
  input: SalesReturnStateInput,
): Promise<{ order: SalesOrder; salesReturn: SalesReturn }> {
  const seen = isUuid(input.id)
    ? await tx.salesReturn.findUnique({ where: { id: input.id }, select: { salesOrderId: true } })
    : null;
  if (!seen) throw orderFail('NOT_FOUND', 'No sales return with this id in your organization', 'id');
  const order = await lockOrderById(tx, actor, seen.salesOrderId, 'id');
  await lockRows(tx, actor.organizationId, 'SalesReturn', [input.id]);
  const salesReturn = await tx.salesReturn.findUniqueOrThrow({ where: { id: input.id } });
  checkVersion(salesReturn, salesReturn.number, input.expectedVersion);
  return { order, salesReturn };
}

export function salesReturnSummary(
  salesReturn: Pick<SalesReturn, 'number' | 'salesOrderId' | 'locationId' | 'status' | 'returnDate' | 'reason'>,
) {
  return {
    number: salesReturn.number,
    salesOrderId: salesReturn.salesOrderId,
    locationId: salesReturn.locationId,
    status: salesReturn.status,
    returnDate: fromDbDate(salesReturn.returnDate),
    reason: salesReturn.reason,
  };
}

/** Quantity per order line id in the order's DRAFT returns (announced, not yet back). */
async function inOpenReturns(tx: TenantTx, orderId: string): Promise<Map<string, Decimal>> {
  const rows = await tx.salesReturnLine.groupBy({
    by: ['salesOrderLineId'],
    where: { salesReturn: { salesOrderId: orderId, status: 'DRAFT' } },
    _sum: { quantity: true },
  });
  return new Map(rows.map((row) => [row.salesOrderLineId, row._sum.quantity ?? new Prisma.Decimal(0)]));
}

/**
 * Announces a DRAFT return (RET-00001) of an order that shipped. A stocked line can return what
 * shipped less what came back already less what the order's other draft returns take (OVER_RETURN on
 * lines.N.quantity); services and lines that never shipped cannot be returned. The order row is locked,
 * so two drafts can never announce the same units.
 */
export async function createSalesReturn(
  tx: TenantTx,
  actor: Actor,
  input: SalesReturnCreateInput,
): Promise<SalesReturnRef> {
  const order = await lockOrderById(tx, actor, input.salesOrderId, 'salesOrderId');
  checkOrderReturnable(order, 'salesOrderId');
  const orderLines = await withProducts(
    tx,
    await tx.salesOrderLine.findMany({ where: { salesOrderId: order.id }, orderBy: { lineNo: 'asc' } }),
  );
  const open = await inOpenReturns(tx, order.id);

  const problems = new Problems();
  const reason = cleanText(input.reason) ?? null;
  if (checkRequired(problems, 'reason', reason)) checkLength(problems, 'reason', reason, 500);
  const returnDate =
    input.returnDate === undefined || input.returnDate === null
      ? todayUtc()
      : checkDate(problems, 'returnDate', input.returnDate);
  const locationId =
    input.locationId === undefined || input.locationId === null
      ? order.locationId
      : await checkLocation(tx, problems, input.locationId, 'locationId', 'Returns come back into');

  const picked: { line: (typeof orderLines)[number]; quantity: Decimal }[] = [];
  if (!Array.isArray(input.lines) || input.lines.length === 0)
    problems.add('REQUIRED', 'Give at least one line to return', 'lines');
  const byNo = new Map(orderLines.map((line) => [line.lineNo, line]));
  const seen = new Set<number>();
  (input.lines ?? []).forEach((entry, index) => {
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
        'NOT_RETURNABLE_LINE',
        `Line ${line.lineNo} (${line.product.sku}) is not a stocked product; only goods that shipped come back`,
        `${at}.lineNo`,
      );
    }
    if (line.quantityShipped.isZero()) {
      return problems.add(
        'NOT_RETURNABLE_LINE',
        `Line ${line.lineNo} (${line.product.sku}) has not shipped anything`,
        `${at}.lineNo`,
      );
    }
    if (!quantity) return;
    const inDrafts = open.get(line.id) ?? new Prisma.Decimal(0);
    const can = line.quantityShipped.minus(line.quantityReturned).minus(inDrafts);
    if (quantity.greaterThan(can)) {
      return problems.add(
        'OVER_RETURN',
        `Line ${line.lineNo}: ${can.toFixed()} can be returned (shipped ${line.quantityShipped.toFixed()}, returned ${line.quantityReturned.toFixed()}, in draft returns ${inDrafts.toFixed()}), ${quantity.toFixed()} requested`,
        `${at}.quantity`,
      );
    }
    picked.push({ line, quantity });
  });
  problems.throwIfAny();
  if (!locationId)
    throw orderFail(
      'LOCATION_REQUIRED',
      `${order.number} has no location; name the locationId the goods come back into`,
      'locationId',
    );
  picked.sort((a, b) => a.line.lineNo - b.line.lineNo);

  const id = randomUUID();
  const number = `RET-${String(await nextDocumentNumber(tx, actor, 'sales.return')).padStart(5, '0')}`;
  const created = await tx.salesReturn.create({
    data: {
      id,
      organizationId: actor.organizationId,
      number,
      salesOrderId: order.id,
      locationId,
      reason: reason!,
      returnDate: returnDate!,
      createdById: actor.keyId,
    },
  });
  await tx.salesReturnLine.createMany({
    data: picked.map(({ line, quantity }) => ({
      id: randomUUID(),
      organizationId: actor.organizationId,
      salesReturnId: id,
      salesOrderLineId: line.id,
      productId: line.productId,
      quantity,
    })),
  });
  const payload = {
    ...salesReturnSummary(created),
    orderNumber: order.number,
    lines: picked.map(({ line, quantity }) => ({ lineNo: line.lineNo, quantity: quantity.toFixed() })),
  };
  await recordAudit(tx, actor, {
    action: 'salesReturnCreate',
    entityType: 'SalesReturn',
    entityId: id,
    after: payload,
  });
  await appendEvent(tx, actor, { type: 'salesReturn.created', aggregateType: 'SalesReturn', aggregateId: id, payload });
  return { salesReturnId: id };
}

/** Cancels a DRAFT return: nothing came back, so nothing is undone; its quantities can be returned in another. */
export async function cancelSalesReturn(
  tx: TenantTx,
  actor: Actor,
  input: SalesReturnStateInput,
): Promise<SalesReturnRef> {
  const { salesReturn } = await lockSalesReturn(tx, actor, input);
  if (salesReturn.status !== 'DRAFT') {
    throw new DomainError(
      fieldError(
        'RETURN_NOT_DRAFT',
        `${salesReturn.number} is ${describeStatus(salesReturn.status)}; only a draft return can be cancelled`,
        'id',
      ),
    );
  }
  const after = await tx.salesReturn.update({
    where: { id: salesReturn.id },
    data: { status: 'CANCELLED', cancelledAt: new Date(), version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'salesReturnCancel',
    entityType: 'SalesReturn',
    entityId: salesReturn.id,
    before: { status: salesReturn.status },
    after: { status: after.status },
  });
  await appendEvent(tx, actor, {
    type: 'salesReturn.cancelled',
    aggregateType: 'SalesReturn',
    aggregateId: salesReturn.id,
    payload: salesReturnSummary(after),
  });
  return { salesReturnId: salesReturn.id };
}
