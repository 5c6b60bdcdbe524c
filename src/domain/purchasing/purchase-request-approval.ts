import {
  DomainError,
  appendEvent,
  cleanText,
  isUuid,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { withProducts } from '../inventory/index.js';
import { registerApprovalSubject, submitForApproval, withdraw, type OutcomeContext } from '../approvals/index.js';
import { checkMayActFor, checkVersion, fail, lockRequest, type PurchaseRequestRef } from './purchase-requests.js';

export const PURCHASE_REQUEST_SUBJECT = 'PURCHASE_REQUEST';

/** The engine's answers meaning "no policy applies"; the request is then approved at once. */
const NO_POLICY_APPLIES = new Set(['NO_POLICY', 'NO_MATCHING_RULE']);

export interface PurchaseRequestActionInput {
  id: string;
  expectedVersion?: number | null;
  comment?: string | null;
}

/**
 * Sends a draft (new, or returned for changes) to the approvals engine as PURCHASE_REQUEST. When a
 * policy rule matches, the request waits in PENDING_APPROVAL; when the organization has no policy for
 * purchase requests or none of its rules matches, it is approved at once and that is recorded
 * (approvedWithoutPolicy, audit and event).
 */
export async function submitPurchaseRequest(
  tx: TenantTx,
  actor: Actor,
  input: PurchaseRequestActionInput,
): Promise<PurchaseRequestRef> {
  const request = await lockRequest(tx, actor, input.id);
  checkMayActFor(actor, request.requesterId);
  checkVersion(request, input.expectedVersion);
  if (request.status !== 'DRAFT') {
    throw fail(
      'NOT_SUBMITTABLE',
      `${request.number} is ${request.status.toLowerCase().replace(/_/g, ' ')}; only drafts can be submitted`,
      'id',
    );
  }
  try {
    // The engine's policy checks run before it writes anything, so a refusal leaves the transaction usable.
    await submitForApproval(tx, actor, {
      subjectType: PURCHASE_REQUEST_SUBJECT,
      subjectId: request.id,
      comment: input.comment,
    });
  } catch (error) {
    const reason = error instanceof DomainError && error.errors.length === 1 ? error.errors[0] : null;
    if (!reason || !NO_POLICY_APPLIES.has(reason.code)) throw error;
    const at = new Date();
    const after = await tx.purchaseRequest.update({
      where: { id: request.id },
      data: {
        status: 'APPROVED',
        approvedWithoutPolicy: true,
        submittedAt: at,
        approvedAt: at,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, actor, {
      action: 'purchaseRequestApprovedWithoutPolicy',
      entityType: 'PurchaseRequest',
      entityId: request.id,
      before: { status: request.status },
      after: {
        status: after.status,
        reason: reason.code,
        message: reason.message,
        comment: cleanText(input.comment) ?? null,
      },
    });
    await appendEvent(tx, actor, {
      type: 'purchaseRequest.approved',
      aggregateType: 'PurchaseRequest',
      aggregateId: request.id,
      payload: { number: request.number, withoutPolicy: true, reason: reason.code },
    });
  }
  return { purchaseRequestId: request.id };
}

/**
 * Cancels a draft, pending or approved request. A pending one is cancelled by withdrawing its approval
 * through the engine (which allows only the requester), whose handler then marks the request CANCELLED;
 * the approval row is locked before the request, as a decision locks them, so a cancel racing an
 * approval cannot deadlock: one of them wins, the other is refused.
 */
export async function cancelPurchaseRequest(
  tx: TenantTx,
  actor: Actor,
  input: PurchaseRequestActionInput,
): Promise<PurchaseRequestRef> {
  const seen = isUuid(input.id) ? await tx.purchaseRequest.findUnique({ where: { id: input.id } }) : null;
  if (!seen) throw fail('NOT_FOUND', 'No purchase request with this id in your organization', 'id');
  checkMayActFor(actor, seen.requesterId);
  checkVersion(seen, input.expectedVersion);
  const comment = cleanText(input.comment) ?? null;
  if (seen.status === 'PENDING_APPROVAL' && seen.approvalRequestId) {
    await withdraw(tx, actor, { id: seen.approvalRequestId, comment });
  } else {
    const request = await lockRequest(tx, actor, seen.id);
    checkVersion(request, input.expectedVersion);
    if (request.status !== 'DRAFT' && request.status !== 'APPROVED') {
      throw fail(
        'NOT_CANCELLABLE',
        `${request.number} is ${request.status.toLowerCase().replace(/_/g, ' ')}; it cannot be cancelled`,
        'id',
      );
    }
    await tx.purchaseRequest.update({
      where: { id: request.id },
      data: { status: 'CANCELLED', cancelledAt: new Date(), version: { increment: 1 } },
    });
    await appendEvent(tx, actor, {
      type: 'purchaseRequest.cancelled',
      aggregateType: 'PurchaseRequest',
      aggregateId: request.id,
      payload: { number: request.number },
    });
  }
  await recordAudit(tx, actor, {
    action: 'purchaseRequestCancel',
    entityType: 'PurchaseRequest',
    entityId: seen.id,
    before: { status: seen.status },
    after: { status: 'CANCELLED', comment },
  });
  return { purchaseRequestId: seen.id };
}

async function onSubmitted(tx: TenantTx, actor: Actor, outcome: OutcomeContext): Promise<void> {
  const request = await lockRequest(tx, actor, outcome.subjectId);
  if (request.status !== 'DRAFT')
    throw fail(
      'NOT_SUBMITTABLE',
      `${request.number} is ${request.status.toLowerCase().replace(/_/g, ' ')}; only drafts can be submitted`,
      'id',
    );
  await tx.purchaseRequest.update({
    where: { id: request.id },
    data: {
      status: 'PENDING_APPROVAL',
      approvalRequestId: outcome.requestId,
      submittedAt: new Date(),
      version: { increment: 1 },
    },
  });
  await recordAudit(tx, actor, {
    action: 'purchaseRequestSubmit',
    entityType: 'PurchaseRequest',
    entityId: request.id,
    before: { status: request.status },
    after: { status: 'PENDING_APPROVAL' },
  });
  await appendEvent(tx, actor, {
    type: 'purchaseRequest.submitted',
    aggregateType: 'PurchaseRequest',
    aggregateId: request.id,
    payload: {
      number: request.number,
      approvalRequestId: outcome.requestId,
      estimatedTotal: request.estimatedTotal.toFixed(),
    },
  });
}

type Settled = 'APPROVED' | 'REJECTED' | 'DRAFT' | 'CANCELLED';

/** An engine outcome: approved, rejected, returned for changes (back to DRAFT) or withdrawn (CANCELLED, as the engine's withdrawal is final). */
async function settle(
  tx: TenantTx,
  actor: Actor,
  outcome: OutcomeContext,
  status: Settled,
  event: string,
): Promise<void> {
  const request = await lockRequest(tx, actor, outcome.subjectId);
  if (request.status !== 'PENDING_APPROVAL') {
    throw fail(
      'REQUEST_NOT_PENDING',
      `${request.number} is ${request.status.toLowerCase().replace(/_/g, ' ')}, not pending approval`,
      'id',
    );
  }
  const at = new Date();
  await tx.purchaseRequest.update({
    where: { id: request.id },
    data: {
      status,
      ...(status === 'APPROVED' ? { approvedAt: at } : {}),
      ...(status === 'CANCELLED' ? { cancelledAt: at } : {}),
      version: { increment: 1 },
    },
  });
  await recordAudit(tx, actor, {
    action: `purchaseRequest${event[0].toUpperCase()}${event.slice(1)}`,
    entityType: 'PurchaseRequest',
    entityId: request.id,
    before: { status: request.status },
    after: { status, comment: outcome.comment },
  });
  await appendEvent(tx, actor, {
    type: `purchaseRequest.${event}`,
    aggregateType: 'PurchaseRequest',
    aggregateId: request.id,
    payload: { number: request.number, approvalRequestId: outcome.requestId },
  });
}

registerApprovalSubject({
  type: PURCHASE_REQUEST_SUBJECT,
  typename: 'PurchaseRequest',
  async describe(tx, subjectId) {
    const request = await tx.purchaseRequest.findUniqueOrThrow({
      where: { id: subjectId },
      include: { lines: { orderBy: { lineNo: 'asc' } } },
    });
    const currencies = [...new Set(request.lines.map((line) => line.currency.trim()))];
    const types = [...new Set((await withProducts(tx, request.lines)).map((line) => line.product.type))];
    return {
      requesterId: request.requesterId,
      title:
        `Purchase request ${request.number} "${request.description}" (${request.lines.length} line(s), ${request.estimatedTotal.toFixed(2)} ${request.currency.trim()})`.slice(
          0,
          500,
        ),
      facts: {
        AMOUNT: request.estimatedTotal.toFixed(),
        CURRENCY: currencies.length === 1 ? currencies[0] : null,
        TYPE: types.length === 1 ? types[0] : null,
      },
    };
  },
  onSubmitted,
  onApproved: (tx, actor, outcome) => settle(tx, actor, outcome, 'APPROVED', 'approved'),
  onRejected: (tx, actor, outcome) => settle(tx, actor, outcome, 'REJECTED', 'rejected'),
  onReturned: (tx, actor, outcome) => settle(tx, actor, outcome, 'DRAFT', 'returned'),
  onWithdrawn: (tx, actor, outcome) => settle(tx, actor, outcome, 'CANCELLED', 'cancelled'),
});
