import { randomUUID } from 'node:crypto';
import { Role } from '../../generated/prisma/enums.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  isUniqueViolation,
  isUuid,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { checkRules, type ApproverSpec, type Rule } from './policy.js';
import { approvalSubject, approverDirectory } from './registry.js';

export interface ApprovalPolicyRef {
  policyId: string;
}

const ROLES = Object.values(Role);

function trimRules(rules: Rule[]): Rule[] {
  const approvers = (list: ApproverSpec[] | null | undefined) =>
    (list ?? []).map((a) => ({
      kind: a.kind,
      level: a.kind === 'MANAGER' ? (a.level ?? 1) : null,
      role: a.kind === 'ROLE' ? (a.role ?? null) : null,
      employeeId: a.kind === 'EMPLOYEE' ? (a.employeeId ?? null) : null,
    }));
  return rules.map((rule) => ({
    name: rule.name?.trim(),
    conditions: (rule.conditions ?? []).map((c) => ({
      fact: c.fact,
      operator: c.operator,
      values: c.values.map((v) => v.trim()),
    })),
    steps: rule.steps.map((step) => ({
      name: step.name?.trim(),
      approvers: approvers(step.approvers),
      mode: step.mode,
      requiredCount: step.mode === 'N_OF_M' ? (step.requiredCount ?? null) : (step.requiredCount ?? null),
      slaHours: step.slaHours ?? null,
      escalateTo: step.escalateTo?.length ? approvers(step.escalateTo) : null,
    })),
  }));
}

/** Named employees must exist and be current when the policy is written. */
async function checkNamedEmployees(tx: TenantTx, rules: Rule[]): Promise<void> {
  const problems = new Problems();
  const directory = approverDirectory();
  for (const [r, rule] of rules.entries()) {
    for (const [s, step] of rule.steps.entries()) {
      for (const [list, specs] of [
        ['approvers', step.approvers],
        ['escalateTo', step.escalateTo ?? []],
      ] as const) {
        for (const [a, spec] of specs.entries()) {
          if (spec.kind !== 'EMPLOYEE' || !spec.employeeId) continue;
          if (!isUuid(spec.employeeId) || !(await directory.isActive(tx, spec.employeeId))) {
            const field = `rules.${r}.steps.${s}.${list}.${a}.employeeId`;
            problems.add('EMPLOYEE_NOT_ACTIVE', `${field} is not a current employee`, field);
          }
        }
      }
    }
  }
  problems.throwIfAny();
}

function cleanName(name: string | null | undefined): string {
  const problems = new Problems();
  const cleaned = cleanText(name);
  if (checkRequired(problems, 'name', cleaned)) checkLength(problems, 'name', cleaned, 200);
  problems.throwIfAny();
  return cleaned as string;
}

export interface ApprovalPolicyCreateInput {
  subjectType: string;
  name: string;
  rules: Rule[];
}

export async function createPolicy(
  tx: TenantTx,
  actor: Actor,
  input: ApprovalPolicyCreateInput,
): Promise<ApprovalPolicyRef> {
  const name = cleanName(input.name);
  if (!approvalSubject(input.subjectType)) {
    throw new DomainError(
      fieldError(
        'UNKNOWN_SUBJECT_TYPE',
        `No domain registered the approval subject type ${input.subjectType}`,
        'subjectType',
      ),
    );
  }
  const rules = trimRules(input.rules);
  checkRules(rules, ROLES);
  await checkNamedEmployees(tx, rules);
  const existing = await tx.approvalPolicy.findFirst({
    where: { subjectType: input.subjectType },
    select: { id: true },
  });
  const taken = () =>
    new DomainError(
      fieldError('POLICY_EXISTS', `${input.subjectType} already has a policy; update it instead`, 'subjectType'),
    );
  if (existing) throw taken();
  const id = randomUUID();
  try {
    await tx.approvalPolicy.create({
      data: { id, organizationId: actor.organizationId, subjectType: input.subjectType, name, rules },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
  await recordAudit(tx, actor, {
    action: 'approvalPolicyCreate',
    entityType: 'ApprovalPolicy',
    entityId: id,
    after: { subjectType: input.subjectType, name, rules },
  });
  await appendEvent(tx, actor, {
    type: 'approvalPolicy.created',
    aggregateType: 'ApprovalPolicy',
    aggregateId: id,
    payload: { subjectType: input.subjectType, name },
  });
  return { policyId: id };
}

export interface ApprovalPolicyUpdateInput {
  id: string;
  expectedVersion?: number | null;
  name?: string | null;
  rules?: Rule[] | null;
}

/** Changes apply to requests submitted from now on; requests in flight keep the steps they were given. */
export async function updatePolicy(
  tx: TenantTx,
  actor: Actor,
  input: ApprovalPolicyUpdateInput,
): Promise<ApprovalPolicyRef> {
  const name = input.name === undefined ? undefined : cleanName(input.name);
  const rules = input.rules === undefined || input.rules === null ? undefined : trimRules(input.rules);
  if (input.rules === null) throw new DomainError(fieldError('REQUIRED', 'rules cannot be cleared', 'rules'));
  if (rules) {
    checkRules(rules, ROLES);
    await checkNamedEmployees(tx, rules);
  }
  if (!isUuid(input.id) || !(await lockRows(tx, actor.organizationId, 'ApprovalPolicy', [input.id])).has(input.id)) {
    throw new DomainError(fieldError('NOT_FOUND', 'No approval policy with this id in your organization', 'id'));
  }
  const before = await tx.approvalPolicy.findUniqueOrThrow({ where: { id: input.id } });
  if (
    input.expectedVersion !== undefined &&
    input.expectedVersion !== null &&
    input.expectedVersion !== before.version
  ) {
    throw new DomainError(
      fieldError(
        'STALE_VERSION',
        `The policy is at version ${before.version}, not ${input.expectedVersion}`,
        'expectedVersion',
      ),
    );
  }
  const after = await tx.approvalPolicy.update({
    where: { id: before.id },
    data: { name, rules, version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'approvalPolicyUpdate',
    entityType: 'ApprovalPolicy',
    entityId: before.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'approvalPolicy.updated',
    aggregateType: 'ApprovalPolicy',
    aggregateId: before.id,
    payload: { subjectType: before.subjectType, version: after.version },
  });
  return { policyId: before.id };
}
