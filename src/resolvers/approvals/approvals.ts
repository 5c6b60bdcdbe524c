import * as approvals from '../../domain/approvals/index.js';
import { Problems, type Actor, type TenantClient, type TenantTx } from '../../platform/index.js';
import { ApprovalError, ID_FACTS, visibleDelegations, visibleRequests } from '../../schema/approvals/approvals.js';
import {
  ApprovalDecisionInput,
  ApprovalPolicyCreateInput,
  ApprovalPolicyUpdateInput,
  ApprovalReassignInput,
  ApprovalRequestActionInput,
  ApprovalRequestWhere,
  DelegationCancelInput,
  DelegationCreateInput,
  DelegationWhere,
  MyApprovalsWhere,
} from '../../schema/approvals/inputs.js';
import { builder } from '../../schema/builder.js';
import { requireActor, type GraphQLContext } from '../../schema/context.js';
import { decodeGlobalId } from '../../schema/global-id.js';
import { idFor, optionalIdFor } from '../../schema/ids.js';
import { payloadType } from '../../schema/payloads.js';
import { filterId } from '../hr/where.js';
import { runMutationWithCodes } from '../run-mutation.js';

/** Subject handlers run inside approval commands; their own codes come back as SUBJECT_REFUSED. */
function runMutation<Ids>(
  ctx: GraphQLContext,
  operation: string,
  input: { idempotencyKey?: string | null } & object,
  command: (tx: TenantTx, actor: Actor) => Promise<Ids>,
) {
  return runMutationWithCodes(ctx, approvals.APPROVAL_ERROR_CODES, 'SUBJECT_REFUSED', operation, input, command);
}

const ADMIN = { role: 'ADMIN' } as const;
const AUTHENTICATED = { authenticated: true } as const;
const NOBODY = '00000000-0000-0000-0000-000000000000';

interface ApproverInputValue {
  kind: 'MANAGER' | 'DEPARTMENT_HEAD' | 'ROLE' | 'EMPLOYEE';
  level?: number | null;
  role?: string | null;
  employeeId?: string | null;
}
interface RuleInputValue {
  name: string;
  conditions?: { fact: approvals.Fact; operator: approvals.Operator; values: string[] }[] | null;
  steps: {
    name: string;
    approvers: ApproverInputValue[];
    mode: 'ANY' | 'ALL' | 'N_OF_M';
    requiredCount?: number | null;
    slaHours?: number | null;
    escalateTo?: ApproverInputValue[] | null;
  }[];
}

/** Global IDs in a policy's rules become row ids (a wrong one is a payload error on its path). */
function decodeRules(rules: RuleInputValue[]): approvals.Rule[] {
  const problems = new Problems();
  const decode = (typename: string, value: string, field: string) => {
    try {
      const decoded = decodeGlobalId(value);
      if (decoded.typename === typename) return decoded.id;
    } catch {
      // reported below
    }
    problems.add('NOT_FOUND', `${field} "${value}" is not the ID of a ${typename}`, field);
    return value;
  };
  const approvers = (list: ApproverInputValue[], field: string) =>
    list.map((a, i) => ({
      ...a,
      employeeId: a.employeeId ? decode('Employee', a.employeeId, `${field}.${i}.employeeId`) : null,
    }));
  const decoded = rules.map((rule, r) => ({
    name: rule.name,
    conditions: (rule.conditions ?? []).map((c, i) => ({
      ...c,
      values: ID_FACTS[c.fact]
        ? c.values.map((v, j) => decode(ID_FACTS[c.fact], v, `rules.${r}.conditions.${i}.values.${j}`))
        : c.values,
    })),
    steps: rule.steps.map((step, s) => ({
      ...step,
      approvers: approvers(step.approvers, `rules.${r}.steps.${s}.approvers`),
      escalateTo: step.escalateTo ? approvers(step.escalateTo, `rules.${r}.steps.${s}.escalateTo`) : null,
    })),
  }));
  problems.throwIfAny();
  return decoded;
}

type View = 'PENDING_ON_ME' | 'DECIDED_BY_ME' | 'REQUESTED_BY_ME';

function myApprovalsWhere(
  ctx: GraphQLContext,
  where: { view?: View | null; subjectType?: string | null; status?: string | null } | null | undefined,
) {
  const me = requireActor(ctx).employeeId;
  if (!me) return { id: NOBODY };
  const view = where?.view ?? 'PENDING_ON_ME';
  const clauses: object[] = [];
  if (view === 'PENDING_ON_ME') clauses.push({ assignees: { some: { employeeId: me, status: 'PENDING' } } });
  if (view === 'DECIDED_BY_ME')
    clauses.push({ assignees: { some: { employeeId: me, status: { in: ['APPROVED', 'REJECTED', 'RETURNED'] } } } });
  if (view === 'REQUESTED_BY_ME') clauses.push({ requesterId: me });
  if (where?.subjectType) clauses.push({ subjectType: where.subjectType });
  if (where?.status) clauses.push({ status: where.status });
  return { AND: clauses };
}

interface Counts {
  pendingOnMe: number;
  decidedByMe: number;
  requestedByMe: number;
}

/** The three inbox counts in one statement. */
async function myCounts(db: TenantClient, organizationId: string, me: string | null): Promise<Counts> {
  if (!me) return { pendingOnMe: 0, decidedByMe: 0, requestedByMe: 0 };
  const [row] = await db.$queryRawUnsafe<{ pending: bigint; decided: bigint; requested: bigint }[]>(
    `SELECT
       (SELECT count(DISTINCT "requestId") FROM "ApprovalAssignee"
         WHERE "organizationId" = $1::uuid AND "employeeId" = $2::uuid AND "status" = 'PENDING') AS pending,
       (SELECT count(DISTINCT "requestId") FROM "ApprovalAssignee"
         WHERE "organizationId" = $1::uuid AND "employeeId" = $2::uuid AND "status" IN ('APPROVED', 'REJECTED', 'RETURNED')) AS decided,
       (SELECT count(*) FROM "ApprovalRequest" WHERE "organizationId" = $1::uuid AND "requesterId" = $2::uuid) AS requested`,
    organizationId,
    me,
  );
  return { pendingOnMe: Number(row.pending), decidedByMe: Number(row.decided), requestedByMe: Number(row.requested) };
}

const MyApprovalCounts = builder.objectRef<Counts>('MyApprovalCounts').implement({
  description: 'How many requests each view of your inbox holds.',
  fields: (t) => ({
    pendingOnMe: t.exposeInt('pendingOnMe', { description: 'Requests waiting for your decision.' }),
    decidedByMe: t.exposeInt('decidedByMe', { description: 'Requests where you decided a step.' }),
    requestedByMe: t.exposeInt('requestedByMe', { description: 'Requests you submitted.' }),
  }),
});

const requestOrder = [{ submittedAt: 'desc' as const }, { id: 'asc' as const }];

builder.queryFields((t) => ({
  approvalSubjectTypes: t.stringList({
    description:
      'The subject types domains have registered with the approvals engine (what a policy can be written for).',
    authScopes: AUTHENTICATED,
    resolve: () => approvals.approvalSubjectTypes(),
  }),
  approvalPolicies: t.prismaConnection(
    {
      type: 'ApprovalPolicy',
      cursor: 'id',
      description: 'Approval policies, by subject type. Needs role ADMIN.',
      authScopes: ADMIN,
      args: { subjectType: t.arg.string({ description: 'Only the policy of this subject type.' }) },
      totalCount: (_c, args, ctx) =>
        ctx.db.approvalPolicy.count({ where: args.subjectType ? { subjectType: args.subjectType } : {} }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.approvalPolicy.findMany({
          ...query,
          where: args.subjectType ? { subjectType: args.subjectType } : {},
          orderBy: [{ subjectType: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'ApprovalPolicyConnection', description: 'A page of approval policies.' },
    { name: 'ApprovalPolicyEdge', description: 'An approval policy in a page, with its cursor.' },
  ),
  approvalRequest: t.prismaField({
    type: 'ApprovalRequest',
    nullable: true,
    description:
      'An approval request by ID; null if it does not exist in your organization or you may not see it (ADMIN, its requester and its approvers may).',
    authScopes: AUTHENTICATED,
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the request.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'ApprovalRequest'
        ? ctx.db.approvalRequest.findFirst({
            ...query,
            where: { AND: [{ id: args.id.id }, visibleRequests(ctx.actor)] },
          })
        : null,
  }),
  approvalRequests: t.prismaConnection(
    {
      type: 'ApprovalRequest',
      cursor: 'id',
      description:
        'Approval requests you may see (all for ADMIN; otherwise those you requested or approve), newest first.',
      authScopes: AUTHENTICATED,
      args: { where: t.arg({ type: ApprovalRequestWhere, description: 'Filter; omit for all you may see.' }) },
      totalCount: (_c, args, ctx) => ctx.db.approvalRequest.count({ where: requestWhere(ctx, args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.approvalRequest.findMany({ ...query, where: requestWhere(ctx, args.where), orderBy: requestOrder }),
    },
    { name: 'ApprovalRequestConnection', description: 'A page of approval requests.' },
    { name: 'ApprovalRequestEdge', description: 'An approval request in a page, with its cursor.' },
  ),
  myApprovals: t.prismaConnection(
    {
      type: 'ApprovalRequest',
      cursor: 'id',
      description:
        'The inbox of the employee your API key acts for: requests pending on you, decided by you or requested by you, newest first, with the counts of each view. Empty for a key without employee.',
      authScopes: AUTHENTICATED,
      args: {
        where: t.arg({ type: MyApprovalsWhere, description: 'Which view (default: pending on me) and filters.' }),
      },
      totalCount: (_c, args, ctx) => ctx.db.approvalRequest.count({ where: myApprovalsWhere(ctx, args.where) }),
      resolve: async (query, _root, args, ctx) => {
        // Two statements: the page's ids first (narrow rows, sorted on their own), then the page
        // with its relations. In one statement PostgreSQL builds the nested JSON of every matching
        // request before it sorts and cuts the page: 10,000 pending requests cost ~300 ms that way.
        const { take, skip, cursor, ...selection } = query as typeof query & {
          take?: number;
          skip?: number;
          cursor?: { id: string };
        };
        const where = myApprovalsWhere(ctx, args.where);
        const page = await ctx.db.approvalRequest.findMany({
          where,
          orderBy: requestOrder,
          take,
          skip,
          cursor,
          select: { id: true },
        });
        const ids = page.map((row) => row.id);
        const rows = await ctx.db.approvalRequest.findMany({
          ...selection,
          where: { id: { in: ids } },
          orderBy: requestOrder,
        });
        // A negative take (paging backwards) returns the page in the same order as the ids.
        return rows;
      },
    },
    {
      name: 'MyApprovalsConnection',
      description: 'A page of your approvals, with the counts of every view.',
      fields: (c) => ({
        counts: c.field({
          type: MyApprovalCounts,
          description:
            'How many requests are pending on you, decided by you and requested by you (whatever the filter).',
          resolve: (_conn, _args, ctx) => {
            const actor = requireActor(ctx);
            return myCounts(ctx.db, actor.organizationId, actor.employeeId);
          },
        }),
      }),
    },
    { name: 'MyApprovalsEdge', description: 'A request in your inbox, with its cursor.' },
  ),
  delegations: t.prismaConnection(
    {
      type: 'ApprovalDelegation',
      cursor: 'id',
      description: 'Delegations you may see (all for ADMIN and HR; otherwise those you give or receive), newest first.',
      authScopes: AUTHENTICATED,
      args: { where: t.arg({ type: DelegationWhere, description: 'Filter; omit for all you may see.' }) },
      totalCount: (_c, args, ctx) => ctx.db.approvalDelegation.count({ where: delegationWhere(ctx, args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.approvalDelegation.findMany({
          ...query,
          where: delegationWhere(ctx, args.where),
          orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
        }),
    },
    { name: 'ApprovalDelegationConnection', description: 'A page of delegations.' },
    { name: 'ApprovalDelegationEdge', description: 'A delegation in a page, with its cursor.' },
  ),
}));

function requestWhere(
  ctx: GraphQLContext,
  where: { subjectType?: string | null; status?: string[] | null; requesterId?: string | null } | null | undefined,
) {
  const clauses: object[] = [visibleRequests(ctx.actor)];
  if (where?.subjectType) clauses.push({ subjectType: where.subjectType });
  if (where?.status) clauses.push({ status: { in: where.status } });
  if (where?.requesterId) clauses.push({ requesterId: filterId('Employee', where.requesterId, 'requesterId') });
  return { AND: clauses };
}

function delegationWhere(
  ctx: GraphQLContext,
  where: { status?: string | null; delegatorId?: string | null; delegateId?: string | null } | null | undefined,
) {
  const clauses: object[] = [visibleDelegations(ctx.actor)];
  if (where?.status) clauses.push({ status: where.status });
  if (where?.delegatorId) clauses.push({ delegatorId: filterId('Employee', where.delegatorId, 'delegatorId') });
  if (where?.delegateId) clauses.push({ delegateId: filterId('Employee', where.delegateId, 'delegateId') });
  return { AND: clauses };
}

const PolicyPayload = (name: string, description: string) =>
  payloadType<approvals.ApprovalPolicyRef>(name, {
    description,
    errorType: ApprovalError,
    fields: (t) => ({
      approvalPolicy: t.prismaField({
        type: 'ApprovalPolicy',
        nullable: true,
        description: 'The policy after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.approvalPolicy.findUnique({ ...query, where: { id: payload.ids.policyId } }) : null,
      }),
    }),
  });

const RequestPayload = (name: string, description: string) =>
  payloadType<approvals.ApprovalRequestRef>(name, {
    description,
    errorType: ApprovalError,
    fields: (t) => ({
      approvalRequest: t.prismaField({
        type: 'ApprovalRequest',
        nullable: true,
        description: 'The request after the mutation; null when there are errors (or you may no longer see it).',
        resolve: (query, payload, _args, ctx) =>
          payload.ids
            ? ctx.db.approvalRequest.findFirst({
                ...query,
                where: { AND: [{ id: payload.ids.requestId }, visibleRequests(ctx.actor)] },
              })
            : null,
      }),
    }),
  });

const DelegationPayload = (name: string, description: string) =>
  payloadType<approvals.DelegationRef>(name, {
    description,
    errorType: ApprovalError,
    fields: (t) => ({
      delegation: t.prismaField({
        type: 'ApprovalDelegation',
        nullable: true,
        description: 'The delegation after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids
            ? ctx.db.approvalDelegation.findUnique({ ...query, where: { id: payload.ids.delegationId } })
            : null,
      }),
    }),
  });

const EscalatePayload = payloadType<{ escalated: number }>('ApprovalsEscalateOverduePayload', {
  description: 'Result of approvalsEscalateOverdue.',
  errorType: ApprovalError,
  fields: (t) => ({
    escalatedCount: t.int({
      nullable: true,
      description: 'How many steps were escalated; null when there are errors.',
      resolve: (payload) => payload.ids?.escalated ?? null,
    }),
  }),
});

const DECIDE_EVENTS =
  'Emits approval.decided, and approval.approved / approval.rejected / approval.returned when the request closes.';

/** ApprovalStep.id is a global ID; an empty stepId goes to the engine as it is, which says what is wrong with it. */
function stepRowId(stepId: string | null | undefined): string | null | undefined {
  return stepId === null || stepId === undefined || stepId.trim() === ''
    ? stepId
    : idFor('ApprovalStep', stepId, 'stepId');
}

function decision(kind: approvals.Decision, operation: string) {
  return (
    _root: unknown,
    { input }: { input: { id: string; stepId?: string | null; comment?: string | null } },
    ctx: GraphQLContext,
  ) =>
    runMutation(ctx, operation, input, (tx, actor) =>
      approvals.decide(tx, actor, kind, {
        id: idFor('ApprovalRequest', input.id, 'id'),
        stepId: stepRowId(input.stepId),
        comment: input.comment,
      }),
    );
}

builder.mutationFields((t) => ({
  approvalPolicyCreate: t.field({
    type: PolicyPayload('ApprovalPolicyCreatePayload', 'Result of approvalPolicyCreate.'),
    description:
      'Writes the approval policy of a subject type (POLICY_EXISTS if it has one). Emits approvalPolicy.created. Needs role ADMIN.',
    authScopes: ADMIN,
    args: { input: t.arg({ type: ApprovalPolicyCreateInput, required: true, description: 'The policy.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'approvalPolicyCreate', input, (tx, actor) =>
        approvals.createPolicy(tx, actor, {
          subjectType: input.subjectType,
          name: input.name,
          rules: decodeRules(input.rules as RuleInputValue[]),
        }),
      ),
  }),
  approvalPolicyUpdate: t.field({
    type: PolicyPayload('ApprovalPolicyUpdatePayload', 'Result of approvalPolicyUpdate.'),
    description:
      'Renames a policy or replaces its rules; requests already submitted keep their steps. Emits approvalPolicy.updated. Needs role ADMIN.',
    authScopes: ADMIN,
    args: { input: t.arg({ type: ApprovalPolicyUpdateInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'approvalPolicyUpdate', input, (tx, actor) =>
        approvals.updatePolicy(tx, actor, {
          id: idFor('ApprovalPolicy', input.id, 'id'),
          expectedVersion: input.expectedVersion,
          name: input.name,
          rules: input.rules ? decodeRules(input.rules as RuleInputValue[]) : input.rules === null ? null : undefined,
        }),
      ),
  }),
  approvalRequestApprove: t.field({
    type: RequestPayload('ApprovalRequestApprovePayload', 'Result of approvalRequestApprove.'),
    description: `Approves the current step as one of its approvers (or their delegate); the step completes when it has the approvals its mode needs, and the last step approves the request. Never your own request (SELF_APPROVAL); a step already decided gives STEP_CLOSED. ${DECIDE_EVENTS} Needs an API key linked to an employee.`,
    authScopes: AUTHENTICATED,
    args: {
      input: t.arg({
        type: ApprovalDecisionInput,
        required: true,
        description: 'The request, optionally the step, and a comment.',
      }),
    },
    resolve: decision('APPROVE', 'approvalRequestApprove'),
  }),
  approvalRequestReject: t.field({
    type: RequestPayload('ApprovalRequestRejectPayload', 'Result of approvalRequestReject.'),
    description: `Rejects the request at the current step; a comment is required (COMMENT_REQUIRED). Final. ${DECIDE_EVENTS} Needs an API key linked to an employee.`,
    authScopes: AUTHENTICATED,
    args: {
      input: t.arg({
        type: ApprovalDecisionInput,
        required: true,
        description: 'The request, optionally the step, and why.',
      }),
    },
    resolve: decision('REJECT', 'approvalRequestReject'),
  }),
  approvalRequestReturn: t.field({
    type: RequestPayload('ApprovalRequestReturnPayload', 'Result of approvalRequestReturn.'),
    description: `Returns the request to the requester for changes (comment required); they may resubmit it with approvalRequestResubmit. ${DECIDE_EVENTS} Needs an API key linked to an employee.`,
    authScopes: AUTHENTICATED,
    args: {
      input: t.arg({
        type: ApprovalDecisionInput,
        required: true,
        description: 'The request, optionally the step, and what to change.',
      }),
    },
    resolve: decision('RETURN', 'approvalRequestReturn'),
  }),
  approvalRequestWithdraw: t.field({
    type: RequestPayload('ApprovalRequestWithdrawPayload', 'Result of approvalRequestWithdraw.'),
    description:
      'The requester takes back a pending request (NOT_REQUESTER for anyone else, REQUEST_NOT_PENDING once decided). Emits approval.withdrawn.',
    authScopes: AUTHENTICATED,
    args: { input: t.arg({ type: ApprovalRequestActionInput, required: true, description: 'The request.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'approvalRequestWithdraw', input, (tx, actor) =>
        approvals.withdraw(tx, actor, { id: idFor('ApprovalRequest', input.id, 'id'), comment: input.comment }),
      ),
  }),
  approvalRequestResubmit: t.field({
    type: RequestPayload('ApprovalRequestResubmitPayload', 'Result of approvalRequestResubmit.'),
    description:
      "The requester sends a returned request again: the policy chooses the steps afresh from the subject's current facts (a new round). Emits approval.resubmitted.",
    authScopes: AUTHENTICATED,
    args: { input: t.arg({ type: ApprovalRequestActionInput, required: true, description: 'The request.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'approvalRequestResubmit', input, (tx, actor) =>
        approvals.resubmit(tx, actor, { id: idFor('ApprovalRequest', input.id, 'id'), comment: input.comment }),
      ),
  }),
  approvalRequestReassign: t.field({
    type: RequestPayload('ApprovalRequestReassignPayload', 'Result of approvalRequestReassign.'),
    description:
      "Hands an undecided approver's part of the current step to another employee. Emits approval.reassigned. Needs role ADMIN.",
    authScopes: ADMIN,
    args: {
      input: t.arg({
        type: ApprovalReassignInput,
        required: true,
        description: 'The request, the approver and the new approver.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'approvalRequestReassign', input, (tx, actor) =>
        approvals.reassign(tx, actor, {
          id: idFor('ApprovalRequest', input.id, 'id'),
          fromEmployeeId: idFor('Employee', input.fromEmployeeId, 'fromEmployeeId'),
          toEmployeeId: idFor('Employee', input.toEmployeeId, 'toEmployeeId'),
          comment: input.comment,
        }),
      ),
  }),
  delegationCreate: t.field({
    type: DelegationPayload('DelegationCreatePayload', 'Result of delegationCreate.'),
    description:
      "Delegates an employee's approvals for a date range: steps that reach them on those days go to the delegate, and the history shows on whose behalf. Your own, or anyone's with HR or ADMIN. Emits delegation.created.",
    authScopes: AUTHENTICATED,
    args: { input: t.arg({ type: DelegationCreateInput, required: true, description: 'Who, to whom, and when.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'delegationCreate', input, (tx, actor) =>
        approvals.createDelegation(tx, actor, {
          delegatorId: optionalIdFor('Employee', input.delegatorId, 'delegatorId'),
          delegateId: idFor('Employee', input.delegateId, 'delegateId'),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
        }),
      ),
  }),
  delegationCancel: t.field({
    type: DelegationPayload('DelegationCancelPayload', 'Result of delegationCancel.'),
    description:
      'Cancels a delegation; steps already with the delegate stay there. The delegator, HR or ADMIN. Emits delegation.cancelled.',
    authScopes: AUTHENTICATED,
    args: { input: t.arg({ type: DelegationCancelInput, required: true, description: 'The delegation.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'delegationCancel', input, (tx, actor) =>
        approvals.cancelDelegation(tx, actor, { id: idFor('ApprovalDelegation', input.id, 'id') }),
      ),
  }),
  approvalsEscalateOverdue: t.field({
    type: EscalatePayload,
    description:
      'Escalates every pending step of your organization that is past its SLA and has an escalation target (the server also does this periodically). Emits approval.escalated per step. Needs role ADMIN.',
    authScopes: ADMIN,
    resolve: (_root, _args, ctx) =>
      runMutation(ctx, 'approvalsEscalateOverdue', {}, (tx, actor) => approvals.escalateOverdue(tx, actor)),
  }),
}));
