// The approvals engine's public face. Subject domains register here and open requests through it;
// the GraphQL resolvers import only from here. The engine imports no other domain.
export {
  registerApprovalSubject,
  registerApproverDirectory,
  approvalSubject,
  approvalSubjectTypes,
  type ApprovalSubject,
  type ApproverDirectory,
  type Facts,
  type FactValue,
  type OutcomeContext,
  type OutcomeHandler,
  type SubjectDescription,
} from './registry.js';
export {
  submitForApproval,
  matchingApprovalRule,
  decide,
  withdraw,
  resubmit,
  reassign,
  escalateOverdue,
  type ApprovalRequestRef,
  type Decision,
  type DecisionInput,
  type ReassignInput,
  type ResubmitInput,
  type SubmitInput,
  type WithdrawInput,
} from './requests.js';
export {
  createPolicy,
  updatePolicy,
  type ApprovalPolicyRef,
  type ApprovalPolicyCreateInput,
  type ApprovalPolicyUpdateInput,
} from './policies.js';
export { createDelegation, cancelDelegation, type DelegationRef, type DelegationCreateInput } from './delegations.js';
export {
  checkRules,
  conditionHolds,
  matchRule,
  FACTS,
  OPERATORS,
  type Rule,
  type Condition,
  type StepSpec,
  type ApproverSpec,
  type Fact,
  type Operator,
} from './policy.js';
export { escalateOverdueEverywhere } from './escalation-job.js';
export { APPROVAL_ERROR_CODES, type ApprovalErrorCode } from './error-codes.js';
