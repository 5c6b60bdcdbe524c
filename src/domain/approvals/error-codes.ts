/** Every code an approvals command can report, with what it means (the GraphQL enum reuses these texts). */
export const APPROVAL_ERROR_CODES = {
  NOT_FOUND: 'The referenced record does not exist in your organization.',
  REQUIRED: 'A required field is missing or empty.',
  TOO_LONG: 'A text is longer than the field allows.',
  TOO_MANY: 'A list holds more items than allowed.',
  INVALID_INPUT: 'The input is not valid (the message says why).',
  OUT_OF_RANGE: 'A number is outside the allowed range, or too large to store.',
  INVALID_DATE: 'Not a calendar date in the form YYYY-MM-DD, or a date range that ends before it starts.',
  STALE_VERSION: 'The record changed since you read it (expectedVersion does not match); read it again and retry.',
  IDEMPOTENCY_CONFLICT: 'The idempotency key was already used with a different input.',
  UNKNOWN_SUBJECT_TYPE: 'No domain has registered this subject type with the approvals engine.',
  POLICY_EXISTS: 'The subject type already has a policy; update it instead.',
  NO_POLICY: 'The subject type has no approval policy in your organization.',
  NO_MATCHING_RULE: 'No rule of the policy matches the facts of this request.',
  NO_APPROVER:
    'A step of the chosen rule resolves to nobody who may approve (the requester never approves their own request).',
  NOT_ENOUGH_APPROVERS: 'An N_OF_M step needs more approvals than it has approvers.',
  NOT_AN_EMPLOYEE: 'The calling API key is not linked to a current employee, so it cannot request or decide approvals.',
  NOT_AN_APPROVER: "You are not a current approver of this request's current step.",
  SELF_APPROVAL: 'A requester can never decide their own request, also not through delegation.',
  STEP_CLOSED: 'The step was already decided (by someone else, or by you); nothing was changed.',
  REQUEST_NOT_PENDING: 'The request is not pending (already approved, rejected, withdrawn or returned).',
  REQUEST_NOT_RETURNED: 'Only a request returned for changes can be resubmitted.',
  ALREADY_OPEN: 'The subject already has an approval request that is pending or decided.',
  NOT_REQUESTER: 'Only the requester may do this.',
  COMMENT_REQUIRED: 'A comment is required (rejecting and returning must say why).',
  DELEGATION_OVERLAP: 'The delegator already has an active delegation overlapping these dates.',
  DELEGATION_NOT_ACTIVE: 'The delegation is already cancelled.',
  SELF_DELEGATION: 'An employee cannot delegate to themselves.',
  FORBIDDEN_DELEGATION: 'Only the delegator, HR or ADMIN may create or cancel this delegation.',
  EMPLOYEE_NOT_ACTIVE: 'The employee is terminated or does not exist.',
  SUBJECT_REFUSED:
    "The subject's own domain refused the action (for a leave request, e.g. the balance is too short); the message starts with its code.",
} as const;

export type ApprovalErrorCode = keyof typeof APPROVAL_ERROR_CODES;
