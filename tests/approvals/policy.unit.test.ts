import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/platform/errors.js';
import { checkRules, conditionHolds, matchRule, type Rule } from '../../src/domain/approvals/index.js';

const step = { name: 'Manager', mode: 'ANY' as const, approvers: [{ kind: 'MANAGER' as const, level: 1 }] };
const rules: Rule[] = [
  { name: 'Big', conditions: [{ fact: 'AMOUNT', operator: 'GT', values: ['5000'] }], steps: [step] },
  {
    name: 'Sales',
    conditions: [{ fact: 'DEPARTMENT', operator: 'IN', values: ['d-sales', 'd-bizdev'] }],
    steps: [step],
  },
  { name: 'Rest', conditions: [], steps: [step] },
];

describe('policy rules', () => {
  it('compares amounts as decimals, not as text', () => {
    expect(conditionHolds({ fact: 'AMOUNT', operator: 'GT', values: ['5000'] }, { AMOUNT: '10000.00' })).toBe(true);
    expect(conditionHolds({ fact: 'AMOUNT', operator: 'GT', values: ['5000'] }, { AMOUNT: '5000.00' })).toBe(false);
    expect(conditionHolds({ fact: 'AMOUNT', operator: 'GTE', values: ['5000'] }, { AMOUNT: '5000.00' })).toBe(true);
    expect(conditionHolds({ fact: 'AMOUNT', operator: 'LT', values: ['900'] }, { AMOUNT: '1000' })).toBe(false);
    expect(conditionHolds({ fact: 'AMOUNT', operator: 'EQ', values: ['12.5'] }, { AMOUNT: '12.50' })).toBe(true);
  });

  it('fails every condition on a missing fact, NE and NOT_IN included', () => {
    expect(conditionHolds({ fact: 'TYPE', operator: 'NE', values: ['x'] }, {})).toBe(false);
    expect(conditionHolds({ fact: 'TYPE', operator: 'NOT_IN', values: ['x'] }, { TYPE: null })).toBe(false);
    expect(conditionHolds({ fact: 'TYPE', operator: 'NOT_IN', values: ['x'] }, { TYPE: 'y' })).toBe(true);
  });

  it('takes the first matching rule in order', () => {
    expect(matchRule(rules, { AMOUNT: '6000', DEPARTMENT: 'd-sales' })?.name).toBe('Big');
    expect(matchRule(rules, { AMOUNT: '60', DEPARTMENT: 'd-bizdev' })?.name).toBe('Sales');
    expect(matchRule(rules, { AMOUNT: '60', DEPARTMENT: 'd-hr' })?.name).toBe('Rest');
    expect(matchRule(rules.slice(0, 2), { AMOUNT: '60' })).toBeUndefined();
  });

  it('reports every problem of a policy with its path', () => {
    const bad: Rule[] = [
      {
        name: 'Broken',
        conditions: [
          { fact: 'DEPARTMENT', operator: 'GT', values: ['x'] },
          { fact: 'AMOUNT', operator: 'EQ', values: ['1', '2'] },
          { fact: 'AMOUNT', operator: 'LT', values: ['lots'] },
        ],
        steps: [
          { name: 'N of M', mode: 'N_OF_M', approvers: [{ kind: 'ROLE', role: null }] },
          {
            name: 'Escalating',
            mode: 'ANY',
            approvers: [{ kind: 'MANAGER', level: 0 }],
            escalateTo: [{ kind: 'EMPLOYEE' }],
          },
        ],
      },
    ];
    let error: DomainError | undefined;
    try {
      checkRules(bad, ['ADMIN', 'ACCOUNTING']);
    } catch (caught) {
      error = caught as DomainError;
    }
    expect(error?.errors.map((e) => `${e.code} ${e.field?.slice(1).join('.')}`)).toEqual([
      'INVALID_INPUT rules.0.conditions.0.operator',
      'INVALID_INPUT rules.0.conditions.1.values',
      'INVALID_INPUT rules.0.conditions.2.values',
      'REQUIRED rules.0.steps.0.approvers.0.role',
      'INVALID_INPUT rules.0.steps.0.requiredCount',
      'INVALID_INPUT rules.0.steps.1.approvers.0.level',
      'REQUIRED rules.0.steps.1.slaHours',
      'REQUIRED rules.0.steps.1.escalateTo.0.employeeId',
    ]);
    expect(() => checkRules(rules, ['ADMIN'])).not.toThrow();
  });
});
