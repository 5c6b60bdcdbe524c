// Invoicing a sales order: one customer invoice, created and posted through the ledger, for what the
// customer's invoice policy lets be invoiced now; sales keeps which order lines each invoice line
// invoiced, and gives them back when the ledger voids the invoice.
import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import * as ledger from '../ledger/index.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkDate,
  fromDbDate,
  lockRows,
  parseDecimal,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import {
  INVOICEABLE_ORDER_STATUSES,
  billingLines,
  billingPolicy,
  invoicePolicyOf,
  invoiceableQuantity,
  rederiveOrderStatus,
} from './sales-order-billing-state.js';
import { describeStatus, lockOrderById, orderFail, orderSummary } from './sales-orders.js';
import { refuseVoidOfCreditedInvoice } from './sales-order-credit-notes.js';
import { todayUtc } from './refs.js';

export interface SalesOrderInvoiceInput {
  salesOrderId: string;
  /** 'YYYY-MM-DD'; today (UTC) when left out. The invoice's issue and posting date. */
  invoiceDate?: string | null;
  /** What to invoice per order line; every line's invoiceable quantity when left out. */
  lines?: { lineNo: number; quantity: string | Prisma.Decimal }[] | null;
}

export interface SalesOrderInvoiceRef {
  salesOrderId: string;
  invoiceId: string;
}

type Line = Awaited<ReturnType<typeof billingLines>>[number];

/** Locks the order's lines, after its row (the lock order): invoicing and its void both move quantityInvoiced. */
async function lockOrderLines(tx: TenantTx, actor: Actor, salesOrderId: string): Promise<void> {
  const lines = await tx.salesOrderLine.findMany({ where: { salesOrderId }, select: { id: true } });
  await lockRows(
    tx,
    actor.organizationId,
    'SalesOrderLine',
    lines.map((line) => line.id),
  );
}

function selectQuantities(
  problems: Problems,
  number: string,
  lines: Line[],
  open: (line: Line) => Prisma.Decimal,
  input: SalesOrderInvoiceInput,
) {
  if (input.lines === undefined || input.lines === null) {
    const all = lines.filter((line) => open(line).greaterThan(0)).map((line) => ({ line, quantity: open(line) }));
    if (all.length === 0) problems.add('NOTHING_TO_INVOICE', `${number} has nothing to invoice now`, 'salesOrderId');
    return all;
  }
  if (!Array.isArray(input.lines) || input.lines.length === 0)
    problems.add('REQUIRED', 'Give at least one line, or leave lines out to invoice everything invoiceable', 'lines');
  const byNo = new Map(lines.map((line) => [line.lineNo, line]));
  const seen = new Set<number>();
  const selected: { line: Line; quantity: Prisma.Decimal }[] = [];
  for (const [index, entry] of (input.lines ?? []).entries()) {
    const at = `lines.${index}`;
    const line = byNo.get(entry.lineNo);
    if (!line) problems.add('NOT_FOUND', `${number} has no line ${entry.lineNo}`, `${at}.lineNo`);
    else if (seen.has(entry.lineNo))
      problems.add('INVALID_INPUT', `Line ${entry.lineNo} appears twice`, `${at}.lineNo`);
    seen.add(entry.lineNo);
    const quantity = parseDecimal(problems, `${at}.quantity`, entry.quantity, {
      scale: 4,
      required: true,
      positive: true,
    });
    if (line && quantity) {
      if (quantity.greaterThan(open(line))) {
        problems.add(
          'OVER_INVOICING',
          `Line ${line.lineNo}: ${line.quantityInvoiced.toFixed()} of ${line.quantity.toFixed()} invoiced, ${line.quantityShipped.toFixed()} shipped${line.quantityReturned.isZero() ? '' : `, ${line.quantityReturned.toFixed()} returned`}; ${quantity.toFixed()} is more than the ${open(line).toFixed()} invoiceable now`,
          `${at}.quantity`,
        );
      } else selected.push({ line, quantity });
    }
  }
  return selected;
}

/** The ledger names the invoice's fields; these are the command's (invoice line i came from selected input line inputIndex(i)). */
async function inOrderTerms<T>(inputIndex: (invoiceLine: number) => number | null, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new DomainError(
      error.errors.map((problem) => {
        const [root, name, index, ...rest] = problem.field ?? [];
        if (root !== 'input' || name === undefined) return problem;
        if (name === 'lines' && index !== undefined && /^\d+$/.test(index)) {
          const at = inputIndex(Number(index));
          return {
            ...problem,
            field: at === null ? ['input', 'salesOrderId'] : ['input', 'lines', String(at), ...rest],
          };
        }
        if (name === 'issueDate' || name === 'date') return { ...problem, field: ['input', 'invoiceDate'] };
        return { ...problem, field: ['input', 'salesOrderId'] };
      }),
    );
  }
}

/**
 * Invoices a confirmed (or shipping) order: ORDERED customers for what was ordered, DELIVERED ones for
 * what shipped (services: ordered), less what is invoiced; a closed order for what shipped whatever the
 * policy (services: ordered), and it stays CLOSED. The invoice lines copy the order lines'
 * product, description, unit price, discount, tax percent and price-includes-tax, so invoicing a whole
 * order reproduces its figures to the cent. The order row is locked first, then its lines.
 */
export async function invoiceSalesOrder(
  tx: TenantTx,
  actor: Actor,
  input: SalesOrderInvoiceInput,
): Promise<SalesOrderInvoiceRef> {
  const order = await lockOrderById(tx, actor, input.salesOrderId, 'salesOrderId');
  if (!INVOICEABLE_ORDER_STATUSES.includes(order.status)) {
    throw orderFail(
      'NOT_INVOICEABLE',
      `${order.number} is ${describeStatus(order.status)}; only a confirmed order is invoiced`,
      'salesOrderId',
    );
  }
  await lockOrderLines(tx, actor, order.id);
  const lines = await billingLines(tx, order.id);
  const policy = await invoicePolicyOf(tx, order.customerId);
  const basis = billingPolicy(order.status, policy);

  const problems = new Problems();
  const invoiceDate = input.invoiceDate ?? fromDbDate(todayUtc());
  checkDate(problems, 'invoiceDate', invoiceDate);
  const selected = selectQuantities(
    problems,
    order.number,
    lines,
    (line) => invoiceableQuantity(line, basis),
    input,
  ).sort((a, b) => a.line.lineNo - b.line.lineNo);
  problems.throwIfAny();
  const inputIndex = (invoiceLine: number) => {
    const lineNo = selected[invoiceLine]?.line.lineNo;
    const found = input.lines ? input.lines.findIndex((entry) => entry.lineNo === lineNo) : -1;
    return found >= 0 ? found : null;
  };

  const { invoiceId } = await inOrderTerms(inputIndex, () =>
    ledger.createInvoice(tx, actor, 'CUSTOMER_INVOICE', {
      customerId: order.customerId,
      currency: order.currency.trim(),
      issueDate: invoiceDate,
      reference: order.customerReference ?? order.number,
      memo: `Invoice for ${order.number}`,
      lines: selected.map(({ line, quantity }) => ({
        description: line.description,
        productId: line.productId,
        quantity,
        unitPrice: line.unitPrice,
        discountPercent: line.discountPercent,
        taxRate: line.taxPercent,
        priceIncludesTax: line.priceIncludesTax,
      })),
    }),
  );
  const invoice = await inOrderTerms(inputIndex, () =>
    ledger.postInvoice(tx, actor, ['CUSTOMER_INVOICE'], { id: invoiceId }),
  );

  const linkId = randomUUID();
  await tx.salesOrderInvoice.create({
    data: { id: linkId, organizationId: actor.organizationId, salesOrderId: order.id, invoiceId },
  });
  await tx.salesOrderInvoiceLine.createMany({
    data: selected.map(({ line, quantity }, index) => ({
      id: randomUUID(),
      organizationId: actor.organizationId,
      salesOrderInvoiceId: linkId,
      salesOrderLineId: line.id,
      invoiceLineId: invoice.lines[index].id,
      quantity,
    })),
  });
  for (const { line, quantity } of selected) {
    await tx.salesOrderLine.update({ where: { id: line.id }, data: { quantityInvoiced: { increment: quantity } } });
  }
  const status = await rederiveOrderStatus(tx, order);
  const orderAfter = await tx.salesOrder.update({
    where: { id: order.id },
    data: { status, version: { increment: 1 } },
  });

  const payload = {
    ...orderSummary(orderAfter),
    invoiceId,
    invoiceNumber: invoice.number,
    invoiceTotal: invoice.total.toFixed(),
    invoiceDate,
    invoicePolicy: policy,
    lines: selected.map(({ line, quantity }) => ({ lineNo: line.lineNo, quantity: quantity.toFixed() })),
  };
  await recordAudit(tx, actor, {
    action: 'salesOrderInvoice',
    entityType: 'SalesOrder',
    entityId: order.id,
    before: { status: order.status },
    after: payload,
  });
  await appendEvent(tx, actor, {
    type: 'salesOrder.invoiced',
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload,
  });
  return { salesOrderId: order.id, invoiceId };
}

/**
 * The ledger's void hook: a voided invoice made from an order gives its quantities back to the order
 * lines, and the order's status follows (a fully invoiced order goes back to SHIPPED, for example).
 */
export async function giveSalesOrderInvoiceBack(
  tx: TenantTx,
  actor: Actor,
  voided: { invoiceId: string; kind: string; date: string },
): Promise<void> {
  if (voided.kind !== 'CUSTOMER_INVOICE') return;
  const found = await tx.salesOrderInvoice.findFirst({
    where: { invoiceId: voided.invoiceId },
    select: { id: true, salesOrderId: true },
  });
  if (!found) return;
  const order = await lockOrderById(tx, actor, found.salesOrderId, 'id');
  await lockOrderLines(tx, actor, order.id);
  const link = await tx.salesOrderInvoice.findUniqueOrThrow({ where: { id: found.id }, include: { lines: true } });
  if (link.voidedAt) return;
  await refuseVoidOfCreditedInvoice(tx, link.id);
  for (const line of link.lines) {
    await tx.salesOrderLine.update({
      where: { id: line.salesOrderLineId },
      data: { quantityInvoiced: { decrement: line.quantity } },
    });
  }
  await tx.salesOrderInvoice.update({ where: { id: link.id }, data: { voidedAt: new Date() } });
  const status = await rederiveOrderStatus(tx, order);
  const orderAfter = await tx.salesOrder.update({
    where: { id: order.id },
    data: { status, version: { increment: 1 } },
  });
  const payload = {
    ...orderSummary(orderAfter),
    invoiceId: voided.invoiceId,
    voidDate: voided.date,
    lines: link.lines.map((line) => ({ salesOrderLineId: line.salesOrderLineId, quantity: line.quantity.toFixed() })),
  };
  await recordAudit(tx, actor, {
    action: 'salesOrderInvoiceVoid',
    entityType: 'SalesOrder',
    entityId: order.id,
    before: { status: order.status },
    after: payload,
  });
  await appendEvent(tx, actor, {
    type: 'salesOrder.invoiceVoided',
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload,
  });
}

/**
 * The ledger's settlement hook: payments allocated to (or taken off) invoices made from orders move
 * those orders between INVOICED and PAID. Orders are locked in id order, so concurrent payments of
 * one order's invoices serialize on the order row and the last one sees every invoice paid.
 */
export async function followSalesOrderPayments(tx: TenantTx, actor: Actor, invoiceIds: string[]): Promise<void> {
  const links = await tx.salesOrderInvoice.findMany({
    where: { invoiceId: { in: invoiceIds }, voidedAt: null },
    select: { salesOrderId: true, invoiceId: true },
  });
  const orderIds = [...new Set(links.map((link) => link.salesOrderId))].sort();
  if (orderIds.length === 0) return;
  await lockRows(tx, actor.organizationId, 'SalesOrder', orderIds);
  for (const orderId of orderIds) {
    const order = await tx.salesOrder.findUniqueOrThrow({ where: { id: orderId } });
    if (order.status !== 'INVOICED' && order.status !== 'PAID') continue;
    const status = await rederiveOrderStatus(tx, order);
    if (status === order.status) continue;
    const orderAfter = await tx.salesOrder.update({
      where: { id: order.id },
      data: { status, version: { increment: 1 } },
    });
    const payload = {
      ...orderSummary(orderAfter),
      invoiceIds: links.filter((link) => link.salesOrderId === order.id).map((link) => link.invoiceId),
    };
    await recordAudit(tx, actor, {
      action: 'salesOrderSettlement',
      entityType: 'SalesOrder',
      entityId: order.id,
      before: { status: order.status },
      after: payload,
    });
    await appendEvent(tx, actor, {
      type: status === 'PAID' ? 'salesOrder.paid' : 'salesOrder.unpaid',
      aggregateType: 'SalesOrder',
      aggregateId: order.id,
      payload,
    });
  }
}
