// Receiving a draft return: in one transaction every line comes back into stock through inventory at
// what it cost when it shipped (Dr Inventory / Cr COGS, one entry for the return), the order lines count
// what came back, and what the customer was invoiced for goods they no longer keep is credited with one
// ledger credit note per invoice touched. Voiding such a credit note in the ledger gives the credited
// quantities back.
import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import * as ledger from '../ledger/index.js';
import { returnDocumentToStock } from '../inventory/index.js';
import { DomainError, Problems, appendEvent, fieldError, fromDbDate, recordAudit, type Actor, type TenantTx } from '../../platform/index.js';
import { SALES_ERROR_CODES } from './error-codes.js';
import { billableQuantity, billingLines, billingPolicy, invoicePolicyOf, netInvoiced, rederiveOrderStatus } from './sales-order-billing-state.js';
import { SALES_ORDER_DEMAND } from './sales-order-reservations.js';
import { checkLocation, describeStatus, lockOrderById, orderSummary } from './sales-orders.js';
import { checkOrderReturnable, lockSalesReturn, salesReturnSummary, type SalesReturnRef, type SalesReturnStateInput } from './sales-returns.js';
import { todayUtc } from './refs.js';

type Decimal = Prisma.Decimal;
const ZERO = new Prisma.Decimal(0);

/** A refusal from another domain, reported on `field`; codes sales does not know become `fallback` with the code leading the message. */
function inSalesTerms(error: unknown, field: string, fallback: string, rename: Record<string, string> = {}): unknown {
  if (!(error instanceof DomainError)) return error;
  return new DomainError(
    error.errors.map((e) => {
      const code = rename[e.code] ?? (e.code in SALES_ERROR_CODES ? e.code : fallback);
      return fieldError(code, code === fallback ? `${e.code}: ${e.message}` : e.message, field);
    }),
  );
}

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
      return (inSalesTerms(new DomainError(e), at, 'STOCK_REFUSED', { OUT_OF_RANGE: 'OVER_RETURN' }) as DomainError).errors;
    }),
  );
}

interface CreditPick {
  orderLineId: string;
  returnLineId: string;
  linkLineId: string;
  quantity: Decimal;
}

/**
 * How much of each returned line is credited, and from which invoice lines: a line credits what stays
 * invoiced beyond what the customer is now to pay for (its billable quantity, returns counted), at most
 * what came back; taken from the order's invoices that are not voided, latest first, each invoice line
 * up to what it invoiced less what returns credited from it already.
 */
async function creditPicks(
  tx: TenantTx,
  orderLines: Awaited<ReturnType<typeof billingLines>>,
  returned: { orderLineId: string; returnLineId: string; quantity: Decimal }[],
  policy: Awaited<ReturnType<typeof invoicePolicyOf>>,
): Promise<CreditPick[]> {
  const byId = new Map(orderLines.map((line) => [line.id, line]));
  const wanted = returned
    .map((entry) => {
      const line = byId.get(entry.orderLineId)!;
      const over = netInvoiced(line).minus(billableQuantity(line, policy));
      return { ...entry, credit: Prisma.Decimal.min(entry.quantity, Prisma.Decimal.max(over, ZERO)) };
    })
    .filter((entry) => entry.credit.greaterThan(0));
  if (wanted.length === 0) return [];
  const links = await tx.salesOrderInvoiceLine.findMany({
    where: { salesOrderLineId: { in: wanted.map((entry) => entry.orderLineId) }, salesOrderInvoice: { voidedAt: null } },
    orderBy: [{ salesOrderInvoice: { createdAt: 'desc' } }, { salesOrderInvoiceId: 'desc' }],
    select: { id: true, salesOrderLineId: true, quantity: true, returnCredits: { where: { voidedAt: null }, select: { quantity: true } } },
  });
  const picks: CreditPick[] = [];
  for (const entry of wanted) {
    let left = entry.credit;
    for (const link of links) {
      if (left.isZero()) break;
      if (link.salesOrderLineId !== entry.orderLineId) continue;
      const room = link.returnCredits.reduce((sum, credit) => sum.minus(credit.quantity), link.quantity);
      const take = Prisma.Decimal.min(room, left);
      if (take.lessThanOrEqualTo(0)) continue;
      picks.push({ orderLineId: entry.orderLineId, returnLineId: entry.returnLineId, linkLineId: link.id, quantity: take });
      left = left.minus(take);
    }
    // Net invoiced is the sum of what the live invoice lines have left, so this only fails on corrupt data.
    if (!left.isZero()) throw new Error(`Sales return credit: ${left.toFixed()} of order line ${entry.orderLineId} has no invoice line to credit`);
  }
  return picks;
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
export async function receiveSalesReturn(tx: TenantTx, actor: Actor, input: SalesReturnStateInput): Promise<SalesReturnRef> {
  const { order, salesReturn } = await lockSalesReturn(tx, actor, input);
  if (salesReturn.status !== 'DRAFT') {
    throw new DomainError(fieldError('RETURN_NOT_DRAFT', `${salesReturn.number} is ${describeStatus(salesReturn.status)}; only a draft return is received`, 'id'));
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
        fieldError('OVER_RETURN', `Line ${orderLine.lineNo}: ${can.toFixed()} shipped and not yet returned, the return brings back ${line.quantity.toFixed()}`, `lines.${index}.quantity`),
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
  const orderLines = await billingLines(tx, order.id);
  const picks = await creditPicks(
    tx,
    orderLines,
    lines.map((line) => ({ orderLineId: line.salesOrderLineId, returnLineId: line.id, quantity: line.quantity })),
    policy,
  );
  const credited = new Map<string, Decimal>();
  for (const pick of picks) credited.set(pick.orderLineId, (credited.get(pick.orderLineId) ?? ZERO).plus(pick.quantity));
  // Counted before the notes post: applying a note can pay the invoice off, and the ledger's settlement
  // hook then re-derives the order's status from these lines.
  if (credited.size > 0) {
    await tx.$executeRaw`
      UPDATE "SalesOrderLine" AS l SET "quantityCredited" = l."quantityCredited" + v.quantity
      FROM unnest(${[...credited.keys()]}::uuid[], ${[...credited.values()].map((quantity) => quantity.toFixed())}::numeric[]) AS v(id, quantity)
      WHERE l."organizationId" = ${actor.organizationId}::uuid AND l."salesOrderId" = ${order.id}::uuid AND l."id" = v.id`;
  }
  const notes = await postCreditNotes(tx, actor, { order, returnNumber: salesReturn.number, salesReturnId: salesReturn.id, orderLines, picks });

  const receivedAt = received.doneAt;
  const after = await tx.salesReturn.update({ where: { id: salesReturn.id }, data: { status: 'RECEIVED', receivedAt, version: { increment: 1 } } });
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
      credited: picks.filter((pick) => pick.returnLineId === line.id).reduce((sum, pick) => sum.plus(pick.quantity), ZERO).toFixed(),
    })),
  };
  await recordAudit(tx, actor, { action: 'salesReturnReceive', entityType: 'SalesReturn', entityId: salesReturn.id, before: { status: salesReturn.status }, after: payload });
  if (orderAfter.status !== order.status) {
    await recordAudit(tx, actor, {
      action: 'salesReturnReceive',
      entityType: 'SalesOrder',
      entityId: order.id,
      before: { status: order.status },
      after: { status: orderAfter.status, salesReturn: salesReturn.number },
    });
  }
  await appendEvent(tx, actor, { type: 'salesReturn.received', aggregateType: 'SalesReturn', aggregateId: salesReturn.id, payload });
  return { salesReturnId: salesReturn.id };
}

/** One credit note per invoice the picks credit (latest invoice first), and the links from its lines back to the return. */
async function postCreditNotes(
  tx: TenantTx,
  actor: Actor,
  context: {
    order: { id: string; number: string };
    returnNumber: string;
    salesReturnId: string;
    orderLines: Awaited<ReturnType<typeof billingLines>>;
    picks: CreditPick[];
  },
): Promise<{ invoiceId: string; number: string; total: string }[]> {
  if (context.picks.length === 0) return [];
  const links = await tx.salesOrderInvoiceLine.findMany({
    where: { id: { in: context.picks.map((pick) => pick.linkLineId) } },
    select: { id: true, salesOrderInvoice: { select: { invoiceId: true, createdAt: true } } },
  });
  const linkById = new Map(links.map((link) => [link.id, link]));
  const lineById = new Map(context.orderLines.map((line) => [line.id, line]));
  const byInvoice = new Map<string, { createdAt: Date; picks: CreditPick[] }>();
  for (const pick of context.picks) {
    const link = linkById.get(pick.linkLineId)!.salesOrderInvoice;
    const group = byInvoice.get(link.invoiceId) ?? { createdAt: link.createdAt, picks: [] };
    group.picks.push(pick);
    byInvoice.set(link.invoiceId, group);
  }
  const issueDate = fromDbDate(todayUtc());
  const notes: { invoiceId: string; number: string; total: string }[] = [];
  const groups = [...byInvoice.entries()].sort((a, b) => b[1].createdAt.getTime() - a[1].createdAt.getTime() || (a[0] < b[0] ? 1 : -1));
  for (const [invoiceId, group] of groups) {
    group.picks.sort((a, b) => lineById.get(a.orderLineId)!.lineNo - lineById.get(b.orderLineId)!.lineNo);
    let note: ledger.PostedInvoiceRef;
    try {
      note = await ledger.createCreditNote(tx, actor, {
        invoiceId,
        issueDate,
        memo: `Return ${context.returnNumber} of ${context.order.number}`,
        lines: group.picks.map((pick) => {
          const line = lineById.get(pick.orderLineId)!;
          return {
            description: line.description,
            productId: line.productId,
            quantity: pick.quantity,
            unitPrice: line.unitPrice,
            discountPercent: line.discountPercent,
            taxRate: line.taxPercent,
            priceIncludesTax: line.priceIncludesTax,
          };
        }),
      });
    } catch (error) {
      throw inSalesTerms(error, 'id', 'CREDIT_REFUSED');
    }
    await tx.salesReturnCredit.createMany({
      data: group.picks.map((pick, index) => ({
        id: randomUUID(),
        organizationId: actor.organizationId,
        salesReturnId: context.salesReturnId,
        salesReturnLineId: pick.returnLineId,
        salesOrderLineId: pick.orderLineId,
        invoiceLinkLineId: pick.linkLineId,
        creditNoteId: note.invoiceId,
        creditNoteLineId: note.lines[index].id,
        quantity: pick.quantity,
      })),
    });
    notes.push({ invoiceId: note.invoiceId, number: note.number, total: note.total.toFixed() });
  }
  return notes;
}

/**
 * The ledger's void hook for customer credit notes: a voided credit note a return made gives its
 * credited quantities back to the order lines (they stay returned, so they are invoiceable again only
 * by what the credit took off), and the order's status follows.
 */
export async function giveReturnCreditBack(tx: TenantTx, actor: Actor, voided: { invoiceId: string; kind: string; date: string }): Promise<void> {
  if (voided.kind !== 'CUSTOMER_CREDIT_NOTE') return;
  const found = await tx.salesReturnCredit.findFirst({ where: { creditNoteId: voided.invoiceId }, select: { salesReturnId: true, salesReturn: { select: { salesOrderId: true, number: true } } } });
  if (!found) return;
  const order = await lockOrderById(tx, actor, found.salesReturn.salesOrderId, 'id');
  const credits = await tx.salesReturnCredit.findMany({ where: { creditNoteId: voided.invoiceId, voidedAt: null }, include: { salesOrderLine: { select: { lineNo: true } } } });
  if (credits.length === 0) return;
  for (const credit of credits) {
    await tx.salesOrderLine.update({ where: { id: credit.salesOrderLineId }, data: { quantityCredited: { decrement: credit.quantity } } });
  }
  await tx.salesReturnCredit.updateMany({ where: { id: { in: credits.map((credit) => credit.id) } }, data: { voidedAt: new Date() } });
  const status = await rederiveOrderStatus(tx, order);
  const orderAfter = await tx.salesOrder.update({ where: { id: order.id }, data: { status, version: { increment: 1 } } });
  const payload = {
    ...orderSummary(orderAfter),
    salesReturn: found.salesReturn.number,
    creditNoteId: voided.invoiceId,
    voidDate: voided.date,
    lines: credits.map((credit) => ({ lineNo: credit.salesOrderLine.lineNo, quantity: credit.quantity.toFixed() })),
  };
  await recordAudit(tx, actor, { action: 'salesReturnCreditVoid', entityType: 'SalesReturn', entityId: found.salesReturnId, before: { status: order.status }, after: payload });
  await appendEvent(tx, actor, { type: 'salesReturn.creditVoided', aggregateType: 'SalesReturn', aggregateId: found.salesReturnId, payload });
}

/**
 * Part of the ledger's void hook for order invoices: an invoice that returns' credit notes (not voided)
 * still credit cannot be voided, or the order would count credits of an invoice that no longer counts.
 */
export async function refuseVoidOfCreditedInvoice(tx: TenantTx, salesOrderInvoiceId: string): Promise<void> {
  const credit = await tx.salesReturnCredit.findFirst({
    where: { voidedAt: null, invoiceLinkLine: { salesOrderInvoiceId } },
    select: { salesReturn: { select: { number: true } } },
  });
  if (credit) {
    throw new DomainError(
      fieldError('HAS_ALLOCATIONS', `The invoice is credited by the credit note of sales return ${credit.salesReturn.number}; void that credit note first`, 'id'),
    );
  }
}
