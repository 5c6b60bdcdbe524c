import { builder } from '../builder.js';
import {
  ApprovalConditionOperatorEnum,
  ApprovalFactEnum,
  ApprovalModeEnum,
  ApprovalRequestStatusEnum,
  ApproverKindEnum,
  DelegationStatusEnum,
} from './approvals.js';
import { RoleEnum } from '../platform/platform.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

export const ApproverInput = builder.inputType('ApproverInput', {
  description: 'One approver resolver.',
  fields: (t) => ({
    kind: t.field({ type: ApproverKindEnum, required: true, description: 'How approvers are found.' }),
    level: t.int({ description: 'MANAGER: levels up, 1 to 10 (default 1 = direct manager).' }),
    role: t.field({ type: RoleEnum, description: 'ROLE: the role (required for ROLE).' }),
    employeeId: t.id({ description: 'EMPLOYEE: global ID of a current employee (required for EMPLOYEE).' }),
  }),
});

export const ApprovalConditionInput = builder.inputType('ApprovalConditionInput', {
  description: 'A test on one fact.',
  fields: (t) => ({
    fact: t.field({ type: ApprovalFactEnum, required: true, description: 'The fact tested.' }),
    operator: t.field({ type: ApprovalConditionOperatorEnum, required: true, description: 'The comparison.' }),
    values: t.stringList({
      required: true,
      description:
        'One value (EQ, NE, GT, GTE, LT, LTE) or several (IN, NOT_IN). Decimals as strings for AMOUNT and DAYS; global IDs for DEPARTMENT and REQUESTER.',
    }),
  }),
});

export const ApprovalStepInput = builder.inputType('ApprovalStepInput', {
  description: "One step of a rule's chain.",
  fields: (t) => ({
    name: t.string({ required: true, description: 'Display name, e.g. "Manager".' }),
    approvers: t.field({
      type: [ApproverInput],
      required: true,
      description: 'Who may decide, united (1 to 20 resolvers).',
    }),
    mode: t.field({ type: ApprovalModeEnum, required: true, description: 'How many must approve.' }),
    requiredCount: t.int({ description: 'N_OF_M only: approvals needed (at least 1).' }),
    slaHours: t.int({ description: 'Hours the approvers have (1 to 8760); needed with escalateTo.' }),
    escalateTo: t.field({ type: [ApproverInput], description: 'Who decides once the SLA has passed.' }),
  }),
});

export const ApprovalRuleInput = builder.inputType('ApprovalRuleInput', {
  description: 'A rule: conditions and the steps they choose.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Display name.' }),
    conditions: t.field({
      type: [ApprovalConditionInput],
      defaultValue: [],
      description: 'All must hold; empty (default): always matches.',
    }),
    steps: t.field({ type: [ApprovalStepInput], required: true, description: 'The chain, 1 to 10 steps.' }),
  }),
});

export const ApprovalPolicyCreateInput = builder.inputType('ApprovalPolicyCreateInput', {
  description: 'The policy of a subject type (one per subject type).',
  fields: (t) => ({
    subjectType: t.string({
      required: true,
      description: 'A registered subject type (see approvalSubjectTypes), e.g. LEAVE_REQUEST.',
    }),
    name: t.string({ required: true, description: 'Display name, at most 200 characters.' }),
    rules: t.field({
      type: [ApprovalRuleInput],
      required: true,
      description: 'Ordered rules (1 to 50); the first that matches chooses the steps.',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ApprovalPolicyUpdateInput = builder.inputType('ApprovalPolicyUpdateInput', {
  description: 'Changes to a policy; requests already submitted keep their steps.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The policy.' }),
    expectedVersion: t.int({ description: 'The version you last read; STALE_VERSION if it changed since.' }),
    name: t.string({ description: 'Display name.' }),
    rules: t.field({ type: [ApprovalRuleInput], description: 'Replaces all rules.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ApprovalDecisionInput = builder.inputType('ApprovalDecisionInput', {
  description: 'A decision on the current step of a request.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The approval request.' }),
    stepId: t.id({
      description:
        'The step you decide (ApprovalStep.id, a global ID); omit it for the current step. If it is no longer current, STEP_CLOSED and nothing changes; ' +
        'a step of another request, or an ID that is no step, NOT_FOUND; an empty one, INVALID_INPUT.',
    }),
    comment: t.string({ description: 'Your comment, at most 2000 characters; required to reject or return.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ApprovalRequestActionInput = builder.inputType('ApprovalRequestActionInput', {
  description: "A requester's action on their own request.",
  fields: (t) => ({
    id: t.id({ required: true, description: 'The approval request.' }),
    comment: t.string({ description: 'Optional comment for the history.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ApprovalReassignInput = builder.inputType('ApprovalReassignInput', {
  description: "Hands one undecided approver's part of the current step to another employee.",
  fields: (t) => ({
    id: t.id({ required: true, description: 'The approval request.' }),
    fromEmployeeId: t.id({ required: true, description: 'The undecided approver of the current step.' }),
    toEmployeeId: t.id({
      required: true,
      description: 'The new approver: a current employee, not the requester, not already on the step.',
    }),
    comment: t.string({ description: 'Why, for the history.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const DelegationCreateInput = builder.inputType('DelegationCreateInput', {
  description: "Delegates an employee's approvals for a date range.",
  fields: (t) => ({
    delegatorId: t.id({
      description: "Whose approvals (default: your own employee). Someone else's needs HR or ADMIN.",
    }),
    delegateId: t.id({ required: true, description: 'Who decides for them; never for a request of their own.' }),
    startsOn: t.field({ type: 'Date', required: true, description: 'First day, inclusive (UTC).' }),
    endsOn: t.field({ type: 'Date', required: true, description: 'Last day, inclusive (UTC); not before startsOn.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const DelegationCancelInput = builder.inputType('DelegationCancelInput', {
  description: 'Identifies a delegation to cancel.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The delegation.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const MyApprovalsViewEnum = builder.enumType('MyApprovalsView', {
  description: 'Which of your approvals to list.',
  values: {
    PENDING_ON_ME: { description: 'Requests whose current step waits for your decision (yours or as a delegate).' },
    DECIDED_BY_ME: { description: 'Requests where you approved, rejected or returned a step.' },
    REQUESTED_BY_ME: { description: 'Requests you submitted.' },
  } as const,
});

export const MyApprovalsWhere = builder.inputType('MyApprovalsWhere', {
  description: 'Filter for myApprovals.',
  fields: (t) => ({
    view: t.field({
      type: MyApprovalsViewEnum,
      defaultValue: 'PENDING_ON_ME',
      description: 'Which list (default PENDING_ON_ME).',
    }),
    subjectType: t.string({ description: 'Only this subject type.' }),
    status: t.field({ type: ApprovalRequestStatusEnum, description: 'Only requests in this status.' }),
  }),
});

export const ApprovalRequestWhere = builder.inputType('ApprovalRequestWhere', {
  description: 'Filter for approvalRequests. All given conditions must hold.',
  fields: (t) => ({
    subjectType: t.string({ description: 'Only this subject type.' }),
    status: t.field({ type: [ApprovalRequestStatusEnum], description: 'Only requests in one of these statuses.' }),
    requesterId: t.id({ description: 'Global ID of an employee: only their requests.' }),
  }),
});

export const DelegationWhere = builder.inputType('DelegationWhere', {
  description: 'Filter for delegations. All given conditions must hold.',
  fields: (t) => ({
    status: t.field({ type: DelegationStatusEnum, description: 'Only active or only cancelled ones.' }),
    delegatorId: t.id({ description: 'Global ID of the delegator.' }),
    delegateId: t.id({ description: 'Global ID of the delegate.' }),
  }),
});
