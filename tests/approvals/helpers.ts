import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { registerApprovalSubject, submitForApproval } from '../../src/domain/approvals/index.js';
import { tenantClient } from '../../src/platform/db/tenant-client.js';
import { DomainError, recordAudit, type FieldError } from '../../src/platform/index.js';
import { decodeGlobalId, encodeGlobalId } from '../../src/schema/global-id.js';
import type { TestApp } from '../support/app.js';

/**
 * A subject type only the tests register: a document with a requester and an amount. Its handlers write
 * an audit record in the deciding transaction, so a test can count handler calls in the database.
 */
export const TEST_SUBJECT = 'TEST_DOCUMENT';
const documents = new Map<string, { requesterId: string; amount: string; title: string }>();

registerApprovalSubject({
  type: TEST_SUBJECT,
  typename: 'TestDocument',
  describe: async (_tx, subjectId) => {
    const doc = documents.get(subjectId);
    if (!doc) throw new Error(`unknown test document ${subjectId}`);
    return { requesterId: doc.requesterId, title: doc.title, facts: { AMOUNT: doc.amount, TYPE: 'test' } };
  },
  onApproved: (tx, actor, outcome) =>
    recordAudit(tx, actor, { action: 'test.onApproved', entityType: 'TestDocument', entityId: outcome.subjectId }),
  onRejected: (tx, actor, outcome) =>
    recordAudit(tx, actor, { action: 'test.onRejected', entityType: 'TestDocument', entityId: outcome.subjectId }),
  onWithdrawn: (tx, actor, outcome) =>
    recordAudit(tx, actor, { action: 'test.onWithdrawn', entityType: 'TestDocument', entityId: outcome.subjectId }),
  onReturned: (tx, actor, outcome) =>
    recordAudit(tx, actor, { action: 'test.onReturned', entityType: 'TestDocument', entityId: outcome.subjectId }),
});

export const rowId = (globalId: string) => decodeGlobalId(globalId).id;

export interface Submitted {
  requestId?: string;
  subjectId: string;
  errors: FieldError[];
}

/** Submits a test document as the subject domain would: through the engine's index, in one transaction. */
export async function submit(
  t: TestApp,
  organizationId: string,
  requesterGlobalId: string,
  amount: string,
  subjectId = randomUUID(),
): Promise<Submitted> {
  documents.set(subjectId, { requesterId: rowId(requesterGlobalId), amount, title: `Test document over ${amount}` });
  const actor = {
    organizationId,
    keyId: null,
    name: 'test submitter',
    roles: ['EMPLOYEE' as const],
    employeeId: rowId(requesterGlobalId),
  };
  try {
    const ref = await tenantClient(t.db.prisma, organizationId).$transaction((tx) =>
      submitForApproval(tx, actor, { subjectType: TEST_SUBJECT, subjectId }),
    );
    return { requestId: encodeGlobalId('ApprovalRequest', ref.requestId), subjectId, errors: [] };
  } catch (error) {
    if (error instanceof DomainError) return { subjectId, errors: error.errors };
    throw error;
  }
}

export async function submitOk(
  t: TestApp,
  organizationId: string,
  requesterGlobalId: string,
  amount: string,
): Promise<string> {
  const submitted = await submit(t, organizationId, requesterGlobalId, amount);
  expect(submitted.errors).toEqual([]);
  return submitted.requestId as string;
}

/** Handler calls recorded for a subject, by action. */
export async function handlerCalls(t: TestApp, organizationId: string, subjectId: string): Promise<string[]> {
  const rows = await t.db.prisma.auditLog.findMany({
    where: { organizationId, entityType: 'TestDocument', entityId: subjectId },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => row.action);
}

export const REQUEST_FIELDS = `id status round ruleName title subjectType version
  requester { id name }
  currentStep { id name position }
  steps { id name round position mode requiredApprovals approvedCount status dueAt escalatedAt assignees { status comment employee { id name } onBehalfOf { id name } } }
  history { action comment actorName actor { id name } onBehalfOf { id name } }`;

export const REQUEST = `query($id: ID!) { approvalRequest(id: $id) { ${REQUEST_FIELDS} } }`;

const decision = (name: string) => `mutation($input: ApprovalDecisionInput!) {
  ${name}(input: $input) { approvalRequest { id status currentStep { id name } } errors { code message field } }
}`;
export const APPROVE = decision('approvalRequestApprove');
export const REJECT = decision('approvalRequestReject');
export const RETURN = decision('approvalRequestReturn');
export const WITHDRAW = `mutation($input: ApprovalRequestActionInput!) {
  approvalRequestWithdraw(input: $input) { approvalRequest { id status } errors { code message field } }
}`;
export const RESUBMIT = `mutation($input: ApprovalRequestActionInput!) {
  approvalRequestResubmit(input: $input) { approvalRequest { id status round currentStep { name } } errors { code message field } }
}`;
export const REASSIGN = `mutation($input: ApprovalReassignInput!) {
  approvalRequestReassign(input: $input) { approvalRequest { id status } errors { code message field } }
}`;
export const POLICY_CREATE = `mutation($input: ApprovalPolicyCreateInput!) {
  approvalPolicyCreate(input: $input) {
    approvalPolicy { id name subjectType version rules { name conditions { fact operator values } steps { name mode requiredCount slaHours approvers { kind level role employeeId } escalateTo { kind level } } } }
    errors { code message field }
  }
}`;
export const POLICY_UPDATE = `mutation($input: ApprovalPolicyUpdateInput!) {
  approvalPolicyUpdate(input: $input) { approvalPolicy { id version rules { name } } errors { code message field } }
}`;
export const DELEGATION_CREATE = `mutation($input: DelegationCreateInput!) {
  delegationCreate(input: $input) { delegation { id status startsOn endsOn delegator { id } delegate { id } } errors { code message field } }
}`;
export const DELEGATION_CANCEL = `mutation($input: DelegationCancelInput!) {
  delegationCancel(input: $input) { delegation { id status } errors { code message field } }
}`;
export const ESCALATE = `mutation { approvalsEscalateOverdue { escalatedCount errors { code message } } }`;
export const MY_APPROVALS = `query($where: MyApprovalsWhere, $first: Int) {
  myApprovals(where: $where, first: $first) { totalCount counts { pendingOnMe decidedByMe requestedByMe } nodes { id status title } }
}`;

export function isoDay(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
