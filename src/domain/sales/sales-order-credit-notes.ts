// Crediting what an order's invoices billed beyond what the customer is to pay for: received returns
// (sales-return-receive.ts) and a short close (sales-order-close.ts) both credit it here, with one ledger
// customer credit note per invoice, latest invoice first, and a SalesReturnCredit row per credit note
// line (salesReturnId null for a close). Voiding such a credit note gives its quantities back.
import { randomUUID } from 'node:crypto';
import { Prisma, type SalesOrder } from '../../generated/prisma/client.js';
import type { InvoicePolicy } from '../../generated/prisma/enums.js';
import * as ledger from '../ledger/index.js';
import {
  DomainError,
  appendEvent,
  fieldError,
  fromDbDate,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { SALES_ERROR_CODES } from './error-codes.js';
import { billableQuantity, netInvoiced, rederiveOrderStatus, type billingLines } from './sales-order-billing-state.js';
import { lockOrderById, orderSummary } from './sales-orders.js';
import { todayUtc } from './refs.js';

type Decimal = Prisma.Decimal;
const ZERO = new Prisma.Decimal(0);

type OrderLines = Awaited<ReturnType<typeof billingLines>>;

/** A refusal from another domain, reported on `field`; codes sales does not know become `fallback` with the code leading the message. */
export function inSalesTerms(
  error: unknown,
  field: string,
  fallback: string,
  rename: Record<string, string> = {},
): unknown {
  if (!(error instanceof DomainError)) return error;
  return new DomainError(
    error.errors.map((e) => {
      const code = rename[e.code] ?? (e.code in SALES_ERROR_CODES ? e.code : fallback);
      return fieldError(code, code === fallback ? `${e.code}: ${e.message}` : e.message, field);
    }),
  );
}

/** An order line to credit: what stays invoiced beyond its billable quantity, at most `upTo` (null: all of it). */
export interface CreditWanted {
  orderLineId: string;
  /** The return line the credit is for; null for a close. */
  returnLineId: string | null;
  upTo: Decimal | null;
}

export interface CreditPick {
  orderLineId: string;
  returnLineId: string | null;
  linkLineId: string;
  quantity: Decimal;
}

export interface PostedCreditNote {
  invoiceId: string;
  number: string;
  total: string;
}

/**
 * How much of each wanted line is credited, and from which invoice lines: a line credits what stays
 * invoiced beyond what the customer is to pay for (its billable quantity under `policy`, returns
 * counted), at most its `upTo`; taken from the order's invoices that are not voided, latest first, each
 * invoice line up to what it invoiced less what credit notes (not voided) credited from it already.
 */
async function creditPicks(
  tx: TenantTx,
  orderLines: OrderLines,
  wantedLines: CreditWanted[],
  policy: InvoicePolicy,
): Promise<CreditPick[]> {
  const byId = new Map(orderLines.map((line) => [line.id, line]));
  const wanted = wantedLines
    .map((entry) => {
      const line = byId.get(entry.orderLineId)!;
      const over = Prisma.Decimal.max(netInvoiced(line).minus(billableQuantity(line, policy)), ZERO);
      return { ...entry, credit: entry.upTo ? Prisma.Decimal.min(entry.upTo, over) : over };
    })
    .filter((entry) => entry.credit.greaterThan(0));
  if (wanted.length === 0) return [];
  const links = await tx.salesOrderInvoiceLine.findMany({
    where: {
      salesOrderLineId: { in: wanted.map((entry) => entry.orderLineId) },
      salesOrderInvoice: { voidedAt: null },
    },
    orderBy: [{ salesOrderInvoice: { createdAt: 'desc' } }, { salesOrderInvoiceId: 'desc' }],
    select: {
      id: true,
      salesOrderLineId: true,
      quantity: true,
      returnCredits: { where: { voidedAt: null }, select: { quantity: true } },
    },
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
      picks.push({
        orderLineId: entry.orderLineId,
        returnLineId: entry.returnLineId,
        linkLineId: link.id,
        quantity: take,
      });
      left = left.minus(take);
    }
    // Net invoiced is the sum of what the live invoice lines have left, so this only fails on corrupt data.
    if (!left.isZero())
      throw new Error(
        `Sales order credit: ${left.toFixed()} of order line ${entry.orderLineId} has no invoice line to credit`,
      );
  }
  return picks;
}

/**
 * Credits the wanted lines (creditPicks): counts the credited quantities on the order lines, then posts
 * one credit note per invoice credited (postCreditNotes). The caller holds the order's lock, and
 * `orderLines` are its lines as they are now.
 */
export async function creditOverInvoiced(
  tx: TenantTx,
  actor: Actor,
  context: {
    order: { id: string; number: string };
    orderLines: OrderLines;
    wanted: CreditWanted[];
    policy: InvoicePolicy;
    memo: string;
    salesReturnId: string | null;
  },
): Promise<{ picks: CreditPick[]; notes: PostedCreditNote[] }> {
  const picks = await creditPicks(tx, context.orderLines, context.wanted, context.policy);
  const credited = new Map<string, Decimal>();
  for (const pick of picks)
    credited.set(pick.orderLineId, (credited.get(pick.orderLineId) ?? ZERO).plus(pick.quantity));
  // Counted before the notes post: applying a note can pay the invoice off, and the ledger's settlement
  // hook then re-derives the order's status from these lines.
  if (credited.size > 0) {
    await tx.$executeRaw`
      UPDATE "SalesOrderLine" AS l SET "quantityCredited" = l."quantityCredited" + v.quantity
      FROM unnest(${[...credited.keys()]}::uuid[], ${[...credited.values()].map((quantity) => quantity.toFixed())}::numeric[]) AS v(id, quantity)
      WHERE l."organizationId" = ${actor.organizationId}::uuid AND l."salesOrderId" = ${context.order.id}::uuid AND l."id" = v.id`;
  }
  const notes = await postCreditNotes(tx, actor, { ...context, picks });
  return { picks, notes };
}

/**
 * One posted credit note per invoice the picks credit (latest invoice first), dated today, its lines
 * copying the order line's price, discount, tax and price-includes-tax like the invoice did; the ledger
 * applies it to what is open of the invoice, the rest stays customer credit. Each note line is linked
 * to the invoice line it credits (and to the return line, for a return).
 */
async function postCreditNotes(
  tx: TenantTx,
  actor: Actor,
  context: { memo: string; salesReturnId: string | null; orderLines: OrderLines; picks: CreditPick[] },
): Promise<PostedCreditNote[]> {
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
  const notes: PostedCreditNote[] = [];
  const groups = [...byInvoice.entries()].sort(
    (a, b) => b[1].createdAt.getTime() - a[1].createdAt.getTime() || (a[0] < b[0] ? 1 : -1),
  );
  for (const [invoiceId, group] of groups) {
    group.picks.sort((a, b) => lineById.get(a.orderLineId)!.lineNo - lineById.get(b.orderLineId)!.lineNo);
    let note: ledger.PostedInvoiceRef;
    try {
      note = await ledger.createCreditNote(tx, actor, {
        invoiceId,
        issueDate,
        memo: context.memo,
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
 * The ledger's void hook for customer credit notes: a voided credit note a return or a close made gives
 * its credited quantities back to the order lines (a returned unit stays returned, so it is invoiceable
 * again only by what the credit took off; a closed order's undelivered units are invoiced again, not
 * invoiceable), and the order's status follows (a closed order stays CLOSED).
 */
export async function giveCreditBack(
  tx: TenantTx,
  actor: Actor,
  voided: { invoiceId: string; kind: string; date: string },
): Promise<void> {
  if (voided.kind !== 'CUSTOMER_CREDIT_NOTE') return;
  const found = await tx.salesReturnCredit.findFirst({
    where: { creditNoteId: voided.invoiceId },
    select: {
      salesReturnId: true,
      salesReturn: { select: { number: true } },
      salesOrderLine: { select: { salesOrderId: true } },
    },
  });
  if (!found) return;
  const order = await lockOrderById(tx, actor, found.salesOrderLine.salesOrderId, 'id');
  const credits = await tx.salesReturnCredit.findMany({
    where: { creditNoteId: voided.invoiceId, voidedAt: null },
    include: { salesOrderLine: { select: { lineNo: true } } },
  });
  if (credits.length === 0) return;
  for (const credit of credits) {
    await tx.salesOrderLine.update({
      where: { id: credit.salesOrderLineId },
      data: { quantityCredited: { decrement: credit.quantity } },
    });
  }
  await tx.salesReturnCredit.updateMany({
    where: { id: { in: credits.map((credit) => credit.id) } },
    data: { voidedAt: new Date() },
  });
  const status = await rederiveOrderStatus(tx, order);
  const orderAfter = await tx.salesOrder.update({
    where: { id: order.id },
    data: { status, version: { increment: 1 } },
  });
  const payload = {
    ...orderSummary(orderAfter),
    ...(found.salesReturn ? { salesReturn: found.salesReturn.number } : {}),
    creditNoteId: voided.invoiceId,
    voidDate: voided.date,
    lines: credits.map((credit) => ({ lineNo: credit.salesOrderLine.lineNo, quantity: credit.quantity.toFixed() })),
  };
  await recordVoid(tx, actor, order, found.salesReturnId, payload);
}

async function recordVoid(
  tx: TenantTx,
  actor: Actor,
  order: SalesOrder,
  salesReturnId: string | null,
  payload: Record<string, unknown>,
): Promise<void> {
  if (salesReturnId) {
    await recordAudit(tx, actor, {
      action: 'salesReturnCreditVoid',
      entityType: 'SalesReturn',
      entityId: salesReturnId,
      before: { status: order.status },
      after: payload,
    });
    await appendEvent(tx, actor, {
      type: 'salesReturn.creditVoided',
      aggregateType: 'SalesReturn',
      aggregateId: salesReturnId,
      payload,
    });
    return;
  }
  await recordAudit(tx, actor, {
    action: 'salesOrderCloseCreditVoid',
    entityType: 'SalesOrder',
    entityId: order.id,
    before: { status: order.status },
    after: payload,
  });
  await appendEvent(tx, actor, {
    type: 'salesOrder.closeCreditVoided',
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload,
  });
}

/**
 * Part of the ledger's void hook for order invoices: an invoice that credit notes (not voided) of
 * returns or of the order's close still credit cannot be voided, or the order would count credits of an
 * invoice that no longer counts.
 */
export async function refuseVoidOfCreditedInvoice(tx: TenantTx, salesOrderInvoiceId: string): Promise<void> {
  const credit = await tx.salesReturnCredit.findFirst({
    where: { voidedAt: null, invoiceLinkLine: { salesOrderInvoiceId } },
    select: {
      creditNoteId: true,
      salesReturn: { select: { number: true } },
      salesOrderLine: { select: { salesOrder: { select: { number: true } } } },
    },
  });
  if (!credit) return;
  const creditNote = (await ledger.invoiceHeads(tx, [credit.creditNoteId])).get(credit.creditNoteId)!;
  const by = credit.salesReturn
    ? `sales return ${credit.salesReturn.number}`
    : `the close of ${credit.salesOrderLine.salesOrder.number}`;
  throw new DomainError(
    fieldError(
      'HAS_ALLOCATIONS',
      `The invoice is credited by credit note ${creditNote.number} of ${by}; void that credit note first`,
      'id',
    ),
  );
}
