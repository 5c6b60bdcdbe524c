// Confirming a sales order: stock reserved, credit checked and, where a policy says so, approval
// asked, all in the confirming transaction. The approvals engine settles a pending order through the
// handlers registered below; cancelling releases what the order holds.
import { Prisma, type SalesOrder, type SalesOrderLine } from '../../generated/prisma/client.js';
import {
  matchingApprovalRule,
  registerApprovalSubject,
  submitForApproval,
  withdraw,
  type Facts,
  type OutcomeContext,
} from '../approvals/index.js';
import { findCustomer } from '../crm/index.js';
import { employeeExists } from '../hr/index.js';
import { withProducts } from '../inventory/index.js';
import { baseCurrencyOf, rateFor } from '../ledger/index.js';
import {
  DomainError,
  MONEY,
  appendEvent,
  cleanText,
  currencyScale,
  fitsColumn,
  isUuid,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { checkCredit } from './sales-order-credit.js';
import { releaseOrderStock, reserveOrderStock } from './sales-order-reservations.js';
import { activeCustomer, checkVersion } from './refs.js';
import { describeStatus, lockSalesOrder, orderFail, orderSummary, type SalesOrderRef } from './sales-orders.js';
import { cancelOpenShipments } from './shipments.js';

export const SALES_ORDER_SUBJECT = 'SALES_ORDER';

/** The engine's answers meaning "no policy applies"; the order is then confirmed at once (unless over its credit limit). */
const NO_POLICY_APPLIES = new Set(['NO_POLICY', 'NO_MATCHING_RULE']);

export interface SalesOrderConfirmInput {
  id: string;
  expectedVersion?: number | null;
  /** Reserve what is available and record the rest as backordered, instead of failing with INSUFFICIENT_STOCK. */
  allowBackorder?: boolean | null;
  /** The employee asking for approval when one is needed; the calling key's employee when left out. */
  requesterId?: string | null;
  comment?: string | null;
}

export interface SalesOrderCancelInput {
  id: string;
  expectedVersion?: number | null;
  comment?: string | null;
}

/**
 * Orders being confirmed in a transaction. The engine's own resubmission (approvalRequestResubmit of a
 * returned order) would skip the reservations and the credit check, so onSubmitted accepts only a
 * submission that salesOrderConfirm started in the same transaction.
 */
const confirming = new WeakMap<TenantTx, Set<string>>();

/** The order total in the base currency at the rate of the order date, rounded to the base currency. */
async function baseAmount(tx: TenantTx, order: SalesOrder): Promise<string> {
  const base = await baseCurrencyOf(tx);
  const rate = await rateFor(tx, order.currency.trim(), order.orderDate, 'currency');
  return order.total.times(rate).toDecimalPlaces(currencyScale(base), Prisma.Decimal.ROUND_HALF_UP).toFixed();
}

/** What approval policies for SALES_ORDER can test; `lines` when the caller has read them already. */
async function orderFacts(
  tx: TenantTx,
  order: SalesOrder,
  lines?: readonly Pick<SalesOrderLine, 'discountPercent'>[],
): Promise<Facts> {
  const maxDiscount = lines
    ? lines.reduce((max, line) => Prisma.Decimal.max(max, line.discountPercent), new Prisma.Decimal(0))
    : ((await tx.salesOrderLine.aggregate({ where: { salesOrderId: order.id }, _max: { discountPercent: true } }))._max
        .discountPercent ?? new Prisma.Decimal(0));
  return {
    AMOUNT: await baseAmount(tx, order),
    CURRENCY: order.currency.trim(),
    MAX_DISCOUNT_PERCENT: maxDiscount.toFixed(),
    CREDIT_LIMIT_EXCEEDED: order.creditLimitExceeded ? 'true' : 'false',
    CUSTOMER_ID: order.customerId,
  };
}

function singleError(error: unknown) {
  return error instanceof DomainError && error.errors.length === 1 ? error.errors[0]! : null;
}

/**
 * DRAFT -> CONFIRMED, or -> PENDING_APPROVAL when a SALES_ORDER policy rule matches, in one transaction:
 * (a) stock for every stocked line is reserved (all or nothing unless allowBackorder); (b) the credit
 * check runs; (c) the engine is asked. Without an applicable policy the order is confirmed at once,
 * except over the credit limit, which is then refused with CREDIT_LIMIT_EXCEEDED. A pending order keeps
 * its reservations. Without an employee (the key's or requesterId) an order that needs approval is
 * refused with NOT_AN_EMPLOYEE, as purchase requests are.
 */
export async function confirmSalesOrder(
  tx: TenantTx,
  actor: Actor,
  input: SalesOrderConfirmInput,
): Promise<SalesOrderRef> {
  const order = await lockSalesOrder(tx, actor, input);
  if (order.status !== 'DRAFT')
    throw orderFail(
      'NOT_DRAFT',
      `${order.number} is ${describeStatus(order.status)}; only a draft can be confirmed`,
      'id',
    );
  const customer = await activeCustomer(tx, order.customerId, 'id');
  const requesterId = cleanText(input.requesterId) ?? actor.employeeId;
  if (requesterId && !(await employeeExists(tx, requesterId))) {
    throw orderFail('NOT_FOUND', 'No employee with this id in your organization', 'requesterId');
  }
  const lines = await withProducts(
    tx,
    await tx.salesOrderLine.findMany({ where: { salesOrderId: order.id }, orderBy: { lineNo: 'asc' } }),
  );
  await reserveOrderStock(tx, actor, order, lines, input.allowBackorder === true);
  const credit = await checkCredit(tx, actor, customer, order);
  if (!fitsColumn(credit.exposure, MONEY)) {
    throw orderFail(
      'OUT_OF_RANGE',
      `The credit exposure of ${order.number} (open items plus this order) is too large to store`,
      'id',
    );
  }
  const checkedFields = { creditExposure: credit.exposure, creditLimitExceeded: credit.exceeded, requesterId };
  const comment = cleanText(input.comment) ?? null;
  let reason: { code: string; message: string } | null = null;
  if (requesterId) {
    // The engine reads the order (requester, credit facts) from the database, so they are written first.
    await tx.salesOrder.update({ where: { id: order.id }, data: checkedFields });
    confirming.set(tx, new Set([...(confirming.get(tx) ?? []), order.id]));
    try {
      // The engine decides (and refuses NO_POLICY / NO_MATCHING_RULE) before it writes anything, so the transaction stays usable.
      await submitForApproval(tx, actor, { subjectType: SALES_ORDER_SUBJECT, subjectId: order.id, comment });
    } catch (error) {
      const single = singleError(error);
      if (!single || !NO_POLICY_APPLIES.has(single.code)) throw error;
      reason = single;
    }
  } else {
    // Without a requester nothing else reads the order: the credit fields go in with the status below.
    const rule = await matchingApprovalRule(
      tx,
      actor,
      SALES_ORDER_SUBJECT,
      await orderFacts(tx, { ...order, ...checkedFields }, lines),
    );
    if (rule) {
      throw orderFail(
        'NOT_AN_EMPLOYEE',
        `Rule "${rule}" needs approval and the calling API key is not linked to an employee; name the requesterId`,
        'requesterId',
      );
    }
    reason = { code: 'NO_MATCHING_RULE', message: 'No approval policy rule applies' };
  }
  if (reason) {
    if (credit.exceeded) {
      const scale = currencyScale(customer.currency.trim());
      throw orderFail(
        'CREDIT_LIMIT_EXCEEDED',
        `${customer.code}'s open receivables plus this order come to ${credit.exposure.toFixed(scale)} ${customer.currency.trim()}, over the credit limit of ${customer.creditLimit!.toFixed(scale)}; no approval policy applies`,
        'id',
      );
    }
    const after = await tx.salesOrder.update({
      where: { id: order.id },
      data: {
        ...checkedFields,
        status: 'CONFIRMED',
        confirmedWithoutApproval: true,
        confirmedAt: new Date(),
        approvalRequestId: null,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, actor, {
      action: 'salesOrderConfirm',
      entityType: 'SalesOrder',
      entityId: order.id,
      before: { status: order.status, version: order.version },
      after: {
        status: after.status,
        withoutApproval: reason.code,
        creditExposure: credit.exposure.toFixed(),
        backorder: input.allowBackorder === true,
        comment,
      },
    });
    await appendEvent(tx, actor, {
      type: 'salesOrder.confirmed',
      aggregateType: 'SalesOrder',
      aggregateId: order.id,
      payload: { ...orderSummary(after), withoutApproval: true },
    });
  }
  return { salesOrderId: order.id };
}

async function lockPending(tx: TenantTx, actor: Actor, outcome: OutcomeContext): Promise<SalesOrder> {
  const order = await lockSalesOrder(tx, actor, { id: outcome.subjectId });
  if (order.status !== 'PENDING_APPROVAL') {
    throw orderFail(
      'NOT_PENDING_APPROVAL',
      `${order.number} is ${describeStatus(order.status)}, not pending approval`,
      'id',
    );
  }
  return order;
}

async function onSubmitted(tx: TenantTx, actor: Actor, outcome: OutcomeContext): Promise<void> {
  if (!confirming.get(tx)?.has(outcome.subjectId)) {
    throw orderFail(
      'CONFIRM_REQUIRED',
      'A sales order is sent for approval by salesOrderConfirm, which reserves its stock and checks credit again',
      'id',
    );
  }
  const order = await lockSalesOrder(tx, actor, { id: outcome.subjectId });
  if (order.status !== 'DRAFT')
    throw orderFail(
      'NOT_DRAFT',
      `${order.number} is ${describeStatus(order.status)}; only a draft can be confirmed`,
      'id',
    );
  const after = await tx.salesOrder.update({
    where: { id: order.id },
    data: {
      status: 'PENDING_APPROVAL',
      approvalRequestId: outcome.requestId,
      submittedAt: new Date(),
      confirmedWithoutApproval: false,
      version: { increment: 1 },
    },
  });
  await recordAudit(tx, actor, {
    action: 'salesOrderConfirm',
    entityType: 'SalesOrder',
    entityId: order.id,
    before: { status: order.status, version: order.version },
    after: {
      status: after.status,
      approvalRequestId: outcome.requestId,
      creditExposure: after.creditExposure?.toFixed() ?? null,
      comment: outcome.comment,
    },
  });
  await appendEvent(tx, actor, {
    type: 'salesOrder.submitted',
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload: { ...orderSummary(after), approvalRequestId: outcome.requestId },
  });
}

async function onApproved(tx: TenantTx, actor: Actor, outcome: OutcomeContext): Promise<void> {
  const order = await lockPending(tx, actor, outcome);
  const after = await tx.salesOrder.update({
    where: { id: order.id },
    data: { status: 'CONFIRMED', confirmedAt: new Date(), version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'salesOrderApproved',
    entityType: 'SalesOrder',
    entityId: order.id,
    before: { status: order.status },
    after: { status: after.status, comment: outcome.comment },
  });
  await appendEvent(tx, actor, {
    type: 'salesOrder.confirmed',
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload: { ...orderSummary(after), approvalRequestId: outcome.requestId },
  });
}

/** Rejected, returned or withdrawn: back to DRAFT, and the stock it held is free again. */
async function backToDraft(
  tx: TenantTx,
  actor: Actor,
  outcome: OutcomeContext,
  event: 'rejected' | 'returned' | 'withdrawn',
): Promise<void> {
  const order = await lockPending(tx, actor, outcome);
  await releaseOrderStock(tx, actor, order);
  const after = await tx.salesOrder.update({
    where: { id: order.id },
    data: { status: 'DRAFT', version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: `salesOrder${event[0]!.toUpperCase()}${event.slice(1)}`,
    entityType: 'SalesOrder',
    entityId: order.id,
    before: { status: order.status },
    after: { status: after.status, reservationsReleased: true, comment: outcome.comment },
  });
  await appendEvent(tx, actor, {
    type: `salesOrder.${event}`,
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload: { ...orderSummary(after), approvalRequestId: outcome.requestId },
  });
}

/**
 * Cancels a DRAFT, PENDING_APPROVAL or CONFIRMED order and releases every reservation. A pending order's
 * approval is withdrawn through the engine first (which allows only the requester), before the order is
 * locked, as a decision locks them: approval request, then order. Refused once anything was shipped or
 * invoiced; its draft shipments are cancelled with it.
 */
export async function cancelSalesOrder(
  tx: TenantTx,
  actor: Actor,
  input: SalesOrderCancelInput,
): Promise<SalesOrderRef> {
  const seen = isUuid(input.id) ? await tx.salesOrder.findUnique({ where: { id: input.id } }) : null;
  if (!seen) throw orderFail('NOT_FOUND', 'No sales order with this id in your organization', 'id');
  checkVersion(seen, seen.number, input.expectedVersion);
  const comment = cleanText(input.comment) ?? null;
  if (seen.status === 'PENDING_APPROVAL' && seen.approvalRequestId) {
    await withdraw(tx, actor, { id: seen.approvalRequestId, comment });
  }
  const order = await lockSalesOrder(tx, actor, { id: seen.id });
  if (order.status !== 'DRAFT' && order.status !== 'CONFIRMED') {
    throw orderFail(
      'NOT_CANCELLABLE',
      `${order.number} is ${describeStatus(order.status)}; it cannot be cancelled`,
      'id',
    );
  }
  const moved = await tx.salesOrderLine.count({
    where: { salesOrderId: order.id, OR: [{ quantityShipped: { gt: 0 } }, { quantityInvoiced: { gt: 0 } }] },
  });
  if (moved > 0)
    throw orderFail('NOT_CANCELLABLE', `${order.number} has shipped or invoiced lines; it cannot be cancelled`, 'id');
  // The lock order: the order row (held), its shipments, then inventory's rows. No shipment of it can
  // ship meanwhile: shipmentShip locks the order first too.
  const shipmentsCancelled = await cancelOpenShipments(tx, order);
  await releaseOrderStock(tx, actor, order);
  const after = await tx.salesOrder.update({
    where: { id: order.id },
    data: { status: 'CANCELLED', cancelledAt: new Date(), version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'salesOrderCancel',
    entityType: 'SalesOrder',
    entityId: order.id,
    before: { status: seen.status },
    after: { status: after.status, comment, shipmentsCancelled },
  });
  await appendEvent(tx, actor, {
    type: 'salesOrder.cancelled',
    aggregateType: 'SalesOrder',
    aggregateId: order.id,
    payload: orderSummary(after),
  });
  return { salesOrderId: order.id };
}

registerApprovalSubject({
  type: SALES_ORDER_SUBJECT,
  typename: 'SalesOrder',
  reopenableAfter: ['REJECTED', 'WITHDRAWN'],
  async describe(tx, subjectId) {
    const order = await tx.salesOrder.findUniqueOrThrow({ where: { id: subjectId } });
    // The foreign key keeps the order's customer.
    const customer = (await findCustomer(tx, order.customerId))!;
    return {
      requesterId: order.requesterId!,
      title:
        `Sales order ${order.number} for ${customer.name} (${order.total.toFixed(2)} ${order.currency.trim()})`.slice(
          0,
          500,
        ),
      facts: await orderFacts(tx, order),
    };
  },
  onSubmitted,
  onApproved,
  onRejected: (tx, actor, outcome) => backToDraft(tx, actor, outcome, 'rejected'),
  onReturned: (tx, actor, outcome) => backToDraft(tx, actor, outcome, 'returned'),
  onWithdrawn: (tx, actor, outcome) => backToDraft(tx, actor, outcome, 'withdrawn'),
});
