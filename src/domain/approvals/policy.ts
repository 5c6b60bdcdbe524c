import { Prisma } from '../../generated/prisma/client.js';
import { Problems } from '../../platform/index.js';
import type { Facts } from './registry.js';

// Policies as data, and the pure rules that read them: validation and matching. No database here.

export const FACTS = [
  'AMOUNT',
  'CURRENCY',
  'DEPARTMENT',
  'REQUESTER',
  'TYPE',
  'DAYS',
  'MAX_DISCOUNT_PERCENT',
  'CREDIT_LIMIT_EXCEEDED',
  'CUSTOMER_ID',
] as const;
export type Fact = (typeof FACTS)[number];
/** Facts compared as numbers; the others as exact strings. */
export const NUMERIC_FACTS: readonly Fact[] = ['AMOUNT', 'DAYS', 'MAX_DISCOUNT_PERCENT'];

export const OPERATORS = ['EQ', 'NE', 'GT', 'GTE', 'LT', 'LTE', 'IN', 'NOT_IN'] as const;
export type Operator = (typeof OPERATORS)[number];

export type ApproverKind = 'MANAGER' | 'DEPARTMENT_HEAD' | 'ROLE' | 'EMPLOYEE';
export type Mode = 'ANY' | 'ALL' | 'N_OF_M';

export type Condition = {
  fact: Fact;
  operator: Operator;
  /** One value for EQ/NE/GT/GTE/LT/LTE, any number for IN/NOT_IN. */
  values: string[];
};

export type ApproverSpec = {
  kind: ApproverKind;
  /** MANAGER: 1 = direct manager, 2 = their manager, ... */
  level?: number | null;
  role?: string | null;
  employeeId?: string | null;
};

export type StepSpec = {
  name: string;
  approvers: ApproverSpec[];
  mode: Mode;
  /** N for N_OF_M. */
  requiredCount?: number | null;
  slaHours?: number | null;
  escalateTo?: ApproverSpec[] | null;
};

export type Rule = {
  name: string;
  conditions: Condition[];
  steps: StepSpec[];
};

const MAX_RULES = 50;
const MAX_STEPS = 10;
const MAX_APPROVERS = 20;
const DECIMAL = /^-?\d+(\.\d+)?$/;

function checkApprovers(problems: Problems, field: string, approvers: ApproverSpec[], roles: readonly string[]): void {
  if (approvers.length === 0) problems.add('REQUIRED', `${field} needs at least one approver`, field);
  if (approvers.length > MAX_APPROVERS)
    problems.add('TOO_MANY', `${field} may name at most ${MAX_APPROVERS} approvers`, field);
  approvers.forEach((approver, index) => {
    const at = `${field}.${index}`;
    if (
      approver.kind === 'MANAGER' &&
      (!Number.isInteger(approver.level) || (approver.level as number) < 1 || (approver.level as number) > 10)
    ) {
      problems.add('INVALID_INPUT', `${at}.level must be 1 to 10 for a MANAGER approver`, `${at}.level`);
    }
    if (approver.kind === 'ROLE' && (!approver.role || !roles.includes(approver.role))) {
      problems.add('REQUIRED', `${at}.role is required for a ROLE approver`, `${at}.role`);
    }
    if (approver.kind === 'EMPLOYEE' && !approver.employeeId) {
      problems.add('REQUIRED', `${at}.employeeId is required for an EMPLOYEE approver`, `${at}.employeeId`);
    }
  });
}

/** Validates the rules of a policy; every problem at once, with its path. */
export function checkRules(rules: Rule[], roles: readonly string[], field = 'rules'): void {
  const problems = new Problems();
  if (rules.length === 0) problems.add('REQUIRED', 'A policy needs at least one rule', field);
  if (rules.length > MAX_RULES) problems.add('TOO_MANY', `A policy may have at most ${MAX_RULES} rules`, field);
  rules.forEach((rule, r) => {
    const at = `${field}.${r}`;
    if (!rule.name?.trim()) problems.add('REQUIRED', `${at}.name is required`, `${at}.name`);
    rule.conditions.forEach((condition, c) => {
      const cf = `${at}.conditions.${c}`;
      const list = condition.operator === 'IN' || condition.operator === 'NOT_IN';
      if (list ? condition.values.length === 0 : condition.values.length !== 1) {
        problems.add(
          'INVALID_INPUT',
          `${cf}: ${condition.operator} takes ${list ? 'one or more values' : 'exactly one value'}`,
          `${cf}.values`,
        );
      }
      const ordering = ['GT', 'GTE', 'LT', 'LTE'].includes(condition.operator);
      if (ordering && !NUMERIC_FACTS.includes(condition.fact)) {
        problems.add(
          'INVALID_INPUT',
          `${cf}: ${condition.fact} is not a number; use EQ, NE, IN or NOT_IN`,
          `${cf}.operator`,
        );
      }
      if (NUMERIC_FACTS.includes(condition.fact) && condition.values.some((value) => !DECIMAL.test(value))) {
        problems.add(
          'INVALID_INPUT',
          `${cf}: ${condition.fact} values must be decimal numbers such as "5000.00"`,
          `${cf}.values`,
        );
      }
    });
    if (rule.steps.length === 0) problems.add('REQUIRED', `${at}.steps needs at least one step`, `${at}.steps`);
    if (rule.steps.length > MAX_STEPS)
      problems.add('TOO_MANY', `${at}.steps may hold at most ${MAX_STEPS} steps`, `${at}.steps`);
    rule.steps.forEach((step, s) => {
      const sf = `${at}.steps.${s}`;
      if (!step.name?.trim()) problems.add('REQUIRED', `${sf}.name is required`, `${sf}.name`);
      checkApprovers(problems, `${sf}.approvers`, step.approvers, roles);
      if (step.mode === 'N_OF_M' && (!Number.isInteger(step.requiredCount) || (step.requiredCount as number) < 1)) {
        problems.add('INVALID_INPUT', `${sf}.requiredCount must be at least 1 for N_OF_M`, `${sf}.requiredCount`);
      }
      if (step.mode !== 'N_OF_M' && step.requiredCount !== undefined && step.requiredCount !== null) {
        problems.add('INVALID_INPUT', `${sf}.requiredCount is only for N_OF_M steps`, `${sf}.requiredCount`);
      }
      if (
        step.slaHours !== undefined &&
        step.slaHours !== null &&
        (!Number.isInteger(step.slaHours) || step.slaHours < 1 || step.slaHours > 24 * 365)
      ) {
        problems.add(
          'INVALID_INPUT',
          `${sf}.slaHours must be a whole number of hours from 1 to 8760`,
          `${sf}.slaHours`,
        );
      }
      if (step.escalateTo?.length) {
        if (!step.slaHours)
          problems.add('REQUIRED', `${sf}.slaHours is required when escalateTo is given`, `${sf}.slaHours`);
        checkApprovers(problems, `${sf}.escalateTo`, step.escalateTo, roles);
      }
    });
  });
  problems.throwIfAny();
}

function compare(fact: Fact, actual: string, expected: string): number | null {
  if (NUMERIC_FACTS.includes(fact)) {
    if (!DECIMAL.test(actual)) return null;
    return new Prisma.Decimal(actual).comparedTo(new Prisma.Decimal(expected));
  }
  return actual === expected ? 0 : null;
}

/** Whether one condition holds for the facts. A missing fact makes every condition on it false. */
export function conditionHolds(condition: Condition, facts: Facts): boolean {
  const actual = facts[condition.fact];
  if (actual === undefined || actual === null) return false;
  const equal = (value: string) => compare(condition.fact, actual, value) === 0;
  const [first] = condition.values;
  switch (condition.operator) {
    case 'EQ':
      return equal(first);
    case 'NE':
      return !equal(first);
    case 'IN':
      return condition.values.some(equal);
    case 'NOT_IN':
      return !condition.values.some(equal);
    default: {
      const order = compare(condition.fact, actual, first);
      if (order === null) return false;
      if (condition.operator === 'GT') return order > 0;
      if (condition.operator === 'GTE') return order >= 0;
      if (condition.operator === 'LT') return order < 0;
      return order <= 0;
    }
  }
}

/** The first rule whose conditions all hold (a rule without conditions always matches). */
export function matchRule(rules: Rule[], facts: Facts): Rule | undefined {
  return rules.find((rule) => rule.conditions.every((condition) => conditionHolds(condition, facts)));
}
