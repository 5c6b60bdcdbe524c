// Receiving a draft return: in one transaction every line comes back into stock through inventory at
// what it cost when it shipped (Dr Inventory / Cr COGS, one entry for the return), the order lines count
// what came back, and what the customer was invoiced for goods they no longer keep is credited with one
// ledger credit note per invoice touched. Voiding such a credit note in the ledger gives the credited
// quantities back.
import { Prisma } from '../../generated/prisma/client.js';
import { returnDocumentToStock } from '../inventory/index.js';
import {
  DomainError,
  Problems,
  appendEvent,
  fieldError,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import * as ledger from '../ledger/index.js';
import { billingLines, billingPolicy, invoicePolicyOf, rederiveOrderStatus } from './sales-order-billing-state.js';
import { creditOverInvoiced, inSalesTerms } from './sales-order-credit-notes.js';
import { SALES_ORDER_DEMAND } from './sales-order-reservations.js';
import { checkLocation, describeStatus } from './sales-orders.js';
import {
  checkOrderReturnable,
  lockSalesReturn,
  salesReturnSummary,
  type SalesReturnRef,
  type SalesReturnStateInput,
} from './sales-returns.js';

const ZERO = new Prisma.Decimal(0);

/** The ledger's source purpose of a return's stock value entry: source { type: 'SalesReturn', id, purpose }. */
const RETURN_PURPOSE = 'valuation';

/**
 * Inventory's refusal of the return's stock: a line's (inventory reports it on lines.N, N the line's
 * index) on that line's quantity, too much returned as OVER_RETURN; the ledger refusing the return's
 * stock entry concerns the whole return and is reported on its id. Unknown codes become STOCK_REFUSED.
 */
function onReturnLine(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  return new DomainError(
    error.errors.flatMap((e) => {
      const at = e.field?.[1] === 'lines' ? `lines.${e.field[2]}.quantity` : 'id';
      return (inSalesTerms(new DomainError(e), at, 'STOCK_REFUSED', { OUT_OF_RANGE: 'OVER_RETURN' }) as DomainError)
        .errors;
    }),
  );
}

/**
 * DRAFT -> RECEIVED; a received or cancelled return is RETURN_NOT_DRAFT. Lines come back in product
 * order (so returns sharing products lock inventory rows in one order) through inventory's
 * returnDocumentToStock, valued at what the order's issue moves for the line are still worth, their
 * value posted as one entry for the return (source SalesReturn/<id>/valuation). Then the
 * returned goods the customer was invoiced for are credited: one posted credit note per invoice,
 * dated today, its lines copying the order line's price, discount, tax and price-includes-tax like the
 * invoice did; the ledger applies it to what is open of the invoice, the rest stays customer credit.
 */
export async function receiveSalesReturn(
  tx: TenantTx,
  actor: Actor,
  input: SalesReturnStateInput,
): Promise<SalesReturnRef> {
  const { order, salesReturn } = await lockSalesReturn(tx, actor, input);
  if (salesReturn.status !== 'DRAFT') {
    throw new DomainError(
      fieldError(
        'RETURN_NOT_DRAFT',
        `${salesReturn.number} is ${describeStatus(salesReturn.status)}; only a draft return is received`,
        'id',
      ),
    );
  }
  checkOrderReturnable(order, 'id');
  const problems = new Problems();
  await checkLocation(tx, problems, salesReturn.locationId, 'id', 'Returns come back into');
  problems.throwIfAny();

  const lines = await tx.salesReturnLine.findMany({
    where: { salesReturnId: salesReturn.id },
    include: { salesOrderLine: { select: { id: true, lineNo: true, quantityShipped: true, quantityReturned: true } } },
  });
  lines.sort((a, b) => a.salesOrderLine.lineNo - b.salesOrderLine.lineNo);

  const baseCurrency = await ledger.baseCurrencyOf(tx);
  for (const [index, line] of lines.entries()) {
    const orderLine = line.salesOrderLine;
    const can = orderLine.quantityShipped.minus(orderLine.quantityReturned);
    if (line.quantity.greaterThan(can)) {
      throw new DomainError(
        fieldError(
          'OVER_RETURN',
          `Line ${orderLine.lineNo}: ${can.toFixed()} shipped and not yet returned, the return brings back ${line.quantity.toFixed()}`,
          `lines.${index}.quantity`,
        ),
      );
    }
  }
  let received: Awaited<ReturnType<typeof returnDocumentToStock>>;
  try {
    received = await returnDocumentToStock(tx, actor, {
      posting: {
        source: { type: 'SalesReturn', id: salesReturn.id, purpose: RETURN_PURPOSE },
        reference: salesReturn.number,
        memo: `Cost of goods returned: ${salesReturn.number} of ${order.number}`,
      },
      locationId: salesReturn.locationId,
      lines: lines.map((line) => ({
        productId: line.productId,
        quantity: line.quantity,
        issuedFor: { type: SALES_ORDER_DEMAND, id: order.id, line: String(line.salesOrderLine.lineNo) },
      })),
    });
  } catch (error) {
    throw onReturnLine(error);
  }
  const moveIds = received.lines.map((moved) => moved.stockMoveId);
  // One statement each for all lines, so receiving costs the same whatever the return's length.
  await tx.$executeRaw`
    UPDATE "SalesReturnLine" AS r SET "stockMoveId" = v."stockMoveId", "value" = v.value, "valueCurrency" = ${baseCurrency}
    FROM unnest(${lines.map((line) => line.id)}::uuid[], ${moveIds}::uuid[], ${received.lines.map((moved) => moved.value.toFixed())}::numeric[])
      AS v(id, "stockMoveId", value)
    WHERE r."organizationId" = ${actor.organizationId}::uuid AND r."salesReturnId" = ${salesReturn.id}::uuid AND r."id" = v.id`;
  await tx.$executeRaw`
    UPDATE "SalesOrderLine" AS l SET "quantityReturned" = l."quantityReturned" + v.quantity
    FROM unnest(${lines.map((line) => line.salesOrderLineId)}::uuid[], ${lines.map((line) => line.quantity.toFixed())}::numeric[]) AS v(id, quantity)
    WHERE l."organizationId" = ${actor.organizationId}::uuid AND l."salesOrderId" = ${order.id}::uuid AND l."id" = v.id`;

  // A closed order bills only what it delivered, so returned goods are credited against that, not the ordered quantity.
  const policy = billingPolicy(order.status, await invoicePolicyOf(tx, order.customerId));
  const { picks, notes } = await creditOverInvoiced(tx, actor, {
    order,
    orderLines: await billingLines(tx, order.id),
    wanted: lines.map((line) => ({ orderLineId: line.salesOrderLineId, returnLineId: line.id, upTo: line.quantity })),
    policy,
    memo: `Return ${salesReturn.number} of ${order.number}`,
    salesReturnId: salesReturn.id,
  });

  const receivedAt = received.doneAt;
  const after = await tx.salesReturn.update({
    where: { id: salesReturn.id },
    data: { status: 'RECEIVED', receivedAt, version: { increment: 1 } },
  });
  const orderAfter = await tx.salesOrder.update({
    where: { id: order.id },
    data: { status: await rederiveOrderStatus(tx, order), version: { increment: 1 } },
  });

  const value = received.lines.reduce((sum, moved) => sum.plus(moved.value), ZERO);
  const payload = {
    ...salesReturnSummary(after),
    orderNumber: order.number,
    orderStatus: orderAfter.status,
    value: value.toFixed(),
    currency: baseCurrency,
    stockMoveIds: moveIds,
    creditNotes: notes,
    lines: lines.map((line) => ({
      lineNo: line.salesOrderLine.lineNo,
      quantity: line.quantity.toFixed(),
      credited: picks
        .filter((pick) => pick.returnLineId === line.id)
        .reduce((sum, pick) => sum.plus(pick.quantity), ZERO)
        .toFixed(),
    })),
  };
  await recordAudit(tx, actor, {
    action: 'salesReturnReceive',
    entityType: 'SalesReturn',
    entityId: salesReturn.id,
    before: { status: salesReturn.status },
    after: payload,
  });
  if (orderAfter.status !== order.status) {
    await recordAudit(tx, actor, {
      action: 'salesReturnReceive',
      entityType: 'SalesOrder',
      entityId: order.id,
      before: { status: order.status },
      after: { status: orderAfter.status, salesReturn: salesReturn.number },
    });
  }
  await appendEvent(tx, actor, {
    type: 'salesReturn.received',
    aggregateType: 'SalesReturn',
    aggregateId: salesReturn.id,
    payload,
  });
  return { salesReturnId: salesReturn.id };
}
