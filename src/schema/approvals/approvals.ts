import {
  APPROVAL_ERROR_CODES,
  approvalSubject,
  type ApproverSpec,
  type Condition,
  type Rule,
  type StepSpec,
} from '../../domain/approvals/index.js';
import type { Actor } from '../../platform/actor.js';
import { builder } from '../builder.js';
import { RoleEnum } from '../platform/platform.js';
import { encodeGlobalId } from '../global-id.js';
import { domainErrorType } from '../payloads.js';
import { EVERY_ROW, NO_ROW, type ReadRule } from '../read-rules.js';

// Approvals: policies (ADMIN), requests with their steps, approvers and history, delegations.
// A request is visible to ADMIN, its requester and everyone who is or was an approver of it
// (also as the one a delegate acted for).

export const ApprovalError = domainErrorType('Approval', APPROVAL_ERROR_CODES);

const NOBODY = '00000000-0000-0000-0000-000000000000';

/** The requests an actor may see, as a Prisma where clause. */
export function visibleRequests(actor: Actor | null): object {
  if (!actor) return NO_ROW;
  if (actor.roles.includes('ADMIN')) return EVERY_ROW;
  if (!actor.employeeId) return NO_ROW;
  const me = actor.employeeId;
  return {
    OR: [
      { requesterId: me },
      { assignees: { some: { employeeId: me } } },
      { assignees: { some: { onBehalfOfId: me } } },
    ],
  };
}

/**
 * The read rule of ApprovalRequest, on every path: approvalRequest(s), node(s), each document's
 * approvalRequest, the decision payloads. Its steps, approvers and history hang only off a request.
 */
export const APPROVAL_REQUEST_READERS: ReadRule = {
  model: 'approvalRequest',
  visible: (db, ids, where) =>
    db.approvalRequest.findMany({ where: { AND: [{ id: { in: ids } }, where] }, select: { id: true } }),
  where: visibleRequests,
  // The requester is on the row; an approver needs the assignees, which one batched statement answers.
  quick: (row, actor) => (row.requesterId !== undefined && row.requesterId === actor.employeeId ? true : undefined),
};

/** Delegations an actor may see: ADMIN and HR all, others those they give or receive. */
export function visibleDelegations(actor: Actor | null): object {
  if (!actor) return { id: NOBODY };
  if (actor.roles.includes('ADMIN') || actor.roles.includes('HR')) return {};
  if (!actor.employeeId) return { id: NOBODY };
  return { OR: [{ delegatorId: actor.employeeId }, { delegateId: actor.employeeId }] };
}

export const ApprovalRequestStatusEnum = builder.enumType('ApprovalRequestStatus', {
  description: 'Where an approval request stands.',
  values: {
    PENDING: { description: 'Waiting for the approvers of its current step.' },
    APPROVED: { description: "Every step approved; the subject's domain acted on it." },
    REJECTED: { description: 'An approver said no; final.' },
    WITHDRAWN: { description: 'The requester took it back; final.' },
    RETURNED: { description: 'Sent back to the requester for changes; they may resubmit it.' },
  } as const,
});

export const ApprovalStepStatusEnum = builder.enumType('ApprovalStepStatus', {
  description: 'Where one step of a request stands.',
  values: {
    WAITING: { description: 'A later step; its approvers cannot decide yet.' },
    PENDING: { description: 'The current step: its approvers decide now.' },
    APPROVED: { description: 'Reached the approvals it needed.' },
    REJECTED: { description: 'An approver rejected the request at this step.' },
    RETURNED: { description: 'An approver returned the request at this step.' },
    CANCELLED: { description: 'Not reached: the request ended before (rejected, returned, withdrawn).' },
  } as const,
});

export const ApprovalModeEnum = builder.enumType('ApprovalMode', {
  description: 'How many approvers of a step must approve. One rejection (or return) by any of them ends the request.',
  values: {
    ANY: { description: 'The first approval completes the step.' },
    ALL: { description: 'Every approver must approve.' },
    N_OF_M: { description: 'requiredCount of the approvers must approve.' },
  } as const,
});

export const ApprovalAssigneeStatusEnum = builder.enumType('ApprovalAssigneeStatus', {
  description: 'Where one approver of one step stands.',
  values: {
    WAITING: { description: 'The step has not started.' },
    PENDING: { description: 'May decide now.' },
    APPROVED: { description: 'Approved.' },
    REJECTED: { description: 'Rejected.' },
    RETURNED: { description: 'Returned the request for changes.' },
    SKIPPED: { description: 'Did not decide: the step or the request ended without them.' },
    ESCALATED: { description: 'Did not decide within the SLA; the step went to its escalation target.' },
    REASSIGNED: { description: 'An administrator handed their part to someone else.' },
  } as const,
});

export const ApprovalActionEnum = builder.enumType('ApprovalAction', {
  description: "What happened in a request's history.",
  values: {
    SUBMITTED: { description: 'The requester submitted it.' },
    RESUBMITTED: { description: 'The requester resubmitted it after a return (a new round of steps).' },
    APPROVED: { description: 'An approver approved the step.' },
    REJECTED: { description: 'An approver rejected the request.' },
    RETURNED: { description: 'An approver returned the request for changes.' },
    WITHDRAWN: { description: 'The requester withdrew it.' },
    REASSIGNED: { description: "An administrator handed an approver's part to someone else." },
    ESCALATED: { description: 'The step passed its SLA and went to its escalation target.' },
    STEP_COMPLETED: { description: 'The step reached the approvals it needed.' },
  } as const,
});

export const DelegationStatusEnum = builder.enumType('DelegationStatus', {
  description: 'Whether a delegation applies.',
  values: {
    ACTIVE: { description: 'Applies within its dates.' },
    CANCELLED: { description: 'Cancelled; applies no more.' },
  } as const,
});

export const ApprovalFactEnum = builder.enumType('ApprovalFact', {
  description:
    'A fact about a request that policy conditions test. Subjects provide the facts that make sense for them.',
  values: {
    AMOUNT: { description: "The amount in the organization's base currency (a decimal number)." },
    CURRENCY: { description: 'The currency the subject was entered in (ISO 4217).' },
    DEPARTMENT: { description: "The requester's department; values are Department IDs." },
    REQUESTER: { description: 'The requester; values are Employee IDs.' },
    TYPE: { description: "The subject's own kind, e.g. the leave type code or expense category." },
    DAYS: { description: 'A duration in days (a decimal number), e.g. working days of leave.' },
    MAX_DISCOUNT_PERCENT: {
      description: 'The largest line discount in percent (a decimal number), e.g. of a sales order.',
    },
    CREDIT_LIMIT_EXCEEDED: {
      description:
        '"true" when the customer\'s open receivables plus this order exceed their credit limit, else "false".',
    },
    CUSTOMER_ID: { description: 'The customer; values are Customer IDs.' },
  } as const,
});

export const ApprovalConditionOperatorEnum = builder.enumType('ApprovalConditionOperator', {
  description: 'How a condition compares a fact with its values. GT, GTE, LT and LTE only for AMOUNT and DAYS.',
  values: {
    EQ: { description: 'Equals the one value.' },
    NE: { description: 'Differs from the one value (a missing fact fails every condition, NE included).' },
    GT: { description: 'Greater than the one value.' },
    GTE: { description: 'Greater than or equal to the one value.' },
    LT: { description: 'Less than the one value.' },
    LTE: { description: 'Less than or equal to the one value.' },
    IN: { description: 'Equals one of the values.' },
    NOT_IN: { description: 'Equals none of the values.' },
  } as const,
});

export const ApproverKindEnum = builder.enumType('ApproverKind', {
  description: 'How a step finds its approvers, relative to the requester. The requester is never one of them.',
  values: {
    MANAGER: { description: "The requester's manager `level` steps up (1: direct manager)." },
    DEPARTMENT_HEAD: {
      description:
        "The head of the requester's department (if that is the requester: of the nearest department above).",
    },
    ROLE: { description: 'Every current employee whose linked API key holds `role`.' },
    EMPLOYEE: { description: 'A named employee.' },
  } as const,
});

/** DEPARTMENT, REQUESTER and CUSTOMER_ID conditions hold row ids; the API shows and takes global IDs. */
export const ID_FACTS: Record<string, string> = {
  DEPARTMENT: 'Department',
  REQUESTER: 'Employee',
  CUSTOMER_ID: 'Customer',
};

export const ApproverDefinition = builder.objectRef<ApproverSpec>('ApproverDefinition').implement({
  description: 'One approver resolver of a policy step.',
  fields: (t) => ({
    kind: t.field({ type: ApproverKindEnum, description: 'How the approvers are found.', resolve: (a) => a.kind }),
    level: t.int({
      nullable: true,
      description: 'MANAGER: how many levels up (1 = direct manager).',
      resolve: (a) => a.level ?? null,
    }),
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description: 'ROLE: the role.',
      resolve: (a) => (a.role as never) ?? null,
    }),
    employeeId: t.id({
      nullable: true,
      description: 'EMPLOYEE: global ID of the employee.',
      resolve: (a) => (a.employeeId ? encodeGlobalId('Employee', a.employeeId) : null),
    }),
  }),
});

export const ApprovalStepDefinition = builder.objectRef<StepSpec>('ApprovalStepDefinition').implement({
  description: "One step of a policy rule's chain.",
  fields: (t) => ({
    name: t.string({ description: 'Display name, e.g. "Manager".', resolve: (s) => s.name }),
    approvers: t.field({
      type: [ApproverDefinition],
      description: 'Who may decide (united, without the requester).',
      resolve: (s) => s.approvers,
    }),
    mode: t.field({ type: ApprovalModeEnum, description: 'How many must approve.', resolve: (s) => s.mode }),
    requiredCount: t.int({
      nullable: true,
      description: 'N_OF_M: approvals needed.',
      resolve: (s) => s.requiredCount ?? null,
    }),
    slaHours: t.int({
      nullable: true,
      description: 'Hours the approvers have before the step is escalated; null: no deadline.',
      resolve: (s) => s.slaHours ?? null,
    }),
    escalateTo: t.field({
      type: [ApproverDefinition],
      nullable: true,
      description: 'Who decides once the SLA has passed; null: no escalation.',
      resolve: (s) => s.escalateTo ?? null,
    }),
  }),
});

export const ApprovalConditionType = builder.objectRef<Condition>('ApprovalCondition').implement({
  description: 'A test on one fact of a request.',
  fields: (t) => ({
    fact: t.field({ type: ApprovalFactEnum, description: 'The fact tested.', resolve: (c) => c.fact }),
    operator: t.field({
      type: ApprovalConditionOperatorEnum,
      description: 'The comparison.',
      resolve: (c) => c.operator,
    }),
    values: t.stringList({
      description: 'The values compared with (decimals as strings; global IDs for DEPARTMENT and REQUESTER).',
      resolve: (c) => (ID_FACTS[c.fact] ? c.values.map((v) => encodeGlobalId(ID_FACTS[c.fact], v)) : c.values),
    }),
  }),
});

export const ApprovalRuleType = builder.objectRef<Rule>('ApprovalRule').implement({
  description: 'A rule of a policy: when all its conditions hold (and no earlier rule matched), its steps apply.',
  fields: (t) => ({
    name: t.string({ description: 'Display name, e.g. "Above 5,000".', resolve: (r) => r.name }),
    conditions: t.field({
      type: [ApprovalConditionType],
      description: 'All must hold; none: the rule always matches.',
      resolve: (r) => r.conditions,
    }),
    steps: t.field({
      type: [ApprovalStepDefinition],
      description: 'The chain of steps, in order.',
      resolve: (r) => r.steps,
    }),
  }),
});

builder.prismaNode('ApprovalPolicy', {
  select: { id: true },
  description: 'The approval rules of one subject type. Needs ADMIN.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { role: 'ADMIN' },
  fields: (t) => ({
    subjectType: t.exposeString('subjectType', {
      description: 'What it approves, e.g. LEAVE_REQUEST or EXPENSE_CLAIM.',
    }),
    name: t.exposeString('name', { description: 'Display name.' }),
    rules: t.field({
      type: [ApprovalRuleType],
      description: 'Ordered rules; the first whose conditions hold chooses the steps.',
      select: { rules: true },
      resolve: (policy) => policy.rules as Rule[],
    }),
    version: t.exposeInt('version', { description: 'Increases with every change; send it as expectedVersion.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the policy was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the policy last changed.' }),
  }),
});

const stepOrder = [{ round: 'asc' as const }, { position: 'asc' as const }];

builder.prismaNode('ApprovalRequest', {
  select: { id: true, requesterId: true },
  description:
    'A request for approval of one subject (a leave request, an expense claim, ...). Visible to ADMIN, the requester and its approvers ' +
    "(also as the one a delegate acts for): to anyone else every field that returns it (a document's approvalRequest, node(id:), a payload) answers null.",
  id: { field: 'id' },
  nullable: true,
  readRule: APPROVAL_REQUEST_READERS,
  fields: (t) => ({
    subjectType: t.exposeString('subjectType', { description: 'What is being approved, e.g. LEAVE_REQUEST.' }),
    subjectId: t.id({
      description: 'Global ID of the subject (fetch it with node(id:)).',
      select: { subjectType: true, subjectId: true },
      resolve: (r) => encodeGlobalId(approvalSubject(r.subjectType)?.typename ?? r.subjectType, r.subjectId),
    }),
    title: t.exposeString('title', { description: 'One line describing the subject.' }),
    requester: t.relation('requester', { description: 'The employee asking.' }),
    status: t.expose('status', {
      type: ApprovalRequestStatusEnum,
      description: 'Pending, approved, rejected, withdrawn or returned.',
    }),
    ruleName: t.exposeString('ruleName', {
      description: 'The policy rule that chose the steps (at the last submission).',
    }),
    facts: t.expose('facts', {
      type: 'JSON',
      description: 'The facts the policy was matched on, by fact name (row ids for DEPARTMENT and REQUESTER).',
    }),
    round: t.exposeInt('round', { description: '1, plus one for every resubmission after a return.' }),
    currentStep: t.relation('currentStep', {
      nullable: true,
      description: 'The step whose approvers decide now; null once the request is closed.',
    }),
    steps: t.relation('steps', {
      description: 'Every step of every round, in order.',
      query: () => ({ orderBy: stepOrder }),
    }),
    history: t.relation('history', {
      description:
        'What happened, oldest first: submissions, decisions (with comment and on whose behalf), escalations, reassignments.',
      query: () => ({ orderBy: { sequence: 'asc' as const } }),
    }),
    version: t.exposeInt('version', { description: 'Increases with every change.' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', description: 'When it was (last) submitted.' }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was closed; null while pending or returned.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was first submitted.' }),
  }),
});

builder.prismaObject('ApprovalStep', {
  description: 'One step of a request, with its approvers as resolved at submission.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    id: t.id({
      description:
        'Global ID of the step; pass it as stepId when deciding, so a decision never lands on a later step. ' +
        'A step is read through its request (node(id:) does not fetch it).',
      resolve: (step) => encodeGlobalId('ApprovalStep', step.id),
    }),
    name: t.exposeString('name', { description: 'Display name.' }),
    round: t.exposeInt('round', { description: 'The submission round it belongs to.' }),
    position: t.exposeInt('position', { description: 'Order in the chain, from 0.' }),
    mode: t.expose('mode', { type: ApprovalModeEnum, description: 'How many must approve.' }),
    requiredApprovals: t.exposeInt('requiredApprovals', {
      description: 'Approvals that complete the step (after an escalation: one more than it had).',
    }),
    approvedCount: t.exposeInt('approvedCount', { description: 'Approvals so far.' }),
    status: t.expose('status', { type: ApprovalStepStatusEnum, description: 'Waiting, pending, or how it ended.' }),
    slaHours: t.exposeInt('slaHours', { nullable: true, description: 'Hours allowed before escalation.' }),
    dueAt: t.expose('dueAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the SLA ends; null without SLA or before the step starts.',
    }),
    escalatedAt: t.expose('escalatedAt', { type: 'DateTime', nullable: true, description: 'When it was escalated.' }),
    activatedAt: t.expose('activatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it became the current step.',
    }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true, description: 'When it ended.' }),
    assignees: t.relation('assignees', {
      description: 'Its approvers, in the order they were assigned (by name among those assigned together).',
      query: () => ({
        orderBy: [{ createdAt: 'asc' as const }, { employee: { name: 'asc' as const } }, { id: 'asc' as const }],
      }),
    }),
  }),
});

builder.prismaObject('ApprovalAssignee', {
  description: 'One approver of one step: who may decide, on whose behalf, and what they decided.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    employee: t.relation('employee', { description: 'Who may decide (the delegate, when delegated).' }),
    onBehalfOf: t.relation('onBehalfOf', {
      nullable: true,
      description: 'The approver this one acts for through a delegation; null when acting for themselves.',
    }),
    status: t.expose('status', {
      type: ApprovalAssigneeStatusEnum,
      description: 'Waiting, pending, or what happened.',
    }),
    comment: t.exposeString('comment', { nullable: true, description: 'Their comment with the decision.' }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When they decided (or were reassigned).',
    }),
  }),
});

builder.prismaObject('ApprovalEvent', {
  description: "One entry of a request's history.",
  authScopes: { authenticated: true },
  fields: (t) => ({
    action: t.expose('action', { type: ApprovalActionEnum, description: 'What happened.' }),
    actor: t.relation('actor', {
      nullable: true,
      description: 'The employee who acted; null for the system (escalation) or a key without employee.',
    }),
    actorName: t.exposeString('actorName', { description: 'Name of the API key that acted.' }),
    onBehalfOf: t.relation('onBehalfOf', {
      nullable: true,
      description: 'Whom the actor acted for, through a delegation.',
    }),
    comment: t.exposeString('comment', { nullable: true, description: 'The comment given.' }),
    step: t.relation('step', { nullable: true, description: 'The step concerned, if any.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it happened.' }),
  }),
});

builder.prismaNode('ApprovalDelegation', {
  select: { id: true },
  description:
    "An employee's approvals go to a delegate between two dates. Visible to ADMIN, HR, the delegator and the delegate.",
  id: { field: 'id' },
  nullable: true,
  authScopes: { authenticated: true },
  findUnique: (id, ctx) => ({ id, ...visibleDelegations(ctx.actor) }) as never,
  fields: (t) => ({
    delegator: t.relation('delegator', { description: 'Whose approvals are delegated.' }),
    delegate: t.relation('delegate', { description: 'Who decides for them.' }),
    startsOn: t.expose('startsOn', { type: 'Date', description: 'First day (inclusive, UTC).' }),
    endsOn: t.expose('endsOn', { type: 'Date', description: 'Last day (inclusive, UTC).' }),
    status: t.expose('status', { type: DelegationStatusEnum, description: 'Active or cancelled.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When it was cancelled.' }),
  }),
});
