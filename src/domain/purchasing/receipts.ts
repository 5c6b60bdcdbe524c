import { Prisma } from '../../generated/prisma/client.js';
import * as inventory from '../inventory/index.js';
import { rateFor } from '../ledger/index.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkDate,
  fieldError,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { parseDecimal } from '../../platform/index.js';
import { lockOrder, checkVersion } from './purchase-orders.js';

/** How far past its ordered quantity a line may be received, in percent (suppliers round up to packs). */
export const OVER_RECEIPT_TOLERANCE_PERCENT = 10;

export interface PurchaseOrderReceiveInput {
  id: string;
  expectedVersion?: number | null;
  /** The warehouse location the goods go into. */
  locationId: string;
  /** 'YYYY-MM-DD'; decides the exchange rate of a foreign-currency order. Today (UTC) when left out. */
  date?: string | null;
  lines: { lineNo: number; quantity: string | Prisma.Decimal }[];
}

/**
 * A receipt's move refused as too large (its quantity past what on hand or the stock value can hold,
 * or the order price at the rate past a unit cost's column) is reported on that line's quantity,
 * lines.N.quantity, the one number the caller gave.
 */
async function onReceiptLine<T>(index: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError) || !error.errors.some((e) => e.code === 'OUT_OF_RANGE')) throw error;
    throw new DomainError(
      error.errors.map((e) =>
        e.code === 'OUT_OF_RANGE' ? fieldError(e.code, e.message, ['lines', String(index), 'quantity']) : e,
      ),
    );
  }
}

/**
 * Receives goods against a sent order: each line's quantity goes into stock through the inventory
 * domain's receipt (at the order price converted to the base currency), the line counts what was
 * received, and the order becomes PARTIALLY_RECEIVED or RECEIVED. Services are counted, not stocked.
 */
export async function receivePurchaseOrder(
  tx: TenantTx,
  actor: Actor,
  input: PurchaseOrderReceiveInput,
): Promise<{ purchaseOrderId: string }> {
  const order = await lockOrder(tx, actor, input.id);
  checkVersion(order, input.expectedVersion);
  if (order.status !== 'SENT' && order.status !== 'PARTIALLY_RECEIVED') {
    throw new DomainError(
      fieldError('NOT_RECEIVABLE', `${order.number} is ${order.status.toLowerCase().replace(/_/g, ' ')}`, 'id'),
    );
  }
  const problems = new Problems();
  const date = input.date ?? new Date().toISOString().slice(0, 10);
  checkDate(problems, 'date', date);
  const lines = await inventory.withProducts(tx, await tx.purchaseOrderLine.findMany({ where: { orderId: order.id } }));
  const byNo = new Map(lines.map((line) => [line.lineNo, line]));
  if (!Array.isArray(input.lines) || input.lines.length === 0)
    problems.add('REQUIRED', 'Give at least one line to receive', 'lines');
  const seen = new Set<number>();
  const receipts = (input.lines ?? []).map((entry, index) => {
    const at = `lines.${index}`;
    const line = byNo.get(entry.lineNo);
    if (!line) problems.add('NOT_FOUND', `${order.number} has no line ${entry.lineNo}`, `${at}.lineNo`);
    if (seen.has(entry.lineNo)) problems.add('INVALID_INPUT', `Line ${entry.lineNo} appears twice`, `${at}.lineNo`);
    seen.add(entry.lineNo);
    const quantity = parseDecimal(problems, `${at}.quantity`, entry.quantity, {
      scale: 4,
      required: true,
      positive: true,
    });
    if (line && quantity) {
      const limit = line.quantity.times(100 + OVER_RECEIPT_TOLERANCE_PERCENT).dividedBy(100);
      if (line.quantityReceived.plus(quantity).greaterThan(limit)) {
        problems.add(
          'OVER_RECEIPT',
          `Line ${line.lineNo}: ${line.quantityReceived.toFixed()} received of ${line.quantity.toFixed()} ordered; ${quantity.toFixed()} more is over the ${OVER_RECEIPT_TOLERANCE_PERCENT}% tolerance`,
          `${at}.quantity`,
        );
      }
    }
    return { index, line, quantity };
  });
  problems.throwIfAny();

  const rate = await rateFor(tx, order.currency.trim(), date, 'date');
  const moveIds: string[] = [];
  // Products in id order, the order every stock command locks them in: two receipts over the same
  // products given in opposite orders would otherwise deadlock on the product rows.
  const inLockOrder = [...receipts].sort((a, b) =>
    a.line!.productId === b.line!.productId
      ? a.line!.lineNo - b.line!.lineNo
      : a.line!.productId < b.line!.productId
        ? -1
        : 1,
  );
  for (const { index, line, quantity } of inLockOrder) {
    if (line!.product.type !== 'SERVICE') {
      const unitCost = line!.unitPrice.times(rate).toDecimalPlaces(6, Prisma.Decimal.ROUND_HALF_UP);
      const move = await onReceiptLine(index, () =>
        inventory.receiveStock(tx, actor, {
          productId: line!.productId,
          locationId: input.locationId,
          quantity: quantity!,
          unitCost,
          reference: { type: 'PurchaseOrder', id: order.id, line: String(line!.lineNo) },
        }),
      );
      moveIds.push(move.stockMoveId);
    }
    await tx.purchaseOrderLine.update({
      where: { id: line!.id },
      data: { quantityReceived: { increment: quantity! } },
    });
  }
  const after = await tx.purchaseOrderLine.findMany({
    where: { orderId: order.id },
    select: { quantity: true, quantityReceived: true },
  });
  const complete = after.every((line) => line.quantityReceived.greaterThanOrEqualTo(line.quantity));
  const status = complete ? 'RECEIVED' : 'PARTIALLY_RECEIVED';
  await tx.purchaseOrder.update({ where: { id: order.id }, data: { status, version: { increment: 1 } } });
  const payload = {
    number: order.number,
    status,
    date,
    lines: receipts.map(({ line, quantity }) => ({ lineNo: line!.lineNo, quantity: quantity!.toFixed() })),
    stockMoveIds: moveIds,
  };
  await recordAudit(tx, actor, {
    action: 'purchaseOrderReceive',
    entityType: 'PurchaseOrder',
    entityId: order.id,
    before: { status: order.status },
    after: payload,
  });
  await appendEvent(tx, actor, {
    type: 'purchaseOrder.received',
    aggregateType: 'PurchaseOrder',
    aggregateId: order.id,
    payload,
  });
  return { purchaseOrderId: order.id };
}
