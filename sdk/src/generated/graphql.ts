/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Carries the result and variables types of a document (as in @graphql-typed-document-node/core). */
interface DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
}
/** A new account. */
export type AccountCreateInput = {
  /** Account code, unique in the organization; letters, digits, ".", "_", "-", at most 20. */
  code: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name. */
  name: string;
  /** Header account to group it under; must have the same type. */
  parentId?: string | number | null | undefined;
  /** Finer kind; must belong to the type. */
  subtype?: AccountSubtype | null | undefined;
  /** Asset, liability, equity, revenue or expense; cannot change later. */
  type: AccountType;
};

/** One sort key for accounts. Ties are always broken by id, so pages are stable. */
export type AccountOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: AccountOrderField;
};

/** Fields accounts can be sorted by. */
export type AccountOrderField =
  /** Account code. */
  | 'CODE'
  /** Display name. */
  | 'NAME';

/** Identifies an account for deactivate, activate or delete. */
export type AccountStateInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The account. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** A finer kind of account within its type; also names the posting role other domains post through. */
export type AccountSubtype =
  /** ASSET: a bank account. */
  | 'BANK'
  /** ASSET: cash on hand. */
  | 'CASH'
  /** EXPENSE: cost of the goods sold. */
  | 'COST_OF_GOODS_SOLD'
  /** ASSET: other current assets. */
  | 'CURRENT_ASSET'
  /** LIABILITY: other current liabilities. */
  | 'CURRENT_LIABILITY'
  /** LIABILITY: expenses to reimburse to employees. */
  | 'EMPLOYEE_PAYABLE'
  /** EXPENSE: realised exchange gains and losses. */
  | 'EXCHANGE_DIFFERENCE'
  /** ASSET: long-lived assets. */
  | 'FIXED_ASSET'
  /** LIABILITY: goods received whose bill has not arrived. */
  | 'GOODS_RECEIVED_NOT_INVOICED'
  /** ASSET: stock on hand. */
  | 'INVENTORY'
  /** EXPENSE: stock count differences and write-offs. */
  | 'INVENTORY_ADJUSTMENT'
  /** EXPENSE: running costs. */
  | 'OPERATING_EXPENSE'
  /** REVENUE: income besides sales. */
  | 'OTHER_INCOME'
  /** EQUITY: capital paid in by the owners. */
  | 'OWNER_EQUITY'
  /** LIABILITY: amounts owed to suppliers. */
  | 'PAYABLE'
  /** ASSET: amounts customers owe. */
  | 'RECEIVABLE'
  /** EQUITY: profits kept from earlier years. */
  | 'RETAINED_EARNINGS'
  /** EXPENSE: rounding differences from currency conversion. */
  | 'ROUNDING'
  /** LIABILITY: salaries owed to employees. */
  | 'SALARIES_PAYABLE'
  /** REVENUE: sales of goods and services. */
  | 'SALES'
  /** LIABILITY: sales tax collected and owed. */
  | 'SALES_TAX';

/** Conditions on an account's subtype. */
export type AccountSubtypeFilter = {
  /** Exactly this value. */
  equals?: AccountSubtype | null | undefined;
  /** Any of these values. */
  in?: Array<AccountSubtype> | null | undefined;
};

/** The five kinds of account. Assets and expenses normally carry a debit balance, the others a credit balance. */
export type AccountType =
  /** What the organization owns or is owed (bank, receivables, stock). */
  | 'ASSET'
  /** The owners' share: capital and retained earnings. */
  | 'EQUITY'
  /** Costs: goods sold, operating expenses, differences. */
  | 'EXPENSE'
  /** What the organization owes (payables, taxes, salaries). */
  | 'LIABILITY'
  /** Income from sales and other sources. */
  | 'REVENUE';

/** Conditions on an account's type. */
export type AccountTypeFilter = {
  /** Exactly this value. */
  equals?: AccountType | null | undefined;
  /** Any of these values. */
  in?: Array<AccountType> | null | undefined;
};

/** Changes to an account. Omitted fields stay as they are; null clears subtype or parent. */
export type AccountUpdateInput = {
  /** New code; refused with ACCOUNT_HAS_POSTINGS once journal lines use the account. */
  code?: string | null | undefined;
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The account to change. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name. */
  name?: string | null | undefined;
  /** Header account with the same type; null moves the account to the top. */
  parentId?: string | number | null | undefined;
  /** Finer kind; must belong to the type. null clears it. */
  subtype?: AccountSubtype | null | undefined;
};

/** Filter for accounts. All given conditions must hold; use OR and NOT for alternatives. */
export type AccountWhere = {
  /** All of these filters hold. */
  AND?: Array<AccountWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: AccountWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<AccountWhere> | null | undefined;
  /** Conditions on the code. */
  code?: StringFilter | null | undefined;
  /** Only active (true) or only inactive (false) accounts. */
  isActive?: boolean | null | undefined;
  /** Conditions on the name. */
  name?: StringFilter | null | undefined;
  /** Matches code or name containing this text, ignoring case. */
  search?: string | null | undefined;
  /** Conditions on the subtype (accounts without one never match). */
  subtype?: AccountSubtypeFilter | null | undefined;
  /** Conditions on the type. */
  type?: AccountTypeFilter | null | undefined;
};

/** A postal address. Empty strings are stored as null. */
export type AddressInput = {
  /** City or town. */
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code, for example "DE". */
  country?: string | null | undefined;
  /** Street and number. */
  line1?: string | null | undefined;
  /** Additional address line. */
  line2?: string | null | undefined;
  /** Postal or ZIP code. */
  postalCode?: string | null | undefined;
  /** State, province or region. */
  region?: string | null | undefined;
};

/** How far past its due date an open item is, as of the report date. */
export type AgingBucket =
  /** Not yet due (the due day itself included). */
  | 'CURRENT'
  /** 1 to 30 days past due. */
  | 'DAYS_1_30'
  /** 31 to 60 days past due. */
  | 'DAYS_31_60'
  /** 61 to 90 days past due. */
  | 'DAYS_61_90'
  /** More than 90 days past due. */
  | 'OVER_90';

/** A new API key. There is no idempotencyKey: the secret is never stored, so a repeated call could not return it. */
export type ApiKeyCreateInput = {
  /** Who or what will use the key, at most 100 characters. */
  name: string;
  /** Roles granted to the key (at least one). */
  roles: Array<Role>;
};

/** Stable codes of ApiKey payload errors; new codes may be added, existing ones are never renamed. */
export type ApiKeyErrorCode =
  /** The API key was already revoked. */
  | 'ALREADY_REVOKED'
  /** The idempotency key was already used with a different input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** Revoking this key would leave the organization without an active ADMIN key. */
  | 'LAST_ADMIN_KEY'
  /** No API key with this ID in your organization. */
  | 'NOT_FOUND'
  /** A number is too large to store. */
  | 'OUT_OF_RANGE'
  /** A required field is missing or empty. */
  | 'REQUIRED'
  /** A text is longer than the field allows. */
  | 'TOO_LONG';

/** The API key to revoke. */
export type ApiKeyRevokeInput = {
  /** ID of the key. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** What happened in a request's history. */
export type ApprovalAction =
  /** An approver approved the step. */
  | 'APPROVED'
  /** The step passed its SLA and went to its escalation target. */
  | 'ESCALATED'
  /** An administrator handed an approver's part to someone else. */
  | 'REASSIGNED'
  /** An approver rejected the request. */
  | 'REJECTED'
  /** The requester resubmitted it after a return (a new round of steps). */
  | 'RESUBMITTED'
  /** An approver returned the request for changes. */
  | 'RETURNED'
  /** The step reached the approvals it needed. */
  | 'STEP_COMPLETED'
  /** The requester submitted it. */
  | 'SUBMITTED'
  /** The requester withdrew it. */
  | 'WITHDRAWN';

/** Where one approver of one step stands. */
export type ApprovalAssigneeStatus =
  /** Approved. */
  | 'APPROVED'
  /** Did not decide within the SLA; the step went to its escalation target. */
  | 'ESCALATED'
  /** May decide now. */
  | 'PENDING'
  /** An administrator handed their part to someone else. */
  | 'REASSIGNED'
  /** Rejected. */
  | 'REJECTED'
  /** Returned the request for changes. */
  | 'RETURNED'
  /** Did not decide: the step or the request ended without them. */
  | 'SKIPPED'
  /** The step has not started. */
  | 'WAITING';

/** A test on one fact. */
export type ApprovalConditionInput = {
  /** The fact tested. */
  fact: ApprovalFact;
  /** The comparison. */
  operator: ApprovalConditionOperator;
  /** One value (EQ, NE, GT, GTE, LT, LTE) or several (IN, NOT_IN). Decimals as strings for AMOUNT and DAYS; global IDs for DEPARTMENT and REQUESTER. */
  values: Array<string>;
};

/** How a condition compares a fact with its values. GT, GTE, LT and LTE only for AMOUNT and DAYS. */
export type ApprovalConditionOperator =
  /** Equals the one value. */
  | 'EQ'
  /** Greater than the one value. */
  | 'GT'
  /** Greater than or equal to the one value. */
  | 'GTE'
  /** Equals one of the values. */
  | 'IN'
  /** Less than the one value. */
  | 'LT'
  /** Less than or equal to the one value. */
  | 'LTE'
  /** Differs from the one value (a missing fact fails every condition, NE included). */
  | 'NE'
  /** Equals none of the values. */
  | 'NOT_IN';

/** A decision on the current step of a request. */
export type ApprovalDecisionInput = {
  /** Your comment, at most 2000 characters; required to reject or return. */
  comment?: string | null | undefined;
  /** The approval request. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The step you decide (ApprovalStep.id, a global ID); omit it for the current step. If it is no longer current, STEP_CLOSED and nothing changes; a step of another request, or an ID that is no step, NOT_FOUND; an empty one, INVALID_INPUT. */
  stepId?: string | number | null | undefined;
};

/** Stable codes of Approval payload errors; new codes may be added, existing ones are never renamed. */
export type ApprovalErrorCode =
  /** The subject already has an approval request that is pending or decided. */
  | 'ALREADY_OPEN'
  /** A comment is required (rejecting and returning must say why). */
  | 'COMMENT_REQUIRED'
  /** The delegation is already cancelled. */
  | 'DELEGATION_NOT_ACTIVE'
  /** The delegator already has an active delegation overlapping these dates. */
  | 'DELEGATION_OVERLAP'
  /** The employee is terminated or does not exist. */
  | 'EMPLOYEE_NOT_ACTIVE'
  /** Only the delegator, HR or ADMIN may create or cancel this delegation. */
  | 'FORBIDDEN_DELEGATION'
  /** The idempotency key was already used with a different input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** Not a calendar date in the form YYYY-MM-DD, or a date range that ends before it starts. */
  | 'INVALID_DATE'
  /** The input is not valid (the message says why). */
  | 'INVALID_INPUT'
  /** You are not a current approver of this request's current step. */
  | 'NOT_AN_APPROVER'
  /** The calling API key is not linked to a current employee, so it cannot request or decide approvals. */
  | 'NOT_AN_EMPLOYEE'
  /** An N_OF_M step needs more approvals than it has approvers. */
  | 'NOT_ENOUGH_APPROVERS'
  /** The referenced record does not exist in your organization. */
  | 'NOT_FOUND'
  /** Only the requester may do this. */
  | 'NOT_REQUESTER'
  /** A step of the chosen rule resolves to nobody who may approve (the requester never approves their own request). */
  | 'NO_APPROVER'
  /** No rule of the policy matches the facts of this request. */
  | 'NO_MATCHING_RULE'
  /** The subject type has no approval policy in your organization. */
  | 'NO_POLICY'
  /** A number is outside the allowed range, or too large to store. */
  | 'OUT_OF_RANGE'
  /** The subject type already has a policy; update it instead. */
  | 'POLICY_EXISTS'
  /** The request is not pending (already approved, rejected, withdrawn or returned). */
  | 'REQUEST_NOT_PENDING'
  /** Only a request returned for changes can be resubmitted. */
  | 'REQUEST_NOT_RETURNED'
  /** A required field is missing or empty. */
  | 'REQUIRED'
  /** A requester can never decide their own request, also not through delegation. */
  | 'SELF_APPROVAL'
  /** An employee cannot delegate to themselves. */
  | 'SELF_DELEGATION'
  /** The record changed since you read it (expectedVersion does not match); read it again and retry. */
  | 'STALE_VERSION'
  /** The step was already decided (by someone else, or by you); nothing was changed. */
  | 'STEP_CLOSED'
  /** The subject's own domain refused the action (for a leave request, e.g. the balance is too short); the message starts with its code. */
  | 'SUBJECT_REFUSED'
  /** A text is longer than the field allows. */
  | 'TOO_LONG'
  /** A list holds more items than allowed. */
  | 'TOO_MANY'
  /** No domain has registered this subject type with the approvals engine. */
  | 'UNKNOWN_SUBJECT_TYPE';

/** A fact about a request that policy conditions test. Subjects provide the facts that make sense for them. */
export type ApprovalFact =
  /** The amount in the organization's base currency (a decimal number). */
  | 'AMOUNT'
  /** "true" when the customer's open receivables plus this order exceed their credit limit, else "false". */
  | 'CREDIT_LIMIT_EXCEEDED'
  /** The currency the subject was entered in (ISO 4217). */
  | 'CURRENCY'
  /** The customer; values are Customer IDs. */
  | 'CUSTOMER_ID'
  /** A duration in days (a decimal number), e.g. working days of leave. */
  | 'DAYS'
  /** The requester's department; values are Department IDs. */
  | 'DEPARTMENT'
  /** The largest line discount in percent (a decimal number), e.g. of a sales order. */
  | 'MAX_DISCOUNT_PERCENT'
  /** The requester; values are Employee IDs. */
  | 'REQUESTER'
  /** The subject's own kind, e.g. the leave type code or expense category. */
  | 'TYPE';

/** How many approvers of a step must approve. One rejection (or return) by any of them ends the request. */
export type ApprovalMode =
  /** Every approver must approve. */
  | 'ALL'
  /** The first approval completes the step. */
  | 'ANY'
  /** requiredCount of the approvers must approve. */
  | 'N_OF_M';

/** The policy of a subject type (one per subject type). */
export type ApprovalPolicyCreateInput = {
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name, at most 200 characters. */
  name: string;
  /** Ordered rules (1 to 50); the first that matches chooses the steps. */
  rules: Array<ApprovalRuleInput>;
  /** A registered subject type (see approvalSubjectTypes), e.g. LEAVE_REQUEST. */
  subjectType: string;
};

/** Changes to a policy; requests already submitted keep their steps. */
export type ApprovalPolicyUpdateInput = {
  /** The version you last read; STALE_VERSION if it changed since. */
  expectedVersion?: number | null | undefined;
  /** The policy. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name. */
  name?: string | null | undefined;
  /** Replaces all rules. */
  rules?: Array<ApprovalRuleInput> | null | undefined;
};

/** Hands one undecided approver's part of the current step to another employee. */
export type ApprovalReassignInput = {
  /** Why, for the history. */
  comment?: string | null | undefined;
  /** The undecided approver of the current step. */
  fromEmployeeId: string | number;
  /** The approval request. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The new approver: a current employee, not the requester, not already on the step. */
  toEmployeeId: string | number;
};

/** A requester's action on their own request. */
export type ApprovalRequestActionInput = {
  /** Optional comment for the history. */
  comment?: string | null | undefined;
  /** The approval request. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Where an approval request stands. */
export type ApprovalRequestStatus =
  /** Every step approved; the subject's domain acted on it. */
  | 'APPROVED'
  /** Waiting for the approvers of its current step. */
  | 'PENDING'
  /** An approver said no; final. */
  | 'REJECTED'
  /** Sent back to the requester for changes; they may resubmit it. */
  | 'RETURNED'
  /** The requester took it back; final. */
  | 'WITHDRAWN';

/** Filter for approvalRequests. All given conditions must hold. */
export type ApprovalRequestWhere = {
  /** Global ID of an employee: only their requests. */
  requesterId?: string | number | null | undefined;
  /** Only requests in one of these statuses. */
  status?: Array<ApprovalRequestStatus> | null | undefined;
  /** Only this subject type. */
  subjectType?: string | null | undefined;
};

/** A rule: conditions and the steps they choose. */
export type ApprovalRuleInput = {
  /** All must hold; empty (default): always matches. */
  conditions?: Array<ApprovalConditionInput> | null | undefined;
  /** Display name. */
  name: string;
  /** The chain, 1 to 10 steps. */
  steps: Array<ApprovalStepInput>;
};

/** One step of a rule's chain. */
export type ApprovalStepInput = {
  /** Who may decide, united (1 to 20 resolvers). */
  approvers: Array<ApproverInput>;
  /** Who decides once the SLA has passed. */
  escalateTo?: Array<ApproverInput> | null | undefined;
  /** How many must approve. */
  mode: ApprovalMode;
  /** Display name, e.g. "Manager". */
  name: string;
  /** N_OF_M only: approvals needed (at least 1). */
  requiredCount?: number | null | undefined;
  /** Hours the approvers have (1 to 8760); needed with escalateTo. */
  slaHours?: number | null | undefined;
};

/** Where one step of a request stands. */
export type ApprovalStepStatus =
  /** Reached the approvals it needed. */
  | 'APPROVED'
  /** Not reached: the request ended before (rejected, returned, withdrawn). */
  | 'CANCELLED'
  /** The current step: its approvers decide now. */
  | 'PENDING'
  /** An approver rejected the request at this step. */
  | 'REJECTED'
  /** An approver returned the request at this step. */
  | 'RETURNED'
  /** A later step; its approvers cannot decide yet. */
  | 'WAITING';

/** One approver resolver. */
export type ApproverInput = {
  /** EMPLOYEE: global ID of a current employee (required for EMPLOYEE). */
  employeeId?: string | number | null | undefined;
  /** How approvers are found. */
  kind: ApproverKind;
  /** MANAGER: levels up, 1 to 10 (default 1 = direct manager). */
  level?: number | null | undefined;
  /** ROLE: the role (required for ROLE). */
  role?: Role | null | undefined;
};

/** How a step finds its approvers, relative to the requester. The requester is never one of them. */
export type ApproverKind =
  /** The head of the requester's department (if that is the requester: of the nearest department above). */
  | 'DEPARTMENT_HEAD'
  /** A named employee. */
  | 'EMPLOYEE'
  /** The requester's manager `level` steps up (1: direct manager). */
  | 'MANAGER'
  /** Every current employee whose linked API key holds `role`. */
  | 'ROLE';

/** Filter for audit log entries. */
export type AuditLogWhere = {
  /** All of these filters hold. */
  AND?: Array<AuditLogWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: AuditLogWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<AuditLogWhere> | null | undefined;
  /** The mutation or command, for example "customerMerge". */
  action?: StringFilter | null | undefined;
  /** Name of the API key that made the change. */
  actorName?: StringFilter | null | undefined;
  /** When the change was made. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Global ID of one record: its whole history. */
  entityId?: string | number | null | undefined;
  /** GraphQL type of the changed record, for example "Customer". */
  entityType?: StringFilter | null | undefined;
};

/** The planned amount of one revenue or expense account in one period. */
export type BudgetAmountInput = {
  /** A revenue or expense account. */
  accountId: string | number;
  /** Base currency, at most its number of decimals; revenue as credit minus debit, expenses as debit minus credit. */
  amount: string;
  /** The period. */
  periodId: string | number;
};

/** Budget amounts to insert or replace, all or none; other amounts stay as they are. */
export type BudgetSetInput = {
  /** One to 500 amounts; each account and period at most once. */
  amounts: Array<BudgetAmountInput>;
  /** Optional key: repeating the request with the same key and input returns the first result; a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Where consumed reserved stock goes. */
export type ConsumeDestination =
  /** Shipped to a customer (the CUSTOMER location). */
  | 'CUSTOMER'
  /** Used in production (the PRODUCTION location). */
  | 'PRODUCTION';

/** A new contact person at a customer. */
export type ContactCreateInput = {
  /** The customer the person works for (must be active). */
  customerId: string | number;
  /** Email address. */
  email?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Make this the primary contact (the previous primary loses the flag). Default false. */
  isPrimary?: boolean | null | undefined;
  /** Role at the customer. */
  jobTitle?: string | null | undefined;
  /** Full name, at most 200 characters. */
  name: string;
  /** Phone number. */
  phone?: string | null | undefined;
};

/** Identifies a contact. */
export type ContactIdInput = {
  /** The contact. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Changes to a contact. Omitted fields stay as they are; null clears an optional field. Use contactSetPrimary for the primary flag. */
export type ContactUpdateInput = {
  /** Email address. */
  email?: string | null | undefined;
  /** The contact to change. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Role at the customer. */
  jobTitle?: string | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
};

/** How the cost of stock leaving the organization is determined. */
export type CostingMethod =
  /** First in, first out: issues consume the oldest receipts' costs first. */
  | 'FIFO'
  /** Every receipt recomputes the average unit cost; issues are costed at the current average. */
  | 'MOVING_AVERAGE';

/** A credit note, created and posted at once. With invoiceId it credits that invoice or bill (same partner and currency; all its lines unless lines are given) and is applied to what is still open of it; without, give customerId or supplierId and the lines. */
export type CreditNoteCreateInput = {
  /** Currency; the credited document's or the partner's when left out. */
  currency?: string | null | undefined;
  /** For a credit note not tied to a document: the customer. */
  customerId?: string | number | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The posted customer invoice or supplier bill to credit. */
  invoiceId?: string | number | null | undefined;
  /** Issue date, also the posting date; not before the credited document. */
  issueDate: string;
  /** What is credited; the credited document's lines when left out. */
  lines?: Array<InvoiceLineInput> | null | undefined;
  /** Free text, for example the reason. */
  memo?: string | null | undefined;
  /** External reference; "Credit for <number>" when crediting a document. */
  reference?: string | null | undefined;
  /** For a credit note not tied to a document: the supplier. */
  supplierId?: string | number | null | undefined;
};

/** Voids a credit note. A posted one is reversed in the ledger; refused while anything is allocated to or from it. */
export type CreditNoteVoidInput = {
  /** Date of the reversing entry; the document's own date when left out. */
  date?: string | null | undefined;
  /** The credit note. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** A new customer. */
export type CustomerCreateInput = {
  /** Invoice address. */
  billingAddress?: AddressInput | null | undefined;
  /** Customer code, unique in the organization; letters, digits, ".", "_", "-", at most 32. Generated (CUS-00001, ...) when omitted. */
  code?: string | null | undefined;
  /** Most the customer may owe, in the customer's currency; not negative; at most the currency's decimal places. Omit for no limit. */
  creditLimit?: string | null | undefined;
  /** ISO 4217 currency the customer is invoiced in (default: the organization's base currency). */
  currency?: string | null | undefined;
  /** Main email address. */
  email?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Company or person (default COMPANY). */
  kind?: CustomerKind | null | undefined;
  /** Display name, at most 200 characters. */
  name: string;
  /** ID of the API key responsible for the customer (default: the calling key). */
  ownerId?: string | number | null | undefined;
  /** Days until invoices are due, 0 to 3650 (default 30). */
  paymentTermsDays?: number | null | undefined;
  /** Main phone number. */
  phone?: string | null | undefined;
  /** Delivery address. */
  shippingAddress?: AddressInput | null | undefined;
  /** Labels; stored trimmed and lower-case, duplicates removed. Replaces the whole list. */
  tags?: Array<string> | null | undefined;
  /** Tax or VAT identification number. */
  taxId?: string | null | undefined;
  /** Website, with or without https://. */
  website?: string | null | undefined;
};

/** Stable codes of Customer payload errors; new codes may be added, existing ones are never renamed. */
export type CustomerErrorCode =
  /** The customer is already archived. */
  | 'ALREADY_ARCHIVED'
  /** Another customer in the organization already uses this code. */
  | 'CODE_TAKEN'
  /** The customer is archived; restore it first. */
  | 'CUSTOMER_ARCHIVED'
  /** Other records reference the customer, so it cannot be deleted; archive it instead. */
  | 'CUSTOMER_IN_USE'
  /** The customer was merged into another customer. */
  | 'CUSTOMER_MERGED'
  /** The idempotency key was already used with a different input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** A customer code may contain only letters, digits, ".", "_" and "-". */
  | 'INVALID_CODE'
  /** Not an ISO 3166-1 alpha-2 country code. */
  | 'INVALID_COUNTRY'
  /** Not an ISO 4217 currency code. */
  | 'INVALID_CURRENCY'
  /** Not a valid email address. */
  | 'INVALID_EMAIL'
  /** An amount has more decimal places than its currency allows. */
  | 'INVALID_SCALE'
  /** Not a valid web address. */
  | 'INVALID_URL'
  /** Source and target of a merge are the same customer. */
  | 'MERGE_SAME_CUSTOMER'
  /** An amount that must not be negative is negative. */
  | 'NEGATIVE_AMOUNT'
  /** The customer is not archived. */
  | 'NOT_ARCHIVED'
  /** The referenced record does not exist in your organization. */
  | 'NOT_FOUND'
  /** A number is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** A required field is missing or empty. */
  | 'REQUIRED'
  /** The record changed since you read it (expectedVersion does not match); read it again and retry. */
  | 'STALE_VERSION'
  /** A text is longer than the field allows. */
  | 'TOO_LONG'
  /** A list holds more items than allowed. */
  | 'TOO_MANY';

/** A new draft customer invoice. */
export type CustomerInvoiceCreateInput = {
  /** Document currency; the partner's currency when left out. */
  currency?: string | null | undefined;
  /** The customer invoiced; must be active. */
  customerId: string | number;
  /** Due date; the issue date plus the partner's payment terms when left out. */
  dueDate?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Issue date, also the posting date. */
  issueDate: string;
  /** At least one line, at most 200. */
  lines: Array<InvoiceLineInput>;
  /** Free text (at most 1000 characters). */
  memo?: string | null | undefined;
  /** External reference (at most 100 characters). */
  reference?: string | null | undefined;
};

/** A customer's invoice policy. */
export type CustomerInvoicePolicySetInput = {
  /** The customer. */
  customerId: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** ORDERED or DELIVERED. */
  invoicePolicy: InvoicePolicy;
};

/** Identifies the draft customer invoice to post. */
export type CustomerInvoicePostInput = {
  /** The draft customer invoice to post. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** New header and lines of a draft customer invoice; they replace the old ones. Posted documents never change. */
export type CustomerInvoiceUpdateInput = {
  /** Document currency; the partner's currency when left out. */
  currency?: string | null | undefined;
  /** Due date; the issue date plus the partner's payment terms when left out. */
  dueDate?: string | null | undefined;
  /** The version you last read. If the document changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The draft customer invoice. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Issue date, also the posting date. */
  issueDate: string;
  /** At least one line, at most 200. */
  lines: Array<InvoiceLineInput>;
  /** Free text (at most 1000 characters). */
  memo?: string | null | undefined;
  /** External reference (at most 100 characters). */
  reference?: string | null | undefined;
};

/** Voids a customer invoice. A posted one is reversed in the ledger; refused while anything is allocated to or from it. */
export type CustomerInvoiceVoidInput = {
  /** Date of the reversing entry; the document's own date when left out. */
  date?: string | null | undefined;
  /** The customer invoice. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Whether a customer is a company or a private person. */
export type CustomerKind =
  /** A business; has contacts. */
  | 'COMPANY'
  /** A private individual. */
  | 'PERSON';

/** Conditions on a customer's kind. */
export type CustomerKindFilter = {
  /** Exactly this value. */
  equals?: CustomerKind | null | undefined;
  /** Any of these values. */
  in?: Array<CustomerKind> | null | undefined;
};

/** Merges a duplicate (source) into the customer that survives (target). */
export type CustomerMergeInput = {
  /** The version of the source you last read; if it changed since, nothing is written and STALE_VERSION is returned. */
  expectedSourceVersion?: number | null | undefined;
  /** The version of the target you last read; if it changed since, nothing is written and STALE_VERSION is returned. */
  expectedTargetVersion?: number | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The duplicate; it is archived and points to the target afterwards. */
  sourceId: string | number;
  /** The survivor; it receives the contacts and references, and fills its empty fields from the source. */
  targetId: string | number;
};

/** One sort key for customers. Ties are always broken by id, so pages are stable. */
export type CustomerOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: CustomerOrderField;
};

/** Fields customers can be sorted by. */
export type CustomerOrderField =
  /** Customer code. */
  | 'CODE'
  /** Creation time. */
  | 'CREATED_AT'
  /** Display name. */
  | 'NAME'
  /** Last change. */
  | 'UPDATED_AT';

/** Identifies a customer for archive, restore or delete. */
export type CustomerStateInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The customer. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Lifecycle of a customer. Archived customers stay readable but take no new business. */
export type CustomerStatus =
  /** Can be used on new documents. */
  | 'ACTIVE'
  /** Hidden from new documents; restore with customerRestore (unless merged). */
  | 'ARCHIVED';

/** Conditions on a customer's status. */
export type CustomerStatusFilter = {
  /** Exactly this value. */
  equals?: CustomerStatus | null | undefined;
  /** Any of these values. */
  in?: Array<CustomerStatus> | null | undefined;
};

/** Identifies the customer whose exemption to remove. */
export type CustomerTaxExemptionDeleteInput = {
  /** The customer. */
  customerId: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Records or replaces a customer's tax exemption. */
export type CustomerTaxExemptionSetInput = {
  /** Exemption certificate number (at most 100 characters). */
  certificateNumber?: string | null | undefined;
  /** The customer. */
  customerId: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Why the customer is exempt (at most 500 characters). */
  reason: string;
  /** First day; open when left out. */
  validFrom?: string | null | undefined;
  /** Last day; open when left out. */
  validTo?: string | null | undefined;
};

/** Changes to a customer. Omitted fields stay as they are; null clears an optional field. */
export type CustomerUpdateInput = {
  /** Invoice address. null clears it. */
  billingAddress?: AddressInput | null | undefined;
  /** New customer code, unique in the organization; letters, digits, ".", "_", "-", at most 32. Cannot be cleared. */
  code?: string | null | undefined;
  /** Most the customer may owe, in the customer's currency; not negative; at most the currency's decimal places. null removes the limit. */
  creditLimit?: string | null | undefined;
  /** ISO 4217 currency the customer is invoiced in. Cannot be cleared. */
  currency?: string | null | undefined;
  /** Main email address. null clears it. */
  email?: string | null | undefined;
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The customer to change. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Company or person. */
  kind?: CustomerKind | null | undefined;
  /** Display name, at most 200 characters. */
  name?: string | null | undefined;
  /** ID of the API key responsible for the customer; null leaves it without owner. */
  ownerId?: string | number | null | undefined;
  /** Days until invoices are due, 0 to 3650. */
  paymentTermsDays?: number | null | undefined;
  /** Main phone number. null clears it. */
  phone?: string | null | undefined;
  /** Delivery address. null clears it. */
  shippingAddress?: AddressInput | null | undefined;
  /** Labels; stored trimmed and lower-case, duplicates removed. Replaces the whole list. */
  tags?: Array<string> | null | undefined;
  /** Tax or VAT identification number. null clears it. */
  taxId?: string | null | undefined;
  /** Website, with or without https://. null clears it. */
  website?: string | null | undefined;
};

/** Filter for customers. All given conditions must hold; use OR and NOT for alternatives. */
export type CustomerWhere = {
  /** All of these filters hold. */
  AND?: Array<CustomerWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: CustomerWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<CustomerWhere> | null | undefined;
  /** Conditions on the code. */
  code?: StringFilter | null | undefined;
  /** Conditions on the creation time. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the currency code. */
  currency?: StringFilter | null | undefined;
  /** Conditions on the email address. */
  email?: StringFilter | null | undefined;
  /** Company or person. */
  kind?: CustomerKindFilter | null | undefined;
  /** Conditions on the name. */
  name?: StringFilter | null | undefined;
  /** Matches name, code or email containing this text, ignoring case. */
  search?: string | null | undefined;
  /** Active or archived. */
  status?: CustomerStatusFilter | null | undefined;
  /** Conditions on the tags. */
  tags?: StringListFilter | null | undefined;
  /** Conditions on the last change. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Opens a count sheet for a warehouse location and its bins, with a line per product in stock there. */
export type CycleCountCreateInput = {
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The warehouse location to count (its bins are included). */
  locationId: string | number;
  /** Free text, at most 500 characters. */
  note?: string | null | undefined;
};

/** One counted quantity. */
export type CycleCountEntryInput = {
  /** Quantity counted, zero or more, at most 4 decimals. */
  countedQuantity: string;
  /** Where: the counted location or one of its bins. */
  locationId: string | number;
  /** The product counted. */
  productId: string | number;
};

/** Counted quantities for an open sheet; a later count of the same product and location replaces the earlier one. */
export type CycleCountRecordInput = {
  /** The counts (at least one). */
  counts: Array<CycleCountEntryInput>;
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The cycle count. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Lifecycle of a cycle count. */
export type CycleCountState =
  /** Called off without adjusting anything; final. */
  | 'CANCELLED'
  /** Counts can be recorded. */
  | 'OPEN'
  /** The differences were posted as adjustment moves; final. */
  | 'POSTED';

/** Conditions on the cycle count state. */
export type CycleCountStateFilter = {
  /** Exactly this value. */
  equals?: CycleCountState | null | undefined;
  /** Any of these values. */
  in?: Array<CycleCountState> | null | undefined;
};

/** Identifies a cycle count to post or cancel. */
export type CycleCountStateInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The cycle count. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Filter for cycle counts. All given conditions must hold. */
export type CycleCountWhere = {
  /** Only sheets of this counted location. */
  locationId?: string | number | null | undefined;
  /** Conditions on the state. */
  state?: CycleCountStateFilter | null | undefined;
};

/** Conditions on a calendar date; each given bound narrows the result. */
export type DateFilter = {
  /** Exactly this date. */
  equals?: string | null | undefined;
  /** On or after this date. */
  gte?: string | null | undefined;
  /** On or before this date. */
  lte?: string | null | undefined;
};

/** Conditions on a point in time; each given bound narrows the result. */
export type DateTimeFilter = {
  /** Exactly this value. */
  equals?: string | null | undefined;
  /** Later than this value. */
  gt?: string | null | undefined;
  /** Later than or equal to this value. */
  gte?: string | null | undefined;
  /** Earlier than this value. */
  lt?: string | null | undefined;
  /** Earlier than or equal to this value. */
  lte?: string | null | undefined;
};

/** Identifies a delegation to cancel. */
export type DelegationCancelInput = {
  /** The delegation. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Delegates an employee's approvals for a date range. */
export type DelegationCreateInput = {
  /** Who decides for them; never for a request of their own. */
  delegateId: string | number;
  /** Whose approvals (default: your own employee). Someone else's needs HR or ADMIN. */
  delegatorId?: string | number | null | undefined;
  /** Last day, inclusive (UTC); not before startsOn. */
  endsOn: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** First day, inclusive (UTC). */
  startsOn: string;
};

/** Whether a delegation applies. */
export type DelegationStatus =
  /** Applies within its dates. */
  | 'ACTIVE'
  /** Cancelled; applies no more. */
  | 'CANCELLED';

/** Filter for delegations. All given conditions must hold. */
export type DelegationWhere = {
  /** Global ID of the delegate. */
  delegateId?: string | number | null | undefined;
  /** Global ID of the delegator. */
  delegatorId?: string | number | null | undefined;
  /** Only active or only cancelled ones. */
  status?: DelegationStatus | null | undefined;
};

/** A new department. */
export type DepartmentCreateInput = {
  /** Global ID of the (not terminated) employee heading it. */
  headId?: string | number | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name, at most 200 characters. */
  name: string;
  /** Global ID of the department above; omit for a top-level department. */
  parentId?: string | number | null | undefined;
};

/** Changes to a department. Omitted fields stay as they are; null clears an optional field. */
export type DepartmentUpdateInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The employee heading it; null leaves it without head. */
  headId?: string | number | null | undefined;
  /** The department to change. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name, at most 200 characters. */
  name?: string | null | undefined;
  /** The department above; null makes it top-level. Refused with DEPARTMENT_CYCLE if it sits below this one. */
  parentId?: string | number | null | undefined;
};

/** Filter for departments. All given conditions must hold. */
export type DepartmentWhere = {
  /** Conditions on the name. */
  name?: StringFilter | null | undefined;
  /** Global ID of a department: only the departments directly below it. */
  parentId?: string | number | null | undefined;
  /** true: only departments without a parent; false: only those with one. */
  topLevel?: boolean | null | undefined;
};

/** The document a stock operation or reservation belongs to. */
export type DocumentReferenceInput = {
  /** The document's identifier, at most 100 characters. */
  id: string;
  /** The line within the document, at most 50 characters. */
  line?: string | null | undefined;
  /** Kind of document, at most 50 characters (for example SALES_ORDER, WORK_ORDER, RECEIPT). */
  type: string;
};

/** The statuses employeeStatusSet may set (termination is employeeTerminate). */
export type EmployeeActiveStatus =
  /** Working. */
  | 'ACTIVE'
  /** On extended leave. */
  | 'ON_LEAVE';

/** A new employee; status ACTIVE. */
export type EmployeeCreateInput = {
  /** Global ID of the API key that acts as this employee (one employee per key). */
  apiKeyId?: string | number | null | undefined;
  /** Employee code, unique in the organization ignoring case; letters, digits, ".", "_", "-", at most 32. Generated (EMP-00001, ...) when omitted. */
  code?: string | null | undefined;
  /** Global ID of the department. */
  departmentId?: string | number | null | undefined;
  /** First day of employment. */
  hireDate: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Global ID of the direct manager (not terminated; refused with MANAGER_CYCLE if they report to this employee). */
  managerId?: string | number | null | undefined;
  /** Full name, at most 200 characters. */
  name: string;
  /** Global ID of the position. */
  positionId?: string | number | null | undefined;
  /** Work email address. */
  workEmail?: string | null | undefined;
};

/** Employees of a department, optionally with every department below it. */
export type EmployeeDepartmentFilter = {
  /** Global ID of the department. */
  id: string | number;
  /** Also employees of departments below it, at any depth (default false). */
  includeSubDepartments?: boolean | null | undefined;
};

/** One sort key for employees. Ties are always broken by id, so pages are stable. */
export type EmployeeOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: EmployeeOrderField;
};

/** Fields employees can be sorted by. */
export type EmployeeOrderField =
  /** Employee code. */
  | 'CODE'
  /** Creation time. */
  | 'CREATED_AT'
  /** Hire date. */
  | 'HIRE_DATE'
  /** Full name. */
  | 'NAME';

/** Where an employee stands. */
export type EmployeeStatus =
  /** Working. */
  | 'ACTIVE'
  /** On extended leave; still employed and may still approve. */
  | 'ON_LEAVE'
  /** No longer employed; the API key linked to them no longer acts for them. */
  | 'TERMINATED';

/** Conditions on an employee's status. */
export type EmployeeStatusFilter = {
  /** Exactly this value. */
  equals?: EmployeeStatus | null | undefined;
  /** Any of these values. */
  in?: Array<EmployeeStatus> | null | undefined;
};

/** Puts an employee on leave or back to active. */
export type EmployeeStatusSetInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The employee. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** ACTIVE or ON_LEAVE. */
  status: EmployeeActiveStatus;
};

/** Ends an employment. */
export type EmployeeTerminateInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The employee. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Last day of employment, not before the hire date (default: today, UTC). */
  terminatedOn?: string | null | undefined;
};

/** Changes to an employee (not terminated). Omitted fields stay as they are; null clears an optional field. */
export type EmployeeUpdateInput = {
  /** Global ID of the API key that acts as this employee (one employee per key). null clears it. */
  apiKeyId?: string | number | null | undefined;
  /** New employee code, unique in the organization ignoring case. Cannot be cleared. */
  code?: string | null | undefined;
  /** Global ID of the department. null clears it. */
  departmentId?: string | number | null | undefined;
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** First day of employment. Cannot be cleared. */
  hireDate?: string | null | undefined;
  /** The employee to change. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Global ID of the direct manager (not terminated; refused with MANAGER_CYCLE if they report to this employee). null clears it. */
  managerId?: string | number | null | undefined;
  /** Full name, at most 200 characters. */
  name?: string | null | undefined;
  /** Global ID of the position. null clears it. */
  positionId?: string | number | null | undefined;
  /** Work email address. null clears it. */
  workEmail?: string | null | undefined;
};

/** Filter for employees. All given conditions must hold; use OR and NOT for alternatives. */
export type EmployeeWhere = {
  /** All of these filters hold. */
  AND?: Array<EmployeeWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: EmployeeWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<EmployeeWhere> | null | undefined;
  /** Conditions on the code. */
  code?: StringFilter | null | undefined;
  /** Conditions on the creation time. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Members of a department (and, if asked, its sub-departments). */
  department?: EmployeeDepartmentFilter | null | undefined;
  /** Global ID of an employee: only their direct reports. */
  managerId?: string | number | null | undefined;
  /** Conditions on the name. */
  name?: StringFilter | null | undefined;
  /** Global ID of a position: only employees holding it. */
  positionId?: string | number | null | undefined;
  /** Matches name, code or work email containing this text, ignoring case. */
  search?: string | null | undefined;
  /** Active, on leave or terminated. */
  status?: EmployeeStatusFilter | null | undefined;
};

/** The rate of a foreign currency on a date; replaces an earlier rate for that day. */
export type ExchangeRateSetInput = {
  /** The foreign currency (not the base currency). */
  currency: string;
  /** The day from which the rate applies (until a later rate). */
  date: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Units of base currency for one unit of the currency; positive. */
  rate: string;
};

/** A new expense claim (a draft; submit it with expenseClaimSubmit). */
export type ExpenseClaimCreateInput = {
  /** Whose claim (default: the employee your key acts for). Someone else's needs HR. */
  employeeId?: string | number | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The expenses, 1 to 100. */
  lines: Array<ExpenseLineInput>;
  /** What the claim is for, at most 200 characters. */
  title: string;
};

/** Where an expense claim stands. */
export type ExpenseClaimStatus =
  /** Written, not submitted. */
  | 'DRAFT'
  /** Approved and booked (Dr expense, Cr employee payable): owed to the employee. */
  | 'PAYABLE'
  /** Submitted, waiting for approval. */
  | 'PENDING'
  /** Rejected. */
  | 'REJECTED'
  /** Returned for changes; may be submitted again. */
  | 'RETURNED'
  /** Withdrawn by the employee. */
  | 'WITHDRAWN';

/** Submits a draft or returned claim for approval. */
export type ExpenseClaimSubmitInput = {
  /** Comment for the approval history. */
  comment?: string | null | undefined;
  /** The expense claim. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Filter for expense claims. All given conditions must hold. */
export type ExpenseClaimWhere = {
  /** Global ID of the employee. */
  employeeId?: string | number | null | undefined;
  /** Any of these statuses. */
  status?: Array<ExpenseClaimStatus> | null | undefined;
};

/** One expense. */
export type ExpenseLineInput = {
  /** The amount paid; more than zero, at most the currency's decimal places. */
  amount: string;
  /** What kind of expense, at most 100 characters. */
  category: string;
  /** The currency paid in; other than the base currency needs an exchange rate on or before the date. */
  currency: string;
  /** When it was incurred. */
  date: string;
  /** Details, at most 500 characters. */
  description?: string | null | undefined;
};

/** Identifies the fiscal year to close. */
export type FiscalYearCloseInput = {
  /** The fiscal year. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** A new fiscal year of twelve open monthly periods. */
export type FiscalYearCreateInput = {
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Name, unique in the organization, for example "2026". */
  name: string;
  /** First day, on the first of a month; must not overlap another year. */
  startDate: string;
};

/** One public holiday. */
export type HolidayInput = {
  /** The day; must be in the year being set. */
  date: string;
  /** Name, at most 200 characters. */
  name: string;
};

/** The complete list of public holidays of one year. */
export type HolidaySetInput = {
  /** Every holiday of the year (at most 100); replaces the year's list. Empty clears it. */
  holidays: Array<HolidayInput>;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The calendar year, for example 2026. */
  year: number;
};

/** Stable codes of Hr payload errors; new codes may be added, existing ones are never renamed. */
export type HrErrorCode =
  /** The request already has an approval that is pending or decided. */
  | 'ALREADY_OPEN'
  /** The employee is already terminated. */
  | 'ALREADY_TERMINATED'
  /** The API key is revoked. */
  | 'API_KEY_REVOKED'
  /** The API key already acts for another employee. */
  | 'API_KEY_TAKEN'
  /** Only draft and returned expense claims can be submitted. */
  | 'CLAIM_NOT_SUBMITTABLE'
  /** Another employee in the organization already uses this code (compared ignoring case). */
  | 'CODE_TAKEN'
  /** The parent department would sit below the department itself: the department tree must not loop. */
  | 'DEPARTMENT_CYCLE'
  /** The same date is given more than once. */
  | 'DUPLICATE_DATE'
  /** The employee is terminated or does not exist. */
  | 'EMPLOYEE_NOT_ACTIVE'
  /** The employee is terminated and cannot take this role or change. */
  | 'EMPLOYEE_TERMINATED'
  /** Employees who are not terminated still report to this employee; give them another manager first. */
  | 'HAS_DIRECT_REPORTS'
  /** The idempotency key was already used with a different input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** The request needs more days than remain of the leave type this year. */
  | 'INSUFFICIENT_BALANCE'
  /** An employee code may contain only letters, digits, ".", "_" and "-". */
  | 'INVALID_CODE'
  /** Not an ISO 4217 currency code. */
  | 'INVALID_CURRENCY'
  /** Not a calendar date in the form YYYY-MM-DD, or a date outside the allowed range. */
  | 'INVALID_DATE'
  /** Not a valid email address. */
  | 'INVALID_EMAIL'
  /** The input is not valid (the message says why). */
  | 'INVALID_INPUT'
  /** An amount has more decimal places than its currency allows. */
  | 'INVALID_SCALE'
  /** The employee heads a department; give it another head first. */
  | 'IS_DEPARTMENT_HEAD'
  /** Only draft and returned leave requests can be submitted. */
  | 'LEAVE_NOT_SUBMITTABLE'
  /** The dates overlap another pending or approved leave request of the employee. */
  | 'LEAVE_OVERLAP'
  /** A leave request must lie within one calendar year. */
  | 'LEAVE_SPANS_YEARS'
  /** The manager would report, directly or through others, to the employee: a management chain must not loop. */
  | 'MANAGER_CYCLE'
  /** An amount that must not be negative is negative. */
  | 'NEGATIVE_AMOUNT'
  /** You may only do this for yourself (HR may for anyone). */
  | 'NOT_ALLOWED'
  /** The calling API key is not linked to a current employee; name the employee. */
  | 'NOT_AN_EMPLOYEE'
  /** An N_OF_M approval step needs more approvals than it has approvers. */
  | 'NOT_ENOUGH_APPROVERS'
  /** The referenced record does not exist in your organization. */
  | 'NOT_FOUND'
  /** A step of the approval policy resolves to nobody who may approve (for example: no manager). */
  | 'NO_APPROVER'
  /** A line's currency has no exchange rate on or before its date; ACCOUNTING sets one with exchangeRateSet. */
  | 'NO_EXCHANGE_RATE'
  /** No rule of the approval policy matches this request. */
  | 'NO_MATCHING_RULE'
  /** There is no approval policy for leave requests; an administrator must write one (approvalPolicyCreate). */
  | 'NO_POLICY'
  /** The dates hold no working day (weekends and public holidays do not count). */
  | 'NO_WORKING_DAYS'
  /** A number is outside the allowed range (amounts must be more than zero). */
  | 'OUT_OF_RANGE'
  /** A required field is missing or empty. */
  | 'REQUIRED'
  /** The record changed since you read it (expectedVersion does not match); read it again and retry. */
  | 'STALE_VERSION'
  /** A text is longer than the field allows. */
  | 'TOO_LONG'
  /** A list holds more items than allowed. */
  | 'TOO_MANY'
  /** The subject type is not registered with the approvals engine. */
  | 'UNKNOWN_SUBJECT_TYPE';

/** Stable codes of Inventory payload errors; new codes may be added, existing ones are never renamed. */
export type InventoryErrorCode =
  /** A ledger account the stock move posts to is deactivated. */
  | 'ACCOUNT_INACTIVE'
  /** The product is already active. */
  | 'ALREADY_ACTIVE'
  /** The product is already inactive. */
  | 'ALREADY_INACTIVE'
  /** Another product in the organization already uses this barcode. */
  | 'BARCODE_TAKEN'
  /** The category would become its own ancestor. */
  | 'CATEGORY_CYCLE'
  /** Another warehouse (or another location in the same warehouse) already uses this code (compared ignoring case). */
  | 'CODE_TAKEN'
  /** The costing method cannot change once the product has stock moves: its stock value and FIFO layers were built by the old method. */
  | 'COSTING_METHOD_LOCKED'
  /** The demand belongs to a document that keeps its own figures from its reservations (a sales order line): change it through that document's commands. */
  | 'DEMAND_OWNED'
  /** More than is reserved for the demand at this location. */
  | 'EXCEEDS_RESERVATION'
  /** A FIFO product cannot allow negative stock: units issued below zero would have no cost layer to take their cost from. */
  | 'FIFO_NEGATIVE_STOCK'
  /** The idempotency key was already used with a different input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** Not enough available stock (on hand minus reserved) at the location, and the product does not allow negative stock. */
  | 'INSUFFICIENT_STOCK'
  /** Not a decimal number. */
  | 'INVALID_AMOUNT'
  /** A SKU or code may contain only letters, digits, ".", "_", "/" and "-". */
  | 'INVALID_CODE'
  /** The location must be a warehouse (INTERNAL) location here. */
  | 'INVALID_LOCATION'
  /** A number has more decimal places than the field allows (quantities 4, prices and costs 6). */
  | 'INVALID_SCALE'
  /** Other records reference it (stock moves, stock levels, products, child categories or bins), so it cannot be deleted. */
  | 'IN_USE'
  /** The location would sit under itself or one of its own bins. */
  | 'LOCATION_CYCLE'
  /** Another category under the same parent already has this name (compared ignoring case). */
  | 'NAME_TAKEN'
  /** The referenced record does not exist in your organization. */
  | 'NOT_FOUND'
  /** The cycle count is already posted or cancelled. */
  | 'NOT_OPEN'
  /** Services are never in stock. */
  | 'NOT_STOCKABLE'
  /** The organization has no stock journal (code STK) to post stock values to; setUpLedger adds it. */
  | 'NO_JOURNAL'
  /** No fiscal period covers the day of the stock move, so its value cannot be posted to the ledger; nothing was written. */
  | 'NO_PERIOD'
  /** No ledger account is set for a posting role the stock move needs (INVENTORY, GOODS_RECEIVED_NOT_INVOICED, COST_OF_GOODS_SOLD or INVENTORY_ADJUSTMENT). */
  | 'NO_POSTING_RULE'
  /** A number is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** The fiscal period of the stock move's day is closed or locked, so its value cannot be posted; nothing was written. */
  | 'PERIOD_CLOSED'
  /** The ledger refused the stock move's value posting for another reason (the message names the ledger code); nothing was written. */
  | 'POSTING_REFUSED'
  /** The product is inactive and takes no new receipts. */
  | 'PRODUCT_INACTIVE'
  /** A required field is missing or empty. */
  | 'REQUIRED'
  /** A warehouse's root stock location cannot be moved or deleted on its own. */
  | 'ROOT_LOCATION'
  /** A transfer needs two different locations. */
  | 'SAME_LOCATION'
  /** Another product in the organization already uses this SKU (compared ignoring case). */
  | 'SKU_TAKEN'
  /** The record changed since you read it (expectedVersion does not match); read it again and retry. */
  | 'STALE_VERSION'
  /** A text is longer than the field allows. */
  | 'TOO_LONG'
  /** The virtual locations (SUPPLIER, CUSTOMER, PRODUCTION, ADJUSTMENT, SCRAP) are fixed; they cannot be changed, deleted or hold bins. */
  | 'VIRTUAL_LOCATION'
  /** The warehouse still has bins under its root location; delete them first. */
  | 'WAREHOUSE_NOT_EMPTY'
  /** A location can only move within its own warehouse. */
  | 'WRONG_WAREHOUSE';

/** Which side and which way a receivable or payable document goes. */
export type InvoiceKind =
  /** Reduces what a customer owes: Dr revenue and tax, Cr receivable. */
  | 'CUSTOMER_CREDIT_NOTE'
  /** What a customer owes: Dr receivable, Cr revenue and tax. Journal SALES. */
  | 'CUSTOMER_INVOICE'
  /** What the organization owes a supplier: Dr expense and tax, Cr payable. Journal PURCHASE. */
  | 'SUPPLIER_BILL'
  /** Reduces what the organization owes a supplier: Dr payable, Cr expense and tax. */
  | 'SUPPLIER_CREDIT_NOTE';

/** Conditions on a document's kind. */
export type InvoiceKindFilter = {
  /** Exactly this value. */
  equals?: InvoiceKind | null | undefined;
  /** Any of these values. */
  in?: Array<InvoiceKind> | null | undefined;
};

/** A document line. The server computes gross, discount, subtotal, tax and total from it. */
export type InvoiceLineInput = {
  /** Revenue account (customer documents) or expense or asset account (supplier documents); the SALES or OPERATING_EXPENSE posting rule's account when left out. */
  accountId?: string | number | null | undefined;
  /** What is invoiced (at most 500 characters); the product's name when left out and productId is given. */
  description?: string | null | undefined;
  /** Discount in percent, 0 to 100 (default 0). */
  discountPercent?: string | null | undefined;
  /** True when unitPrice includes the tax (as on tax-included quotes): total = gross - discount, tax = round(total x taxRate / (100 + taxRate)), subtotal = total - tax. Default false: the tax is added on top. */
  priceIncludesTax?: boolean | null | undefined;
  /** The product invoiced, if the line is for one. */
  productId?: string | number | null | undefined;
  /** Quantity above zero, at most 4 decimals (default 1). */
  quantity?: string | null | undefined;
  /** Tax in percent of the subtotal, 0 to 100 (default 0). */
  taxRate?: string | null | undefined;
  /** Price per unit, zero or more, at most 6 decimals. */
  unitPrice: string;
};

/** One sort key for documents. Ties are always broken by id, so pages are stable. */
export type InvoiceOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: InvoiceOrderField;
};

/** Fields documents can be sorted by. */
export type InvoiceOrderField =
  /** Due date. */
  | 'DUE_DATE'
  /** Issue date. */
  | 'ISSUE_DATE'
  /** Number (drafts have none). */
  | 'NUMBER'
  /** Total in the document currency. */
  | 'TOTAL';

/** When a customer's sales orders can be invoiced. */
export type InvoicePolicy =
  /** As delivered: what has shipped (services, which never ship, as ordered). */
  | 'DELIVERED'
  /** As ordered: the whole ordered quantity once the order is confirmed (the default). */
  | 'ORDERED';

/** Where a document is in its life. For credit notes, PARTIALLY_PAID and PAID mean partly and fully applied. */
export type InvoiceStatus =
  /** Editable; not in the ledger, not owed yet. */
  | 'DRAFT'
  /** Fully settled. */
  | 'PAID'
  /** Part of the total is settled by payments or credit notes. */
  | 'PARTIALLY_PAID'
  /** Numbered and in the ledger; nothing settled yet. */
  | 'POSTED'
  /** Cancelled; a posted document was reversed in the ledger. */
  | 'VOID';

/** Conditions on a document's status. */
export type InvoiceStatusFilter = {
  /** Exactly this value. */
  equals?: InvoiceStatus | null | undefined;
  /** Any of these values. */
  in?: Array<InvoiceStatus> | null | undefined;
};

/** Filter for invoices, bills and credit notes. All given conditions must hold; use OR and NOT for alternatives. */
export type InvoiceWhere = {
  /** All of these filters hold. */
  AND?: Array<InvoiceWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: InvoiceWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<InvoiceWhere> | null | undefined;
  /** Only this customer's documents (its global ID). */
  customerId?: string | number | null | undefined;
  /** Conditions on the due date. */
  dueDate?: DateFilter | null | undefined;
  /** Conditions on the issue date. */
  issueDate?: DateFilter | null | undefined;
  /** Conditions on the kind. */
  kind?: InvoiceKindFilter | null | undefined;
  /** Exactly this number. */
  number?: string | null | undefined;
  /** Conditions on the status. */
  status?: InvoiceStatusFilter | null | undefined;
  /** Only this supplier's documents (its global ID). */
  supplierId?: string | number | null | undefined;
};

/** A new journal, for example for a second bank account. */
export type JournalCreateInput = {
  /** Short code, unique in the organization: letters and digits, at most 10; upper-cased. Prefixes the entry numbers. */
  code: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name. */
  name: string;
  /** What the journal records. */
  type: JournalType;
};

/** A new draft journal entry; post it with journalEntryPost. */
export type JournalEntryCreateInput = {
  /** Posting date; must fall in a fiscal period (open when posting). */
  date: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The journal the entry belongs to. */
  journalId: string | number;
  /** At least two lines whose debits equal their credits in the base currency. */
  lines: Array<JournalLineInput>;
  /** Free text explaining the entry. */
  memo?: string | null | undefined;
  /** External reference, for example a receipt number. */
  reference?: string | null | undefined;
};

/** Identifies a journal entry. */
export type JournalEntryIdInput = {
  /** The journal entry. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** One sort key for journal entries. Ties are always broken by id, so pages are stable. */
export type JournalEntryOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: JournalEntryOrderField;
};

/** Fields journal entries can be sorted by. */
export type JournalEntryOrderField =
  /** Posting date. */
  | 'DATE'
  /** Entry number (drafts have none and sort last ascending). */
  | 'NUMBER';

/** A posted entry to reverse with a new posted entry that swaps every debit and credit. */
export type JournalEntryReverseInput = {
  /** Date of the reversing entry (default: the original entry's date); its period must be open. */
  date?: string | null | undefined;
  /** The posted entry to reverse. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** A journal entry is a draft until posted; posted entries never change (reverse them instead). */
export type JournalEntryStatus =
  /** Editable working copy; not in any balance or report. */
  | 'DRAFT'
  /** Numbered and final; counted in balances and reports. */
  | 'POSTED';

/** Conditions on a journal entry's status. */
export type JournalEntryStatusFilter = {
  /** Exactly this value. */
  equals?: JournalEntryStatus | null | undefined;
  /** Any of these values. */
  in?: Array<JournalEntryStatus> | null | undefined;
};

/** Replaces a draft's header and lines as a whole. */
export type JournalEntryUpdateInput = {
  /** Posting date; must fall in a fiscal period (open when posting). */
  date: string;
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The draft to change. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The journal the entry belongs to. */
  journalId: string | number;
  /** At least two lines whose debits equal their credits in the base currency. */
  lines: Array<JournalLineInput>;
  /** Free text explaining the entry. */
  memo?: string | null | undefined;
  /** External reference, for example a receipt number. */
  reference?: string | null | undefined;
};

/** Filter for journal entries. All given conditions must hold; use OR and NOT for alternatives. */
export type JournalEntryWhere = {
  /** All of these filters hold. */
  AND?: Array<JournalEntryWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: JournalEntryWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<JournalEntryWhere> | null | undefined;
  /** Conditions on the posting date. */
  date?: DateFilter | null | undefined;
  /** Only entries of this journal (its global ID). */
  journalId?: string | number | null | undefined;
  /** Conditions on the reference (entries without one never match). */
  reference?: StringFilter | null | undefined;
  /** Draft or posted. */
  status?: JournalEntryStatusFilter | null | undefined;
};

/** One line. In the base currency give exactly one of debit and credit (positive). In a foreign currency give currency and a signed amountCurrency (positive = debit, negative = credit); the base amount uses the rate for the entry date. */
export type JournalLineInput = {
  /** The account to post to (active). */
  accountId: string | number;
  /** Signed amount in the transaction currency: positive debits, negative credits. */
  amountCurrency?: string | null | undefined;
  /** Credit in the base currency. */
  credit?: string | null | undefined;
  /** Transaction currency of a foreign-currency line. */
  currency?: string | null | undefined;
  /** Debit in the base currency. */
  debit?: string | null | undefined;
  /** Free text for this line. */
  description?: string | null | undefined;
};

/** What a journal records; it decides the entry number prefix. */
export type JournalType =
  /** Bank movements. */
  | 'BANK'
  /** Cash movements. */
  | 'CASH'
  /** Manual and miscellaneous entries. */
  | 'GENERAL'
  /** Supplier bills. */
  | 'PURCHASE'
  /** Customer invoices and credit notes. */
  | 'SALES';

/** Changes to a journal. Omitted fields stay as they are. */
export type JournalUpdateInput = {
  /** New code; refused with JOURNAL_IN_USE once the journal has entries. */
  code?: string | null | undefined;
  /** The journal. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** New display name. */
  name?: string | null | undefined;
};

/** A new leave request (a draft; submit it with leaveRequestSubmit). */
export type LeaveRequestCreateInput = {
  /** Whose leave (default: the employee your key acts for). Someone else's needs HR. */
  employeeId?: string | number | null | undefined;
  /** Last day (inclusive), in the same year. */
  endDate: string;
  /** The last day counts half (default false). */
  halfDayEnd?: boolean | null | undefined;
  /** The first day counts half (default false). */
  halfDayStart?: boolean | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The leave type. */
  leaveTypeId: string | number;
  /** Why, at most 2000 characters. */
  reason?: string | null | undefined;
  /** First day. */
  startDate: string;
};

/** Where a leave request stands. */
export type LeaveRequestStatus =
  /** Approved; its days are taken. */
  | 'APPROVED'
  /** Written, not submitted; reserves nothing. */
  | 'DRAFT'
  /** Submitted; its days are reserved (pending) until the approval is decided. */
  | 'PENDING'
  /** Rejected; its days were released. */
  | 'REJECTED'
  /** Returned for changes; its days were released until it is submitted again. */
  | 'RETURNED'
  /** Withdrawn by the requester; its days were released. */
  | 'WITHDRAWN';

/** Submits a draft or returned leave request for approval. */
export type LeaveRequestSubmitInput = {
  /** Comment for the approval history. */
  comment?: string | null | undefined;
  /** The leave request. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Filter for leave requests. All given conditions must hold. */
export type LeaveRequestWhere = {
  /** Global ID of the employee. */
  employeeId?: string | number | null | undefined;
  /** Global ID of the leave type. */
  leaveTypeId?: string | number | null | undefined;
  /** Any of these statuses. */
  status?: Array<LeaveRequestStatus> | null | undefined;
  /** Requests starting in this year. */
  year?: number | null | undefined;
};

/** A new leave type. */
export type LeaveTypeCreateInput = {
  /** Most unused days that carry into the next year (default 0); needs an entitlement. */
  carryOverCap?: string | null | undefined;
  /** Unique code; letters, digits and "_", stored upper case, at most 32. */
  code: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name, at most 200 characters. */
  name: string;
  /** Whether the employee is paid during this leave. */
  paid: boolean;
  /** Working days per year, whole or half, 0 to 366; omit for unlimited. */
  yearlyEntitlement?: string | null | undefined;
};

/** Stable codes of Ledger payload errors; new codes may be added, existing ones are never renamed. */
export type LedgerErrorCode =
  /** Journal lines reference the account, so its code cannot change and it cannot be deleted. */
  | 'ACCOUNT_HAS_POSTINGS'
  /** The account is deactivated. */
  | 'ACCOUNT_INACTIVE'
  /** A posting rule, the rounding setting or child accounts reference the account. */
  | 'ACCOUNT_IN_USE'
  /** The account is already active. */
  | 'ALREADY_ACTIVE'
  /** The account is already inactive. */
  | 'ALREADY_INACTIVE'
  /** The entry is posted; posted entries cannot change. Reverse it instead. */
  | 'ALREADY_POSTED'
  /** The entry was already reversed. */
  | 'ALREADY_REVERSED'
  /** The document or payment is already void. */
  | 'ALREADY_VOID'
  /** The ledger's base currency must be the organization's base currency. */
  | 'BASE_CURRENCY_MISMATCH'
  /** A reversing entry cannot itself be reversed; post a new entry instead. */
  | 'CANNOT_REVERSE_REVERSAL'
  /** Another account (or journal) in the organization already uses this code. */
  | 'CODE_TAKEN'
  /** The credit notes of a document would add up to more than the document. */
  | 'CREDIT_EXCEEDS_DOCUMENT'
  /** The payment or credit note is in another currency than the document. */
  | 'CURRENCY_MISMATCH'
  /** A document needs at least one line and a total above zero. */
  | 'EMPTY_DOCUMENT'
  /** The fiscal year is already closed. */
  | 'FISCAL_YEAR_CLOSED'
  /** The fiscal year overlaps an existing one. */
  | 'FISCAL_YEAR_OVERLAP'
  /** Your roles do not allow this change. */
  | 'FORBIDDEN'
  /** Payments or credit notes are allocated to the document (or from the credit note); void those first. */
  | 'HAS_ALLOCATIONS'
  /** The idempotency key was already used with a different input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** An amount is not a positive decimal number. */
  | 'INVALID_AMOUNT'
  /** A payment goes through an active account of subtype BANK or CASH. */
  | 'INVALID_BANK_ACCOUNT'
  /** An account code may contain only letters, digits, ".", "_" and "-" (at most 20); a journal code only letters and digits (at most 10). */
  | 'INVALID_CODE'
  /** Not an ISO 4217 currency code. */
  | 'INVALID_CURRENCY'
  /** Not a calendar date in the form YYYY-MM-DD. */
  | 'INVALID_DATE'
  /** The due date is before the issue date. */
  | 'INVALID_DUE_DATE'
  /** A value is not acceptable for this field. */
  | 'INVALID_INPUT'
  /** A line needs exactly one positive amount: a debit or a credit (or a signed amountCurrency). */
  | 'INVALID_LINE'
  /** Customer document lines need a revenue account; supplier document lines an expense or asset account. */
  | 'INVALID_LINE_ACCOUNT'
  /** The parent account must exist, have the same type and not be the account itself or one of its descendants. */
  | 'INVALID_PARENT'
  /** The account type does not fit the posting role. */
  | 'INVALID_ROLE_ACCOUNT'
  /** An amount has more decimal places than its currency allows. */
  | 'INVALID_SCALE'
  /** The subtype does not belong to the account type. */
  | 'INVALID_SUBTYPE'
  /** The journal has entries, so its code (part of their numbers) cannot change. */
  | 'JOURNAL_IN_USE'
  /** Another fiscal year already has this name. */
  | 'NAME_TAKEN'
  /** Only a draft document can be changed or posted. */
  | 'NOT_DRAFT'
  /** The referenced record does not exist in your organization. */
  | 'NOT_FOUND'
  /** The document is a draft, void or fully settled, or the payment or credit note has nothing left to allocate. */
  | 'NOT_OPEN'
  /** Only a posted entry can be reversed. */
  | 'NOT_POSTED'
  /** No exchange rate for the currency on or before the date. */
  | 'NO_EXCHANGE_RATE'
  /** No journal with this code or type. */
  | 'NO_JOURNAL'
  /** No fiscal period covers the date. */
  | 'NO_PERIOD'
  /** No account is set for this posting role. */
  | 'NO_POSTING_RULE'
  /** Foreign-currency rounding needs a rounding account in the ledger settings. */
  | 'NO_ROUNDING_ACCOUNT'
  /** A number is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** The allocation is more than what is open on the document or left on the payment or credit note. */
  | 'OVER_ALLOCATION'
  /** The customer is archived or the supplier deactivated; it takes no new documents or payments. */
  | 'PARTNER_INACTIVE'
  /** The payment or credit note belongs to another customer or supplier than the document. */
  | 'PARTNER_MISMATCH'
  /** The date falls in a closed or locked period. */
  | 'PERIOD_CLOSED'
  /** The period is locked; locking is final. */
  | 'PERIOD_LOCKED'
  /** Only a closed period can be reopened. */
  | 'PERIOD_NOT_CLOSED'
  /** Only an open period can be closed. */
  | 'PERIOD_NOT_OPEN'
  /** A period of the fiscal year other than the last is still open; close it before closing the year. */
  | 'PERIOD_STILL_OPEN'
  /** A required field is missing or empty. */
  | 'REQUIRED'
  /** The source document already posted an entry with different lines. */
  | 'SOURCE_CONFLICT'
  /** The record changed since you read it (expectedVersion does not match); read it again and retry. */
  | 'STALE_VERSION'
  /** A journal entry needs at least two lines. */
  | 'TOO_FEW_LINES'
  /** A text is longer than the field allows. */
  | 'TOO_LONG'
  /** Debits and credits differ in the base currency. */
  | 'UNBALANCED'
  /** Customer payments and credit notes settle customer invoices; supplier ones settle supplier bills. */
  | 'WRONG_DOCUMENT_KIND';

/** A new bin under a warehouse location. */
export type LocationCreateInput = {
  /** Code, unique within the warehouse ignoring case; letters, digits, ".", "_", "/", "-", at most 32. */
  code: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name, at most 200 characters (default: the code). */
  name?: string | null | undefined;
  /** The warehouse location (root or bin) to create the bin under. */
  parentId: string | number;
};

/** Identifies a bin to delete. */
export type LocationDeleteInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The bin. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** What a location is. Only INTERNAL locations hold stock levels; the others are the virtual counterparts of moves. */
export type LocationType =
  /** Virtual: the counterpart of inventory adjustments and count differences. */
  | 'ADJUSTMENT'
  /** Virtual: where issued (shipped) goods go. */
  | 'CUSTOMER'
  /** A place in a warehouse: its root stock location or a bin below it. */
  | 'INTERNAL'
  /** Virtual: where components are consumed and finished goods come from. */
  | 'PRODUCTION'
  /** Virtual: where scrapped goods go. */
  | 'SCRAP'
  /** Virtual: where received goods come from. */
  | 'SUPPLIER';

/** Conditions on the location type. */
export type LocationTypeFilter = {
  /** Exactly this value. */
  equals?: LocationType | null | undefined;
  /** Any of these values. */
  in?: Array<LocationType> | null | undefined;
};

/** Renames a bin or moves it (with the bins below it) within its warehouse. Omitted fields stay as they are. */
export type LocationUpdateInput = {
  /** New code, unique within the warehouse ignoring case. Cannot be cleared. */
  code?: string | null | undefined;
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The location to change (not a virtual location). */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** New display name. Cannot be cleared. */
  name?: string | null | undefined;
  /** New parent in the same warehouse (not the location itself or a bin below it). Root locations cannot move. */
  parentId?: string | number | null | undefined;
};

/** Filter for locations. All given conditions must hold; use OR and NOT for alternatives. */
export type LocationWhere = {
  /** All of these filters hold. */
  AND?: Array<LocationWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: LocationWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<LocationWhere> | null | undefined;
  /** Conditions on the code. */
  code?: StringFilter | null | undefined;
  /** Conditions on the name. */
  name?: StringFilter | null | undefined;
  /** Only bins directly under this location. */
  parentId?: string | number | null | undefined;
  /** Conditions on the type. */
  type?: LocationTypeFilter | null | undefined;
  /** Only locations of this warehouse. */
  warehouseId?: string | number | null | undefined;
  /** Only this location and every bin below it, at any depth. */
  within?: string | number | null | undefined;
};

/** How planning rounds a net requirement into an order quantity (used by MRP and replenishment). */
export type LotSizeRule =
  /** Always order the lot-size quantity (several lots if needed). */
  | 'FIXED_QUANTITY'
  /** Order exactly the net requirement; takes no lot-size quantity. */
  | 'LOT_FOR_LOT'
  /** Order the requirement, but at least the lot-size quantity. */
  | 'MINIMUM_QUANTITY'
  /** Round the requirement up to a multiple of the lot-size quantity. */
  | 'MULTIPLE_OF';

/** Which of your approvals to list. */
export type MyApprovalsView =
  /** Requests where you approved, rejected or returned a step. */
  | 'DECIDED_BY_ME'
  /** Requests whose current step waits for your decision (yours or as a delegate). */
  | 'PENDING_ON_ME'
  /** Requests you submitted. */
  | 'REQUESTED_BY_ME';

/** Filter for myApprovals. */
export type MyApprovalsWhere = {
  /** Only requests in this status. */
  status?: ApprovalRequestStatus | null | undefined;
  /** Only this subject type. */
  subjectType?: string | null | undefined;
  /** Which list (default PENDING_ON_ME). */
  view?: MyApprovalsView | null | undefined;
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** Allocates what is left of a payment or a credit note. */
export type PaymentAllocateInput = {
  /** Documents to settle, in this order; the partner's open documents oldest due first when left out. */
  allocations?: Array<PaymentAllocationInput> | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The payment or credit note (an Invoice of a credit note kind). */
  sourceId: string | number;
};

/** Settles (part of) an invoice or bill. */
export type PaymentAllocationInput = {
  /** Amount in the document currency; as much of the document's open amount as is left when omitted. */
  amount?: string | null | undefined;
  /** The posted customer invoice or supplier bill. */
  invoiceId: string | number;
};

/** Money received from a customer (give customerId) or paid to a supplier (give supplierId), posted at once. Allocated to the given documents, or with none given (and autoAllocate not false) to the partner's open documents in its currency, oldest due date first; the rest stays an open credit. */
export type PaymentCreateInput = {
  /** Documents to settle, in this order (at most 100). */
  allocations?: Array<PaymentAllocationInput> | null | undefined;
  /** Amount above zero, in the payment currency. */
  amount: string;
  /** With no allocations given: settle open documents oldest due first (default true). */
  autoAllocate?: boolean | null | undefined;
  /** An active BANK or CASH account; the BANK posting rule's account when left out. */
  bankAccountId?: string | number | null | undefined;
  /** Payment currency; the partner's when left out. */
  currency?: string | null | undefined;
  /** The paying customer (incoming payment). */
  customerId?: string | number | null | undefined;
  /** Payment date, also the posting date. */
  date: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Free text. */
  memo?: string | null | undefined;
  /** How it was paid. */
  method: PaymentMethod;
  /** Bank reference or cheque number. */
  reference?: string | null | undefined;
  /** The supplier paid (outgoing payment). */
  supplierId?: string | number | null | undefined;
};

/** Which way the money went. */
export type PaymentDirection =
  /** Received from a customer: Dr bank, Cr receivable. */
  | 'INCOMING'
  /** Paid to a supplier: Dr payable, Cr bank. */
  | 'OUTGOING';

/** How a payment was made. */
export type PaymentMethod =
  /** Bank transfer or wire. */
  | 'BANK_TRANSFER'
  /** Card payment. */
  | 'CARD'
  /** Cash. */
  | 'CASH'
  /** Cheque. */
  | 'CHECK'
  /** Direct debit. */
  | 'DIRECT_DEBIT'
  /** Any other method. */
  | 'OTHER';

/** Whether a payment stands. */
export type PaymentStatus =
  /** In the ledger. */
  | 'POSTED'
  /** Voided: its entry was reversed and its allocations undone. */
  | 'VOID';

/** Voids a payment: its allocations are undone (the documents are open again) and its entries reversed. */
export type PaymentVoidInput = {
  /** Date of the reversing entries; the payment date when left out. */
  date?: string | null | undefined;
  /** The payment. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Filter for payments. All given conditions must hold. */
export type PaymentWhere = {
  /** Only this customer's payments (its global ID). */
  customerId?: string | number | null | undefined;
  /** Conditions on the payment date. */
  date?: DateFilter | null | undefined;
  /** Only incoming or only outgoing payments. */
  direction?: PaymentDirection | null | undefined;
  /** Only posted or only void payments. */
  status?: PaymentStatus | null | undefined;
  /** Only this supplier's payments (its global ID). */
  supplierId?: string | number | null | undefined;
};

/** Identifies a period. */
export type PeriodIdInput = {
  /** The period. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Whether entries may be posted into a period. */
export type PeriodStatus =
  /** No posting; an administrator may reopen it. */
  | 'CLOSED'
  /** No posting, for good; locking is final. */
  | 'LOCKED'
  /** Entries dated in the period may be posted. */
  | 'OPEN';

/** A new position. */
export type PositionCreateInput = {
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Job title, at most 200 characters. */
  title: string;
};

/** Points a posting role at an account; other domains post through these roles. */
export type PostingRuleSetInput = {
  /** An active account whose type fits the role. */
  accountId: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The posting role, for example RECEIVABLE. */
  role: AccountSubtype;
};

/** Gives a customer a price list in the list's currency (replacing their list in that currency), or removes it. */
export type PriceListAssignInput = {
  /** Needed to remove an assignment; when given with priceListId it must be the list's currency. */
  currency?: string | null | undefined;
  /** The customer. */
  customerId: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The price list; null or left out removes the customer's list in `currency`. */
  priceListId?: string | number | null | undefined;
};

/** A new price list (add its prices with priceListItemsSet). */
export type PriceListCreateInput = {
  /** Currency of its prices; cannot change later. */
  currency: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name (at most 200 characters). */
  name: string;
  /** First day the list applies; open when left out. */
  validFrom?: string | null | undefined;
  /** Last day the list applies; open when left out. */
  validTo?: string | null | undefined;
};

/** A quantity break. */
export type PriceListItemInput = {
  /** From this quantity on (default 0), at most 4 decimals. */
  minQuantity?: string | null | undefined;
  /** The product. */
  productId: string | number;
  /** Unit price in the list's currency, zero or more, at most 6 decimals. */
  unitPrice: string;
};

/** The complete new set of a price list's items; it replaces the old one. */
export type PriceListItemsSetInput = {
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The price list. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** At most 5000 items; product and minimum quantity unique. */
  items: Array<PriceListItemInput>;
};

/** Changes to a price list; fields left out stay as they are. */
export type PriceListUpdateInput = {
  /** True removes the first day (valid since always). */
  clearValidFrom?: boolean | null | undefined;
  /** True removes the last day (open-ended). */
  clearValidTo?: boolean | null | undefined;
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The price list. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** False makes pricing ignore the list. */
  isActive?: boolean | null | undefined;
  /** New display name. */
  name?: string | null | undefined;
  /** New first day. */
  validFrom?: string | null | undefined;
  /** New last day. */
  validTo?: string | null | undefined;
};

/** Filter for price lists. All given conditions must hold. */
export type PriceListWhere = {
  /** Only lists in this currency. */
  currency?: string | null | undefined;
  /** Only active (true) or inactive (false) lists. */
  isActive?: boolean | null | undefined;
};

/** Where a unit price came from. */
export type PriceSource =
  /** The product's list price (base currency, converted at the exchange rate of the date and rounded to the currency). */
  | 'LIST_PRICE'
  /** Given by the user, overriding pricing. */
  | 'MANUAL'
  /** The customer's price list in the document currency (the quantity break reached). */
  | 'PRICE_LIST';

/** How replenishment obtains the product. */
export type ProcurementMethod =
  /** Bought from a supplier (purchase orders). */
  | 'BUY'
  /** Made in house (work orders from a bill of materials). */
  | 'MAKE';

/** A new product category. */
export type ProductCategoryCreateInput = {
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Name, at most 100 characters, unique among its siblings ignoring case. */
  name: string;
  /** The category to put it under; omit for a top-level category. */
  parentId?: string | number | null | undefined;
};

/** Identifies a product category to delete. */
export type ProductCategoryDeleteInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The category. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Renames or moves a product category. Omitted fields stay as they are. */
export type ProductCategoryUpdateInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The category to change. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** New name. Cannot be cleared. */
  name?: string | null | undefined;
  /** New parent; null moves the category to the top. It cannot move under itself or a descendant (CATEGORY_CYCLE). */
  parentId?: string | number | null | undefined;
};

/** Filter for product categories. All given conditions must hold; use OR and NOT for alternatives. */
export type ProductCategoryWhere = {
  /** All of these filters hold. */
  AND?: Array<ProductCategoryWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: ProductCategoryWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<ProductCategoryWhere> | null | undefined;
  /** Only top-level categories (true) or only categories with a parent (false). */
  isTopLevel?: boolean | null | undefined;
  /** Conditions on the name. */
  name?: StringFilter | null | undefined;
  /** Only categories directly under this one. */
  parentId?: string | number | null | undefined;
};

/** A new product. */
export type ProductCreateInput = {
  /** Whether issues may take on-hand below zero (default false). */
  allowNegativeStock?: boolean | null | undefined;
  /** Barcode, at most 64 characters, unique in the organization. */
  barcode?: string | null | undefined;
  /** Category of the product. */
  categoryId?: string | number | null | undefined;
  /** Costing method (default MOVING_AVERAGE). */
  costingMethod?: CostingMethod | null | undefined;
  /** Longer description, at most 4000 characters. */
  description?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Lead time in days, 0 to 3650 (default 0). */
  leadTimeDays?: number | null | undefined;
  /** Sales price per unit in the base currency, zero or more, at most 6 decimals. */
  listPrice?: string | null | undefined;
  /** Quantity for the lot-size rule, above zero, at most 4 decimals. */
  lotSizeQuantity?: string | null | undefined;
  /** Lot-size rule (default LOT_FOR_LOT). Every rule but LOT_FOR_LOT needs lotSizeQuantity. */
  lotSizeRule?: LotSizeRule | null | undefined;
  /** Minimum order quantity, zero or more, at most 4 decimals (default 0). */
  minOrderQuantity?: string | null | undefined;
  /** Display name, at most 200 characters. */
  name: string;
  /** Order multiple, zero or more, at most 4 decimals (default 0). */
  orderMultiple?: string | null | undefined;
  /** Bought or made (default BUY). */
  procurement?: ProcurementMethod | null | undefined;
  /** Reorder point, zero or more, at most 4 decimals (default 0). */
  reorderPoint?: string | null | undefined;
  /** Safety stock, zero or more, at most 4 decimals (default 0). */
  safetyStock?: string | null | undefined;
  /** SKU, unique in the organization ignoring case; letters, digits, ".", "_", "/", "-", at most 64. */
  sku: string;
  /** Planned cost per unit in the base currency, zero or more, at most 6 decimals. */
  standardCost?: string | null | undefined;
  /** Stocked, consumable or service (default STOCKED). */
  type?: ProductType | null | undefined;
  /** Unit of measure, at most 20 characters (default EA). */
  unitOfMeasure?: string | null | undefined;
};

/** One sort key for products. Ties are always broken by id, so pages are stable. */
export type ProductOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: ProductOrderField;
};

/** Fields products can be sorted by. */
export type ProductOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Display name. */
  | 'NAME'
  /** SKU. */
  | 'SKU'
  /** Last change. */
  | 'UPDATED_AT';

/** Identifies a product for deactivate, activate or delete. */
export type ProductStateInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The product. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Assigns a tax rate to exactly one of a product or a product category. */
export type ProductTaxRateSetInput = {
  /** The product category (or give productId); applies to its products and to subcategories without a rate of their own. */
  categoryId?: string | number | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The product (or give categoryId). */
  productId?: string | number | null | undefined;
  /** The active tax rate; null or left out removes the assignment. */
  taxRateId?: string | number | null | undefined;
};

/** How a product is handled in stock. */
export type ProductType =
  /** A physical item that is moved but not valued as inventory (office supplies, small parts). */
  | 'CONSUMABLE'
  /** Not physical: never in stock. */
  | 'SERVICE'
  /** Kept in stock with on-hand quantities, reservations and valuation. */
  | 'STOCKED';

/** Conditions on the product type. */
export type ProductTypeFilter = {
  /** Exactly this value. */
  equals?: ProductType | null | undefined;
  /** Any of these values. */
  in?: Array<ProductType> | null | undefined;
};

/** Changes to a product. Omitted fields stay as they are; null clears an optional field. */
export type ProductUpdateInput = {
  /** Whether issues may take on-hand below zero. Cannot be cleared. */
  allowNegativeStock?: boolean | null | undefined;
  /** Barcode, at most 64 characters, unique in the organization. null clears it. */
  barcode?: string | null | undefined;
  /** Category of the product. null clears it. */
  categoryId?: string | number | null | undefined;
  /** Costing method. Cannot be cleared. */
  costingMethod?: CostingMethod | null | undefined;
  /** Longer description, at most 4000 characters. null clears it. */
  description?: string | null | undefined;
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The product to change. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Lead time in days, 0 to 3650; null resets it to 0. */
  leadTimeDays?: number | null | undefined;
  /** Sales price per unit in the base currency, zero or more, at most 6 decimals. null clears it. */
  listPrice?: string | null | undefined;
  /** Quantity for the lot-size rule, above zero, at most 4 decimals. null clears it. */
  lotSizeQuantity?: string | null | undefined;
  /** Lot-size rule. Every rule but LOT_FOR_LOT needs lotSizeQuantity; switching to LOT_FOR_LOT clears it. Cannot be cleared. */
  lotSizeRule?: LotSizeRule | null | undefined;
  /** Minimum order quantity, zero or more, at most 4 decimals; null resets it to 0. */
  minOrderQuantity?: string | null | undefined;
  /** Display name, at most 200 characters. Cannot be cleared. */
  name?: string | null | undefined;
  /** Order multiple, zero or more, at most 4 decimals; null resets it to 0. */
  orderMultiple?: string | null | undefined;
  /** Bought or made. Cannot be cleared. */
  procurement?: ProcurementMethod | null | undefined;
  /** Reorder point, zero or more, at most 4 decimals; null resets it to 0. */
  reorderPoint?: string | null | undefined;
  /** Safety stock, zero or more, at most 4 decimals; null resets it to 0. */
  safetyStock?: string | null | undefined;
  /** New SKU, unique in the organization ignoring case. Cannot be cleared. */
  sku?: string | null | undefined;
  /** Planned cost per unit in the base currency, zero or more, at most 6 decimals. null clears it. */
  standardCost?: string | null | undefined;
  /** Stocked, consumable or service. Cannot be cleared. */
  type?: ProductType | null | undefined;
  /** Unit of measure, at most 20 characters. Cannot be cleared. */
  unitOfMeasure?: string | null | undefined;
};

/** Filter for products. All given conditions must hold; use OR and NOT for alternatives. */
export type ProductWhere = {
  /** All of these filters hold. */
  AND?: Array<ProductWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: ProductWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<ProductWhere> | null | undefined;
  /** Conditions on the barcode (products without one never match). */
  barcode?: StringFilter | null | undefined;
  /** Only products directly in this category. */
  categoryId?: string | number | null | undefined;
  /** Conditions on the creation time. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Only active (true) or only inactive (false) products. */
  isActive?: boolean | null | undefined;
  /** Conditions on the name. */
  name?: StringFilter | null | undefined;
  /** Matches SKU, name or barcode containing this text, ignoring case. */
  search?: string | null | undefined;
  /** Conditions on the SKU. */
  sku?: StringFilter | null | undefined;
  /** Conditions on the product type. */
  type?: ProductTypeFilter | null | undefined;
  /** Conditions on the last change. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** A new draft purchase order. */
export type PurchaseOrderCreateInput = {
  /** Order currency; the supplier's when left out. */
  currency?: string | null | undefined;
  /** When the goods are expected. */
  expectedDate?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** At least one line, at most 200. */
  lines: Array<PurchaseOrderLineInput>;
  /** Free text (at most 2000 characters). */
  notes?: string | null | undefined;
  /** Order date. */
  orderDate: string;
  /** The supplier's reference (at most 100 characters). */
  reference?: string | null | undefined;
  /** The supplier; must be active. */
  supplierId: string | number;
};

/** Stable codes of PurchaseOrder payload errors; new codes may be added, existing ones are never renamed. */
export type PurchaseOrderErrorCode =
  /** A ledger account the receipt's stock move posts to is deactivated. */
  | 'ACCOUNT_INACTIVE'
  /** An order needs at least one line. */
  | 'EMPTY_ORDER'
  /** The idempotency key was already used with a different input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** An amount or quantity is not a valid decimal in the allowed range. */
  | 'INVALID_AMOUNT'
  /** Not an ISO 4217 currency code. */
  | 'INVALID_CURRENCY'
  /** Not a calendar date in the form YYYY-MM-DD. */
  | 'INVALID_DATE'
  /** The due date is before the bill date. */
  | 'INVALID_DUE_DATE'
  /** A value is not acceptable for this field. */
  | 'INVALID_INPUT'
  /** Goods are received into a warehouse location, not a virtual one. */
  | 'INVALID_LOCATION'
  /** An amount or quantity has more decimal places than allowed. */
  | 'INVALID_SCALE'
  /** No line of the order has received quantity that is not billed yet. */
  | 'NOTHING_TO_BILL'
  /** Only a sent, partially received, received or billed order can be billed (not a draft, closed or cancelled one). */
  | 'NOT_BILLABLE'
  /** The order is already cancelled, or goods were received or billed against it. */
  | 'NOT_CANCELLABLE'
  /** Only a draft order can be changed or sent. */
  | 'NOT_DRAFT'
  /** The referenced record does not exist in your organization. */
  | 'NOT_FOUND'
  /** Only a sent or partially received order takes receipts. */
  | 'NOT_RECEIVABLE'
  /** No exchange rate for the order currency on or before the receipt or bill date. */
  | 'NO_EXCHANGE_RATE'
  /** The organization has no stock journal (code STK) to post stock values to; setUpLedger adds it. */
  | 'NO_JOURNAL'
  /** No fiscal period covers the bill date, or the day of a receipt's stock move (whose value posts to the ledger); nothing was written. */
  | 'NO_PERIOD'
  /** No account is set for a posting role the bill or receipt needs (inventory, goods received not invoiced, payable, tax, exchange difference or rounding). */
  | 'NO_POSTING_RULE'
  /** A number is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** A line would be billed for more than was received of it and not billed yet. */
  | 'OVER_BILLING'
  /** The receipt would take a line more than 10 percent over its ordered quantity. */
  | 'OVER_RECEIPT'
  /** The supplier is deactivated and takes no new bills. */
  | 'PARTNER_INACTIVE'
  /** The bill date, or the day of a receipt's stock move, falls in a closed or locked period; nothing was written. */
  | 'PERIOD_CLOSED'
  /** The ledger refused the receipt's value posting for another reason (the message names the ledger code); nothing was written. */
  | 'POSTING_REFUSED'
  /** No unit price was given and the supplier has no price for the product, quantity and currency. */
  | 'PRICE_REQUIRED'
  /** The product is deactivated. */
  | 'PRODUCT_INACTIVE'
  /** A required field is missing or empty. */
  | 'REQUIRED'
  /** The record changed since you read it (expectedVersion does not match); read it again and retry. */
  | 'STALE_VERSION'
  /** The supplier is deactivated and takes no new orders or prices. */
  | 'SUPPLIER_INACTIVE'
  /** A text is longer than the field allows. */
  | 'TOO_LONG';

/** A purchase order line. */
export type PurchaseOrderLineInput = {
  /** Description; the product name when left out. */
  description?: string | null | undefined;
  /** When this line is expected; the order's expected date when left out. */
  expectedDate?: string | null | undefined;
  /** The product; must be active. */
  productId: string | number;
  /** Quantity above zero, at most 4 decimals. */
  quantity: string;
  /** Tax in percent, 0 to 100 (default 0). */
  taxRate?: string | null | undefined;
  /** Price per unit; the supplier's price for the quantity and currency when left out. */
  unitPrice?: string | null | undefined;
};

/** A purchase order line's three-way match of the quantities ordered, received and billed. */
export type PurchaseOrderLineMatchStatus =
  /** Everything ordered received and everything received billed. */
  | 'FULLY_BILLED'
  /** Nothing received yet (so nothing billed). */
  | 'NOT_RECEIVED'
  /** Something billed, but not everything ordered was received or not everything received was billed. */
  | 'PARTIALLY_BILLED'
  /** Part of the ordered quantity received; nothing billed yet. */
  | 'PARTIALLY_RECEIVED'
  /** Everything ordered received; nothing billed yet. */
  | 'RECEIVED_NOT_BILLED';

/** One sort key for purchase orders. Ties are always broken by id, so pages are stable. */
export type PurchaseOrderOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: PurchaseOrderOrderField;
};

/** Fields purchase orders can be sorted by. */
export type PurchaseOrderOrderField =
  /** Expected date (orders without one last ascending). */
  | 'EXPECTED_DATE'
  /** Order number. */
  | 'NUMBER'
  /** Order date. */
  | 'ORDER_DATE';

/** What arrived for one order line. */
export type PurchaseOrderReceiptLineInput = {
  /** The order line's number. */
  lineNo: number;
  /** Quantity received now, above zero; at most 10% over what is still open. */
  quantity: string;
};

/** A receipt against a sent purchase order. */
export type PurchaseOrderReceiveInput = {
  /** Receipt date; decides the exchange rate for a foreign-currency order. Today when left out. */
  date?: string | null | undefined;
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The order. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The lines received, at least one. */
  lines: Array<PurchaseOrderReceiptLineInput>;
  /** The warehouse location the goods go into. */
  locationId: string | number;
};

/** Identifies a purchase order to send or cancel. */
export type PurchaseOrderStateInput = {
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The order. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Where a purchase order is in its life. */
export type PurchaseOrderStatus =
  /** Everything received was billed. */
  | 'BILLED'
  /** Cancelled before anything was received or billed. */
  | 'CANCELLED'
  /** Done; nothing more is expected. */
  | 'CLOSED'
  /** Being prepared; lines may change. */
  | 'DRAFT'
  /** Some of the ordered quantities were received. */
  | 'PARTIALLY_RECEIVED'
  /** Everything ordered was received. */
  | 'RECEIVED'
  /** Sent to the supplier; nothing received yet. */
  | 'SENT';

/** Conditions on a purchase order's status. */
export type PurchaseOrderStatusFilter = {
  /** Exactly this value. */
  equals?: PurchaseOrderStatus | null | undefined;
  /** Any of these values. */
  in?: Array<PurchaseOrderStatus> | null | undefined;
};

/** New header and lines of a draft purchase order; they replace the old ones. */
export type PurchaseOrderUpdateInput = {
  /** Order currency; the supplier's when left out. */
  currency?: string | null | undefined;
  /** When the goods are expected. */
  expectedDate?: string | null | undefined;
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The draft order. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** At least one line, at most 200. */
  lines: Array<PurchaseOrderLineInput>;
  /** Free text (at most 2000 characters). */
  notes?: string | null | undefined;
  /** Order date. */
  orderDate: string;
  /** The supplier's reference (at most 100 characters). */
  reference?: string | null | undefined;
};

/** Filter for purchase orders. All given conditions must hold. */
export type PurchaseOrderWhere = {
  /** Exactly this number. */
  number?: string | null | undefined;
  /** Conditions on the order date. */
  orderDate?: DateFilter | null | undefined;
  /** Conditions on the status. */
  status?: PurchaseOrderStatusFilter | null | undefined;
  /** Only this supplier's orders (its global ID). */
  supplierId?: string | number | null | undefined;
};

/** Identifies a purchase request to submit or cancel. */
export type PurchaseRequestActionInput = {
  /** Comment for the approval history (submitting, or withdrawing a pending approval). */
  comment?: string | null | undefined;
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The request. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Identifies an approved purchase request to convert into purchase orders. */
export type PurchaseRequestConvertInput = {
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The approved request. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** A new purchase request (a draft; submit it with purchaseRequestSubmit). */
export type PurchaseRequestCreateInput = {
  /** What is asked for and why, at most 500 characters. */
  description: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The products, 1 to 100. */
  lines: Array<PurchaseRequestLineInput>;
  /** Free text, at most 2000 characters. */
  notes?: string | null | undefined;
  /** Who asks (default: the employee your key is linked to). Someone else, or a key without an employee, needs PURCHASING. */
  requesterId?: string | number | null | undefined;
};

/** Stable codes of PurchaseRequest payload errors; new codes may be added, existing ones are never renamed. */
export type PurchaseRequestErrorCode =
  /** The request was already converted; its purchase orders exist. */
  | 'ALREADY_CONVERTED'
  /** The requester is not a current employee. */
  | 'EMPLOYEE_NOT_ACTIVE'
  /** The requester is terminated. */
  | 'EMPLOYEE_TERMINATED'
  /** The idempotency key was already used with a different input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** An amount or quantity is not a valid decimal in the allowed range. */
  | 'INVALID_AMOUNT'
  /** Not an ISO 4217 currency code. */
  | 'INVALID_CURRENCY'
  /** Not a calendar date in the form YYYY-MM-DD, or a needed-by date in the past. */
  | 'INVALID_DATE'
  /** A value is not acceptable for this field. */
  | 'INVALID_INPUT'
  /** An amount or quantity has more decimal places than allowed. */
  | 'INVALID_SCALE'
  /** You may only act on your own purchase requests (PURCHASING and ADMIN may act on anyone's). */
  | 'NOT_ALLOWED'
  /** The calling API key is not linked to an employee; name the requesterId (needs PURCHASING). */
  | 'NOT_AN_EMPLOYEE'
  /** Only an approved request can be converted into purchase orders. */
  | 'NOT_APPROVED'
  /** Only a draft, pending or approved request can be cancelled. */
  | 'NOT_CANCELLABLE'
  /** Only a draft request can be changed. */
  | 'NOT_DRAFT'
  /** A step of the matching approval rule needs more approvals than it has approvers. */
  | 'NOT_ENOUGH_APPROVERS'
  /** The referenced record does not exist in your organization. */
  | 'NOT_FOUND'
  /** Only the requester may withdraw the pending approval (cancel a pending request). */
  | 'NOT_REQUESTER'
  /** Only a draft request (new or returned for changes) can be submitted. */
  | 'NOT_SUBMITTABLE'
  /** A step of the matching approval rule resolves to nobody who may approve. */
  | 'NO_APPROVER'
  /** No exchange rate for the price's currency on or before today. */
  | 'NO_EXCHANGE_RATE'
  /** A line has no preferred supplier and no supplier has a price for its product and quantity. */
  | 'NO_SUPPLIER'
  /** A number is outside the allowed range, or too large to store (a quantity, price or computed total). */
  | 'OUT_OF_RANGE'
  /** No estimated unit price was given and no supplier has a price for the product and quantity. */
  | 'PRICE_REQUIRED'
  /** The product is deactivated. */
  | 'PRODUCT_INACTIVE'
  /** The approval was decided meanwhile; read the request again. */
  | 'REQUEST_NOT_PENDING'
  /** A required field is missing or empty. */
  | 'REQUIRED'
  /** The record changed since you read it (expectedVersion does not match); read it again and retry. */
  | 'STALE_VERSION'
  /** The supplier is deactivated. */
  | 'SUPPLIER_INACTIVE'
  /** A text is longer than the field allows. */
  | 'TOO_LONG'
  /** A request may have at most 100 lines. */
  | 'TOO_MANY';

/** A product to ask for. */
export type PurchaseRequestLineInput = {
  /** Currency of estimatedUnitPrice (default: the base currency); needs an exchange rate on or before today. */
  currency?: string | null | undefined;
  /** What exactly, at most 500 characters. */
  description?: string | null | undefined;
  /** Estimated price per unit, at most 6 decimals. Left out: the best price an active supplier (the preferred one, when given) has for the quantity, compared in the base currency. */
  estimatedUnitPrice?: string | null | undefined;
  /** When the goods are needed; today or later. */
  neededBy: string;
  /** The supplier to buy from; must be active. Left out: purchasing buys from the supplier with the best price. */
  preferredSupplierId?: string | number | null | undefined;
  /** The product; must be active. */
  productId: string | number;
  /** Quantity above zero, at most 4 decimals. */
  quantity: string;
};

/** One sort key for purchase requests. Ties are always broken by id, so pages are stable. */
export type PurchaseRequestOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: PurchaseRequestOrderField;
};

/** Fields purchase requests can be sorted by. */
export type PurchaseRequestOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Estimated total in the base currency. */
  | 'ESTIMATED_TOTAL'
  /** Request number. */
  | 'NUMBER';

/** Where a purchase request is in its life. */
export type PurchaseRequestStatus =
  /** Approved (or no approval policy applied); purchasing may convert it into purchase orders. */
  | 'APPROVED'
  /** Cancelled (a pending one by withdrawing its approval); final. */
  | 'CANCELLED'
  /** Turned into draft purchase orders; final. */
  | 'CONVERTED'
  /** Being written (or returned for changes by an approver); lines may change; may be submitted. */
  | 'DRAFT'
  /** Submitted; its approval (subject PURCHASE_REQUEST) waits for the approvers. */
  | 'PENDING_APPROVAL'
  /** An approver rejected it; final. */
  | 'REJECTED';

/** Conditions on a purchase request's status. */
export type PurchaseRequestStatusFilter = {
  /** Exactly this value. */
  equals?: PurchaseRequestStatus | null | undefined;
  /** Any of these values. */
  in?: Array<PurchaseRequestStatus> | null | undefined;
};

/** New description, notes and lines of a draft purchase request; they replace the old ones. */
export type PurchaseRequestUpdateInput = {
  /** What is asked for and why, at most 500 characters. */
  description: string;
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The draft request. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The products, 1 to 100. */
  lines: Array<PurchaseRequestLineInput>;
  /** Free text, at most 2000 characters. */
  notes?: string | null | undefined;
};

/** Filter for purchase requests. All given conditions must hold. */
export type PurchaseRequestWhere = {
  /** Conditions on the calendar day (UTC) the request was created. */
  createdDate?: DateFilter | null | undefined;
  /** Exactly this number. */
  number?: string | null | undefined;
  /** Only this employee's requests (the employee's global ID). */
  requesterId?: string | number | null | undefined;
  /** Conditions on the status. */
  status?: PurchaseRequestStatusFilter | null | undefined;
};

/** Turns an accepted quote into a draft sales order with the quoted lines and prices (once per quote). */
export type QuoteConvertInput = {
  /** The customer's reference, e.g. their purchase order number. */
  customerReference?: string | null | undefined;
  /** The quote's version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The internal (warehouse) location stock will be reserved from. */
  locationId?: string | number | null | undefined;
  /** The accepted quote. */
  quoteId: string | number;
  /** When the customer wants the goods (not before today). */
  requestedDeliveryDate?: string | null | undefined;
};

/** A new draft quote. */
export type QuoteCreateInput = {
  /** Quote currency; the customer's when left out. */
  currency?: string | null | undefined;
  /** The customer; must be active. */
  customerId: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** At least one line, at most 200; on update they replace the old lines. */
  lines: Array<QuoteLineInput>;
  /** Free text (at most 4000 characters); on update an empty string clears it. */
  notes?: string | null | undefined;
  /** Quote date; today (UTC) when left out. */
  quoteDate?: string | null | undefined;
  /** Last day the customer can accept; quote date + 30 days when left out. */
  validUntil?: string | null | undefined;
};

/** A quote line. */
export type QuoteLineInput = {
  /** Description; the product name when left out. */
  description?: string | null | undefined;
  /** Percent off the line, 0 to 100 (default 0). */
  discountPercent?: string | null | undefined;
  /** The product; must be active. */
  productId: string | number;
  /** Quantity above zero, at most 4 decimals. */
  quantity: string;
  /** Price per unit (at most 6 decimals); from the customer's price list, else the list price, when left out; a given price is recorded as overridden (price source MANUAL). */
  unitPrice?: string | null | undefined;
};

/** One sort key for quotes. Ties are always broken by id, so pages are stable. */
export type QuoteOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: QuoteOrderField;
};

/** Fields quotes can be sorted by. */
export type QuoteOrderField =
  /** Quote number. */
  | 'NUMBER'
  /** Quote date. */
  | 'QUOTE_DATE'
  /** Total amount (across currencies, by number only). */
  | 'TOTAL'
  /** Valid-until date. */
  | 'VALID_UNTIL';

/** Identifies a quote to send, accept or cancel. */
export type QuoteStateInput = {
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The quote. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Where a quote is in its life. EXPIRED is derived: a SENT quote reads (and filters) as EXPIRED from the day after its valid-until date (UTC). */
export type QuoteStatus =
  /** The customer accepted it while it was valid. */
  | 'ACCEPTED'
  /** Withdrawn before it was accepted. */
  | 'CANCELLED'
  /** Being prepared; lines may change. */
  | 'DRAFT'
  /** Sent, but its valid-until date has passed; it can no longer be accepted or cancelled. */
  | 'EXPIRED'
  /** Sent to the customer and still valid. */
  | 'SENT';

/** Conditions on a quote's status (EXPIRED and SENT follow the valid-until date as on the quote). */
export type QuoteStatusFilter = {
  /** Exactly this value. */
  equals?: QuoteStatus | null | undefined;
  /** Any of these values. */
  in?: Array<QuoteStatus> | null | undefined;
};

/** New lines (and optionally header fields) of a draft quote; the lines are re-priced. */
export type QuoteUpdateInput = {
  /** New currency; unchanged when left out. */
  currency?: string | null | undefined;
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The draft quote. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** At least one line, at most 200; on update they replace the old lines. */
  lines: Array<QuoteLineInput>;
  /** Free text (at most 4000 characters); on update an empty string clears it. */
  notes?: string | null | undefined;
  /** New quote date; unchanged when left out. */
  quoteDate?: string | null | undefined;
  /** New last day of validity; unchanged when left out. */
  validUntil?: string | null | undefined;
};

/** Filter for quotes. All given conditions must hold. */
export type QuoteWhere = {
  /** Only this customer's quotes (its global ID). */
  customerId?: string | number | null | undefined;
  /** Exactly this number. */
  number?: string | null | undefined;
  /** Conditions on the quote date. */
  quoteDate?: DateFilter | null | undefined;
  /** Conditions on the status. */
  status?: QuoteStatusFilter | null | undefined;
  /** Conditions on the valid-until date. */
  validUntil?: DateFilter | null | undefined;
};

/** What an API key may do. ADMIN may do everything in its organization. */
export type Role =
  /** The ledger, invoices, bills and payments; may read customers. */
  | 'ACCOUNTING'
  /** Everything, including API keys and the audit log. */
  | 'ADMIN'
  /** Self-service: own leave, expenses and approvals. */
  | 'EMPLOYEE'
  /** Departments, employees, leave and expenses. */
  | 'HR'
  /** Bills of materials, MRP and work orders. */
  | 'PRODUCTION'
  /** Suppliers, purchase requests, purchase orders and the supplier bills made from them. */
  | 'PURCHASING'
  /** Customers, contacts, quotes and sales orders. */
  | 'SALES'
  /** Stock, warehouses and shipments. */
  | 'WAREHOUSE';

/** Stable codes of Sales payload errors; new codes may be added, existing ones are never renamed. */
export type SalesErrorCode =
  /** The approvals engine refused (for example NO_APPROVER, NOT_REQUESTER, EMPLOYEE_NOT_ACTIVE); its code leads the message. */
  | 'APPROVAL_REFUSED'
  /** Another tax rate in the organization already uses this code. */
  | 'CODE_TAKEN'
  /** A returned sales order is sent for approval again with salesOrderConfirm, not resubmitted through the approvals engine. */
  | 'CONFIRM_REQUIRED'
  /** The customer's open receivables plus the order exceed the credit limit and no approval policy applies. */
  | 'CREDIT_LIMIT_EXCEEDED'
  /** The ledger refused the credit note for the returned goods, or for what a closed order invoiced and never delivered (for example CREDIT_EXCEEDS_DOCUMENT when other credit notes already credit the invoice); its code leads the message. */
  | 'CREDIT_REFUSED'
  /** The price list is in another currency than the one asked for. */
  | 'CURRENCY_MISMATCH'
  /** The customer is archived or merged and takes no new quotes or price lists. */
  | 'CUSTOMER_INACTIVE'
  /** Two price list items name the same product and minimum quantity. */
  | 'DUPLICATE_ITEM'
  /** A sales order needs at least one line. */
  | 'EMPTY_ORDER'
  /** A quote needs at least one line. */
  | 'EMPTY_QUOTE'
  /** The order line no longer holds the reserved stock the shipment takes (for example it was released in inventory). */
  | 'EXCEEDS_RESERVATION'
  /** The idempotency key was already used with a different input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** Not enough available stock (on hand less reserved) for the line at the order's location (for salesOrderReserve: none for any backordered line); nothing was reserved. */
  | 'INSUFFICIENT_STOCK'
  /** An amount, rate or quantity is not a valid decimal in the allowed range. */
  | 'INVALID_AMOUNT'
  /** A tax rate code may contain only letters, digits, ".", "_" and "-". */
  | 'INVALID_CODE'
  /** A country is not an ISO 3166-1 alpha-2 code. */
  | 'INVALID_COUNTRY'
  /** Not an ISO 4217 currency code. */
  | 'INVALID_CURRENCY'
  /** Not a calendar date in the form YYYY-MM-DD, or a date range that ends before it starts. */
  | 'INVALID_DATE'
  /** A value is not acceptable for this field. */
  | 'INVALID_INPUT'
  /** Stock is reserved from (and returns come back into) an active internal (warehouse) location. */
  | 'INVALID_LOCATION'
  /** An amount, rate or quantity has more decimal places than allowed. */
  | 'INVALID_SCALE'
  /** The order has stocked lines, so it needs the location stock is reserved from. */
  | 'LOCATION_REQUIRED'
  /** No stocked line of the order has a backordered quantity to reserve. */
  | 'NOTHING_BACKORDERED'
  /** No line of the order can be invoiced now: everything is invoiced, or (DELIVERED policy, or a closed order) nothing more has shipped. */
  | 'NOTHING_TO_INVOICE'
  /** No stocked line of the order holds reserved stock that is not already in a draft shipment. */
  | 'NOTHING_TO_SHIP'
  /** The order needs approval and the calling API key is not linked to an employee; name the requesterId. */
  | 'NOT_AN_EMPLOYEE'
  /** Only a draft or sent quote can be cancelled; a sales order only while draft, pending approval or confirmed and before anything shipped or was invoiced. */
  | 'NOT_CANCELLABLE'
  /** Only a confirmed sales order (confirmed, shipping, shipped, invoiced or paid) is closed; a draft or pending one is cancelled instead, a cancelled or closed one stays as it is. */
  | 'NOT_CLOSABLE'
  /** Only a draft quote can be changed or sent; only a draft sales order can be changed or confirmed. */
  | 'NOT_DRAFT'
  /** The referenced record does not exist in your organization. */
  | 'NOT_FOUND'
  /** Only a confirmed sales order (confirmed, shipping, shipped, invoiced, paid or closed) is invoiced. */
  | 'NOT_INVOICEABLE'
  /** The sales order is not pending approval. */
  | 'NOT_PENDING_APPROVAL'
  /** Only a sales order that shipped (partially shipped, shipped, invoiced, paid, or closed after shipping) takes returns. */
  | 'NOT_RETURNABLE'
  /** The order line is not a stocked product that shipped; services and unshipped lines cannot be returned. */
  | 'NOT_RETURNABLE_LINE'
  /** Only a sent quote can be accepted. */
  | 'NOT_SENT'
  /** Only a confirmed or partially shipped sales order ships (or reserves its backorders); a closed or cancelled one never does. */
  | 'NOT_SHIPPABLE'
  /** No exchange rate for the currency on or before the date, so the list price cannot be converted. */
  | 'NO_EXCHANGE_RATE'
  /** No fiscal period covers the posting date (today for a shipment's cost or a credit note, the invoice date for an invoice); nothing was written. */
  | 'NO_PERIOD'
  /** No ledger account is set for a role the posting needs (COST_OF_GOODS_SOLD or INVENTORY for shipments; RECEIVABLE, SALES or SALES_TAX for invoices). */
  | 'NO_POSTING_RULE'
  /** The sales order has draft returns (named in the message); receive or cancel them before closing it. */
  | 'OPEN_RETURNS'
  /** The sales order has draft shipments (named in the message); ship or cancel them before closing it. */
  | 'OPEN_SHIPMENTS'
  /** A number is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** More than the line can be invoiced now: ordered (ORDERED policy; services always) or shipped (DELIVERED policy, or a closed order) less returned, less what stays invoiced. */
  | 'OVER_INVOICING'
  /** More than the line can return: shipped less already returned less what its other draft returns take. */
  | 'OVER_RETURN'
  /** More than the line can ship: what is reserved for it less what its other draft shipments take. */
  | 'OVER_SHIPMENT'
  /** The fiscal period of the posting date (today for a shipment's cost or a credit note, the invoice date for an invoice) is closed or locked; nothing was written. */
  | 'PERIOD_CLOSED'
  /** The ledger refused the posting (of a shipment's cost or an invoice) for another reason (the message names the ledger code). */
  | 'POSTING_REFUSED'
  /** No unit price was given and neither a price list nor the product's list price gives one. */
  | 'PRICE_REQUIRED'
  /** The product is deactivated. */
  | 'PRODUCT_INACTIVE'
  /** The quote was already converted into a sales order. */
  | 'QUOTE_CONVERTED'
  /** The quote is past its valid-until date. */
  | 'QUOTE_EXPIRED'
  /** Only an accepted quote can be converted into a sales order. */
  | 'QUOTE_NOT_ACCEPTED'
  /** A required field is missing or empty. */
  | 'REQUIRED'
  /** The return was already received or cancelled; only a draft return is received or cancelled. */
  | 'RETURN_NOT_DRAFT'
  /** The shipment already shipped or was cancelled; only a draft shipment ships or is cancelled. */
  | 'SHIPMENT_NOT_DRAFT'
  /** The record changed since you read it (expectedVersion does not match); read it again and retry. */
  | 'STALE_VERSION'
  /** Inventory refused to issue a line for another reason; its code leads the message. */
  | 'STOCK_REFUSED'
  /** The tax rate is deactivated and cannot be assigned or made the default. */
  | 'TAX_RATE_INACTIVE'
  /** A text is longer than the field allows. */
  | 'TOO_LONG';

/** Cancels an order that has not shipped or been invoiced. */
export type SalesOrderCancelInput = {
  /** Why; recorded with the withdrawal of a pending approval and in the audit. */
  comment?: string | null | undefined;
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The order. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Closes a confirmed order short: the customer will not take what has not shipped. */
export type SalesOrderCloseInput = {
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The order. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Why the rest is not delivered (at most 500 characters); kept as the order's closeReason. */
  reason: string;
};

/** Confirms a draft order: reserves stock, checks credit and asks for approval where a policy applies. */
export type SalesOrderConfirmInput = {
  /** Reserve what is available and record the rest as backordered; by default a line short of stock fails the whole confirm with INSUFFICIENT_STOCK. */
  allowBackorder?: boolean | null | undefined;
  /** A note for the approvers. */
  comment?: string | null | undefined;
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The draft order. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The employee asking for approval if one is needed; the calling key's employee when left out. */
  requesterId?: string | number | null | undefined;
};

/** A new draft sales order. */
export type SalesOrderCreateInput = {
  /** Order currency; the customer's when left out. */
  currency?: string | null | undefined;
  /** The customer; must be active. */
  customerId: string | number;
  /** The customer's reference, e.g. their purchase order number (at most 100 characters). */
  customerReference?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** At least one line, at most 200; on update they replace the old lines and are re-priced. */
  lines: Array<SalesOrderLineInput>;
  /** The internal (warehouse) location stock is reserved from; needed to confirm stocked lines. */
  locationId?: string | number | null | undefined;
  /** Free text (at most 4000 characters); an empty string clears it. */
  notes?: string | null | undefined;
  /** Order date; today (UTC) when left out. */
  orderDate?: string | null | undefined;
  /** When the customer wants the goods (not before the order date). */
  requestedDeliveryDate?: string | null | undefined;
  /** Delivery address; the customer's shipping address when left out. */
  shippingAddress?: AddressInput | null | undefined;
};

/** A customer invoice for what can be invoiced of a sales order. */
export type SalesOrderInvoiceInput = {
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey: string;
  /** Issue and posting date; today when left out. The due date follows the customer's payment terms. */
  invoiceDate?: string | null | undefined;
  /** The lines and quantities to invoice; every line's quantityToInvoice when left out. */
  lines?: Array<SalesOrderInvoiceLineInput> | null | undefined;
  /** The sales order. */
  salesOrderId: string | number;
};

/** How much of one sales order line to invoice. */
export type SalesOrderInvoiceLineInput = {
  /** The order line's number. */
  lineNo: number;
  /** Quantity to invoice, above zero; at most the line's quantityToInvoice. */
  quantity: string;
};

/** How far a sales order is invoiced (next to its shipping-driven status). */
export type SalesOrderInvoiceStatus =
  /** Every line is invoiced for its full ordered quantity, less what came back in returns (net of their credit notes). */
  | 'INVOICED'
  /** Nothing is invoiced and nothing can be now (not confirmed, cancelled, or DELIVERED and nothing shipped). */
  | 'NOTHING_TO_INVOICE'
  /** Something is invoiced, not everything, and nothing more can be now (DELIVERED: waiting for shipments). */
  | 'PARTIALLY_INVOICED'
  /** Some line can be invoiced now (salesOrderInvoice would invoice something). */
  | 'TO_INVOICE';

/** A sales order line. */
export type SalesOrderLineInput = {
  /** Description; the product name when left out. */
  description?: string | null | undefined;
  /** Percent off the line, 0 to 100 (default 0). */
  discountPercent?: string | null | undefined;
  /** The product; must be active. */
  productId: string | number;
  /** Quantity above zero, at most 4 decimals. */
  quantity: string;
  /** Price per unit (at most 6 decimals); from the customer's price list, else the list price, when left out; a given price is recorded as overridden (price source MANUAL). */
  unitPrice?: string | null | undefined;
};

/** One sort key for sales orders. Ties are always broken by id, so pages are stable. */
export type SalesOrderOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: SalesOrderOrderField;
};

/** Fields sales orders can be sorted by. */
export type SalesOrderOrderField =
  /** Order number. */
  | 'NUMBER'
  /** Order date. */
  | 'ORDER_DATE'
  /** Requested delivery date. */
  | 'REQUESTED_DELIVERY_DATE'
  /** Total amount (across currencies, by number only). */
  | 'TOTAL';

/** A confirmed or partially shipped order whose backordered quantities to reserve again. */
export type SalesOrderReserveInput = {
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The order. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Where a sales order is in its life. */
export type SalesOrderStatus =
  /** Cancelled before anything shipped or was invoiced; its reservations were released. */
  | 'CANCELLED'
  /** Closed short with salesOrderClose: the customer takes nothing more than what shipped. Its reservations were released, backorders dropped, and what was invoiced beyond what it delivered credited (closeCreditNotes); it no longer ships, is invoiced for what shipped (services: ordered) whatever the invoice policy, and takes returns. Final: invoicing, payments and returns leave it CLOSED. */
  | 'CLOSED'
  /** Accepted: stock reserved (or backordered), ready to ship. */
  | 'CONFIRMED'
  /** Being prepared; lines may change. Also where a rejected, returned or withdrawn approval leaves it. */
  | 'DRAFT'
  /** Invoiced in full. */
  | 'INVOICED'
  /** The invoices are paid. */
  | 'PAID'
  /** A shipment has shipped, and some stocked line has not shipped its full quantity yet. */
  | 'PARTIALLY_SHIPPED'
  /** Confirmed by sales, waiting for an approval policy's approvers; its stock stays reserved. */
  | 'PENDING_APPROVAL'
  /** Every stocked line has shipped its full quantity (services never ship and do not hold it back). */
  | 'SHIPPED';

/** Conditions on a sales order's status. */
export type SalesOrderStatusFilter = {
  /** Exactly this value. */
  equals?: SalesOrderStatus | null | undefined;
  /** Any of these values. */
  in?: Array<SalesOrderStatus> | null | undefined;
};

/** New lines (and optionally header fields) of a draft sales order; the lines are re-priced. */
export type SalesOrderUpdateInput = {
  /** New currency; unchanged when left out. */
  currency?: string | null | undefined;
  /** The customer's reference, e.g. their purchase order number (at most 100 characters); unchanged when left out. */
  customerReference?: string | null | undefined;
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The draft order. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** At least one line, at most 200; on update they replace the old lines and are re-priced. */
  lines: Array<SalesOrderLineInput>;
  /** The internal (warehouse) location stock is reserved from; needed to confirm stocked lines; unchanged when left out. */
  locationId?: string | number | null | undefined;
  /** Free text (at most 4000 characters); unchanged when left out; an empty string clears it. */
  notes?: string | null | undefined;
  /** New order date; unchanged when left out. */
  orderDate?: string | null | undefined;
  /** When the customer wants the goods (not before the order date); unchanged when left out. */
  requestedDeliveryDate?: string | null | undefined;
  /** New delivery address; unchanged when left out. */
  shippingAddress?: AddressInput | null | undefined;
};

/** Filter for sales orders. All given conditions must hold. */
export type SalesOrderWhere = {
  /** Only this customer's orders (its global ID). */
  customerId?: string | number | null | undefined;
  /** Exactly this number. */
  number?: string | null | undefined;
  /** Conditions on the order date. */
  orderDate?: DateFilter | null | undefined;
  /** Conditions on the status. */
  status?: SalesOrderStatusFilter | null | undefined;
};

/** A new draft return of goods shipped with a sales order. */
export type SalesReturnCreateInput = {
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey: string;
  /** What comes back; at least one line. */
  lines: Array<SalesReturnLineInput>;
  /** The active internal location the goods come back into; the order's location when left out. */
  locationId?: string | number | null | undefined;
  /** Why the customer sends the goods back (at most 500 characters). */
  reason: string;
  /** The day the return was agreed; today when left out. */
  returnDate?: string | null | undefined;
  /** The sales order the goods shipped with. */
  salesOrderId: string | number;
};

/** How much of one sales order line comes back. */
export type SalesReturnLineInput = {
  /** The sales order line's number (lineNo); a stocked line that shipped. */
  lineNo: number;
  /** Above zero, at most 4 decimals, at most what the line can return (shipped less returned less its other draft returns). */
  quantity: string;
};

/** One sort key for sales returns. Ties are always broken by id, so pages are stable. */
export type SalesReturnOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: SalesReturnOrderField;
};

/** Fields sales returns can be sorted by. */
export type SalesReturnOrderField =
  /** Return number. */
  | 'NUMBER'
  /** When it was received (not yet received last in ascending order). */
  | 'RECEIVED_AT'
  /** Return date. */
  | 'RETURN_DATE';

/** The sales return a state change applies to. */
export type SalesReturnStateInput = {
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The sales return. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Where a sales return is in its life. */
export type SalesReturnStatus =
  /** Dropped before the goods came back; its quantities can be returned in another return. */
  | 'CANCELLED'
  /** Announced: the customer is sending the goods back; nothing has moved or been credited yet. */
  | 'DRAFT'
  /** Back in stock at their issue cost, and what was invoiced for them credited. */
  | 'RECEIVED';

/** Conditions on a sales return's status. */
export type SalesReturnStatusFilter = {
  /** Exactly this value. */
  equals?: SalesReturnStatus | null | undefined;
  /** Any of these values. */
  in?: Array<SalesReturnStatus> | null | undefined;
};

/** Filter for sales returns. All given conditions must hold. */
export type SalesReturnWhere = {
  /** Conditions on when it was received (drafts and cancelled returns never match). */
  receivedAt?: DateTimeFilter | null | undefined;
  /** Conditions on the return date. */
  returnDate?: DateFilter | null | undefined;
  /** Only this sales order's returns (its global ID). */
  salesOrderId?: string | number | null | undefined;
  /** Conditions on the status. */
  status?: SalesReturnStatusFilter | null | undefined;
};

/** A new draft shipment of a confirmed or partially shipped sales order. */
export type ShipmentCreateInput = {
  /** Who carries it (at most 100 characters). */
  carrier?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** What to ship; when left out every stocked line ships all it can (reserved less its other draft shipments). Services never ship. */
  lines?: Array<ShipmentLineInput> | null | undefined;
  /** Free text (at most 4000 characters). */
  notes?: string | null | undefined;
  /** When it is planned to go. */
  plannedDate?: string | null | undefined;
  /** The sales order. */
  salesOrderId: string | number;
  /** The carrier's tracking number (at most 100 characters). */
  trackingReference?: string | null | undefined;
};

/** How much of one sales order line to ship. */
export type ShipmentLineInput = {
  /** The sales order line's number (lineNo). */
  lineNo: number;
  /** Above zero, at most 4 decimals, at most what the line can ship (reserved less its other draft shipments). */
  quantity: string;
};

/** The shipment a state change applies to. */
export type ShipmentStateInput = {
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The shipment. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Where a shipment is in its life. */
export type ShipmentStatus =
  /** Dropped before it shipped (or with its cancelled order); its quantities can ship in another shipment. */
  | 'CANCELLED'
  /** Prepared: its quantities are set aside from the order's reserved stock, nothing has moved yet. */
  | 'DRAFT'
  /** Gone to the customer: the stock was issued at its cost and the cost of goods sold posted. */
  | 'SHIPPED';

/** Conditions on a shipment's status. */
export type ShipmentStatusFilter = {
  /** Exactly this value. */
  equals?: ShipmentStatus | null | undefined;
  /** Any of these values. */
  in?: Array<ShipmentStatus> | null | undefined;
};

/** Filter for shipments. All given conditions must hold. */
export type ShipmentWhere = {
  /** Conditions on the planned date. */
  plannedDate?: DateFilter | null | undefined;
  /** Only this sales order's shipments (its global ID). */
  salesOrderId?: string | number | null | undefined;
  /** Conditions on when it shipped (drafts and cancelled shipments never match). */
  shippedAt?: DateTimeFilter | null | undefined;
  /** Conditions on the status. */
  status?: ShipmentStatusFilter | null | undefined;
};

/** A correction of on hand in a warehouse location, with a reason. */
export type StockAdjustInput = {
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The warehouse location. */
  locationId: string | number;
  /** The product. */
  productId: string | number;
  /** Signed change of on hand, not zero, at most 4 decimals: positive for stock found, negative for stock lost. */
  quantity: string;
  /** Why, at most 500 characters. */
  reason: string;
  /** The source document, if any. */
  reference?: DocumentReferenceInput | null | undefined;
  /** Cost per unit of found stock in the base currency (default: the current average cost). Not allowed with a negative quantity. */
  unitCost?: string | null | undefined;
};

/** Issue reserved stock for its demand (on shipment or on issue to production). */
export type StockConsumeInput = {
  /** The demand (document type, id and optional line). */
  demand: DocumentReferenceInput;
  /** Where the goods go (default CUSTOMER). */
  destination?: ConsumeDestination | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The warehouse location. */
  locationId: string | number;
  /** The product (not a service; MOVING_AVERAGE costing). */
  productId: string | number;
  /** Quantity above zero, at most 4 decimals, at most what is reserved for the demand. */
  quantity: string;
};

/** Goods issued (shipped) from a warehouse location to a customer. */
export type StockIssueInput = {
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The warehouse location the goods leave. */
  locationId: string | number;
  /** The product. */
  productId: string | number;
  /** Quantity above zero in the product's unit of measure, at most 4 decimals. At most the available quantity unless the product allows negative stock. */
  quantity: string;
  /** The source document (a delivery, a sales order line, ...). */
  reference?: DocumentReferenceInput | null | undefined;
};

/** Filter for stock levels. All given conditions must hold. */
export type StockLevelWhere = {
  /** Only this exact location. */
  locationId?: string | number | null | undefined;
  /** true: only levels with something on hand or reserved. */
  nonZero?: boolean | null | undefined;
  /** Only this product (stock by product across locations). */
  productId?: string | number | null | undefined;
  /** Only locations of this warehouse. */
  warehouseId?: string | number | null | undefined;
  /** Only this location and every bin below it (stock by location, including child bins). */
  within?: string | number | null | undefined;
};

/** The operation a stock move belongs to. */
export type StockMoveKind =
  /** Between the ADJUSTMENT location and a warehouse location (stockAdjust, cycle counts). */
  | 'ADJUSTMENT'
  /** From a warehouse location to the CUSTOMER location (stockIssue). */
  | 'ISSUE'
  /** From the SUPPLIER location into a warehouse location (stockReceive). */
  | 'RECEIPT'
  /** From a warehouse location to the SCRAP location (stockScrap). */
  | 'SCRAP'
  /** Between two warehouse locations (stockTransfer). */
  | 'TRANSFER';

/** Conditions on the kind of operation. */
export type StockMoveKindFilter = {
  /** Exactly this value. */
  equals?: StockMoveKind | null | undefined;
  /** Any of these values. */
  in?: Array<StockMoveKind> | null | undefined;
};

/** Lifecycle of a stock move. DONE moves are never changed or deleted; corrections are new moves. */
export type StockMoveState =
  /** Planned but called off; never affected stock. */
  | 'CANCELLED'
  /** Took effect: stock levels changed in the same transaction. */
  | 'DONE'
  /** Planned; does not affect stock yet. */
  | 'DRAFT';

/** Conditions on the move state. */
export type StockMoveStateFilter = {
  /** Exactly this value. */
  equals?: StockMoveState | null | undefined;
  /** Any of these values. */
  in?: Array<StockMoveState> | null | undefined;
};

/** Filter for stock moves. All given conditions must hold; use OR and NOT for alternatives. */
export type StockMoveWhere = {
  /** All of these filters hold. */
  AND?: Array<StockMoveWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: StockMoveWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<StockMoveWhere> | null | undefined;
  /** Conditions on when the move took effect. */
  doneAt?: DateTimeFilter | null | undefined;
  /** Conditions on the operation. */
  kind?: StockMoveKindFilter | null | undefined;
  /** Only moves into or out of this exact location. */
  locationId?: string | number | null | undefined;
  /** Only moves of this product. */
  productId?: string | number | null | undefined;
  /** Only moves of the source document with this id (exact). */
  referenceId?: string | null | undefined;
  /** Only moves of source documents of this type (exact). */
  referenceType?: string | null | undefined;
  /** Conditions on the state. */
  state?: StockMoveStateFilter | null | undefined;
};

/** Goods received from a supplier into a warehouse location. */
export type StockReceiveInput = {
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The warehouse location receiving the goods. */
  locationId: string | number;
  /** The product (not a service; MOVING_AVERAGE costing). */
  productId: string | number;
  /** Quantity above zero in the product's unit of measure, at most 4 decimals. */
  quantity: string;
  /** The source document (a purchase order line, a delivery note, ...). */
  reference?: DocumentReferenceInput | null | undefined;
  /** Cost per unit in the base currency, zero or more, at most 6 decimals; recomputes the moving average. */
  unitCost: string;
};

/** Release stock reserved for a demand. */
export type StockReleaseInput = {
  /** The demand (document type, id and optional line). */
  demand: DocumentReferenceInput;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The warehouse location. */
  locationId: string | number;
  /** The product (not a service; MOVING_AVERAGE costing). */
  productId: string | number;
  /** Quantity to release, above zero, at most what is reserved (default: all of it). */
  quantity?: string | null | undefined;
};

/** Filter for stock reservations. All given conditions must hold. */
export type StockReservationWhere = {
  /** Only reservations for the demand with this id (exact). */
  demandId?: string | null | undefined;
  /** Only reservations for demands of this type (exact). */
  demandType?: string | null | undefined;
  /** Only reservations in this exact location. */
  locationId?: string | number | null | undefined;
  /** true: only reservations with something still reserved; false: only fully released or consumed ones. */
  open?: boolean | null | undefined;
  /** Only reservations of this product. */
  productId?: string | number | null | undefined;
};

/** Reserve available stock for a demand. */
export type StockReserveInput = {
  /** The demand (document type, id and optional line). */
  demand: DocumentReferenceInput;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The warehouse location. */
  locationId: string | number;
  /** The product (not a service; MOVING_AVERAGE costing). */
  productId: string | number;
  /** Quantity above zero, at most 4 decimals, at most what is available unless the product allows negative stock. */
  quantity: string;
};

/** Goods written off from a warehouse location to scrap. */
export type StockScrapInput = {
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The warehouse location the goods leave. */
  locationId: string | number;
  /** The product. */
  productId: string | number;
  /** Quantity above zero in the product's unit of measure, at most 4 decimals. At most the available quantity unless the product allows negative stock. */
  quantity: string;
  /** Why, at most 500 characters. */
  reason?: string | null | undefined;
  /** The source document, if any. */
  reference?: DocumentReferenceInput | null | undefined;
};

/** Goods moved between two warehouse locations (in one warehouse or between warehouses). */
export type StockTransferInput = {
  /** The warehouse location the goods leave. */
  fromLocationId: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The product. */
  productId: string | number;
  /** Quantity above zero in the product's unit of measure, at most 4 decimals. At most the available quantity unless the product allows negative stock. */
  quantity: string;
  /** The source document, if any. */
  reference?: DocumentReferenceInput | null | undefined;
  /** The warehouse location the goods go to; must differ from fromLocationId. */
  toLocationId: string | number;
};

/** Conditions on a text field. `contains` and `startsWith` ignore case; `equals` and `in` are exact. */
export type StringFilter = {
  /** Contains this text, ignoring case. */
  contains?: string | null | undefined;
  /** Exactly this value. */
  equals?: string | null | undefined;
  /** Any of these values. */
  in?: Array<string> | null | undefined;
  /** Starts with this text, ignoring case. */
  startsWith?: string | null | undefined;
};

/** Conditions on a list of texts such as tags (exact, case-sensitive values). */
export type StringListFilter = {
  /** The list contains this value. */
  has?: string | null | undefined;
  /** The list contains all of these values. */
  hasEvery?: Array<string> | null | undefined;
  /** The list contains at least one of these values. */
  hasSome?: Array<string> | null | undefined;
};

/** A new draft supplier bill. */
export type SupplierBillCreateInput = {
  /** Document currency; the partner's currency when left out. */
  currency?: string | null | undefined;
  /** Due date; the issue date plus the partner's payment terms when left out. */
  dueDate?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Issue date, also the posting date. */
  issueDate: string;
  /** At least one line, at most 200. */
  lines: Array<InvoiceLineInput>;
  /** Free text (at most 1000 characters). */
  memo?: string | null | undefined;
  /** External reference (at most 100 characters). */
  reference?: string | null | undefined;
  /** The supplier who billed; must be active. */
  supplierId: string | number;
};

/** A supplier bill for what was received of a purchase order. */
export type SupplierBillFromPurchaseOrderInput = {
  /** Bill (issue and posting) date; decides the exchange rate. Today when left out. */
  billDate?: string | null | undefined;
  /** When payment is due; the bill date plus the supplier's payment terms when left out. */
  dueDate?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey: string;
  /** The lines and quantities to bill; every line's received but not billed quantity when left out. */
  lines?: Array<SupplierBillFromPurchaseOrderLineInput> | null | undefined;
  /** The purchase order. */
  purchaseOrderId: string | number;
  /** The supplier's invoice number (at most 100 characters); the bill's reference. */
  supplierReference: string;
};

/** How much of one purchase order line to bill. */
export type SupplierBillFromPurchaseOrderLineInput = {
  /** The order line's number. */
  lineNo: number;
  /** Quantity to bill, above zero; at most what is received and not billed yet. */
  quantity: string;
};

/** Identifies the draft supplier bill to post. */
export type SupplierBillPostInput = {
  /** The draft supplier bill to post. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** New header and lines of a draft supplier bill; they replace the old ones. Posted documents never change. */
export type SupplierBillUpdateInput = {
  /** Document currency; the partner's currency when left out. */
  currency?: string | null | undefined;
  /** Due date; the issue date plus the partner's payment terms when left out. */
  dueDate?: string | null | undefined;
  /** The version you last read. If the document changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The draft supplier bill. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Issue date, also the posting date. */
  issueDate: string;
  /** At least one line, at most 200. */
  lines: Array<InvoiceLineInput>;
  /** Free text (at most 1000 characters). */
  memo?: string | null | undefined;
  /** External reference (at most 100 characters). */
  reference?: string | null | undefined;
};

/** Voids a supplier bill. A posted one is reversed in the ledger; refused while anything is allocated to or from it. */
export type SupplierBillVoidInput = {
  /** Date of the reversing entry; the document's own date when left out. */
  date?: string | null | undefined;
  /** The supplier bill. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** A new supplier. */
export type SupplierCreateInput = {
  /** Postal address. */
  address?: AddressInput | null | undefined;
  /** Supplier code, unique in the organization ignoring case; letters, digits, ".", "_", "-", at most 32. Generated (SUP-00001, ...) when omitted. */
  code?: string | null | undefined;
  /** ISO 4217 currency the supplier bills in (default: the organization's base currency). */
  currency?: string | null | undefined;
  /** Main email address. */
  email?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name, at most 200 characters. */
  name: string;
  /** Days until bills are due, 0 to 365 (default 30). */
  paymentTermsDays?: number | null | undefined;
  /** Main phone number. */
  phone?: string | null | undefined;
  /** Tax or VAT identification number. */
  taxId?: string | null | undefined;
};

/** Stable codes of Supplier payload errors; new codes may be added, existing ones are never renamed. */
export type SupplierErrorCode =
  /** The supplier is already active. */
  | 'ALREADY_ACTIVE'
  /** The supplier is already inactive. */
  | 'ALREADY_INACTIVE'
  /** Another supplier in the organization already uses this code. */
  | 'CODE_TAKEN'
  /** The idempotency key was already used with a different input. */
  | 'IDEMPOTENCY_CONFLICT'
  /** A supplier code may contain only letters, digits, ".", "_" and "-". */
  | 'INVALID_CODE'
  /** Not an ISO 3166-1 alpha-2 country code. */
  | 'INVALID_COUNTRY'
  /** Not an ISO 4217 currency code. */
  | 'INVALID_CURRENCY'
  /** Not a valid email address. */
  | 'INVALID_EMAIL'
  /** The referenced record does not exist in your organization. */
  | 'NOT_FOUND'
  /** A number is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** A required field is missing or empty. */
  | 'REQUIRED'
  /** The record changed since you read it (expectedVersion does not match); read it again and retry. */
  | 'STALE_VERSION'
  /** Other records (bills, payments) reference the supplier, so it cannot be deleted; deactivate it instead. */
  | 'SUPPLIER_IN_USE'
  /** A text is longer than the field allows. */
  | 'TOO_LONG';

/** One sort key for suppliers. Ties are always broken by id, so pages are stable. */
export type SupplierOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: SupplierOrderField;
};

/** Fields suppliers can be sorted by. */
export type SupplierOrderField =
  /** Supplier code. */
  | 'CODE'
  /** Creation time. */
  | 'CREATED_AT'
  /** Display name. */
  | 'NAME'
  /** Last change. */
  | 'UPDATED_AT';

/** Identifies a supplier price to delete. */
export type SupplierPriceDeleteInput = {
  /** The price's id. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** A supplier's price for a product from a minimum quantity on; replaces the price with the same supplier, product and minimum quantity. */
export type SupplierPriceSetInput = {
  /** Currency; the supplier's when left out. */
  currency?: string | null | undefined;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Days from order to delivery, 0 to 3650. */
  leadTimeDays?: number | null | undefined;
  /** From this quantity on (default 0). */
  minQuantity?: string | null | undefined;
  /** Unit price, zero or more, at most 6 decimals. */
  price: string;
  /** The product. */
  productId: string | number;
  /** The supplier. */
  supplierId: string | number;
  /** The supplier's article number (at most 100 characters). */
  supplierSku?: string | null | undefined;
};

/** Identifies a supplier for deactivate, activate or delete. */
export type SupplierStateInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The supplier. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** Changes to a supplier. Omitted fields stay as they are; null clears an optional field. */
export type SupplierUpdateInput = {
  /** Postal address. null clears it. */
  address?: AddressInput | null | undefined;
  /** New supplier code, unique in the organization ignoring case; letters, digits, ".", "_", "-", at most 32. Cannot be cleared. */
  code?: string | null | undefined;
  /** ISO 4217 currency the supplier bills in. Cannot be cleared. */
  currency?: string | null | undefined;
  /** Main email address. null clears it. */
  email?: string | null | undefined;
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The supplier to change. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name, at most 200 characters. */
  name?: string | null | undefined;
  /** Days until bills are due, 0 to 365. */
  paymentTermsDays?: number | null | undefined;
  /** Main phone number. null clears it. */
  phone?: string | null | undefined;
  /** Tax or VAT identification number. null clears it. */
  taxId?: string | null | undefined;
};

/** Filter for suppliers. All given conditions must hold; use OR and NOT for alternatives. */
export type SupplierWhere = {
  /** All of these filters hold. */
  AND?: Array<SupplierWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: SupplierWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<SupplierWhere> | null | undefined;
  /** Conditions on the code. */
  code?: StringFilter | null | undefined;
  /** Conditions on the creation time. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the currency code. */
  currency?: StringFilter | null | undefined;
  /** Conditions on the email address. */
  email?: StringFilter | null | undefined;
  /** Only active (true) or only inactive (false) suppliers. */
  isActive?: boolean | null | undefined;
  /** Conditions on the name. */
  name?: StringFilter | null | undefined;
  /** Matches name, code or email containing this text, ignoring case. */
  search?: string | null | undefined;
  /** Conditions on the last change. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** A new tax rate. */
export type TaxRateCreateInput = {
  /** Short key (letters, digits, ".", "_", "-"; at most 30), unique ignoring case. */
  code: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Make this the organization's default rate (the previous default stops being one). */
  isDefault?: boolean | null | undefined;
  /** Display name (at most 200 characters). */
  name: string;
  /** True when prices of products with this rate include the tax (default false). */
  priceIncludesTax?: boolean | null | undefined;
  /** Percent, 0 to 100, at most 4 decimals. */
  rate: string;
};

/** Changes to a tax rate; fields left out stay as they are. Lines already priced keep their percent. */
export type TaxRateUpdateInput = {
  /** The version you last read; STALE_VERSION when it changed since. */
  expectedVersion?: number | null | undefined;
  /** The tax rate. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** False deactivates the rate (it also stops being the default). */
  isActive?: boolean | null | undefined;
  /** True makes it the default; false removes the mark. */
  isDefault?: boolean | null | undefined;
  /** New display name. */
  name?: string | null | undefined;
  /** Whether prices include the tax. */
  priceIncludesTax?: boolean | null | undefined;
  /** New percent, 0 to 100. */
  rate?: string | null | undefined;
};

/** Filter for tax rates. */
export type TaxRateWhere = {
  /** Only active (true) or deactivated (false) rates. */
  isActive?: boolean | null | undefined;
};

/** A new warehouse; its root stock location (code STOCK) is created with it. */
export type WarehouseCreateInput = {
  /** Code, unique in the organization ignoring case; letters, digits, ".", "_", "/", "-", at most 16. */
  code: string;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Display name, at most 200 characters. */
  name: string;
};

/** Identifies a warehouse to delete. */
export type WarehouseDeleteInput = {
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The warehouse. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** One sort key for warehouses. Ties are always broken by id, so pages are stable. */
export type WarehouseOrderBy = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: WarehouseOrderField;
};

/** Fields warehouses can be sorted by. */
export type WarehouseOrderField =
  /** Warehouse code. */
  | 'CODE'
  /** Display name. */
  | 'NAME';

/** Changes to a warehouse. Omitted fields stay as they are. */
export type WarehouseUpdateInput = {
  /** New code, unique in the organization ignoring case. Cannot be cleared. */
  code?: string | null | undefined;
  /** The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** The warehouse to change. */
  id: string | number;
  /** Any string unique to this intent (for example a UUID). Repeating the call with the same key and input returns the first result and changes nothing; the same key with a different input fails with IDEMPOTENCY_CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** New display name. Cannot be cleared. */
  name?: string | null | undefined;
};

/** Filter for warehouses. All given conditions must hold; use OR and NOT for alternatives. */
export type WarehouseWhere = {
  /** All of these filters hold. */
  AND?: Array<WarehouseWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: WarehouseWhere | null | undefined;
  /** At least one of these filters holds. */
  OR?: Array<WarehouseWhere> | null | undefined;
  /** Conditions on the code. */
  code?: StringFilter | null | undefined;
  /** Conditions on the name. */
  name?: StringFilter | null | undefined;
  /** Matches code or name containing this text, ignoring case. */
  search?: string | null | undefined;
};

export type ApprovalErrorFieldsFragment = { code: ApprovalErrorCode, message: string, field: Array<string> | null };

export type ApproverDefinitionFieldsFragment = { kind: ApproverKind, level: number | null, role: Role | null, employeeId: string | null };

export type ApprovalPolicyFieldsFragment = { id: string, subjectType: string, name: string, version: number, createdAt: string, updatedAt: string, rules: Array<{ name: string, conditions: Array<{ fact: ApprovalFact, operator: ApprovalConditionOperator, values: Array<string> }>, steps: Array<{ name: string, mode: ApprovalMode, requiredCount: number | null, slaHours: number | null, approvers: Array<{ kind: ApproverKind, level: number | null, role: Role | null, employeeId: string | null }>, escalateTo: Array<{ kind: ApproverKind, level: number | null, role: Role | null, employeeId: string | null }> | null }> }> };

export type ApprovalRequestSummaryFieldsFragment = { id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null };

export type ApprovalRequestFieldsFragment = { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null };

export type ApprovalDelegationFieldsFragment = { id: string, status: DelegationStatus, startsOn: string, endsOn: string, createdAt: string, cancelledAt: string | null, delegator: { id: string, code: string, name: string }, delegate: { id: string, code: string, name: string } };

export type ApprovalSubjectTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalSubjectTypesQuery = { approvalSubjectTypes: Array<string> };

export type ApprovalPoliciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  subjectType?: string | null | undefined;
}>;


export type ApprovalPoliciesQuery = { approvalPolicies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, subjectType: string, name: string, version: number, createdAt: string, updatedAt: string, rules: Array<{ name: string, conditions: Array<{ fact: ApprovalFact, operator: ApprovalConditionOperator, values: Array<string> }>, steps: Array<{ name: string, mode: ApprovalMode, requiredCount: number | null, slaHours: number | null, approvers: Array<{ kind: ApproverKind, level: number | null, role: Role | null, employeeId: string | null }>, escalateTo: Array<{ kind: ApproverKind, level: number | null, role: Role | null, employeeId: string | null }> | null }> }> }> } };

export type ApprovalRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalRequestQuery = { approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null };

export type ApprovalRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: ApprovalRequestWhere | null | undefined;
}>;


export type ApprovalRequestsQuery = { approvalRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null }> } };

export type MyApprovalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: MyApprovalsWhere | null | undefined;
}>;


export type MyApprovalsQuery = { myApprovals: { totalCount: number, counts: { pendingOnMe: number, decidedByMe: number, requestedByMe: number }, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null }> } };

export type DelegationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: DelegationWhere | null | undefined;
}>;


export type DelegationsQuery = { delegations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, status: DelegationStatus, startsOn: string, endsOn: string, createdAt: string, cancelledAt: string | null, delegator: { id: string, code: string, name: string }, delegate: { id: string, code: string, name: string } }> } };

export type ApprovalPolicyCreateMutationVariables = Exact<{
  input: ApprovalPolicyCreateInput;
}>;


export type ApprovalPolicyCreateMutation = { approvalPolicyCreate: { approvalPolicy: { id: string, subjectType: string, name: string, version: number, createdAt: string, updatedAt: string, rules: Array<{ name: string, conditions: Array<{ fact: ApprovalFact, operator: ApprovalConditionOperator, values: Array<string> }>, steps: Array<{ name: string, mode: ApprovalMode, requiredCount: number | null, slaHours: number | null, approvers: Array<{ kind: ApproverKind, level: number | null, role: Role | null, employeeId: string | null }>, escalateTo: Array<{ kind: ApproverKind, level: number | null, role: Role | null, employeeId: string | null }> | null }> }> } | null, errors: Array<{ code: ApprovalErrorCode, message: string, field: Array<string> | null }> } };

export type ApprovalPolicyUpdateMutationVariables = Exact<{
  input: ApprovalPolicyUpdateInput;
}>;


export type ApprovalPolicyUpdateMutation = { approvalPolicyUpdate: { approvalPolicy: { id: string, subjectType: string, name: string, version: number, createdAt: string, updatedAt: string, rules: Array<{ name: string, conditions: Array<{ fact: ApprovalFact, operator: ApprovalConditionOperator, values: Array<string> }>, steps: Array<{ name: string, mode: ApprovalMode, requiredCount: number | null, slaHours: number | null, approvers: Array<{ kind: ApproverKind, level: number | null, role: Role | null, employeeId: string | null }>, escalateTo: Array<{ kind: ApproverKind, level: number | null, role: Role | null, employeeId: string | null }> | null }> }> } | null, errors: Array<{ code: ApprovalErrorCode, message: string, field: Array<string> | null }> } };

export type ApprovalRequestApproveMutationVariables = Exact<{
  input: ApprovalDecisionInput;
}>;


export type ApprovalRequestApproveMutation = { approvalRequestApprove: { approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, errors: Array<{ code: ApprovalErrorCode, message: string, field: Array<string> | null }> } };

export type ApprovalRequestRejectMutationVariables = Exact<{
  input: ApprovalDecisionInput;
}>;


export type ApprovalRequestRejectMutation = { approvalRequestReject: { approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, errors: Array<{ code: ApprovalErrorCode, message: string, field: Array<string> | null }> } };

export type ApprovalRequestReturnMutationVariables = Exact<{
  input: ApprovalDecisionInput;
}>;


export type ApprovalRequestReturnMutation = { approvalRequestReturn: { approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, errors: Array<{ code: ApprovalErrorCode, message: string, field: Array<string> | null }> } };

export type ApprovalRequestWithdrawMutationVariables = Exact<{
  input: ApprovalRequestActionInput;
}>;


export type ApprovalRequestWithdrawMutation = { approvalRequestWithdraw: { approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, errors: Array<{ code: ApprovalErrorCode, message: string, field: Array<string> | null }> } };

export type ApprovalRequestResubmitMutationVariables = Exact<{
  input: ApprovalRequestActionInput;
}>;


export type ApprovalRequestResubmitMutation = { approvalRequestResubmit: { approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, errors: Array<{ code: ApprovalErrorCode, message: string, field: Array<string> | null }> } };

export type ApprovalRequestReassignMutationVariables = Exact<{
  input: ApprovalReassignInput;
}>;


export type ApprovalRequestReassignMutation = { approvalRequestReassign: { approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, errors: Array<{ code: ApprovalErrorCode, message: string, field: Array<string> | null }> } };

export type DelegationCreateMutationVariables = Exact<{
  input: DelegationCreateInput;
}>;


export type DelegationCreateMutation = { delegationCreate: { delegation: { id: string, status: DelegationStatus, startsOn: string, endsOn: string, createdAt: string, cancelledAt: string | null, delegator: { id: string, code: string, name: string }, delegate: { id: string, code: string, name: string } } | null, errors: Array<{ code: ApprovalErrorCode, message: string, field: Array<string> | null }> } };

export type DelegationCancelMutationVariables = Exact<{
  input: DelegationCancelInput;
}>;


export type DelegationCancelMutation = { delegationCancel: { delegation: { id: string, status: DelegationStatus, startsOn: string, endsOn: string, createdAt: string, cancelledAt: string | null, delegator: { id: string, code: string, name: string }, delegate: { id: string, code: string, name: string } } | null, errors: Array<{ code: ApprovalErrorCode, message: string, field: Array<string> | null }> } };

export type ApprovalsEscalateOverdueMutationVariables = Exact<{ [key: string]: never; }>;


export type ApprovalsEscalateOverdueMutation = { approvalsEscalateOverdue: { escalatedCount: number | null, errors: Array<{ code: ApprovalErrorCode, message: string, field: Array<string> | null }> } };

export type ContactFieldsFragment = { id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } };

export type ContactQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactQuery = { contact: { id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } } | null };

export type ContactCreateMutationVariables = Exact<{
  input: ContactCreateInput;
}>;


export type ContactCreateMutation = { contactCreate: { contact: { id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } } | null, customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type ContactUpdateMutationVariables = Exact<{
  input: ContactUpdateInput;
}>;


export type ContactUpdateMutation = { contactUpdate: { contact: { id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } } | null, customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type ContactSetPrimaryMutationVariables = Exact<{
  input: ContactIdInput;
}>;


export type ContactSetPrimaryMutation = { contactSetPrimary: { contact: { id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } } | null, customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type ContactDeleteMutationVariables = Exact<{
  input: ContactIdInput;
}>;


export type ContactDeleteMutation = { contactDelete: { deletedContactId: string | null, customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type AddressFieldsFragment = { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null };

export type CustomerFieldsFragment = { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null };

export type CustomerErrorFieldsFragment = { code: CustomerErrorCode, message: string, field: Array<string> | null };

export type CustomerQueryVariables = Exact<{
  id: string | number;
  contactsFirst?: number | null | undefined;
}>;


export type CustomerQuery = { customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, contacts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } }> }, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null };

export type CustomersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: CustomerWhere | null | undefined;
  orderBy?: Array<CustomerOrderBy> | CustomerOrderBy | null | undefined;
}>;


export type CustomersQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null }> } };

export type CustomerCreateMutationVariables = Exact<{
  input: CustomerCreateInput;
}>;


export type CustomerCreateMutation = { customerCreate: { customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerUpdateMutationVariables = Exact<{
  input: CustomerUpdateInput;
}>;


export type CustomerUpdateMutation = { customerUpdate: { customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerArchiveMutationVariables = Exact<{
  input: CustomerStateInput;
}>;


export type CustomerArchiveMutation = { customerArchive: { customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerRestoreMutationVariables = Exact<{
  input: CustomerStateInput;
}>;


export type CustomerRestoreMutation = { customerRestore: { customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerDeleteMutationVariables = Exact<{
  input: CustomerStateInput;
}>;


export type CustomerDeleteMutation = { customerDelete: { deletedCustomerId: string | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerMergeMutationVariables = Exact<{
  input: CustomerMergeInput;
}>;


export type CustomerMergeMutation = { customerMerge: { customer: { id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: CustomerErrorCode, message: string, field: Array<string> | null }> } };

export type ExpenseClaimFieldsFragment = { id: string, title: string, status: ExpenseClaimStatus, baseAmount: string | null, journalEntryId: string | null, version: number, createdAt: string, updatedAt: string, employee: { id: string, code: string, name: string }, totals: Array<{ amount: string, currency: string }>, lines: Array<{ lineNo: number, date: string, category: string, description: string | null, amount: { amount: string, currency: string } }>, approvalRequest: { id: string, status: ApprovalRequestStatus } | null };

export type ExpenseClaimsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: ExpenseClaimWhere | null | undefined;
}>;


export type ExpenseClaimsQuery = { expenseClaims: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, title: string, status: ExpenseClaimStatus, baseAmount: string | null, journalEntryId: string | null, version: number, createdAt: string, updatedAt: string, employee: { id: string, code: string, name: string }, totals: Array<{ amount: string, currency: string }>, lines: Array<{ lineNo: number, date: string, category: string, description: string | null, amount: { amount: string, currency: string } }>, approvalRequest: { id: string, status: ApprovalRequestStatus } | null }> } };

export type ExpenseClaimCreateMutationVariables = Exact<{
  input: ExpenseClaimCreateInput;
}>;


export type ExpenseClaimCreateMutation = { expenseClaimCreate: { expenseClaim: { id: string, title: string, status: ExpenseClaimStatus, baseAmount: string | null, journalEntryId: string | null, version: number, createdAt: string, updatedAt: string, employee: { id: string, code: string, name: string }, totals: Array<{ amount: string, currency: string }>, lines: Array<{ lineNo: number, date: string, category: string, description: string | null, amount: { amount: string, currency: string } }>, approvalRequest: { id: string, status: ApprovalRequestStatus } | null } | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type ExpenseClaimSubmitMutationVariables = Exact<{
  input: ExpenseClaimSubmitInput;
}>;


export type ExpenseClaimSubmitMutation = { expenseClaimSubmit: { expenseClaim: { id: string, title: string, status: ExpenseClaimStatus, baseAmount: string | null, journalEntryId: string | null, version: number, createdAt: string, updatedAt: string, employee: { id: string, code: string, name: string }, totals: Array<{ amount: string, currency: string }>, lines: Array<{ lineNo: number, date: string, category: string, description: string | null, amount: { amount: string, currency: string } }>, approvalRequest: { id: string, status: ApprovalRequestStatus } | null } | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type HrErrorFieldsFragment = { code: HrErrorCode, message: string, field: Array<string> | null };

export type DepartmentFieldsFragment = { id: string, name: string, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, head: { id: string, code: string, name: string } | null };

export type PositionFieldsFragment = { id: string, title: string, createdAt: string };

export type EmployeeFieldsFragment = { id: string, code: string, name: string, workEmail: string | null, hireDate: string, status: EmployeeStatus, terminatedOn: string | null, version: number, createdAt: string, updatedAt: string, department: { id: string, name: string } | null, position: { id: string, title: string } | null, manager: { id: string, code: string, name: string } | null };

export type DepartmentQueryVariables = Exact<{
  id: string | number;
  employeesFirst?: number | null | undefined;
}>;


export type DepartmentQuery = { department: { id: string, name: string, version: number, createdAt: string, updatedAt: string, children: Array<{ id: string, name: string }>, employees: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, workEmail: string | null, hireDate: string, status: EmployeeStatus, terminatedOn: string | null, version: number, createdAt: string, updatedAt: string, department: { id: string, name: string } | null, position: { id: string, title: string } | null, manager: { id: string, code: string, name: string } | null }> }, parent: { id: string, name: string } | null, head: { id: string, code: string, name: string } | null } | null };

export type DepartmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: DepartmentWhere | null | undefined;
}>;


export type DepartmentsQuery = { departments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, name: string, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, head: { id: string, code: string, name: string } | null }> } };

export type PositionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PositionsQuery = { positions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, title: string, createdAt: string }> } };

export type EmployeeQueryVariables = Exact<{
  id: string | number;
  reportsFirst?: number | null | undefined;
}>;


export type EmployeeQuery = { employee: { id: string, code: string, name: string, workEmail: string | null, hireDate: string, status: EmployeeStatus, terminatedOn: string | null, version: number, createdAt: string, updatedAt: string, chainOfCommand: Array<{ id: string, code: string, name: string }>, directReports: { totalCount: number, nodes: Array<{ id: string, code: string, name: string }> }, department: { id: string, name: string } | null, position: { id: string, title: string } | null, manager: { id: string, code: string, name: string } | null } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, code: string, name: string, workEmail: string | null, hireDate: string, status: EmployeeStatus, terminatedOn: string | null, version: number, createdAt: string, updatedAt: string, department: { id: string, name: string } | null, position: { id: string, title: string } | null, manager: { id: string, code: string, name: string } | null } | null };

export type EmployeesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: EmployeeWhere | null | undefined;
  orderBy?: Array<EmployeeOrderBy> | EmployeeOrderBy | null | undefined;
}>;


export type EmployeesQuery = { employees: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, workEmail: string | null, hireDate: string, status: EmployeeStatus, terminatedOn: string | null, version: number, createdAt: string, updatedAt: string, department: { id: string, name: string } | null, position: { id: string, title: string } | null, manager: { id: string, code: string, name: string } | null }> } };

export type HolidaysQueryVariables = Exact<{
  year: number;
}>;


export type HolidaysQuery = { holidays: Array<{ date: string, name: string }> };

export type DepartmentCreateMutationVariables = Exact<{
  input: DepartmentCreateInput;
}>;


export type DepartmentCreateMutation = { departmentCreate: { department: { id: string, name: string, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, head: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type DepartmentUpdateMutationVariables = Exact<{
  input: DepartmentUpdateInput;
}>;


export type DepartmentUpdateMutation = { departmentUpdate: { department: { id: string, name: string, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, head: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type PositionCreateMutationVariables = Exact<{
  input: PositionCreateInput;
}>;


export type PositionCreateMutation = { positionCreate: { position: { id: string, title: string, createdAt: string } | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type EmployeeCreateMutationVariables = Exact<{
  input: EmployeeCreateInput;
}>;


export type EmployeeCreateMutation = { employeeCreate: { employee: { id: string, code: string, name: string, workEmail: string | null, hireDate: string, status: EmployeeStatus, terminatedOn: string | null, version: number, createdAt: string, updatedAt: string, department: { id: string, name: string } | null, position: { id: string, title: string } | null, manager: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type EmployeeUpdateMutationVariables = Exact<{
  input: EmployeeUpdateInput;
}>;


export type EmployeeUpdateMutation = { employeeUpdate: { employee: { id: string, code: string, name: string, workEmail: string | null, hireDate: string, status: EmployeeStatus, terminatedOn: string | null, version: number, createdAt: string, updatedAt: string, department: { id: string, name: string } | null, position: { id: string, title: string } | null, manager: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type EmployeeStatusSetMutationVariables = Exact<{
  input: EmployeeStatusSetInput;
}>;


export type EmployeeStatusSetMutation = { employeeStatusSet: { employee: { id: string, code: string, name: string, workEmail: string | null, hireDate: string, status: EmployeeStatus, terminatedOn: string | null, version: number, createdAt: string, updatedAt: string, department: { id: string, name: string } | null, position: { id: string, title: string } | null, manager: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type EmployeeTerminateMutationVariables = Exact<{
  input: EmployeeTerminateInput;
}>;


export type EmployeeTerminateMutation = { employeeTerminate: { employee: { id: string, code: string, name: string, workEmail: string | null, hireDate: string, status: EmployeeStatus, terminatedOn: string | null, version: number, createdAt: string, updatedAt: string, department: { id: string, name: string } | null, position: { id: string, title: string } | null, manager: { id: string, code: string, name: string } | null } | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type HolidaySetMutationVariables = Exact<{
  input: HolidaySetInput;
}>;


export type HolidaySetMutation = { holidaySet: { holidays: Array<{ date: string, name: string }> | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type LeaveTypeFieldsFragment = { id: string, code: string, name: string, paid: boolean, yearlyEntitlement: string | null, carryOverCap: string, createdAt: string };

export type LeaveRequestFieldsFragment = { id: string, startDate: string, endDate: string, halfDayStart: boolean, halfDayEnd: boolean, days: string, reason: string | null, status: LeaveRequestStatus, version: number, createdAt: string, updatedAt: string, employee: { id: string, code: string, name: string }, leaveType: { id: string, code: string, name: string }, approvalRequest: { id: string, status: ApprovalRequestStatus } | null };

export type LeaveTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type LeaveTypesQuery = { leaveTypes: Array<{ id: string, code: string, name: string, paid: boolean, yearlyEntitlement: string | null, carryOverCap: string, createdAt: string }> };

export type LeaveBalancesQueryVariables = Exact<{
  year: number;
  employeeId?: string | number | null | undefined;
}>;


export type LeaveBalancesQuery = { leaveBalances: Array<{ employeeId: string, leaveTypeId: string, leaveTypeCode: string, leaveTypeName: string, year: number, entitled: string, carriedOver: string, taken: string, pending: string, remaining: string }> };

export type LeaveRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: LeaveRequestWhere | null | undefined;
}>;


export type LeaveRequestsQuery = { leaveRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, startDate: string, endDate: string, halfDayStart: boolean, halfDayEnd: boolean, days: string, reason: string | null, status: LeaveRequestStatus, version: number, createdAt: string, updatedAt: string, employee: { id: string, code: string, name: string }, leaveType: { id: string, code: string, name: string }, approvalRequest: { id: string, status: ApprovalRequestStatus } | null }> } };

export type LeaveTypeCreateMutationVariables = Exact<{
  input: LeaveTypeCreateInput;
}>;


export type LeaveTypeCreateMutation = { leaveTypeCreate: { leaveType: { id: string, code: string, name: string, paid: boolean, yearlyEntitlement: string | null, carryOverCap: string, createdAt: string } | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type LeaveRequestCreateMutationVariables = Exact<{
  input: LeaveRequestCreateInput;
}>;


export type LeaveRequestCreateMutation = { leaveRequestCreate: { leaveRequest: { id: string, startDate: string, endDate: string, halfDayStart: boolean, halfDayEnd: boolean, days: string, reason: string | null, status: LeaveRequestStatus, version: number, createdAt: string, updatedAt: string, employee: { id: string, code: string, name: string }, leaveType: { id: string, code: string, name: string }, approvalRequest: { id: string, status: ApprovalRequestStatus } | null } | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type LeaveRequestSubmitMutationVariables = Exact<{
  input: LeaveRequestSubmitInput;
}>;


export type LeaveRequestSubmitMutation = { leaveRequestSubmit: { leaveRequest: { id: string, startDate: string, endDate: string, halfDayStart: boolean, halfDayEnd: boolean, days: string, reason: string | null, status: LeaveRequestStatus, version: number, createdAt: string, updatedAt: string, employee: { id: string, code: string, name: string }, leaveType: { id: string, code: string, name: string }, approvalRequest: { id: string, status: ApprovalRequestStatus } | null } | null, errors: Array<{ code: HrErrorCode, message: string, field: Array<string> | null }> } };

export type ProductFieldsFragment = { id: string, sku: string, name: string, description: string | null, type: ProductType, unitOfMeasure: string, procurement: ProcurementMethod, costingMethod: CostingMethod, listPrice: string | null, standardCost: string | null, barcode: string | null, isActive: boolean, allowNegativeStock: boolean, leadTimeDays: number, safetyStock: string, reorderPoint: string, minOrderQuantity: string, orderMultiple: string, lotSizeRule: LotSizeRule, lotSizeQuantity: string | null, averageCost: string, stockValue: string, version: number, createdAt: string, updatedAt: string, category: { id: string, name: string } | null };

export type ProductCategoryFieldsFragment = { id: string, name: string, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null };

export type InventoryErrorFieldsFragment = { code: InventoryErrorCode, message: string, field: Array<string> | null };

export type ProductQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductQuery = { product: { id: string, sku: string, name: string, description: string | null, type: ProductType, unitOfMeasure: string, procurement: ProcurementMethod, costingMethod: CostingMethod, listPrice: string | null, standardCost: string | null, barcode: string | null, isActive: boolean, allowNegativeStock: boolean, leadTimeDays: number, safetyStock: string, reorderPoint: string, minOrderQuantity: string, orderMultiple: string, lotSizeRule: LotSizeRule, lotSizeQuantity: string | null, averageCost: string, stockValue: string, version: number, createdAt: string, updatedAt: string, category: { id: string, name: string } | null } | null };

export type ProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: ProductWhere | null | undefined;
  orderBy?: Array<ProductOrderBy> | ProductOrderBy | null | undefined;
}>;


export type ProductsQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, sku: string, name: string, description: string | null, type: ProductType, unitOfMeasure: string, procurement: ProcurementMethod, costingMethod: CostingMethod, listPrice: string | null, standardCost: string | null, barcode: string | null, isActive: boolean, allowNegativeStock: boolean, leadTimeDays: number, safetyStock: string, reorderPoint: string, minOrderQuantity: string, orderMultiple: string, lotSizeRule: LotSizeRule, lotSizeQuantity: string | null, averageCost: string, stockValue: string, version: number, createdAt: string, updatedAt: string, category: { id: string, name: string } | null }> } };

export type ProductCategoriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: ProductCategoryWhere | null | undefined;
}>;


export type ProductCategoriesQuery = { productCategories: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, name: string, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null }> } };

export type ProductCreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type ProductCreateMutation = { productCreate: { product: { id: string, sku: string, name: string, description: string | null, type: ProductType, unitOfMeasure: string, procurement: ProcurementMethod, costingMethod: CostingMethod, listPrice: string | null, standardCost: string | null, barcode: string | null, isActive: boolean, allowNegativeStock: boolean, leadTimeDays: number, safetyStock: string, reorderPoint: string, minOrderQuantity: string, orderMultiple: string, lotSizeRule: LotSizeRule, lotSizeQuantity: string | null, averageCost: string, stockValue: string, version: number, createdAt: string, updatedAt: string, category: { id: string, name: string } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type ProductUpdateMutationVariables = Exact<{
  input: ProductUpdateInput;
}>;


export type ProductUpdateMutation = { productUpdate: { product: { id: string, sku: string, name: string, description: string | null, type: ProductType, unitOfMeasure: string, procurement: ProcurementMethod, costingMethod: CostingMethod, listPrice: string | null, standardCost: string | null, barcode: string | null, isActive: boolean, allowNegativeStock: boolean, leadTimeDays: number, safetyStock: string, reorderPoint: string, minOrderQuantity: string, orderMultiple: string, lotSizeRule: LotSizeRule, lotSizeQuantity: string | null, averageCost: string, stockValue: string, version: number, createdAt: string, updatedAt: string, category: { id: string, name: string } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type ProductDeactivateMutationVariables = Exact<{
  input: ProductStateInput;
}>;


export type ProductDeactivateMutation = { productDeactivate: { product: { id: string, sku: string, name: string, description: string | null, type: ProductType, unitOfMeasure: string, procurement: ProcurementMethod, costingMethod: CostingMethod, listPrice: string | null, standardCost: string | null, barcode: string | null, isActive: boolean, allowNegativeStock: boolean, leadTimeDays: number, safetyStock: string, reorderPoint: string, minOrderQuantity: string, orderMultiple: string, lotSizeRule: LotSizeRule, lotSizeQuantity: string | null, averageCost: string, stockValue: string, version: number, createdAt: string, updatedAt: string, category: { id: string, name: string } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type ProductActivateMutationVariables = Exact<{
  input: ProductStateInput;
}>;


export type ProductActivateMutation = { productActivate: { product: { id: string, sku: string, name: string, description: string | null, type: ProductType, unitOfMeasure: string, procurement: ProcurementMethod, costingMethod: CostingMethod, listPrice: string | null, standardCost: string | null, barcode: string | null, isActive: boolean, allowNegativeStock: boolean, leadTimeDays: number, safetyStock: string, reorderPoint: string, minOrderQuantity: string, orderMultiple: string, lotSizeRule: LotSizeRule, lotSizeQuantity: string | null, averageCost: string, stockValue: string, version: number, createdAt: string, updatedAt: string, category: { id: string, name: string } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type ProductDeleteMutationVariables = Exact<{
  input: ProductStateInput;
}>;


export type ProductDeleteMutation = { productDelete: { deletedProductId: string | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type ProductCategoryCreateMutationVariables = Exact<{
  input: ProductCategoryCreateInput;
}>;


export type ProductCategoryCreateMutation = { productCategoryCreate: { productCategory: { id: string, name: string, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type ProductCategoryUpdateMutationVariables = Exact<{
  input: ProductCategoryUpdateInput;
}>;


export type ProductCategoryUpdateMutation = { productCategoryUpdate: { productCategory: { id: string, name: string, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type ProductCategoryDeleteMutationVariables = Exact<{
  input: ProductCategoryDeleteInput;
}>;


export type ProductCategoryDeleteMutation = { productCategoryDelete: { deletedProductCategoryId: string | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type WarehouseFieldsFragment = { id: string, code: string, name: string, version: number, createdAt: string, updatedAt: string, rootLocation: { id: string, code: string } | null };

export type LocationFieldsFragment = { id: string, code: string, name: string, type: LocationType, isRoot: boolean, version: number, createdAt: string, updatedAt: string, warehouse: { id: string, code: string } | null, parent: { id: string, code: string } | null };

export type WarehouseQueryVariables = Exact<{
  id: string | number;
}>;


export type WarehouseQuery = { warehouse: { id: string, code: string, name: string, version: number, createdAt: string, updatedAt: string, rootLocation: { id: string, code: string } | null } | null };

export type WarehousesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: WarehouseWhere | null | undefined;
  orderBy?: Array<WarehouseOrderBy> | WarehouseOrderBy | null | undefined;
}>;


export type WarehousesQuery = { warehouses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, version: number, createdAt: string, updatedAt: string, rootLocation: { id: string, code: string } | null }> } };

export type LocationQueryVariables = Exact<{
  id: string | number;
}>;


export type LocationQuery = { location: { id: string, code: string, name: string, type: LocationType, isRoot: boolean, version: number, createdAt: string, updatedAt: string, warehouse: { id: string, code: string } | null, parent: { id: string, code: string } | null } | null };

export type LocationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: LocationWhere | null | undefined;
}>;


export type LocationsQuery = { locations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, type: LocationType, isRoot: boolean, version: number, createdAt: string, updatedAt: string, warehouse: { id: string, code: string } | null, parent: { id: string, code: string } | null }> } };

export type WarehouseCreateMutationVariables = Exact<{
  input: WarehouseCreateInput;
}>;


export type WarehouseCreateMutation = { warehouseCreate: { warehouse: { id: string, code: string, name: string, version: number, createdAt: string, updatedAt: string, rootLocation: { id: string, code: string } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type WarehouseUpdateMutationVariables = Exact<{
  input: WarehouseUpdateInput;
}>;


export type WarehouseUpdateMutation = { warehouseUpdate: { warehouse: { id: string, code: string, name: string, version: number, createdAt: string, updatedAt: string, rootLocation: { id: string, code: string } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type WarehouseDeleteMutationVariables = Exact<{
  input: WarehouseDeleteInput;
}>;


export type WarehouseDeleteMutation = { warehouseDelete: { deletedWarehouseId: string | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type LocationCreateMutationVariables = Exact<{
  input: LocationCreateInput;
}>;


export type LocationCreateMutation = { locationCreate: { location: { id: string, code: string, name: string, type: LocationType, isRoot: boolean, version: number, createdAt: string, updatedAt: string, warehouse: { id: string, code: string } | null, parent: { id: string, code: string } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type LocationUpdateMutationVariables = Exact<{
  input: LocationUpdateInput;
}>;


export type LocationUpdateMutation = { locationUpdate: { location: { id: string, code: string, name: string, type: LocationType, isRoot: boolean, version: number, createdAt: string, updatedAt: string, warehouse: { id: string, code: string } | null, parent: { id: string, code: string } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type LocationDeleteMutationVariables = Exact<{
  input: LocationDeleteInput;
}>;


export type LocationDeleteMutation = { locationDelete: { deletedLocationId: string | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type StockLevelFieldsFragment = { onHand: string, reserved: string, available: string, updatedAt: string, product: { id: string, sku: string }, location: { id: string, code: string } };

export type StockMoveFieldsFragment = { id: string, quantity: string, unitCost: string, value: string, kind: StockMoveKind, state: StockMoveState, reason: string | null, doneAt: string | null, createdAt: string, product: { id: string, sku: string }, fromLocation: { id: string, code: string, type: LocationType }, toLocation: { id: string, code: string, type: LocationType }, journalEntry: { id: string, number: string | null, date: string } | null, reference: { type: string, id: string, line: string | null } | null };

export type StockLevelsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: StockLevelWhere | null | undefined;
}>;


export type StockLevelsQuery = { stockLevels: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ onHand: string, reserved: string, available: string, updatedAt: string, product: { id: string, sku: string }, location: { id: string, code: string } }> } };

export type StockMoveQueryVariables = Exact<{
  id: string | number;
}>;


export type StockMoveQuery = { stockMove: { id: string, quantity: string, unitCost: string, value: string, kind: StockMoveKind, state: StockMoveState, reason: string | null, doneAt: string | null, createdAt: string, product: { id: string, sku: string }, fromLocation: { id: string, code: string, type: LocationType }, toLocation: { id: string, code: string, type: LocationType }, journalEntry: { id: string, number: string | null, date: string } | null, reference: { type: string, id: string, line: string | null } | null } | null };

export type StockMovesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: StockMoveWhere | null | undefined;
}>;


export type StockMovesQuery = { stockMoves: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, quantity: string, unitCost: string, value: string, kind: StockMoveKind, state: StockMoveState, reason: string | null, doneAt: string | null, createdAt: string, product: { id: string, sku: string }, fromLocation: { id: string, code: string, type: LocationType }, toLocation: { id: string, code: string, type: LocationType }, journalEntry: { id: string, number: string | null, date: string } | null, reference: { type: string, id: string, line: string | null } | null }> } };

export type StockAsOfQueryVariables = Exact<{
  asOf: string;
  productId?: string | number | null | undefined;
  locationId?: string | number | null | undefined;
}>;


export type StockAsOfQuery = { stockAsOf: Array<{ quantity: string, product: { id: string, sku: string }, location: { id: string, code: string } }> };

export type StockReceiveMutationVariables = Exact<{
  input: StockReceiveInput;
}>;


export type StockReceiveMutation = { stockReceive: { stockMove: { id: string, quantity: string, unitCost: string, value: string, kind: StockMoveKind, state: StockMoveState, reason: string | null, doneAt: string | null, createdAt: string, product: { id: string, sku: string }, fromLocation: { id: string, code: string, type: LocationType }, toLocation: { id: string, code: string, type: LocationType }, journalEntry: { id: string, number: string | null, date: string } | null, reference: { type: string, id: string, line: string | null } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type StockIssueMutationVariables = Exact<{
  input: StockIssueInput;
}>;


export type StockIssueMutation = { stockIssue: { stockMove: { id: string, quantity: string, unitCost: string, value: string, kind: StockMoveKind, state: StockMoveState, reason: string | null, doneAt: string | null, createdAt: string, product: { id: string, sku: string }, fromLocation: { id: string, code: string, type: LocationType }, toLocation: { id: string, code: string, type: LocationType }, journalEntry: { id: string, number: string | null, date: string } | null, reference: { type: string, id: string, line: string | null } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type StockTransferMutationVariables = Exact<{
  input: StockTransferInput;
}>;


export type StockTransferMutation = { stockTransfer: { stockMove: { id: string, quantity: string, unitCost: string, value: string, kind: StockMoveKind, state: StockMoveState, reason: string | null, doneAt: string | null, createdAt: string, product: { id: string, sku: string }, fromLocation: { id: string, code: string, type: LocationType }, toLocation: { id: string, code: string, type: LocationType }, journalEntry: { id: string, number: string | null, date: string } | null, reference: { type: string, id: string, line: string | null } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type StockAdjustMutationVariables = Exact<{
  input: StockAdjustInput;
}>;


export type StockAdjustMutation = { stockAdjust: { stockMove: { id: string, quantity: string, unitCost: string, value: string, kind: StockMoveKind, state: StockMoveState, reason: string | null, doneAt: string | null, createdAt: string, product: { id: string, sku: string }, fromLocation: { id: string, code: string, type: LocationType }, toLocation: { id: string, code: string, type: LocationType }, journalEntry: { id: string, number: string | null, date: string } | null, reference: { type: string, id: string, line: string | null } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type StockScrapMutationVariables = Exact<{
  input: StockScrapInput;
}>;


export type StockScrapMutation = { stockScrap: { stockMove: { id: string, quantity: string, unitCost: string, value: string, kind: StockMoveKind, state: StockMoveState, reason: string | null, doneAt: string | null, createdAt: string, product: { id: string, sku: string }, fromLocation: { id: string, code: string, type: LocationType }, toLocation: { id: string, code: string, type: LocationType }, journalEntry: { id: string, number: string | null, date: string } | null, reference: { type: string, id: string, line: string | null } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type StockReservationFieldsFragment = { id: string, quantity: string, consumed: string, createdAt: string, updatedAt: string, product: { id: string, sku: string }, location: { id: string, code: string }, demand: { type: string, id: string, line: string | null } };

export type StockReservationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: StockReservationWhere | null | undefined;
}>;


export type StockReservationsQuery = { stockReservations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, quantity: string, consumed: string, createdAt: string, updatedAt: string, product: { id: string, sku: string }, location: { id: string, code: string }, demand: { type: string, id: string, line: string | null } }> } };

export type StockReserveMutationVariables = Exact<{
  input: StockReserveInput;
}>;


export type StockReserveMutation = { stockReserve: { reservation: { id: string, quantity: string, consumed: string, createdAt: string, updatedAt: string, product: { id: string, sku: string }, location: { id: string, code: string }, demand: { type: string, id: string, line: string | null } } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type StockReleaseMutationVariables = Exact<{
  input: StockReleaseInput;
}>;


export type StockReleaseMutation = { stockRelease: { reservation: { id: string, quantity: string, consumed: string, createdAt: string, updatedAt: string, product: { id: string, sku: string }, location: { id: string, code: string }, demand: { type: string, id: string, line: string | null } } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type StockConsumeMutationVariables = Exact<{
  input: StockConsumeInput;
}>;


export type StockConsumeMutation = { stockConsume: { reservation: { id: string, quantity: string, consumed: string, createdAt: string, updatedAt: string, product: { id: string, sku: string }, location: { id: string, code: string }, demand: { type: string, id: string, line: string | null } } | null, stockMove: { id: string, quantity: string, unitCost: string, value: string, kind: StockMoveKind, state: StockMoveState, reason: string | null, doneAt: string | null, createdAt: string, product: { id: string, sku: string }, fromLocation: { id: string, code: string, type: LocationType }, toLocation: { id: string, code: string, type: LocationType }, journalEntry: { id: string, number: string | null, date: string } | null, reference: { type: string, id: string, line: string | null } | null } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type CycleCountFieldsFragment = { id: string, state: CycleCountState, note: string | null, version: number, createdAt: string, postedAt: string | null, location: { id: string, code: string }, lines: Array<{ expectedQuantity: string, countedQuantity: string | null, postedDifference: string | null, product: { id: string, sku: string }, location: { id: string, code: string } }> };

export type CycleCountQueryVariables = Exact<{
  id: string | number;
}>;


export type CycleCountQuery = { cycleCount: { id: string, state: CycleCountState, note: string | null, version: number, createdAt: string, postedAt: string | null, location: { id: string, code: string }, lines: Array<{ expectedQuantity: string, countedQuantity: string | null, postedDifference: string | null, product: { id: string, sku: string }, location: { id: string, code: string } }> } | null };

export type CycleCountsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: CycleCountWhere | null | undefined;
}>;


export type CycleCountsQuery = { cycleCounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, state: CycleCountState, note: string | null, version: number, createdAt: string, postedAt: string | null, location: { id: string, code: string }, lines: Array<{ expectedQuantity: string, countedQuantity: string | null, postedDifference: string | null, product: { id: string, sku: string }, location: { id: string, code: string } }> }> } };

export type CycleCountCreateMutationVariables = Exact<{
  input: CycleCountCreateInput;
}>;


export type CycleCountCreateMutation = { cycleCountCreate: { cycleCount: { id: string, state: CycleCountState, note: string | null, version: number, createdAt: string, postedAt: string | null, location: { id: string, code: string }, lines: Array<{ expectedQuantity: string, countedQuantity: string | null, postedDifference: string | null, product: { id: string, sku: string }, location: { id: string, code: string } }> } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type CycleCountRecordMutationVariables = Exact<{
  input: CycleCountRecordInput;
}>;


export type CycleCountRecordMutation = { cycleCountRecord: { cycleCount: { id: string, state: CycleCountState, note: string | null, version: number, createdAt: string, postedAt: string | null, location: { id: string, code: string }, lines: Array<{ expectedQuantity: string, countedQuantity: string | null, postedDifference: string | null, product: { id: string, sku: string }, location: { id: string, code: string } }> } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type CycleCountPostMutationVariables = Exact<{
  input: CycleCountStateInput;
}>;


export type CycleCountPostMutation = { cycleCountPost: { cycleCount: { id: string, state: CycleCountState, note: string | null, version: number, createdAt: string, postedAt: string | null, location: { id: string, code: string }, lines: Array<{ expectedQuantity: string, countedQuantity: string | null, postedDifference: string | null, product: { id: string, sku: string }, location: { id: string, code: string } }> } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type CycleCountCancelMutationVariables = Exact<{
  input: CycleCountStateInput;
}>;


export type CycleCountCancelMutation = { cycleCountCancel: { cycleCount: { id: string, state: CycleCountState, note: string | null, version: number, createdAt: string, postedAt: string | null, location: { id: string, code: string }, lines: Array<{ expectedQuantity: string, countedQuantity: string | null, postedDifference: string | null, product: { id: string, sku: string }, location: { id: string, code: string } }> } | null, errors: Array<{ code: InventoryErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryValuationQueryVariables = Exact<{
  asOf?: string | null | undefined;
  warehouseId?: string | number | null | undefined;
}>;


export type InventoryValuationQuery = { inventoryValuation: { asOf: string, currency: string, totalValue: string, rows: Array<{ quantity: string, value: string, unitCost: string | null, product: { id: string, sku: string, name: string }, warehouse: { id: string, code: string } }> } };

export type AccountFieldsFragment = { id: string, code: string, name: string, type: AccountType, subtype: AccountSubtype | null, isActive: boolean, version: number, createdAt: string, updatedAt: string, parent: { id: string, code: string } | null };

export type JournalFieldsFragment = { id: string, code: string, name: string, type: JournalType, createdAt: string };

export type JournalLineFieldsFragment = { lineNo: number, debit: string, credit: string, currency: string, amountCurrency: string, rate: string, description: string | null, account: { id: string, code: string, name: string } };

export type JournalEntryFieldsFragment = { id: string, number: string | null, date: string, reference: string | null, memo: string | null, status: JournalEntryStatus, postedAt: string | null, totalDebit: string, totalCredit: string, version: number, createdAt: string, updatedAt: string, journal: { id: string, code: string }, lines: Array<{ lineNo: number, debit: string, credit: string, currency: string, amountCurrency: string, rate: string, description: string | null, account: { id: string, code: string, name: string } }>, reversalOf: { id: string, number: string | null } | null, reversedBy: Array<{ id: string, number: string | null }>, source: { type: string, id: string, purpose: string } | null };

export type PeriodFieldsFragment = { id: string, number: number, startDate: string, endDate: string, status: PeriodStatus, updatedAt: string };

export type FiscalYearFieldsFragment = { id: string, name: string, startDate: string, endDate: string, closedAt: string | null, createdAt: string, periods: Array<{ id: string, number: number, startDate: string, endDate: string, status: PeriodStatus, updatedAt: string }> };

export type LedgerErrorFieldsFragment = { code: LedgerErrorCode, message: string, field: Array<string> | null };

export type StatementSectionFieldsFragment = { total: string, rows: Array<{ accountId: string, code: string, name: string, amount: string }> };

export type AccountQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountQuery = { account: { id: string, code: string, name: string, type: AccountType, subtype: AccountSubtype | null, isActive: boolean, version: number, createdAt: string, updatedAt: string, children: Array<{ id: string, code: string, name: string }>, parent: { id: string, code: string } | null } | null };

export type AccountsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: AccountWhere | null | undefined;
  orderBy?: Array<AccountOrderBy> | AccountOrderBy | null | undefined;
}>;


export type AccountsQuery = { accounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, type: AccountType, subtype: AccountSubtype | null, isActive: boolean, version: number, createdAt: string, updatedAt: string, parent: { id: string, code: string } | null }> } };

export type JournalsQueryVariables = Exact<{ [key: string]: never; }>;


export type JournalsQuery = { journals: Array<{ id: string, code: string, name: string, type: JournalType, createdAt: string }> };

export type JournalEntryQueryVariables = Exact<{
  id: string | number;
}>;


export type JournalEntryQuery = { journalEntry: { id: string, number: string | null, date: string, reference: string | null, memo: string | null, status: JournalEntryStatus, postedAt: string | null, totalDebit: string, totalCredit: string, version: number, createdAt: string, updatedAt: string, journal: { id: string, code: string }, lines: Array<{ lineNo: number, debit: string, credit: string, currency: string, amountCurrency: string, rate: string, description: string | null, account: { id: string, code: string, name: string } }>, reversalOf: { id: string, number: string | null } | null, reversedBy: Array<{ id: string, number: string | null }>, source: { type: string, id: string, purpose: string } | null } | null };

export type JournalEntriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: JournalEntryWhere | null | undefined;
  orderBy?: Array<JournalEntryOrderBy> | JournalEntryOrderBy | null | undefined;
}>;


export type JournalEntriesQuery = { journalEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, number: string | null, date: string, reference: string | null, memo: string | null, status: JournalEntryStatus, postedAt: string | null, totalDebit: string, totalCredit: string, version: number, createdAt: string, updatedAt: string, journal: { id: string, code: string }, lines: Array<{ lineNo: number, debit: string, credit: string, currency: string, amountCurrency: string, rate: string, description: string | null, account: { id: string, code: string, name: string } }>, reversalOf: { id: string, number: string | null } | null, reversedBy: Array<{ id: string, number: string | null }>, source: { type: string, id: string, purpose: string } | null }> } };

export type FiscalYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type FiscalYearsQuery = { fiscalYears: Array<{ id: string, name: string, startDate: string, endDate: string, closedAt: string | null, createdAt: string, periods: Array<{ id: string, number: number, startDate: string, endDate: string, status: PeriodStatus, updatedAt: string }> }> };

export type TrialBalanceQueryVariables = Exact<{
  asOf?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TrialBalanceQuery = { trialBalance: { currency: string, totalDebit: string, totalCredit: string, rows: Array<{ accountId: string, code: string, name: string, type: AccountType, debit: string, credit: string, balance: string }> } };

export type GeneralLedgerQueryVariables = Exact<{
  accountId: string | number;
  from: string;
  to: string;
}>;


export type GeneralLedgerQuery = { generalLedger: { accountId: string, currency: string, openingBalance: string, closingBalance: string, lines: Array<{ entryId: string, number: string | null, date: string, lineNo: number, description: string | null, reference: string | null, debit: string, credit: string, balance: string }> } | null };

export type BalanceSheetQueryVariables = Exact<{
  asOf: string;
}>;


export type BalanceSheetQuery = { balanceSheet: { currency: string, unclosedEarnings: string, totalLiabilitiesAndEquity: string, assets: { total: string, rows: Array<{ accountId: string, code: string, name: string, amount: string }> }, liabilities: { total: string, rows: Array<{ accountId: string, code: string, name: string, amount: string }> }, equity: { total: string, rows: Array<{ accountId: string, code: string, name: string, amount: string }> } } };

export type IncomeStatementQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type IncomeStatementQuery = { incomeStatement: { currency: string, netIncome: string, revenue: { total: string, rows: Array<{ accountId: string, code: string, name: string, amount: string }> }, expenses: { total: string, rows: Array<{ accountId: string, code: string, name: string, amount: string }> } } };

export type AccountCreateMutationVariables = Exact<{
  input: AccountCreateInput;
}>;


export type AccountCreateMutation = { accountCreate: { account: { id: string, code: string, name: string, type: AccountType, subtype: AccountSubtype | null, isActive: boolean, version: number, createdAt: string, updatedAt: string, parent: { id: string, code: string } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type AccountUpdateMutationVariables = Exact<{
  input: AccountUpdateInput;
}>;


export type AccountUpdateMutation = { accountUpdate: { account: { id: string, code: string, name: string, type: AccountType, subtype: AccountSubtype | null, isActive: boolean, version: number, createdAt: string, updatedAt: string, parent: { id: string, code: string } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type AccountDeactivateMutationVariables = Exact<{
  input: AccountStateInput;
}>;


export type AccountDeactivateMutation = { accountDeactivate: { account: { id: string, code: string, name: string, type: AccountType, subtype: AccountSubtype | null, isActive: boolean, version: number, createdAt: string, updatedAt: string, parent: { id: string, code: string } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type AccountActivateMutationVariables = Exact<{
  input: AccountStateInput;
}>;


export type AccountActivateMutation = { accountActivate: { account: { id: string, code: string, name: string, type: AccountType, subtype: AccountSubtype | null, isActive: boolean, version: number, createdAt: string, updatedAt: string, parent: { id: string, code: string } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type AccountDeleteMutationVariables = Exact<{
  input: AccountStateInput;
}>;


export type AccountDeleteMutation = { accountDelete: { deletedAccountId: string | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type JournalEntryCreateMutationVariables = Exact<{
  input: JournalEntryCreateInput;
}>;


export type JournalEntryCreateMutation = { journalEntryCreate: { journalEntry: { id: string, number: string | null, date: string, reference: string | null, memo: string | null, status: JournalEntryStatus, postedAt: string | null, totalDebit: string, totalCredit: string, version: number, createdAt: string, updatedAt: string, journal: { id: string, code: string }, lines: Array<{ lineNo: number, debit: string, credit: string, currency: string, amountCurrency: string, rate: string, description: string | null, account: { id: string, code: string, name: string } }>, reversalOf: { id: string, number: string | null } | null, reversedBy: Array<{ id: string, number: string | null }>, source: { type: string, id: string, purpose: string } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type JournalEntryUpdateMutationVariables = Exact<{
  input: JournalEntryUpdateInput;
}>;


export type JournalEntryUpdateMutation = { journalEntryUpdate: { journalEntry: { id: string, number: string | null, date: string, reference: string | null, memo: string | null, status: JournalEntryStatus, postedAt: string | null, totalDebit: string, totalCredit: string, version: number, createdAt: string, updatedAt: string, journal: { id: string, code: string }, lines: Array<{ lineNo: number, debit: string, credit: string, currency: string, amountCurrency: string, rate: string, description: string | null, account: { id: string, code: string, name: string } }>, reversalOf: { id: string, number: string | null } | null, reversedBy: Array<{ id: string, number: string | null }>, source: { type: string, id: string, purpose: string } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type JournalEntryDeleteMutationVariables = Exact<{
  input: JournalEntryIdInput;
}>;


export type JournalEntryDeleteMutation = { journalEntryDelete: { deletedJournalEntryId: string | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type JournalEntryPostMutationVariables = Exact<{
  input: JournalEntryIdInput;
}>;


export type JournalEntryPostMutation = { journalEntryPost: { journalEntry: { id: string, number: string | null, date: string, reference: string | null, memo: string | null, status: JournalEntryStatus, postedAt: string | null, totalDebit: string, totalCredit: string, version: number, createdAt: string, updatedAt: string, journal: { id: string, code: string }, lines: Array<{ lineNo: number, debit: string, credit: string, currency: string, amountCurrency: string, rate: string, description: string | null, account: { id: string, code: string, name: string } }>, reversalOf: { id: string, number: string | null } | null, reversedBy: Array<{ id: string, number: string | null }>, source: { type: string, id: string, purpose: string } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type JournalEntryReverseMutationVariables = Exact<{
  input: JournalEntryReverseInput;
}>;


export type JournalEntryReverseMutation = { journalEntryReverse: { journalEntry: { id: string, number: string | null, date: string, reference: string | null, memo: string | null, status: JournalEntryStatus, postedAt: string | null, totalDebit: string, totalCredit: string, version: number, createdAt: string, updatedAt: string, journal: { id: string, code: string }, lines: Array<{ lineNo: number, debit: string, credit: string, currency: string, amountCurrency: string, rate: string, description: string | null, account: { id: string, code: string, name: string } }>, reversalOf: { id: string, number: string | null } | null, reversedBy: Array<{ id: string, number: string | null }>, source: { type: string, id: string, purpose: string } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type FiscalYearCreateMutationVariables = Exact<{
  input: FiscalYearCreateInput;
}>;


export type FiscalYearCreateMutation = { fiscalYearCreate: { fiscalYear: { id: string, name: string, startDate: string, endDate: string, closedAt: string | null, createdAt: string, periods: Array<{ id: string, number: number, startDate: string, endDate: string, status: PeriodStatus, updatedAt: string }> } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type FiscalYearCloseMutationVariables = Exact<{
  input: FiscalYearCloseInput;
}>;


export type FiscalYearCloseMutation = { fiscalYearClose: { fiscalYear: { id: string, name: string, startDate: string, endDate: string, closedAt: string | null, createdAt: string, periods: Array<{ id: string, number: number, startDate: string, endDate: string, status: PeriodStatus, updatedAt: string }> } | null, closingEntry: { id: string, number: string | null, date: string, reference: string | null, memo: string | null, status: JournalEntryStatus, postedAt: string | null, totalDebit: string, totalCredit: string, version: number, createdAt: string, updatedAt: string, journal: { id: string, code: string }, lines: Array<{ lineNo: number, debit: string, credit: string, currency: string, amountCurrency: string, rate: string, description: string | null, account: { id: string, code: string, name: string } }>, reversalOf: { id: string, number: string | null } | null, reversedBy: Array<{ id: string, number: string | null }>, source: { type: string, id: string, purpose: string } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type PeriodCloseMutationVariables = Exact<{
  input: PeriodIdInput;
}>;


export type PeriodCloseMutation = { periodClose: { period: { id: string, number: number, startDate: string, endDate: string, status: PeriodStatus, updatedAt: string } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type PeriodReopenMutationVariables = Exact<{
  input: PeriodIdInput;
}>;


export type PeriodReopenMutation = { periodReopen: { period: { id: string, number: number, startDate: string, endDate: string, status: PeriodStatus, updatedAt: string } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type PeriodLockMutationVariables = Exact<{
  input: PeriodIdInput;
}>;


export type PeriodLockMutation = { periodLock: { period: { id: string, number: number, startDate: string, endDate: string, status: PeriodStatus, updatedAt: string } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type ExchangeRateSetMutationVariables = Exact<{
  input: ExchangeRateSetInput;
}>;


export type ExchangeRateSetMutation = { exchangeRateSet: { exchangeRate: { currency: string, date: string, rate: string } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type PostingRuleSetMutationVariables = Exact<{
  input: PostingRuleSetInput;
}>;


export type PostingRuleSetMutation = { postingRuleSet: { postingRule: { role: AccountSubtype, updatedAt: string, account: { id: string, code: string } } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type BudgetSetMutationVariables = Exact<{
  input: BudgetSetInput;
}>;


export type BudgetSetMutation = { budgetSet: { amounts: Array<{ amount: string, account: { id: string, code: string }, period: { id: string, number: number } }> | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type BudgetComparisonFieldsFragment = { budget: string, actual: string, variance: string, variancePercent: string | null };

export type BudgetVsActualQueryVariables = Exact<{
  fromPeriodId: string | number;
  toPeriodId: string | number;
}>;


export type BudgetVsActualQuery = { budgetVsActual: { currency: string, fromDate: string, toDate: string, rows: Array<{ accountId: string, code: string, name: string, type: AccountType, budget: string, actual: string, variance: string, variancePercent: string | null }>, revenue: { budget: string, actual: string, variance: string, variancePercent: string | null }, expenses: { budget: string, actual: string, variance: string, variancePercent: string | null }, netIncome: { budget: string, actual: string, variance: string, variancePercent: string | null } } };

export type JournalCreateMutationVariables = Exact<{
  input: JournalCreateInput;
}>;


export type JournalCreateMutation = { journalCreate: { journal: { id: string, code: string, name: string, type: JournalType, createdAt: string } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type JournalUpdateMutationVariables = Exact<{
  input: JournalUpdateInput;
}>;


export type JournalUpdateMutation = { journalUpdate: { journal: { id: string, code: string, name: string, type: JournalType, createdAt: string } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type MoneyFieldsFragment = { amount: string, currency: string };

export type InvoiceLineFieldsFragment = { lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } };

export type PaymentAllocationFieldsFragment = { amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null };

export type InvoiceFieldsFragment = { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null };

export type PaymentFieldsFragment = { id: string, direction: PaymentDirection, status: PaymentStatus, number: string, date: string, amountBase: string, method: PaymentMethod, reference: string | null, memo: string | null, voidedAt: string | null, version: number, createdAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, amount: { amount: string, currency: string }, amountAllocated: { amount: string, currency: string }, unallocated: { amount: string, currency: string }, bankAccount: { id: string, code: string }, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, journalEntry: { id: string, number: string | null } };

export type AgingAmountsRowFragment = { partnerId: string, partnerCode: string, partnerName: string, current: string, days1To30: string, days31To60: string, days61To90: string, over90: string, total: string };

export type AgingReportFieldsFragment = { asOf: string, currency: string, rows: Array<{ partnerId: string, partnerCode: string, partnerName: string, current: string, days1To30: string, days31To60: string, days61To90: string, over90: string, total: string }>, totals: { current: string, days1To30: string, days31To60: string, days61To90: string, over90: string, total: string } };

export type InvoiceQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceQuery = { invoice: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null };

export type InvoicesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: InvoiceWhere | null | undefined;
  orderBy?: Array<InvoiceOrderBy> | InvoiceOrderBy | null | undefined;
}>;


export type InvoicesQuery = { invoices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null }> } };

export type PaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentQuery = { payment: { id: string, direction: PaymentDirection, status: PaymentStatus, number: string, date: string, amountBase: string, method: PaymentMethod, reference: string | null, memo: string | null, voidedAt: string | null, version: number, createdAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, amount: { amount: string, currency: string }, amountAllocated: { amount: string, currency: string }, unallocated: { amount: string, currency: string }, bankAccount: { id: string, code: string }, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, journalEntry: { id: string, number: string | null } } | null };

export type PaymentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: PaymentWhere | null | undefined;
}>;


export type PaymentsQuery = { payments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, direction: PaymentDirection, status: PaymentStatus, number: string, date: string, amountBase: string, method: PaymentMethod, reference: string | null, memo: string | null, voidedAt: string | null, version: number, createdAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, amount: { amount: string, currency: string }, amountAllocated: { amount: string, currency: string }, unallocated: { amount: string, currency: string }, bankAccount: { id: string, code: string }, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, journalEntry: { id: string, number: string | null } }> } };

export type OpenItemsQueryVariables = Exact<{
  customerId?: string | number | null | undefined;
  supplierId?: string | number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type OpenItemsQuery = { openItems: Array<{ documentId: string, kind: string, number: string, partnerId: string, date: string, dueDate: string, currency: string, amount: string, openAmount: string, openBase: string, daysPastDue: number, bucket: AgingBucket }> };

export type AgedReceivablesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AgedReceivablesQuery = { agedReceivables: { asOf: string, currency: string, rows: Array<{ partnerId: string, partnerCode: string, partnerName: string, current: string, days1To30: string, days31To60: string, days61To90: string, over90: string, total: string }>, totals: { current: string, days1To30: string, days31To60: string, days61To90: string, over90: string, total: string } } };

export type AgedPayablesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AgedPayablesQuery = { agedPayables: { asOf: string, currency: string, rows: Array<{ partnerId: string, partnerCode: string, partnerName: string, current: string, days1To30: string, days31To60: string, days61To90: string, over90: string, total: string }>, totals: { current: string, days1To30: string, days31To60: string, days61To90: string, over90: string, total: string } } };

export type CustomerInvoiceCreateMutationVariables = Exact<{
  input: CustomerInvoiceCreateInput;
}>;


export type CustomerInvoiceCreateMutation = { customerInvoiceCreate: { invoice: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerInvoiceUpdateMutationVariables = Exact<{
  input: CustomerInvoiceUpdateInput;
}>;


export type CustomerInvoiceUpdateMutation = { customerInvoiceUpdate: { invoice: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerInvoicePostMutationVariables = Exact<{
  input: CustomerInvoicePostInput;
}>;


export type CustomerInvoicePostMutation = { customerInvoicePost: { invoice: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerInvoiceVoidMutationVariables = Exact<{
  input: CustomerInvoiceVoidInput;
}>;


export type CustomerInvoiceVoidMutation = { customerInvoiceVoid: { invoice: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierBillCreateMutationVariables = Exact<{
  input: SupplierBillCreateInput;
}>;


export type SupplierBillCreateMutation = { supplierBillCreate: { bill: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierBillUpdateMutationVariables = Exact<{
  input: SupplierBillUpdateInput;
}>;


export type SupplierBillUpdateMutation = { supplierBillUpdate: { bill: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierBillPostMutationVariables = Exact<{
  input: SupplierBillPostInput;
}>;


export type SupplierBillPostMutation = { supplierBillPost: { bill: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierBillVoidMutationVariables = Exact<{
  input: SupplierBillVoidInput;
}>;


export type SupplierBillVoidMutation = { supplierBillVoid: { bill: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type CreditNoteCreateMutationVariables = Exact<{
  input: CreditNoteCreateInput;
}>;


export type CreditNoteCreateMutation = { creditNoteCreate: { creditNote: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type CreditNoteVoidMutationVariables = Exact<{
  input: CreditNoteVoidInput;
}>;


export type CreditNoteVoidMutation = { creditNoteVoid: { creditNote: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type PaymentCreateMutationVariables = Exact<{
  input: PaymentCreateInput;
}>;


export type PaymentCreateMutation = { paymentCreate: { payment: { id: string, direction: PaymentDirection, status: PaymentStatus, number: string, date: string, amountBase: string, method: PaymentMethod, reference: string | null, memo: string | null, voidedAt: string | null, version: number, createdAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, amount: { amount: string, currency: string }, amountAllocated: { amount: string, currency: string }, unallocated: { amount: string, currency: string }, bankAccount: { id: string, code: string }, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, journalEntry: { id: string, number: string | null } } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type PaymentVoidMutationVariables = Exact<{
  input: PaymentVoidInput;
}>;


export type PaymentVoidMutation = { paymentVoid: { payment: { id: string, direction: PaymentDirection, status: PaymentStatus, number: string, date: string, amountBase: string, method: PaymentMethod, reference: string | null, memo: string | null, voidedAt: string | null, version: number, createdAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, amount: { amount: string, currency: string }, amountAllocated: { amount: string, currency: string }, unallocated: { amount: string, currency: string }, bankAccount: { id: string, code: string }, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, journalEntry: { id: string, number: string | null } } | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

export type PaymentAllocateMutationVariables = Exact<{
  input: PaymentAllocateInput;
}>;


export type PaymentAllocateMutation = { paymentAllocate: { allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }> | null, errors: Array<{ code: LedgerErrorCode, message: string, field: Array<string> | null }> } };

type NodeFields_Account_Fragment = { __typename: 'Account', code: string, name: string, isActive: boolean, id: string, accountType: AccountType };

type NodeFields_ApiKey_Fragment = { __typename: 'ApiKey', id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

type NodeFields_ApprovalDelegation_Fragment = { __typename: 'ApprovalDelegation', startsOn: string, endsOn: string, id: string, delegationStatus: DelegationStatus };

type NodeFields_ApprovalPolicy_Fragment = { __typename: 'ApprovalPolicy', subjectType: string, name: string, version: number, id: string };

type NodeFields_ApprovalRequest_Fragment = { __typename: 'ApprovalRequest', title: string, subjectType: string, id: string, approvalStatus: ApprovalRequestStatus };

type NodeFields_AuditLogEntry_Fragment = { __typename: 'AuditLogEntry', id: string, action: string, actorName: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string | null, createdAt: string, actor: { id: string, name: string, prefix: string } | null };

type NodeFields_Contact_Fragment = { __typename: 'Contact', id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } };

type NodeFields_Customer_Fragment = { __typename: 'Customer', id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null };

type NodeFields_CycleCount_Fragment = { __typename: 'CycleCount', postedAt: string | null, id: string, cycleCountState: CycleCountState };

type NodeFields_Department_Fragment = { __typename: 'Department', name: string, id: string, parent: { id: string } | null };

type NodeFields_Employee_Fragment = { __typename: 'Employee', code: string, name: string, hireDate: string, id: string, employeeStatus: EmployeeStatus };

type NodeFields_ExpenseClaim_Fragment = { __typename: 'ExpenseClaim', title: string, baseAmount: string | null, id: string, claimStatus: ExpenseClaimStatus };

type NodeFields_FiscalYear_Fragment = { __typename: 'FiscalYear', name: string, startDate: string, endDate: string, id: string };

type NodeFields_Invoice_Fragment = { __typename: 'Invoice', issueDate: string, dueDate: string, id: string, invoiceNumber: string | null, invoiceKind: InvoiceKind, invoiceStatus: InvoiceStatus, invoiceTotal: { amount: string, currency: string } };

type NodeFields_Journal_Fragment = { __typename: 'Journal', code: string, name: string, id: string, journalType: JournalType };

type NodeFields_JournalEntry_Fragment = { __typename: 'JournalEntry', date: string, id: string, entryNumber: string | null, entryStatus: JournalEntryStatus };

type NodeFields_LeaveRequest_Fragment = { __typename: 'LeaveRequest', startDate: string, endDate: string, days: string, id: string, leaveStatus: LeaveRequestStatus };

type NodeFields_LeaveType_Fragment = { __typename: 'LeaveType', code: string, name: string, paid: boolean, id: string };

type NodeFields_Location_Fragment = { __typename: 'Location', code: string, name: string, id: string, locationType: LocationType };

type NodeFields_Organization_Fragment = { __typename: 'Organization', id: string, name: string, baseCurrency: string, createdAt: string };

type NodeFields_Payment_Fragment = { __typename: 'Payment', direction: PaymentDirection, date: string, id: string, paymentNumber: string, paymentStatus: PaymentStatus, paymentAmount: { amount: string, currency: string } };

type NodeFields_Period_Fragment = { __typename: 'Period', startDate: string, endDate: string, id: string, periodNumber: number, periodStatus: PeriodStatus };

type NodeFields_Position_Fragment = { __typename: 'Position', title: string, id: string };

type NodeFields_PriceList_Fragment = { __typename: 'PriceList', isActive: boolean, id: string, priceListName: string, priceListCurrency: string };

type NodeFields_Product_Fragment = { __typename: 'Product', sku: string, name: string, isActive: boolean, id: string, productType: ProductType };

type NodeFields_ProductCategory_Fragment = { __typename: 'ProductCategory', name: string, id: string };

type NodeFields_PurchaseOrder_Fragment = { __typename: 'PurchaseOrder', orderDate: string, id: string, purchaseOrderNumber: string, purchaseOrderStatus: PurchaseOrderStatus };

type NodeFields_PurchaseRequest_Fragment = { __typename: 'PurchaseRequest', id: string, purchaseRequestNumber: string, purchaseRequestStatus: PurchaseRequestStatus, purchaseRequestDescription: string };

type NodeFields_Quote_Fragment = { __typename: 'Quote', quoteDate: string, validUntil: string, id: string, quoteNumber: string, quoteStatus: QuoteStatus };

type NodeFields_SalesOrder_Fragment = { __typename: 'SalesOrder', orderDate: string, requestedDeliveryDate: string | null, id: string, salesOrderNumber: string, salesOrderStatus: SalesOrderStatus };

type NodeFields_SalesReturn_Fragment = { __typename: 'SalesReturn', returnDate: string, receivedAt: string | null, id: string, salesReturnNumber: string, salesReturnStatus: SalesReturnStatus };

type NodeFields_Shipment_Fragment = { __typename: 'Shipment', plannedDate: string | null, shippedAt: string | null, id: string, shipmentNumber: string, shipmentStatus: ShipmentStatus };

type NodeFields_StockMove_Fragment = { __typename: 'StockMove', unitCost: string, doneAt: string | null, id: string, moveQuantity: string, moveKind: StockMoveKind, moveState: StockMoveState };

type NodeFields_StockReservation_Fragment = { __typename: 'StockReservation', consumed: string, id: string, reservedQuantity: string };

type NodeFields_Supplier_Fragment = { __typename: 'Supplier', id: string, code: string, name: string, email: string | null, phone: string | null, taxId: string | null, currency: string, paymentTermsDays: number, isActive: boolean, version: number, createdAt: string, updatedAt: string, address: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null };

type NodeFields_TaxRate_Fragment = { __typename: 'TaxRate', rate: string, priceIncludesTax: boolean, id: string, taxRateCode: string, taxRateName: string };

type NodeFields_Warehouse_Fragment = { __typename: 'Warehouse', code: string, name: string, id: string };

export type NodeFieldsFragment =
  | NodeFields_Account_Fragment
  | NodeFields_ApiKey_Fragment
  | NodeFields_ApprovalDelegation_Fragment
  | NodeFields_ApprovalPolicy_Fragment
  | NodeFields_ApprovalRequest_Fragment
  | NodeFields_AuditLogEntry_Fragment
  | NodeFields_Contact_Fragment
  | NodeFields_Customer_Fragment
  | NodeFields_CycleCount_Fragment
  | NodeFields_Department_Fragment
  | NodeFields_Employee_Fragment
  | NodeFields_ExpenseClaim_Fragment
  | NodeFields_FiscalYear_Fragment
  | NodeFields_Invoice_Fragment
  | NodeFields_Journal_Fragment
  | NodeFields_JournalEntry_Fragment
  | NodeFields_LeaveRequest_Fragment
  | NodeFields_LeaveType_Fragment
  | NodeFields_Location_Fragment
  | NodeFields_Organization_Fragment
  | NodeFields_Payment_Fragment
  | NodeFields_Period_Fragment
  | NodeFields_Position_Fragment
  | NodeFields_PriceList_Fragment
  | NodeFields_Product_Fragment
  | NodeFields_ProductCategory_Fragment
  | NodeFields_PurchaseOrder_Fragment
  | NodeFields_PurchaseRequest_Fragment
  | NodeFields_Quote_Fragment
  | NodeFields_SalesOrder_Fragment
  | NodeFields_SalesReturn_Fragment
  | NodeFields_Shipment_Fragment
  | NodeFields_StockMove_Fragment
  | NodeFields_StockReservation_Fragment
  | NodeFields_Supplier_Fragment
  | NodeFields_TaxRate_Fragment
  | NodeFields_Warehouse_Fragment
;

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Account', code: string, name: string, isActive: boolean, id: string, accountType: AccountType }
    | { __typename: 'ApiKey', id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }
    | { __typename: 'ApprovalDelegation', startsOn: string, endsOn: string, id: string, delegationStatus: DelegationStatus }
    | { __typename: 'ApprovalPolicy', subjectType: string, name: string, version: number, id: string }
    | { __typename: 'ApprovalRequest', title: string, subjectType: string, id: string, approvalStatus: ApprovalRequestStatus }
    | { __typename: 'AuditLogEntry', id: string, action: string, actorName: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string | null, createdAt: string, actor: { id: string, name: string, prefix: string } | null }
    | { __typename: 'Contact', id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } }
    | { __typename: 'Customer', id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null }
    | { __typename: 'CycleCount', postedAt: string | null, id: string, cycleCountState: CycleCountState }
    | { __typename: 'Department', name: string, id: string, parent: { id: string } | null }
    | { __typename: 'Employee', code: string, name: string, hireDate: string, id: string, employeeStatus: EmployeeStatus }
    | { __typename: 'ExpenseClaim', title: string, baseAmount: string | null, id: string, claimStatus: ExpenseClaimStatus }
    | { __typename: 'FiscalYear', name: string, startDate: string, endDate: string, id: string }
    | { __typename: 'Invoice', issueDate: string, dueDate: string, id: string, invoiceNumber: string | null, invoiceKind: InvoiceKind, invoiceStatus: InvoiceStatus, invoiceTotal: { amount: string, currency: string } }
    | { __typename: 'Journal', code: string, name: string, id: string, journalType: JournalType }
    | { __typename: 'JournalEntry', date: string, id: string, entryNumber: string | null, entryStatus: JournalEntryStatus }
    | { __typename: 'LeaveRequest', startDate: string, endDate: string, days: string, id: string, leaveStatus: LeaveRequestStatus }
    | { __typename: 'LeaveType', code: string, name: string, paid: boolean, id: string }
    | { __typename: 'Location', code: string, name: string, id: string, locationType: LocationType }
    | { __typename: 'Organization', id: string, name: string, baseCurrency: string, createdAt: string }
    | { __typename: 'Payment', direction: PaymentDirection, date: string, id: string, paymentNumber: string, paymentStatus: PaymentStatus, paymentAmount: { amount: string, currency: string } }
    | { __typename: 'Period', startDate: string, endDate: string, id: string, periodNumber: number, periodStatus: PeriodStatus }
    | { __typename: 'Position', title: string, id: string }
    | { __typename: 'PriceList', isActive: boolean, id: string, priceListName: string, priceListCurrency: string }
    | { __typename: 'Product', sku: string, name: string, isActive: boolean, id: string, productType: ProductType }
    | { __typename: 'ProductCategory', name: string, id: string }
    | { __typename: 'PurchaseOrder', orderDate: string, id: string, purchaseOrderNumber: string, purchaseOrderStatus: PurchaseOrderStatus }
    | { __typename: 'PurchaseRequest', id: string, purchaseRequestNumber: string, purchaseRequestStatus: PurchaseRequestStatus, purchaseRequestDescription: string }
    | { __typename: 'Quote', quoteDate: string, validUntil: string, id: string, quoteNumber: string, quoteStatus: QuoteStatus }
    | { __typename: 'SalesOrder', orderDate: string, requestedDeliveryDate: string | null, id: string, salesOrderNumber: string, salesOrderStatus: SalesOrderStatus }
    | { __typename: 'SalesReturn', returnDate: string, receivedAt: string | null, id: string, salesReturnNumber: string, salesReturnStatus: SalesReturnStatus }
    | { __typename: 'Shipment', plannedDate: string | null, shippedAt: string | null, id: string, shipmentNumber: string, shipmentStatus: ShipmentStatus }
    | { __typename: 'StockMove', unitCost: string, doneAt: string | null, id: string, moveQuantity: string, moveKind: StockMoveKind, moveState: StockMoveState }
    | { __typename: 'StockReservation', consumed: string, id: string, reservedQuantity: string }
    | { __typename: 'Supplier', id: string, code: string, name: string, email: string | null, phone: string | null, taxId: string | null, currency: string, paymentTermsDays: number, isActive: boolean, version: number, createdAt: string, updatedAt: string, address: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null }
    | { __typename: 'TaxRate', rate: string, priceIncludesTax: boolean, id: string, taxRateCode: string, taxRateName: string }
    | { __typename: 'Warehouse', code: string, name: string, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Account', code: string, name: string, isActive: boolean, id: string, accountType: AccountType }
    | { __typename: 'ApiKey', id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }
    | { __typename: 'ApprovalDelegation', startsOn: string, endsOn: string, id: string, delegationStatus: DelegationStatus }
    | { __typename: 'ApprovalPolicy', subjectType: string, name: string, version: number, id: string }
    | { __typename: 'ApprovalRequest', title: string, subjectType: string, id: string, approvalStatus: ApprovalRequestStatus }
    | { __typename: 'AuditLogEntry', id: string, action: string, actorName: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string | null, createdAt: string, actor: { id: string, name: string, prefix: string } | null }
    | { __typename: 'Contact', id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } }
    | { __typename: 'Customer', id: string, code: string, name: string, kind: CustomerKind, status: CustomerStatus, email: string | null, phone: string | null, website: string | null, taxId: string | null, currency: string, paymentTermsDays: number, invoicePolicy: InvoicePolicy, tags: Array<string>, version: number, createdAt: string, updatedAt: string, creditLimit: { amount: string, currency: string } | null, billingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, shippingAddress: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null, owner: { id: string, name: string } | null, mergedInto: { id: string, code: string, name: string } | null }
    | { __typename: 'CycleCount', postedAt: string | null, id: string, cycleCountState: CycleCountState }
    | { __typename: 'Department', name: string, id: string, parent: { id: string } | null }
    | { __typename: 'Employee', code: string, name: string, hireDate: string, id: string, employeeStatus: EmployeeStatus }
    | { __typename: 'ExpenseClaim', title: string, baseAmount: string | null, id: string, claimStatus: ExpenseClaimStatus }
    | { __typename: 'FiscalYear', name: string, startDate: string, endDate: string, id: string }
    | { __typename: 'Invoice', issueDate: string, dueDate: string, id: string, invoiceNumber: string | null, invoiceKind: InvoiceKind, invoiceStatus: InvoiceStatus, invoiceTotal: { amount: string, currency: string } }
    | { __typename: 'Journal', code: string, name: string, id: string, journalType: JournalType }
    | { __typename: 'JournalEntry', date: string, id: string, entryNumber: string | null, entryStatus: JournalEntryStatus }
    | { __typename: 'LeaveRequest', startDate: string, endDate: string, days: string, id: string, leaveStatus: LeaveRequestStatus }
    | { __typename: 'LeaveType', code: string, name: string, paid: boolean, id: string }
    | { __typename: 'Location', code: string, name: string, id: string, locationType: LocationType }
    | { __typename: 'Organization', id: string, name: string, baseCurrency: string, createdAt: string }
    | { __typename: 'Payment', direction: PaymentDirection, date: string, id: string, paymentNumber: string, paymentStatus: PaymentStatus, paymentAmount: { amount: string, currency: string } }
    | { __typename: 'Period', startDate: string, endDate: string, id: string, periodNumber: number, periodStatus: PeriodStatus }
    | { __typename: 'Position', title: string, id: string }
    | { __typename: 'PriceList', isActive: boolean, id: string, priceListName: string, priceListCurrency: string }
    | { __typename: 'Product', sku: string, name: string, isActive: boolean, id: string, productType: ProductType }
    | { __typename: 'ProductCategory', name: string, id: string }
    | { __typename: 'PurchaseOrder', orderDate: string, id: string, purchaseOrderNumber: string, purchaseOrderStatus: PurchaseOrderStatus }
    | { __typename: 'PurchaseRequest', id: string, purchaseRequestNumber: string, purchaseRequestStatus: PurchaseRequestStatus, purchaseRequestDescription: string }
    | { __typename: 'Quote', quoteDate: string, validUntil: string, id: string, quoteNumber: string, quoteStatus: QuoteStatus }
    | { __typename: 'SalesOrder', orderDate: string, requestedDeliveryDate: string | null, id: string, salesOrderNumber: string, salesOrderStatus: SalesOrderStatus }
    | { __typename: 'SalesReturn', returnDate: string, receivedAt: string | null, id: string, salesReturnNumber: string, salesReturnStatus: SalesReturnStatus }
    | { __typename: 'Shipment', plannedDate: string | null, shippedAt: string | null, id: string, shipmentNumber: string, shipmentStatus: ShipmentStatus }
    | { __typename: 'StockMove', unitCost: string, doneAt: string | null, id: string, moveQuantity: string, moveKind: StockMoveKind, moveState: StockMoveState }
    | { __typename: 'StockReservation', consumed: string, id: string, reservedQuantity: string }
    | { __typename: 'Supplier', id: string, code: string, name: string, email: string | null, phone: string | null, taxId: string | null, currency: string, paymentTermsDays: number, isActive: boolean, version: number, createdAt: string, updatedAt: string, address: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null }
    | { __typename: 'TaxRate', rate: string, priceIncludesTax: boolean, id: string, taxRateCode: string, taxRateName: string }
    | { __typename: 'Warehouse', code: string, name: string, id: string }
   | null> };

export type PageInfoFieldsFragment = { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null };

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type OrganizationFieldsFragment = { id: string, name: string, baseCurrency: string, createdAt: string };

export type AuditLogEntryFieldsFragment = { id: string, action: string, actorName: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string | null, createdAt: string, actor: { id: string, name: string, prefix: string } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, roles: Array<Role>, apiKey: { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }, organization: { id: string, name: string, baseCurrency: string, createdAt: string } } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: AuditLogWhere | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, action: string, actorName: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string | null, createdAt: string, actor: { id: string, name: string, prefix: string } | null }> } };

export type ApiKeyErrorFieldsFragment = { code: ApiKeyErrorCode, message: string, field: Array<string> | null };

export type ApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeRevoked?: boolean | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> } };

export type ApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ApiKeyCreateMutation = { apiKeyCreate: { secret: string | null, apiKey: { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } | null, errors: Array<{ code: ApiKeyErrorCode, message: string, field: Array<string> | null }> } };

export type ApiKeyRevokeMutationVariables = Exact<{
  input: ApiKeyRevokeInput;
}>;


export type ApiKeyRevokeMutation = { apiKeyRevoke: { apiKey: { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } | null, errors: Array<{ code: ApiKeyErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierPriceFieldsFragment = { id: string, minQuantity: string, leadTimeDays: number | null, supplierSku: string | null, updatedAt: string, supplier: { id: string, code: string }, product: { id: string, sku: string }, price: { amount: string, currency: string } };

export type PurchaseOrderLineFieldsFragment = { lineNo: number, description: string, quantity: string, unitPrice: string, taxRate: string, subtotal: string, tax: string, total: string, expectedDate: string | null, quantityReceived: string, quantityBilled: string, matchStatus: PurchaseOrderLineMatchStatus, grniClearedValue: string, product: { id: string, sku: string, name: string } };

export type PurchaseOrderFieldsFragment = { id: string, number: string, status: PurchaseOrderStatus, currency: string, orderDate: string, expectedDate: string | null, reference: string | null, notes: string | null, sentAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, taxRate: string, subtotal: string, tax: string, total: string, expectedDate: string | null, quantityReceived: string, quantityBilled: string, matchStatus: PurchaseOrderLineMatchStatus, grniClearedValue: string, product: { id: string, sku: string, name: string } }> };

export type PurchaseOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type PurchaseOrderQuery = { purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus, currency: string, orderDate: string, expectedDate: string | null, reference: string | null, notes: string | null, sentAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, taxRate: string, subtotal: string, tax: string, total: string, expectedDate: string | null, quantityReceived: string, quantityBilled: string, matchStatus: PurchaseOrderLineMatchStatus, grniClearedValue: string, product: { id: string, sku: string, name: string } }> } | null };

export type PurchaseOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: PurchaseOrderWhere | null | undefined;
  orderBy?: Array<PurchaseOrderOrderBy> | PurchaseOrderOrderBy | null | undefined;
}>;


export type PurchaseOrdersQuery = { purchaseOrders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, number: string, status: PurchaseOrderStatus, currency: string, orderDate: string, expectedDate: string | null, reference: string | null, notes: string | null, sentAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, taxRate: string, subtotal: string, tax: string, total: string, expectedDate: string | null, quantityReceived: string, quantityBilled: string, matchStatus: PurchaseOrderLineMatchStatus, grniClearedValue: string, product: { id: string, sku: string, name: string } }> }> } };

export type SupplierPriceSetMutationVariables = Exact<{
  input: SupplierPriceSetInput;
}>;


export type SupplierPriceSetMutation = { supplierPriceSet: { supplierPrice: { id: string, minQuantity: string, leadTimeDays: number | null, supplierSku: string | null, updatedAt: string, supplier: { id: string, code: string }, product: { id: string, sku: string }, price: { amount: string, currency: string } } | null, errors: Array<{ code: PurchaseOrderErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierPriceDeleteMutationVariables = Exact<{
  input: SupplierPriceDeleteInput;
}>;


export type SupplierPriceDeleteMutation = { supplierPriceDelete: { deletedSupplierPriceId: string | null, errors: Array<{ code: PurchaseOrderErrorCode, message: string, field: Array<string> | null }> } };

export type PurchaseOrderCreateMutationVariables = Exact<{
  input: PurchaseOrderCreateInput;
}>;


export type PurchaseOrderCreateMutation = { purchaseOrderCreate: { purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus, currency: string, orderDate: string, expectedDate: string | null, reference: string | null, notes: string | null, sentAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, taxRate: string, subtotal: string, tax: string, total: string, expectedDate: string | null, quantityReceived: string, quantityBilled: string, matchStatus: PurchaseOrderLineMatchStatus, grniClearedValue: string, product: { id: string, sku: string, name: string } }> } | null, errors: Array<{ code: PurchaseOrderErrorCode, message: string, field: Array<string> | null }> } };

export type PurchaseOrderUpdateMutationVariables = Exact<{
  input: PurchaseOrderUpdateInput;
}>;


export type PurchaseOrderUpdateMutation = { purchaseOrderUpdate: { purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus, currency: string, orderDate: string, expectedDate: string | null, reference: string | null, notes: string | null, sentAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, taxRate: string, subtotal: string, tax: string, total: string, expectedDate: string | null, quantityReceived: string, quantityBilled: string, matchStatus: PurchaseOrderLineMatchStatus, grniClearedValue: string, product: { id: string, sku: string, name: string } }> } | null, errors: Array<{ code: PurchaseOrderErrorCode, message: string, field: Array<string> | null }> } };

export type PurchaseOrderSendMutationVariables = Exact<{
  input: PurchaseOrderStateInput;
}>;


export type PurchaseOrderSendMutation = { purchaseOrderSend: { purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus, currency: string, orderDate: string, expectedDate: string | null, reference: string | null, notes: string | null, sentAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, taxRate: string, subtotal: string, tax: string, total: string, expectedDate: string | null, quantityReceived: string, quantityBilled: string, matchStatus: PurchaseOrderLineMatchStatus, grniClearedValue: string, product: { id: string, sku: string, name: string } }> } | null, errors: Array<{ code: PurchaseOrderErrorCode, message: string, field: Array<string> | null }> } };

export type PurchaseOrderCancelMutationVariables = Exact<{
  input: PurchaseOrderStateInput;
}>;


export type PurchaseOrderCancelMutation = { purchaseOrderCancel: { purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus, currency: string, orderDate: string, expectedDate: string | null, reference: string | null, notes: string | null, sentAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, taxRate: string, subtotal: string, tax: string, total: string, expectedDate: string | null, quantityReceived: string, quantityBilled: string, matchStatus: PurchaseOrderLineMatchStatus, grniClearedValue: string, product: { id: string, sku: string, name: string } }> } | null, errors: Array<{ code: PurchaseOrderErrorCode, message: string, field: Array<string> | null }> } };

export type PurchaseOrderReceiveMutationVariables = Exact<{
  input: PurchaseOrderReceiveInput;
}>;


export type PurchaseOrderReceiveMutation = { purchaseOrderReceive: { purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus, currency: string, orderDate: string, expectedDate: string | null, reference: string | null, notes: string | null, sentAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, taxRate: string, subtotal: string, tax: string, total: string, expectedDate: string | null, quantityReceived: string, quantityBilled: string, matchStatus: PurchaseOrderLineMatchStatus, grniClearedValue: string, product: { id: string, sku: string, name: string } }> } | null, errors: Array<{ code: PurchaseOrderErrorCode, message: string, field: Array<string> | null }> } };

export type ReplenishmentSuggestionsQueryVariables = Exact<{
  warehouseId?: string | number | null | undefined;
}>;


export type ReplenishmentSuggestionsQuery = { replenishmentSuggestions: Array<{ available: string, incoming: string, reorderPoint: string, quantity: string, product: { id: string, sku: string, name: string }, supplierPrice: { id: string, minQuantity: string, leadTimeDays: number | null, supplierSku: string | null, updatedAt: string, supplier: { id: string, code: string }, product: { id: string, sku: string }, price: { amount: string, currency: string } } | null }> };

export type SupplierBillFromPurchaseOrderMutationVariables = Exact<{
  input: SupplierBillFromPurchaseOrderInput;
}>;


export type SupplierBillFromPurchaseOrderMutation = { supplierBillFromPurchaseOrder: { billId: string | null, bill: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null, purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus, currency: string, orderDate: string, expectedDate: string | null, reference: string | null, notes: string | null, sentAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, bills: Array<{ id: string, number: string | null, status: InvoiceStatus, balanceDue: { amount: string, currency: string } }>, supplier: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, taxRate: string, subtotal: string, tax: string, total: string, expectedDate: string | null, quantityReceived: string, quantityBilled: string, matchStatus: PurchaseOrderLineMatchStatus, grniClearedValue: string, product: { id: string, sku: string, name: string } }> } | null, errors: Array<{ code: PurchaseOrderErrorCode, message: string, field: Array<string> | null }> } };

export type PurchaseRequestLineFieldsFragment = { lineNo: number, productSku: string, productName: string, description: string | null, quantity: string, neededBy: string, preferredSupplierName: string | null, estimatedUnitPrice: { amount: string, currency: string }, estimatedTotal: { amount: string, currency: string } };

export type PurchaseRequestFieldsFragment = { id: string, number: string, status: PurchaseRequestStatus, description: string, notes: string | null, approvedWithoutPolicy: boolean, submittedAt: string | null, approvedAt: string | null, cancelledAt: string | null, convertedAt: string | null, version: number, createdAt: string, updatedAt: string, requester: { id: string, code: string, name: string }, estimatedTotal: { amount: string, currency: string }, lines: Array<{ lineNo: number, productSku: string, productName: string, description: string | null, quantity: string, neededBy: string, preferredSupplierName: string | null, estimatedUnitPrice: { amount: string, currency: string }, estimatedTotal: { amount: string, currency: string } }>, approvalRequest: { id: string, status: ApprovalRequestStatus, round: number } | null };

export type PurchaseRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type PurchaseRequestQuery = { purchaseRequest: { id: string, number: string, status: PurchaseRequestStatus, description: string, notes: string | null, approvedWithoutPolicy: boolean, submittedAt: string | null, approvedAt: string | null, cancelledAt: string | null, convertedAt: string | null, version: number, createdAt: string, updatedAt: string, requester: { id: string, code: string, name: string }, estimatedTotal: { amount: string, currency: string }, lines: Array<{ lineNo: number, productSku: string, productName: string, description: string | null, quantity: string, neededBy: string, preferredSupplierName: string | null, estimatedUnitPrice: { amount: string, currency: string }, estimatedTotal: { amount: string, currency: string } }>, approvalRequest: { id: string, status: ApprovalRequestStatus, round: number } | null } | null };

export type PurchaseRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: PurchaseRequestWhere | null | undefined;
  orderBy?: Array<PurchaseRequestOrderBy> | PurchaseRequestOrderBy | null | undefined;
}>;


export type PurchaseRequestsQuery = { purchaseRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, number: string, status: PurchaseRequestStatus, description: string, notes: string | null, approvedWithoutPolicy: boolean, submittedAt: string | null, approvedAt: string | null, cancelledAt: string | null, convertedAt: string | null, version: number, createdAt: string, updatedAt: string, requester: { id: string, code: string, name: string }, estimatedTotal: { amount: string, currency: string }, lines: Array<{ lineNo: number, productSku: string, productName: string, description: string | null, quantity: string, neededBy: string, preferredSupplierName: string | null, estimatedUnitPrice: { amount: string, currency: string }, estimatedTotal: { amount: string, currency: string } }>, approvalRequest: { id: string, status: ApprovalRequestStatus, round: number } | null }> } };

export type PurchaseRequestCreateMutationVariables = Exact<{
  input: PurchaseRequestCreateInput;
}>;


export type PurchaseRequestCreateMutation = { purchaseRequestCreate: { purchaseRequest: { id: string, number: string, status: PurchaseRequestStatus, description: string, notes: string | null, approvedWithoutPolicy: boolean, submittedAt: string | null, approvedAt: string | null, cancelledAt: string | null, convertedAt: string | null, version: number, createdAt: string, updatedAt: string, requester: { id: string, code: string, name: string }, estimatedTotal: { amount: string, currency: string }, lines: Array<{ lineNo: number, productSku: string, productName: string, description: string | null, quantity: string, neededBy: string, preferredSupplierName: string | null, estimatedUnitPrice: { amount: string, currency: string }, estimatedTotal: { amount: string, currency: string } }>, approvalRequest: { id: string, status: ApprovalRequestStatus, round: number } | null } | null, errors: Array<{ code: PurchaseRequestErrorCode, message: string, field: Array<string> | null }> } };

export type PurchaseRequestUpdateMutationVariables = Exact<{
  input: PurchaseRequestUpdateInput;
}>;


export type PurchaseRequestUpdateMutation = { purchaseRequestUpdate: { purchaseRequest: { id: string, number: string, status: PurchaseRequestStatus, description: string, notes: string | null, approvedWithoutPolicy: boolean, submittedAt: string | null, approvedAt: string | null, cancelledAt: string | null, convertedAt: string | null, version: number, createdAt: string, updatedAt: string, requester: { id: string, code: string, name: string }, estimatedTotal: { amount: string, currency: string }, lines: Array<{ lineNo: number, productSku: string, productName: string, description: string | null, quantity: string, neededBy: string, preferredSupplierName: string | null, estimatedUnitPrice: { amount: string, currency: string }, estimatedTotal: { amount: string, currency: string } }>, approvalRequest: { id: string, status: ApprovalRequestStatus, round: number } | null } | null, errors: Array<{ code: PurchaseRequestErrorCode, message: string, field: Array<string> | null }> } };

export type PurchaseRequestSubmitMutationVariables = Exact<{
  input: PurchaseRequestActionInput;
}>;


export type PurchaseRequestSubmitMutation = { purchaseRequestSubmit: { purchaseRequest: { id: string, number: string, status: PurchaseRequestStatus, description: string, notes: string | null, approvedWithoutPolicy: boolean, submittedAt: string | null, approvedAt: string | null, cancelledAt: string | null, convertedAt: string | null, version: number, createdAt: string, updatedAt: string, requester: { id: string, code: string, name: string }, estimatedTotal: { amount: string, currency: string }, lines: Array<{ lineNo: number, productSku: string, productName: string, description: string | null, quantity: string, neededBy: string, preferredSupplierName: string | null, estimatedUnitPrice: { amount: string, currency: string }, estimatedTotal: { amount: string, currency: string } }>, approvalRequest: { id: string, status: ApprovalRequestStatus, round: number } | null } | null, errors: Array<{ code: PurchaseRequestErrorCode, message: string, field: Array<string> | null }> } };

export type PurchaseRequestCancelMutationVariables = Exact<{
  input: PurchaseRequestActionInput;
}>;


export type PurchaseRequestCancelMutation = { purchaseRequestCancel: { purchaseRequest: { id: string, number: string, status: PurchaseRequestStatus, description: string, notes: string | null, approvedWithoutPolicy: boolean, submittedAt: string | null, approvedAt: string | null, cancelledAt: string | null, convertedAt: string | null, version: number, createdAt: string, updatedAt: string, requester: { id: string, code: string, name: string }, estimatedTotal: { amount: string, currency: string }, lines: Array<{ lineNo: number, productSku: string, productName: string, description: string | null, quantity: string, neededBy: string, preferredSupplierName: string | null, estimatedUnitPrice: { amount: string, currency: string }, estimatedTotal: { amount: string, currency: string } }>, approvalRequest: { id: string, status: ApprovalRequestStatus, round: number } | null } | null, errors: Array<{ code: PurchaseRequestErrorCode, message: string, field: Array<string> | null }> } };

export type PurchaseRequestConvertMutationVariables = Exact<{
  input: PurchaseRequestConvertInput;
}>;


export type PurchaseRequestConvertMutation = { purchaseRequestConvert: { purchaseRequest: { id: string, number: string, status: PurchaseRequestStatus, description: string, notes: string | null, approvedWithoutPolicy: boolean, submittedAt: string | null, approvedAt: string | null, cancelledAt: string | null, convertedAt: string | null, version: number, createdAt: string, updatedAt: string, purchaseOrders: Array<{ id: string, number: string, status: PurchaseOrderStatus, currency: string, supplier: { id: string, code: string }, total: { amount: string, currency: string } }>, requester: { id: string, code: string, name: string }, estimatedTotal: { amount: string, currency: string }, lines: Array<{ lineNo: number, productSku: string, productName: string, description: string | null, quantity: string, neededBy: string, preferredSupplierName: string | null, estimatedUnitPrice: { amount: string, currency: string }, estimatedTotal: { amount: string, currency: string } }>, approvalRequest: { id: string, status: ApprovalRequestStatus, round: number } | null } | null, errors: Array<{ code: PurchaseRequestErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierFieldsFragment = { id: string, code: string, name: string, email: string | null, phone: string | null, taxId: string | null, currency: string, paymentTermsDays: number, isActive: boolean, version: number, createdAt: string, updatedAt: string, address: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null };

export type SupplierErrorFieldsFragment = { code: SupplierErrorCode, message: string, field: Array<string> | null };

export type SupplierQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierQuery = { supplier: { id: string, code: string, name: string, email: string | null, phone: string | null, taxId: string | null, currency: string, paymentTermsDays: number, isActive: boolean, version: number, createdAt: string, updatedAt: string, address: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null } | null };

export type SuppliersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: SupplierWhere | null | undefined;
  orderBy?: Array<SupplierOrderBy> | SupplierOrderBy | null | undefined;
}>;


export type SuppliersQuery = { suppliers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, email: string | null, phone: string | null, taxId: string | null, currency: string, paymentTermsDays: number, isActive: boolean, version: number, createdAt: string, updatedAt: string, address: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null }> } };

export type SupplierCreateMutationVariables = Exact<{
  input: SupplierCreateInput;
}>;


export type SupplierCreateMutation = { supplierCreate: { supplier: { id: string, code: string, name: string, email: string | null, phone: string | null, taxId: string | null, currency: string, paymentTermsDays: number, isActive: boolean, version: number, createdAt: string, updatedAt: string, address: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null } | null, errors: Array<{ code: SupplierErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierUpdateMutationVariables = Exact<{
  input: SupplierUpdateInput;
}>;


export type SupplierUpdateMutation = { supplierUpdate: { supplier: { id: string, code: string, name: string, email: string | null, phone: string | null, taxId: string | null, currency: string, paymentTermsDays: number, isActive: boolean, version: number, createdAt: string, updatedAt: string, address: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null } | null, errors: Array<{ code: SupplierErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierDeactivateMutationVariables = Exact<{
  input: SupplierStateInput;
}>;


export type SupplierDeactivateMutation = { supplierDeactivate: { supplier: { id: string, code: string, name: string, email: string | null, phone: string | null, taxId: string | null, currency: string, paymentTermsDays: number, isActive: boolean, version: number, createdAt: string, updatedAt: string, address: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null } | null, errors: Array<{ code: SupplierErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierActivateMutationVariables = Exact<{
  input: SupplierStateInput;
}>;


export type SupplierActivateMutation = { supplierActivate: { supplier: { id: string, code: string, name: string, email: string | null, phone: string | null, taxId: string | null, currency: string, paymentTermsDays: number, isActive: boolean, version: number, createdAt: string, updatedAt: string, address: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, region: string | null, country: string | null } | null } | null, errors: Array<{ code: SupplierErrorCode, message: string, field: Array<string> | null }> } };

export type SupplierDeleteMutationVariables = Exact<{
  input: SupplierStateInput;
}>;


export type SupplierDeleteMutation = { supplierDelete: { deletedSupplierId: string | null, errors: Array<{ code: SupplierErrorCode, message: string, field: Array<string> | null }> } };

export type SalesOrderInvoicingFieldsFragment = { id: string, number: string, status: SalesOrderStatus, invoiceStatus: SalesOrderInvoiceStatus, invoicedAmount: { amount: string, currency: string }, paidAmount: { amount: string, currency: string }, creditedAmount: { amount: string, currency: string }, lines: Array<{ lineNo: number, quantity: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string }>, invoices: Array<{ id: string, number: string | null, status: InvoiceStatus, total: { amount: string, currency: string }, balanceDue: { amount: string, currency: string } }>, closeCreditNotes: Array<{ id: string, number: string | null, status: InvoiceStatus, total: { amount: string, currency: string }, balanceDue: { amount: string, currency: string } }> };

export type CustomerInvoicePolicySetMutationVariables = Exact<{
  input: CustomerInvoicePolicySetInput;
}>;


export type CustomerInvoicePolicySetMutation = { customerInvoicePolicySet: { customer: { id: string, code: string, invoicePolicy: InvoicePolicy } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesOrderInvoiceMutationVariables = Exact<{
  input: SalesOrderInvoiceInput;
}>;


export type SalesOrderInvoiceMutation = { salesOrderInvoice: { invoice: { id: string, kind: InvoiceKind, status: InvoiceStatus, number: string | null, currency: string, issueDate: string, dueDate: string, reference: string | null, memo: string | null, totalBase: string | null, postedAt: string | null, voidedAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string } | null, supplier: { id: string, code: string, name: string } | null, salesOrder: { id: string, number: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, amountPaid: { amount: string, currency: string }, balanceDue: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, discountPercent: string, taxRate: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string } | null, account: { id: string, code: string } }>, allocations: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, applications: Array<{ amount: string, date: string, exchangeDifference: string, invoice: { id: string, number: string | null }, payment: { id: string, number: string } | null, creditNote: { id: string, number: string | null } | null }>, creditedInvoice: { id: string, number: string | null } | null, journalEntry: { id: string, number: string | null } | null } | null, salesOrder: { id: string, number: string, status: SalesOrderStatus, invoiceStatus: SalesOrderInvoiceStatus, invoicedAmount: { amount: string, currency: string }, paidAmount: { amount: string, currency: string }, creditedAmount: { amount: string, currency: string }, lines: Array<{ lineNo: number, quantity: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string }>, invoices: Array<{ id: string, number: string | null, status: InvoiceStatus, total: { amount: string, currency: string }, balanceDue: { amount: string, currency: string } }>, closeCreditNotes: Array<{ id: string, number: string | null, status: InvoiceStatus, total: { amount: string, currency: string }, balanceDue: { amount: string, currency: string } }> } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesOrderLineFieldsFragment = { lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, quantityReserved: string, quantityBackordered: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string, availableStock: string | null, product: { id: string, sku: string, name: string }, reservations: Array<{ id: string, quantity: string, consumed: string, location: { id: string, code: string } }> };

export type SalesOrderFieldsFragment = { id: string, number: string, status: SalesOrderStatus, invoiceStatus: SalesOrderInvoiceStatus, currency: string, orderDate: string, requestedDeliveryDate: string | null, notes: string | null, customerReference: string | null, quoteNumber: string | null, creditLimitExceeded: boolean, confirmedWithoutApproval: boolean, submittedAt: string | null, confirmedAt: string | null, cancelledAt: string | null, closedAt: string | null, closeReason: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, shippingAddress: { line1: string | null, line2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null } | null, location: { id: string, code: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, quantityReserved: string, quantityBackordered: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string, availableStock: string | null, product: { id: string, sku: string, name: string }, reservations: Array<{ id: string, quantity: string, consumed: string, location: { id: string, code: string } }> }>, shipments: Array<{ id: string, number: string, status: ShipmentStatus }>, approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, requester: { id: string, name: string } | null, creditExposure: { amount: string, currency: string } | null, createdBy: { id: string, name: string } | null };

export type SalesOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type SalesOrderQuery = { salesOrder: { id: string, number: string, status: SalesOrderStatus, invoiceStatus: SalesOrderInvoiceStatus, currency: string, orderDate: string, requestedDeliveryDate: string | null, notes: string | null, customerReference: string | null, quoteNumber: string | null, creditLimitExceeded: boolean, confirmedWithoutApproval: boolean, submittedAt: string | null, confirmedAt: string | null, cancelledAt: string | null, closedAt: string | null, closeReason: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, shippingAddress: { line1: string | null, line2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null } | null, location: { id: string, code: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, quantityReserved: string, quantityBackordered: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string, availableStock: string | null, product: { id: string, sku: string, name: string }, reservations: Array<{ id: string, quantity: string, consumed: string, location: { id: string, code: string } }> }>, shipments: Array<{ id: string, number: string, status: ShipmentStatus }>, approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, requester: { id: string, name: string } | null, creditExposure: { amount: string, currency: string } | null, createdBy: { id: string, name: string } | null } | null };

export type SalesOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: SalesOrderWhere | null | undefined;
  orderBy?: Array<SalesOrderOrderBy> | SalesOrderOrderBy | null | undefined;
}>;


export type SalesOrdersQuery = { salesOrders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, number: string, status: SalesOrderStatus, invoiceStatus: SalesOrderInvoiceStatus, currency: string, orderDate: string, requestedDeliveryDate: string | null, notes: string | null, customerReference: string | null, quoteNumber: string | null, creditLimitExceeded: boolean, confirmedWithoutApproval: boolean, submittedAt: string | null, confirmedAt: string | null, cancelledAt: string | null, closedAt: string | null, closeReason: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, shippingAddress: { line1: string | null, line2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null } | null, location: { id: string, code: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, quantityReserved: string, quantityBackordered: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string, availableStock: string | null, product: { id: string, sku: string, name: string }, reservations: Array<{ id: string, quantity: string, consumed: string, location: { id: string, code: string } }> }>, shipments: Array<{ id: string, number: string, status: ShipmentStatus }>, approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, requester: { id: string, name: string } | null, creditExposure: { amount: string, currency: string } | null, createdBy: { id: string, name: string } | null }> } };

export type SalesOrderCreateMutationVariables = Exact<{
  input: SalesOrderCreateInput;
}>;


export type SalesOrderCreateMutation = { salesOrderCreate: { salesOrder: { id: string, number: string, status: SalesOrderStatus, invoiceStatus: SalesOrderInvoiceStatus, currency: string, orderDate: string, requestedDeliveryDate: string | null, notes: string | null, customerReference: string | null, quoteNumber: string | null, creditLimitExceeded: boolean, confirmedWithoutApproval: boolean, submittedAt: string | null, confirmedAt: string | null, cancelledAt: string | null, closedAt: string | null, closeReason: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, shippingAddress: { line1: string | null, line2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null } | null, location: { id: string, code: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, quantityReserved: string, quantityBackordered: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string, availableStock: string | null, product: { id: string, sku: string, name: string }, reservations: Array<{ id: string, quantity: string, consumed: string, location: { id: string, code: string } }> }>, shipments: Array<{ id: string, number: string, status: ShipmentStatus }>, approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, requester: { id: string, name: string } | null, creditExposure: { amount: string, currency: string } | null, createdBy: { id: string, name: string } | null } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesOrderUpdateMutationVariables = Exact<{
  input: SalesOrderUpdateInput;
}>;


export type SalesOrderUpdateMutation = { salesOrderUpdate: { salesOrder: { id: string, number: string, status: SalesOrderStatus, invoiceStatus: SalesOrderInvoiceStatus, currency: string, orderDate: string, requestedDeliveryDate: string | null, notes: string | null, customerReference: string | null, quoteNumber: string | null, creditLimitExceeded: boolean, confirmedWithoutApproval: boolean, submittedAt: string | null, confirmedAt: string | null, cancelledAt: string | null, closedAt: string | null, closeReason: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, shippingAddress: { line1: string | null, line2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null } | null, location: { id: string, code: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, quantityReserved: string, quantityBackordered: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string, availableStock: string | null, product: { id: string, sku: string, name: string }, reservations: Array<{ id: string, quantity: string, consumed: string, location: { id: string, code: string } }> }>, shipments: Array<{ id: string, number: string, status: ShipmentStatus }>, approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, requester: { id: string, name: string } | null, creditExposure: { amount: string, currency: string } | null, createdBy: { id: string, name: string } | null } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesOrderConfirmMutationVariables = Exact<{
  input: SalesOrderConfirmInput;
}>;


export type SalesOrderConfirmMutation = { salesOrderConfirm: { salesOrder: { id: string, number: string, status: SalesOrderStatus, invoiceStatus: SalesOrderInvoiceStatus, currency: string, orderDate: string, requestedDeliveryDate: string | null, notes: string | null, customerReference: string | null, quoteNumber: string | null, creditLimitExceeded: boolean, confirmedWithoutApproval: boolean, submittedAt: string | null, confirmedAt: string | null, cancelledAt: string | null, closedAt: string | null, closeReason: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, shippingAddress: { line1: string | null, line2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null } | null, location: { id: string, code: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, quantityReserved: string, quantityBackordered: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string, availableStock: string | null, product: { id: string, sku: string, name: string }, reservations: Array<{ id: string, quantity: string, consumed: string, location: { id: string, code: string } }> }>, shipments: Array<{ id: string, number: string, status: ShipmentStatus }>, approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, requester: { id: string, name: string } | null, creditExposure: { amount: string, currency: string } | null, createdBy: { id: string, name: string } | null } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesOrderCancelMutationVariables = Exact<{
  input: SalesOrderCancelInput;
}>;


export type SalesOrderCancelMutation = { salesOrderCancel: { salesOrder: { id: string, number: string, status: SalesOrderStatus, invoiceStatus: SalesOrderInvoiceStatus, currency: string, orderDate: string, requestedDeliveryDate: string | null, notes: string | null, customerReference: string | null, quoteNumber: string | null, creditLimitExceeded: boolean, confirmedWithoutApproval: boolean, submittedAt: string | null, confirmedAt: string | null, cancelledAt: string | null, closedAt: string | null, closeReason: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, shippingAddress: { line1: string | null, line2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null } | null, location: { id: string, code: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, quantityReserved: string, quantityBackordered: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string, availableStock: string | null, product: { id: string, sku: string, name: string }, reservations: Array<{ id: string, quantity: string, consumed: string, location: { id: string, code: string } }> }>, shipments: Array<{ id: string, number: string, status: ShipmentStatus }>, approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, requester: { id: string, name: string } | null, creditExposure: { amount: string, currency: string } | null, createdBy: { id: string, name: string } | null } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesOrderCloseMutationVariables = Exact<{
  input: SalesOrderCloseInput;
}>;


export type SalesOrderCloseMutation = { salesOrderClose: { salesOrder: { id: string, number: string, status: SalesOrderStatus, invoiceStatus: SalesOrderInvoiceStatus, currency: string, orderDate: string, requestedDeliveryDate: string | null, notes: string | null, customerReference: string | null, quoteNumber: string | null, creditLimitExceeded: boolean, confirmedWithoutApproval: boolean, submittedAt: string | null, confirmedAt: string | null, cancelledAt: string | null, closedAt: string | null, closeReason: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, shippingAddress: { line1: string | null, line2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null } | null, location: { id: string, code: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, quantityReserved: string, quantityBackordered: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string, availableStock: string | null, product: { id: string, sku: string, name: string }, reservations: Array<{ id: string, quantity: string, consumed: string, location: { id: string, code: string } }> }>, shipments: Array<{ id: string, number: string, status: ShipmentStatus }>, approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, requester: { id: string, name: string } | null, creditExposure: { amount: string, currency: string } | null, createdBy: { id: string, name: string } | null } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type QuoteConvertMutationVariables = Exact<{
  input: QuoteConvertInput;
}>;


export type QuoteConvertMutation = { quoteConvert: { salesOrder: { id: string, number: string, status: SalesOrderStatus, invoiceStatus: SalesOrderInvoiceStatus, currency: string, orderDate: string, requestedDeliveryDate: string | null, notes: string | null, customerReference: string | null, quoteNumber: string | null, creditLimitExceeded: boolean, confirmedWithoutApproval: boolean, submittedAt: string | null, confirmedAt: string | null, cancelledAt: string | null, closedAt: string | null, closeReason: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, shippingAddress: { line1: string | null, line2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null } | null, location: { id: string, code: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, quantityReserved: string, quantityBackordered: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string, availableStock: string | null, product: { id: string, sku: string, name: string }, reservations: Array<{ id: string, quantity: string, consumed: string, location: { id: string, code: string } }> }>, shipments: Array<{ id: string, number: string, status: ShipmentStatus }>, approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, requester: { id: string, name: string } | null, creditExposure: { amount: string, currency: string } | null, createdBy: { id: string, name: string } | null } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesOrderReserveMutationVariables = Exact<{
  input: SalesOrderReserveInput;
}>;


export type SalesOrderReserveMutation = { salesOrderReserve: { salesOrder: { id: string, number: string, status: SalesOrderStatus, invoiceStatus: SalesOrderInvoiceStatus, currency: string, orderDate: string, requestedDeliveryDate: string | null, notes: string | null, customerReference: string | null, quoteNumber: string | null, creditLimitExceeded: boolean, confirmedWithoutApproval: boolean, submittedAt: string | null, confirmedAt: string | null, cancelledAt: string | null, closedAt: string | null, closeReason: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, shippingAddress: { line1: string | null, line2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null } | null, location: { id: string, code: string } | null, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, quantityReserved: string, quantityBackordered: string, quantityShipped: string, quantityInvoiced: string, quantityReturned: string, quantityCredited: string, quantityToInvoice: string, availableStock: string | null, product: { id: string, sku: string, name: string }, reservations: Array<{ id: string, quantity: string, consumed: string, location: { id: string, code: string } }> }>, shipments: Array<{ id: string, number: string, status: ShipmentStatus }>, approvalRequest: { facts: unknown, id: string, subjectType: string, subjectId: string, title: string, status: ApprovalRequestStatus, round: number, ruleName: string, version: number, submittedAt: string, decidedAt: string | null, createdAt: string, steps: Array<{ id: string, name: string, round: number, position: number, mode: ApprovalMode, requiredApprovals: number, approvedCount: number, status: ApprovalStepStatus, slaHours: number | null, dueAt: string | null, escalatedAt: string | null, activatedAt: string | null, closedAt: string | null, assignees: Array<{ status: ApprovalAssigneeStatus, comment: string | null, decidedAt: string | null, employee: { id: string, code: string, name: string }, onBehalfOf: { id: string, code: string, name: string } | null }> }>, history: Array<{ action: ApprovalAction, actorName: string, comment: string | null, createdAt: string, actor: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null, step: { id: string, name: string } | null }>, requester: { id: string, code: string, name: string }, currentStep: { id: string, name: string, position: number, dueAt: string | null } | null } | null, requester: { id: string, name: string } | null, creditExposure: { amount: string, currency: string } | null, createdBy: { id: string, name: string } | null } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type SalesReturnLineFieldsFragment = { lineNo: number, quantity: string, quantityCredited: string, product: { id: string, sku: string, name: string }, value: { amount: string, currency: string } | null, stockMove: { id: string, unitCost: string, value: string } | null };

export type SalesReturnFieldsFragment = { id: string, number: string, status: SalesReturnStatus, reason: string, returnDate: string, receivedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, salesOrder: { id: string, number: string, status: SalesOrderStatus }, location: { id: string, code: string }, value: { amount: string, currency: string } | null, lines: Array<{ lineNo: number, quantity: string, quantityCredited: string, product: { id: string, sku: string, name: string }, value: { amount: string, currency: string } | null, stockMove: { id: string, unitCost: string, value: string } | null }> };

export type SalesReturnQueryVariables = Exact<{
  id: string | number;
}>;


export type SalesReturnQuery = { salesReturn: { id: string, number: string, status: SalesReturnStatus, reason: string, returnDate: string, receivedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, salesOrder: { id: string, number: string, status: SalesOrderStatus }, location: { id: string, code: string }, value: { amount: string, currency: string } | null, lines: Array<{ lineNo: number, quantity: string, quantityCredited: string, product: { id: string, sku: string, name: string }, value: { amount: string, currency: string } | null, stockMove: { id: string, unitCost: string, value: string } | null }> } | null };

export type SalesReturnsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: SalesReturnWhere | null | undefined;
  orderBy?: Array<SalesReturnOrderBy> | SalesReturnOrderBy | null | undefined;
}>;


export type SalesReturnsQuery = { salesReturns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, number: string, status: SalesReturnStatus, reason: string, returnDate: string, receivedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, salesOrder: { id: string, number: string, status: SalesOrderStatus }, location: { id: string, code: string }, value: { amount: string, currency: string } | null, lines: Array<{ lineNo: number, quantity: string, quantityCredited: string, product: { id: string, sku: string, name: string }, value: { amount: string, currency: string } | null, stockMove: { id: string, unitCost: string, value: string } | null }> }> } };

export type ReturnCreateMutationVariables = Exact<{
  input: SalesReturnCreateInput;
}>;


export type ReturnCreateMutation = { returnCreate: { salesReturn: { id: string, number: string, status: SalesReturnStatus, reason: string, returnDate: string, receivedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, salesOrder: { id: string, number: string, status: SalesOrderStatus }, location: { id: string, code: string }, value: { amount: string, currency: string } | null, lines: Array<{ lineNo: number, quantity: string, quantityCredited: string, product: { id: string, sku: string, name: string }, value: { amount: string, currency: string } | null, stockMove: { id: string, unitCost: string, value: string } | null }> } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type ReturnReceiveMutationVariables = Exact<{
  input: SalesReturnStateInput;
}>;


export type ReturnReceiveMutation = { returnReceive: { salesReturn: { id: string, number: string, status: SalesReturnStatus, reason: string, returnDate: string, receivedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, salesOrder: { id: string, number: string, status: SalesOrderStatus }, location: { id: string, code: string }, value: { amount: string, currency: string } | null, lines: Array<{ lineNo: number, quantity: string, quantityCredited: string, product: { id: string, sku: string, name: string }, value: { amount: string, currency: string } | null, stockMove: { id: string, unitCost: string, value: string } | null }> } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type ReturnCancelMutationVariables = Exact<{
  input: SalesReturnStateInput;
}>;


export type ReturnCancelMutation = { returnCancel: { salesReturn: { id: string, number: string, status: SalesReturnStatus, reason: string, returnDate: string, receivedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, salesOrder: { id: string, number: string, status: SalesOrderStatus }, location: { id: string, code: string }, value: { amount: string, currency: string } | null, lines: Array<{ lineNo: number, quantity: string, quantityCredited: string, product: { id: string, sku: string, name: string }, value: { amount: string, currency: string } | null, stockMove: { id: string, unitCost: string, value: string } | null }> } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type TaxRateFieldsFragment = { id: string, code: string, name: string, rate: string, priceIncludesTax: boolean, isActive: boolean, isDefault: boolean, version: number, createdAt: string, updatedAt: string };

export type PriceListFieldsFragment = { id: string, name: string, currency: string, validFrom: string | null, validTo: string | null, isActive: boolean, version: number, createdAt: string, updatedAt: string };

export type PriceListItemFieldsFragment = { minQuantity: string, product: { id: string, sku: string }, unitPrice: { amount: string, currency: string } };

export type QuoteLineFieldsFragment = { lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, priceOverridden: boolean, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string, name: string }, priceList: { id: string, name: string } | null, taxRate: { id: string, code: string } | null };

export type QuoteFieldsFragment = { id: string, number: string, status: QuoteStatus, currency: string, quoteDate: string, validUntil: string, notes: string | null, sentAt: string | null, acceptedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, priceOverridden: boolean, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string, name: string }, priceList: { id: string, name: string } | null, taxRate: { id: string, code: string } | null }> };

export type CustomerSalesFieldsFragment = { id: string, code: string, priceLists: Array<{ currency: string, priceList: { id: string, name: string } }>, taxExemption: { reason: string, certificateNumber: string | null, validFrom: string | null, validTo: string | null } | null };

export type TaxRateQueryVariables = Exact<{
  id: string | number;
}>;


export type TaxRateQuery = { taxRate: { id: string, code: string, name: string, rate: string, priceIncludesTax: boolean, isActive: boolean, isDefault: boolean, version: number, createdAt: string, updatedAt: string } | null };

export type TaxRatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: TaxRateWhere | null | undefined;
}>;


export type TaxRatesQuery = { taxRates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, rate: string, priceIncludesTax: boolean, isActive: boolean, isDefault: boolean, version: number, createdAt: string, updatedAt: string }> } };

export type PriceListQueryVariables = Exact<{
  id: string | number;
  itemsFirst?: number | null | undefined;
  itemsAfter?: string | null | undefined;
}>;


export type PriceListQuery = { priceList: { id: string, name: string, currency: string, validFrom: string | null, validTo: string | null, isActive: boolean, version: number, createdAt: string, updatedAt: string, items: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ minQuantity: string, product: { id: string, sku: string }, unitPrice: { amount: string, currency: string } }> } } | null };

export type PriceListsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: PriceListWhere | null | undefined;
}>;


export type PriceListsQuery = { priceLists: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, name: string, currency: string, validFrom: string | null, validTo: string | null, isActive: boolean, version: number, createdAt: string, updatedAt: string }> } };

export type ProductPriceQueryVariables = Exact<{
  productId: string | number;
  customerId?: string | number | null | undefined;
  quantity?: string | null | undefined;
  currency?: string | null | undefined;
  date?: string | null | undefined;
}>;


export type ProductPriceQuery = { productPrice: { quantity: string, source: PriceSource | null, taxExempt: boolean, priceIncludesTax: boolean, product: { id: string, sku: string }, unitPrice: { amount: string, currency: string } | null, priceList: { id: string, name: string } | null, taxRate: { id: string, code: string, name: string, rate: string, priceIncludesTax: boolean, isActive: boolean, isDefault: boolean, version: number, createdAt: string, updatedAt: string } | null } };

export type QuoteQueryVariables = Exact<{
  id: string | number;
}>;


export type QuoteQuery = { quote: { id: string, number: string, status: QuoteStatus, currency: string, quoteDate: string, validUntil: string, notes: string | null, sentAt: string | null, acceptedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, priceOverridden: boolean, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string, name: string }, priceList: { id: string, name: string } | null, taxRate: { id: string, code: string } | null }> } | null };

export type QuotesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: QuoteWhere | null | undefined;
  orderBy?: Array<QuoteOrderBy> | QuoteOrderBy | null | undefined;
}>;


export type QuotesQuery = { quotes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, number: string, status: QuoteStatus, currency: string, quoteDate: string, validUntil: string, notes: string | null, sentAt: string | null, acceptedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, priceOverridden: boolean, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string, name: string }, priceList: { id: string, name: string } | null, taxRate: { id: string, code: string } | null }> }> } };

export type TaxRateCreateMutationVariables = Exact<{
  input: TaxRateCreateInput;
}>;


export type TaxRateCreateMutation = { taxRateCreate: { taxRate: { id: string, code: string, name: string, rate: string, priceIncludesTax: boolean, isActive: boolean, isDefault: boolean, version: number, createdAt: string, updatedAt: string } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type TaxRateUpdateMutationVariables = Exact<{
  input: TaxRateUpdateInput;
}>;


export type TaxRateUpdateMutation = { taxRateUpdate: { taxRate: { id: string, code: string, name: string, rate: string, priceIncludesTax: boolean, isActive: boolean, isDefault: boolean, version: number, createdAt: string, updatedAt: string } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type ProductTaxRateSetMutationVariables = Exact<{
  input: ProductTaxRateSetInput;
}>;


export type ProductTaxRateSetMutation = { productTaxRateSet: { taxRate: { id: string, code: string, name: string, rate: string, priceIncludesTax: boolean, isActive: boolean, isDefault: boolean, version: number, createdAt: string, updatedAt: string } | null, product: { id: string, sku: string } | null, category: { id: string, name: string } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerTaxExemptionSetMutationVariables = Exact<{
  input: CustomerTaxExemptionSetInput;
}>;


export type CustomerTaxExemptionSetMutation = { customerTaxExemptionSet: { customer: { id: string, code: string, priceLists: Array<{ currency: string, priceList: { id: string, name: string } }>, taxExemption: { reason: string, certificateNumber: string | null, validFrom: string | null, validTo: string | null } | null } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerTaxExemptionDeleteMutationVariables = Exact<{
  input: CustomerTaxExemptionDeleteInput;
}>;


export type CustomerTaxExemptionDeleteMutation = { customerTaxExemptionDelete: { customer: { id: string, code: string, priceLists: Array<{ currency: string, priceList: { id: string, name: string } }>, taxExemption: { reason: string, certificateNumber: string | null, validFrom: string | null, validTo: string | null } | null } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type PriceListCreateMutationVariables = Exact<{
  input: PriceListCreateInput;
}>;


export type PriceListCreateMutation = { priceListCreate: { priceList: { id: string, name: string, currency: string, validFrom: string | null, validTo: string | null, isActive: boolean, version: number, createdAt: string, updatedAt: string } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type PriceListUpdateMutationVariables = Exact<{
  input: PriceListUpdateInput;
}>;


export type PriceListUpdateMutation = { priceListUpdate: { priceList: { id: string, name: string, currency: string, validFrom: string | null, validTo: string | null, isActive: boolean, version: number, createdAt: string, updatedAt: string } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type PriceListItemsSetMutationVariables = Exact<{
  input: PriceListItemsSetInput;
}>;


export type PriceListItemsSetMutation = { priceListItemsSet: { priceList: { id: string, name: string, currency: string, validFrom: string | null, validTo: string | null, isActive: boolean, version: number, createdAt: string, updatedAt: string } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type PriceListAssignMutationVariables = Exact<{
  input: PriceListAssignInput;
}>;


export type PriceListAssignMutation = { priceListAssign: { customer: { id: string, code: string, priceLists: Array<{ currency: string, priceList: { id: string, name: string } }>, taxExemption: { reason: string, certificateNumber: string | null, validFrom: string | null, validTo: string | null } | null } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type QuoteCreateMutationVariables = Exact<{
  input: QuoteCreateInput;
}>;


export type QuoteCreateMutation = { quoteCreate: { quote: { id: string, number: string, status: QuoteStatus, currency: string, quoteDate: string, validUntil: string, notes: string | null, sentAt: string | null, acceptedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, priceOverridden: boolean, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string, name: string }, priceList: { id: string, name: string } | null, taxRate: { id: string, code: string } | null }> } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type QuoteUpdateMutationVariables = Exact<{
  input: QuoteUpdateInput;
}>;


export type QuoteUpdateMutation = { quoteUpdate: { quote: { id: string, number: string, status: QuoteStatus, currency: string, quoteDate: string, validUntil: string, notes: string | null, sentAt: string | null, acceptedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, priceOverridden: boolean, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string, name: string }, priceList: { id: string, name: string } | null, taxRate: { id: string, code: string } | null }> } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type QuoteSendMutationVariables = Exact<{
  input: QuoteStateInput;
}>;


export type QuoteSendMutation = { quoteSend: { quote: { id: string, number: string, status: QuoteStatus, currency: string, quoteDate: string, validUntil: string, notes: string | null, sentAt: string | null, acceptedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, priceOverridden: boolean, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string, name: string }, priceList: { id: string, name: string } | null, taxRate: { id: string, code: string } | null }> } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type QuoteAcceptMutationVariables = Exact<{
  input: QuoteStateInput;
}>;


export type QuoteAcceptMutation = { quoteAccept: { quote: { id: string, number: string, status: QuoteStatus, currency: string, quoteDate: string, validUntil: string, notes: string | null, sentAt: string | null, acceptedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, priceOverridden: boolean, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string, name: string }, priceList: { id: string, name: string } | null, taxRate: { id: string, code: string } | null }> } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type QuoteCancelMutationVariables = Exact<{
  input: QuoteStateInput;
}>;


export type QuoteCancelMutation = { quoteCancel: { quote: { id: string, number: string, status: QuoteStatus, currency: string, quoteDate: string, validUntil: string, notes: string | null, sentAt: string | null, acceptedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, customer: { id: string, code: string, name: string }, subtotal: { amount: string, currency: string }, discountTotal: { amount: string, currency: string }, taxTotal: { amount: string, currency: string }, total: { amount: string, currency: string }, lines: Array<{ lineNo: number, description: string, quantity: string, unitPrice: string, priceSource: PriceSource, priceOverridden: boolean, discountPercent: string, taxPercent: string, priceIncludesTax: boolean, gross: string, discount: string, subtotal: string, tax: string, total: string, product: { id: string, sku: string, name: string }, priceList: { id: string, name: string } | null, taxRate: { id: string, code: string } | null }> } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type ShipmentLineFieldsFragment = { quantity: string, orderLine: { lineNo: number }, product: { id: string, sku: string, name: string }, stockMove: { id: string, unitCost: string, value: string } | null };

export type ShipmentFieldsFragment = { id: string, number: string, status: ShipmentStatus, plannedDate: string | null, carrier: string | null, trackingReference: string | null, notes: string | null, shippedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, salesOrder: { id: string, number: string, status: SalesOrderStatus }, location: { id: string, code: string }, costOfGoods: { amount: string, currency: string } | null, lines: Array<{ quantity: string, orderLine: { lineNo: number }, product: { id: string, sku: string, name: string }, stockMove: { id: string, unitCost: string, value: string } | null }> };

export type ShipmentQueryVariables = Exact<{
  id: string | number;
}>;


export type ShipmentQuery = { shipment: { id: string, number: string, status: ShipmentStatus, plannedDate: string | null, carrier: string | null, trackingReference: string | null, notes: string | null, shippedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, salesOrder: { id: string, number: string, status: SalesOrderStatus }, location: { id: string, code: string }, costOfGoods: { amount: string, currency: string } | null, lines: Array<{ quantity: string, orderLine: { lineNo: number }, product: { id: string, sku: string, name: string }, stockMove: { id: string, unitCost: string, value: string } | null }> } | null };

export type ShipmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: ShipmentWhere | null | undefined;
}>;


export type ShipmentsQuery = { shipments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, number: string, status: ShipmentStatus, plannedDate: string | null, carrier: string | null, trackingReference: string | null, notes: string | null, shippedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, salesOrder: { id: string, number: string, status: SalesOrderStatus }, location: { id: string, code: string }, costOfGoods: { amount: string, currency: string } | null, lines: Array<{ quantity: string, orderLine: { lineNo: number }, product: { id: string, sku: string, name: string }, stockMove: { id: string, unitCost: string, value: string } | null }> }> } };

export type ShipmentCreateMutationVariables = Exact<{
  input: ShipmentCreateInput;
}>;


export type ShipmentCreateMutation = { shipmentCreate: { shipment: { id: string, number: string, status: ShipmentStatus, plannedDate: string | null, carrier: string | null, trackingReference: string | null, notes: string | null, shippedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, salesOrder: { id: string, number: string, status: SalesOrderStatus }, location: { id: string, code: string }, costOfGoods: { amount: string, currency: string } | null, lines: Array<{ quantity: string, orderLine: { lineNo: number }, product: { id: string, sku: string, name: string }, stockMove: { id: string, unitCost: string, value: string } | null }> } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type ShipmentShipMutationVariables = Exact<{
  input: ShipmentStateInput;
}>;


export type ShipmentShipMutation = { shipmentShip: { shipment: { id: string, number: string, status: ShipmentStatus, plannedDate: string | null, carrier: string | null, trackingReference: string | null, notes: string | null, shippedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, salesOrder: { id: string, number: string, status: SalesOrderStatus }, location: { id: string, code: string }, costOfGoods: { amount: string, currency: string } | null, lines: Array<{ quantity: string, orderLine: { lineNo: number }, product: { id: string, sku: string, name: string }, stockMove: { id: string, unitCost: string, value: string } | null }> } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export type ShipmentCancelMutationVariables = Exact<{
  input: ShipmentStateInput;
}>;


export type ShipmentCancelMutation = { shipmentCancel: { shipment: { id: string, number: string, status: ShipmentStatus, plannedDate: string | null, carrier: string | null, trackingReference: string | null, notes: string | null, shippedAt: string | null, cancelledAt: string | null, version: number, createdAt: string, updatedAt: string, salesOrder: { id: string, number: string, status: SalesOrderStatus }, location: { id: string, code: string }, costOfGoods: { amount: string, currency: string } | null, lines: Array<{ quantity: string, orderLine: { lineNo: number }, product: { id: string, sku: string, name: string }, stockMove: { id: string, unitCost: string, value: string } | null }> } | null, errors: Array<{ code: SalesErrorCode, message: string, field: Array<string> | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ApprovalErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApprovalErrorFields on ApprovalError {
  code
  message
  field
}
    `, {"fragmentName":"ApprovalErrorFields"}) as unknown as TypedDocumentString<ApprovalErrorFieldsFragment, unknown>;
export const ApproverDefinitionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApproverDefinitionFields on ApproverDefinition {
  kind
  level
  role
  employeeId
}
    `, {"fragmentName":"ApproverDefinitionFields"}) as unknown as TypedDocumentString<ApproverDefinitionFieldsFragment, unknown>;
export const ApprovalPolicyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApprovalPolicyFields on ApprovalPolicy {
  id
  subjectType
  name
  version
  rules {
    name
    conditions {
      fact
      operator
      values
    }
    steps {
      name
      mode
      requiredCount
      slaHours
      approvers {
        ...ApproverDefinitionFields
      }
      escalateTo {
        ...ApproverDefinitionFields
      }
    }
  }
  createdAt
  updatedAt
}
    fragment ApproverDefinitionFields on ApproverDefinition {
  kind
  level
  role
  employeeId
}`, {"fragmentName":"ApprovalPolicyFields"}) as unknown as TypedDocumentString<ApprovalPolicyFieldsFragment, unknown>;
export const ApprovalDelegationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApprovalDelegationFields on ApprovalDelegation {
  id
  status
  startsOn
  endsOn
  createdAt
  cancelledAt
  delegator {
    id
    code
    name
  }
  delegate {
    id
    code
    name
  }
}
    `, {"fragmentName":"ApprovalDelegationFields"}) as unknown as TypedDocumentString<ApprovalDelegationFieldsFragment, unknown>;
export const CustomerErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}
    `, {"fragmentName":"CustomerErrorFields"}) as unknown as TypedDocumentString<CustomerErrorFieldsFragment, unknown>;
export const ExpenseClaimFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExpenseClaimFields on ExpenseClaim {
  id
  title
  status
  baseAmount
  journalEntryId
  version
  createdAt
  updatedAt
  employee {
    id
    code
    name
  }
  totals {
    amount
    currency
  }
  lines {
    lineNo
    date
    category
    description
    amount {
      amount
      currency
    }
  }
  approvalRequest {
    id
    status
  }
}
    `, {"fragmentName":"ExpenseClaimFields"}) as unknown as TypedDocumentString<ExpenseClaimFieldsFragment, unknown>;
export const HrErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment HrErrorFields on HrError {
  code
  message
  field
}
    `, {"fragmentName":"HrErrorFields"}) as unknown as TypedDocumentString<HrErrorFieldsFragment, unknown>;
export const DepartmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DepartmentFields on Department {
  id
  name
  parent {
    id
    name
  }
  head {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"DepartmentFields"}) as unknown as TypedDocumentString<DepartmentFieldsFragment, unknown>;
export const PositionFieldsFragmentDoc = new TypedDocumentString(`
    fragment PositionFields on Position {
  id
  title
  createdAt
}
    `, {"fragmentName":"PositionFields"}) as unknown as TypedDocumentString<PositionFieldsFragment, unknown>;
export const EmployeeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EmployeeFields on Employee {
  id
  code
  name
  workEmail
  hireDate
  status
  terminatedOn
  department {
    id
    name
  }
  position {
    id
    title
  }
  manager {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"EmployeeFields"}) as unknown as TypedDocumentString<EmployeeFieldsFragment, unknown>;
export const LeaveTypeFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeaveTypeFields on LeaveType {
  id
  code
  name
  paid
  yearlyEntitlement
  carryOverCap
  createdAt
}
    `, {"fragmentName":"LeaveTypeFields"}) as unknown as TypedDocumentString<LeaveTypeFieldsFragment, unknown>;
export const LeaveRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeaveRequestFields on LeaveRequest {
  id
  startDate
  endDate
  halfDayStart
  halfDayEnd
  days
  reason
  status
  version
  createdAt
  updatedAt
  employee {
    id
    code
    name
  }
  leaveType {
    id
    code
    name
  }
  approvalRequest {
    id
    status
  }
}
    `, {"fragmentName":"LeaveRequestFields"}) as unknown as TypedDocumentString<LeaveRequestFieldsFragment, unknown>;
export const ProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductFields on Product {
  id
  sku
  name
  description
  type
  unitOfMeasure
  procurement
  costingMethod
  listPrice
  standardCost
  barcode
  category {
    id
    name
  }
  isActive
  allowNegativeStock
  leadTimeDays
  safetyStock
  reorderPoint
  minOrderQuantity
  orderMultiple
  lotSizeRule
  lotSizeQuantity
  averageCost
  stockValue
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"ProductFields"}) as unknown as TypedDocumentString<ProductFieldsFragment, unknown>;
export const ProductCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductCategoryFields on ProductCategory {
  id
  name
  parent {
    id
    name
  }
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"ProductCategoryFields"}) as unknown as TypedDocumentString<ProductCategoryFieldsFragment, unknown>;
export const InventoryErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
    `, {"fragmentName":"InventoryErrorFields"}) as unknown as TypedDocumentString<InventoryErrorFieldsFragment, unknown>;
export const WarehouseFieldsFragmentDoc = new TypedDocumentString(`
    fragment WarehouseFields on Warehouse {
  id
  code
  name
  rootLocation {
    id
    code
  }
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"WarehouseFields"}) as unknown as TypedDocumentString<WarehouseFieldsFragment, unknown>;
export const LocationFieldsFragmentDoc = new TypedDocumentString(`
    fragment LocationFields on Location {
  id
  code
  name
  type
  isRoot
  warehouse {
    id
    code
  }
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"LocationFields"}) as unknown as TypedDocumentString<LocationFieldsFragment, unknown>;
export const StockLevelFieldsFragmentDoc = new TypedDocumentString(`
    fragment StockLevelFields on StockLevel {
  product {
    id
    sku
  }
  location {
    id
    code
  }
  onHand
  reserved
  available
  updatedAt
}
    `, {"fragmentName":"StockLevelFields"}) as unknown as TypedDocumentString<StockLevelFieldsFragment, unknown>;
export const StockMoveFieldsFragmentDoc = new TypedDocumentString(`
    fragment StockMoveFields on StockMove {
  id
  product {
    id
    sku
  }
  quantity
  fromLocation {
    id
    code
    type
  }
  toLocation {
    id
    code
    type
  }
  unitCost
  value
  journalEntry {
    id
    number
    date
  }
  kind
  state
  reason
  reference {
    type
    id
    line
  }
  doneAt
  createdAt
}
    `, {"fragmentName":"StockMoveFields"}) as unknown as TypedDocumentString<StockMoveFieldsFragment, unknown>;
export const StockReservationFieldsFragmentDoc = new TypedDocumentString(`
    fragment StockReservationFields on StockReservation {
  id
  product {
    id
    sku
  }
  location {
    id
    code
  }
  demand {
    type
    id
    line
  }
  quantity
  consumed
  createdAt
  updatedAt
}
    `, {"fragmentName":"StockReservationFields"}) as unknown as TypedDocumentString<StockReservationFieldsFragment, unknown>;
export const CycleCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment CycleCountFields on CycleCount {
  id
  location {
    id
    code
  }
  state
  note
  lines {
    product {
      id
      sku
    }
    location {
      id
      code
    }
    expectedQuantity
    countedQuantity
    postedDifference
  }
  version
  createdAt
  postedAt
}
    `, {"fragmentName":"CycleCountFields"}) as unknown as TypedDocumentString<CycleCountFieldsFragment, unknown>;
export const AccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountFields on Account {
  id
  code
  name
  type
  subtype
  isActive
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"AccountFields"}) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const JournalFieldsFragmentDoc = new TypedDocumentString(`
    fragment JournalFields on Journal {
  id
  code
  name
  type
  createdAt
}
    `, {"fragmentName":"JournalFields"}) as unknown as TypedDocumentString<JournalFieldsFragment, unknown>;
export const JournalLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment JournalLineFields on JournalLine {
  lineNo
  account {
    id
    code
    name
  }
  debit
  credit
  currency
  amountCurrency
  rate
  description
}
    `, {"fragmentName":"JournalLineFields"}) as unknown as TypedDocumentString<JournalLineFieldsFragment, unknown>;
export const JournalEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment JournalEntryFields on JournalEntry {
  id
  number
  date
  journal {
    id
    code
  }
  reference
  memo
  status
  postedAt
  totalDebit
  totalCredit
  lines {
    ...JournalLineFields
  }
  reversalOf {
    id
    number
  }
  reversedBy {
    id
    number
  }
  source {
    type
    id
    purpose
  }
  version
  createdAt
  updatedAt
}
    fragment JournalLineFields on JournalLine {
  lineNo
  account {
    id
    code
    name
  }
  debit
  credit
  currency
  amountCurrency
  rate
  description
}`, {"fragmentName":"JournalEntryFields"}) as unknown as TypedDocumentString<JournalEntryFieldsFragment, unknown>;
export const PeriodFieldsFragmentDoc = new TypedDocumentString(`
    fragment PeriodFields on Period {
  id
  number
  startDate
  endDate
  status
  updatedAt
}
    `, {"fragmentName":"PeriodFields"}) as unknown as TypedDocumentString<PeriodFieldsFragment, unknown>;
export const FiscalYearFieldsFragmentDoc = new TypedDocumentString(`
    fragment FiscalYearFields on FiscalYear {
  id
  name
  startDate
  endDate
  closedAt
  createdAt
  periods {
    ...PeriodFields
  }
}
    fragment PeriodFields on Period {
  id
  number
  startDate
  endDate
  status
  updatedAt
}`, {"fragmentName":"FiscalYearFields"}) as unknown as TypedDocumentString<FiscalYearFieldsFragment, unknown>;
export const LedgerErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}
    `, {"fragmentName":"LedgerErrorFields"}) as unknown as TypedDocumentString<LedgerErrorFieldsFragment, unknown>;
export const StatementSectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatementSectionFields on StatementSection {
  rows {
    accountId
    code
    name
    amount
  }
  total
}
    `, {"fragmentName":"StatementSectionFields"}) as unknown as TypedDocumentString<StatementSectionFieldsFragment, unknown>;
export const BudgetComparisonFieldsFragmentDoc = new TypedDocumentString(`
    fragment BudgetComparisonFields on BudgetComparison {
  budget
  actual
  variance
  variancePercent
}
    `, {"fragmentName":"BudgetComparisonFields"}) as unknown as TypedDocumentString<BudgetComparisonFieldsFragment, unknown>;
export const MoneyFieldsFragmentDoc = new TypedDocumentString(`
    fragment MoneyFields on Money {
  amount
  currency
}
    `, {"fragmentName":"MoneyFields"}) as unknown as TypedDocumentString<MoneyFieldsFragment, unknown>;
export const InvoiceLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
    `, {"fragmentName":"InvoiceLineFields"}) as unknown as TypedDocumentString<InvoiceLineFieldsFragment, unknown>;
export const PaymentAllocationFieldsFragmentDoc = new TypedDocumentString(`
    fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
    `, {"fragmentName":"PaymentAllocationFields"}) as unknown as TypedDocumentString<PaymentAllocationFieldsFragment, unknown>;
export const InvoiceFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}`, {"fragmentName":"InvoiceFields"}) as unknown as TypedDocumentString<InvoiceFieldsFragment, unknown>;
export const PaymentFieldsFragmentDoc = new TypedDocumentString(`
    fragment PaymentFields on Payment {
  id
  direction
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  date
  amount {
    ...MoneyFields
  }
  amountAllocated {
    ...MoneyFields
  }
  unallocated {
    ...MoneyFields
  }
  amountBase
  method
  bankAccount {
    id
    code
  }
  reference
  memo
  allocations {
    ...PaymentAllocationFields
  }
  journalEntry {
    id
    number
  }
  voidedAt
  version
  createdAt
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}`, {"fragmentName":"PaymentFields"}) as unknown as TypedDocumentString<PaymentFieldsFragment, unknown>;
export const AgingAmountsRowFragmentDoc = new TypedDocumentString(`
    fragment AgingAmountsRow on AgingRow {
  partnerId
  partnerCode
  partnerName
  current
  days1To30
  days31To60
  days61To90
  over90
  total
}
    `, {"fragmentName":"AgingAmountsRow"}) as unknown as TypedDocumentString<AgingAmountsRowFragment, unknown>;
export const AgingReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgingReportFields on AgingReport {
  asOf
  currency
  rows {
    ...AgingAmountsRow
  }
  totals {
    current
    days1To30
    days31To60
    days61To90
    over90
    total
  }
}
    fragment AgingAmountsRow on AgingRow {
  partnerId
  partnerCode
  partnerName
  current
  days1To30
  days31To60
  days61To90
  over90
  total
}`, {"fragmentName":"AgingReportFields"}) as unknown as TypedDocumentString<AgingReportFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const AuditLogEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditLogEntryFields on AuditLogEntry {
  id
  action
  actorName
  actor {
    id
    name
    prefix
  }
  entityType
  entityId
  before
  after
  requestId
  createdAt
}
    `, {"fragmentName":"AuditLogEntryFields"}) as unknown as TypedDocumentString<AuditLogEntryFieldsFragment, unknown>;
export const ContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"ContactFields"}) as unknown as TypedDocumentString<ContactFieldsFragment, unknown>;
export const AddressFieldsFragmentDoc = new TypedDocumentString(`
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
    `, {"fragmentName":"AddressFields"}) as unknown as TypedDocumentString<AddressFieldsFragment, unknown>;
export const CustomerFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}`, {"fragmentName":"CustomerFields"}) as unknown as TypedDocumentString<CustomerFieldsFragment, unknown>;
export const OrganizationFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationFields on Organization {
  id
  name
  baseCurrency
  createdAt
}
    `, {"fragmentName":"OrganizationFields"}) as unknown as TypedDocumentString<OrganizationFieldsFragment, unknown>;
export const SupplierFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupplierFields on Supplier {
  id
  code
  name
  email
  phone
  taxId
  address {
    ...AddressFields
  }
  currency
  paymentTermsDays
  isActive
  version
  createdAt
  updatedAt
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}`, {"fragmentName":"SupplierFields"}) as unknown as TypedDocumentString<SupplierFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on Node {
  __typename
  id
  ... on Account {
    code
    name
    accountType: type
    isActive
  }
  ... on ApprovalDelegation {
    delegationStatus: status
    startsOn
    endsOn
  }
  ... on ApprovalPolicy {
    subjectType
    name
    version
  }
  ... on ApprovalRequest {
    title
    subjectType
    approvalStatus: status
  }
  ... on ApiKey {
    ...ApiKeyFields
  }
  ... on AuditLogEntry {
    ...AuditLogEntryFields
  }
  ... on Contact {
    ...ContactFields
  }
  ... on Customer {
    ...CustomerFields
  }
  ... on CycleCount {
    cycleCountState: state
    postedAt
  }
  ... on Department {
    name
    parent {
      id
    }
  }
  ... on Employee {
    code
    name
    employeeStatus: status
    hireDate
  }
  ... on ExpenseClaim {
    title
    claimStatus: status
    baseAmount
  }
  ... on FiscalYear {
    name
    startDate
    endDate
  }
  ... on Journal {
    code
    name
    journalType: type
  }
  ... on Invoice {
    invoiceNumber: number
    invoiceKind: kind
    invoiceStatus: status
    issueDate
    dueDate
    invoiceTotal: total {
      amount
      currency
    }
  }
  ... on JournalEntry {
    entryNumber: number
    date
    entryStatus: status
  }
  ... on Location {
    code
    name
    locationType: type
  }
  ... on LeaveRequest {
    startDate
    endDate
    days
    leaveStatus: status
  }
  ... on LeaveType {
    code
    name
    paid
  }
  ... on Organization {
    ...OrganizationFields
  }
  ... on Payment {
    paymentNumber: number
    paymentStatus: status
    direction
    date
    paymentAmount: amount {
      amount
      currency
    }
  }
  ... on Position {
    title
  }
  ... on PriceList {
    priceListName: name
    priceListCurrency: currency
    isActive
  }
  ... on PurchaseOrder {
    purchaseOrderNumber: number
    purchaseOrderStatus: status
    orderDate
  }
  ... on PurchaseRequest {
    purchaseRequestNumber: number
    purchaseRequestStatus: status
    purchaseRequestDescription: description
  }
  ... on Period {
    periodNumber: number
    startDate
    endDate
    periodStatus: status
  }
  ... on Product {
    sku
    name
    productType: type
    isActive
  }
  ... on ProductCategory {
    name
  }
  ... on Quote {
    quoteNumber: number
    quoteStatus: status
    quoteDate
    validUntil
  }
  ... on SalesOrder {
    salesOrderNumber: number
    salesOrderStatus: status
    orderDate
    requestedDeliveryDate
  }
  ... on Shipment {
    shipmentNumber: number
    shipmentStatus: status
    plannedDate
    shippedAt
  }
  ... on SalesReturn {
    salesReturnNumber: number
    salesReturnStatus: status
    returnDate
    receivedAt
  }
  ... on StockMove {
    moveQuantity: quantity
    unitCost
    moveKind: kind
    moveState: state
    doneAt
  }
  ... on StockReservation {
    reservedQuantity: quantity
    consumed
  }
  ... on Supplier {
    ...SupplierFields
  }
  ... on TaxRate {
    taxRateCode: code
    taxRateName: name
    rate
    priceIncludesTax
  }
  ... on Warehouse {
    code
    name
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
fragment OrganizationFields on Organization {
  id
  name
  baseCurrency
  createdAt
}
fragment AuditLogEntryFields on AuditLogEntry {
  id
  action
  actorName
  actor {
    id
    name
    prefix
  }
  entityType
  entityId
  before
  after
  requestId
  createdAt
}
fragment SupplierFields on Supplier {
  id
  code
  name
  email
  phone
  taxId
  address {
    ...AddressFields
  }
  currency
  paymentTermsDays
  isActive
  version
  createdAt
  updatedAt
}`, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const ApiKeyErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyErrorFields on ApiKeyError {
  code
  message
  field
}
    `, {"fragmentName":"ApiKeyErrorFields"}) as unknown as TypedDocumentString<ApiKeyErrorFieldsFragment, unknown>;
export const SupplierPriceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupplierPriceFields on SupplierPrice {
  id
  supplier {
    id
    code
  }
  product {
    id
    sku
  }
  price {
    amount
    currency
  }
  minQuantity
  leadTimeDays
  supplierSku
  updatedAt
}
    `, {"fragmentName":"SupplierPriceFields"}) as unknown as TypedDocumentString<SupplierPriceFieldsFragment, unknown>;
export const PurchaseOrderLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment PurchaseOrderLineFields on PurchaseOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  taxRate
  subtotal
  tax
  total
  expectedDate
  quantityReceived
  quantityBilled
  matchStatus
  grniClearedValue
}
    `, {"fragmentName":"PurchaseOrderLineFields"}) as unknown as TypedDocumentString<PurchaseOrderLineFieldsFragment, unknown>;
export const PurchaseOrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment PurchaseOrderFields on PurchaseOrder {
  id
  number
  supplier {
    id
    code
    name
  }
  status
  currency
  orderDate
  expectedDate
  reference
  notes
  subtotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...PurchaseOrderLineFields
  }
  sentAt
  cancelledAt
  version
  createdAt
  updatedAt
}
    fragment PurchaseOrderLineFields on PurchaseOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  taxRate
  subtotal
  tax
  total
  expectedDate
  quantityReceived
  quantityBilled
  matchStatus
  grniClearedValue
}`, {"fragmentName":"PurchaseOrderFields"}) as unknown as TypedDocumentString<PurchaseOrderFieldsFragment, unknown>;
export const PurchaseRequestLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment PurchaseRequestLineFields on PurchaseRequestLine {
  lineNo
  productSku
  productName
  description
  quantity
  neededBy
  preferredSupplierName
  estimatedUnitPrice {
    amount
    currency
  }
  estimatedTotal {
    amount
    currency
  }
}
    `, {"fragmentName":"PurchaseRequestLineFields"}) as unknown as TypedDocumentString<PurchaseRequestLineFieldsFragment, unknown>;
export const PurchaseRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment PurchaseRequestFields on PurchaseRequest {
  id
  number
  status
  description
  notes
  approvedWithoutPolicy
  submittedAt
  approvedAt
  cancelledAt
  convertedAt
  version
  createdAt
  updatedAt
  requester {
    id
    code
    name
  }
  estimatedTotal {
    amount
    currency
  }
  lines {
    ...PurchaseRequestLineFields
  }
  approvalRequest {
    id
    status
    round
  }
}
    fragment PurchaseRequestLineFields on PurchaseRequestLine {
  lineNo
  productSku
  productName
  description
  quantity
  neededBy
  preferredSupplierName
  estimatedUnitPrice {
    amount
    currency
  }
  estimatedTotal {
    amount
    currency
  }
}`, {"fragmentName":"PurchaseRequestFields"}) as unknown as TypedDocumentString<PurchaseRequestFieldsFragment, unknown>;
export const SupplierErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupplierErrorFields on SupplierError {
  code
  message
  field
}
    `, {"fragmentName":"SupplierErrorFields"}) as unknown as TypedDocumentString<SupplierErrorFieldsFragment, unknown>;
export const SalesOrderInvoicingFieldsFragmentDoc = new TypedDocumentString(`
    fragment SalesOrderInvoicingFields on SalesOrder {
  id
  number
  status
  invoiceStatus
  invoicedAmount {
    ...MoneyFields
  }
  paidAmount {
    ...MoneyFields
  }
  creditedAmount {
    ...MoneyFields
  }
  lines {
    lineNo
    quantity
    quantityShipped
    quantityInvoiced
    quantityReturned
    quantityCredited
    quantityToInvoice
  }
  invoices {
    id
    number
    status
    total {
      ...MoneyFields
    }
    balanceDue {
      ...MoneyFields
    }
  }
  closeCreditNotes {
    id
    number
    status
    total {
      ...MoneyFields
    }
    balanceDue {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"SalesOrderInvoicingFields"}) as unknown as TypedDocumentString<SalesOrderInvoicingFieldsFragment, unknown>;
export const SalesOrderLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment SalesOrderLineFields on SalesOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  discountPercent
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
  quantityReserved
  quantityBackordered
  quantityShipped
  quantityInvoiced
  quantityReturned
  quantityCredited
  quantityToInvoice
  availableStock
  reservations {
    id
    quantity
    consumed
    location {
      id
      code
    }
  }
}
    `, {"fragmentName":"SalesOrderLineFields"}) as unknown as TypedDocumentString<SalesOrderLineFieldsFragment, unknown>;
export const ApprovalRequestSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
    `, {"fragmentName":"ApprovalRequestSummaryFields"}) as unknown as TypedDocumentString<ApprovalRequestSummaryFieldsFragment, unknown>;
export const ApprovalRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}`, {"fragmentName":"ApprovalRequestFields"}) as unknown as TypedDocumentString<ApprovalRequestFieldsFragment, unknown>;
export const SalesOrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment SalesOrderFields on SalesOrder {
  id
  number
  customer {
    id
    code
    name
  }
  status
  invoiceStatus
  currency
  orderDate
  requestedDeliveryDate
  shippingAddress {
    line1
    line2
    city
    region
    postalCode
    country
  }
  location {
    id
    code
  }
  notes
  customerReference
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...SalesOrderLineFields
  }
  quoteNumber
  shipments {
    id
    number
    status
  }
  approvalRequest {
    ...ApprovalRequestFields
  }
  requester {
    id
    name
  }
  creditExposure {
    amount
    currency
  }
  creditLimitExceeded
  confirmedWithoutApproval
  createdBy {
    id
    name
  }
  submittedAt
  confirmedAt
  cancelledAt
  closedAt
  closeReason
  version
  createdAt
  updatedAt
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}
fragment SalesOrderLineFields on SalesOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  discountPercent
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
  quantityReserved
  quantityBackordered
  quantityShipped
  quantityInvoiced
  quantityReturned
  quantityCredited
  quantityToInvoice
  availableStock
  reservations {
    id
    quantity
    consumed
    location {
      id
      code
    }
  }
}`, {"fragmentName":"SalesOrderFields"}) as unknown as TypedDocumentString<SalesOrderFieldsFragment, unknown>;
export const SalesReturnLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment SalesReturnLineFields on SalesReturnLine {
  lineNo
  product {
    id
    sku
    name
  }
  quantity
  quantityCredited
  value {
    amount
    currency
  }
  stockMove {
    id
    unitCost
    value
  }
}
    `, {"fragmentName":"SalesReturnLineFields"}) as unknown as TypedDocumentString<SalesReturnLineFieldsFragment, unknown>;
export const SalesReturnFieldsFragmentDoc = new TypedDocumentString(`
    fragment SalesReturnFields on SalesReturn {
  id
  number
  salesOrder {
    id
    number
    status
  }
  location {
    id
    code
  }
  status
  reason
  returnDate
  receivedAt
  cancelledAt
  value {
    amount
    currency
  }
  lines {
    ...SalesReturnLineFields
  }
  version
  createdAt
  updatedAt
}
    fragment SalesReturnLineFields on SalesReturnLine {
  lineNo
  product {
    id
    sku
    name
  }
  quantity
  quantityCredited
  value {
    amount
    currency
  }
  stockMove {
    id
    unitCost
    value
  }
}`, {"fragmentName":"SalesReturnFields"}) as unknown as TypedDocumentString<SalesReturnFieldsFragment, unknown>;
export const TaxRateFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaxRateFields on TaxRate {
  id
  code
  name
  rate
  priceIncludesTax
  isActive
  isDefault
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"TaxRateFields"}) as unknown as TypedDocumentString<TaxRateFieldsFragment, unknown>;
export const PriceListFieldsFragmentDoc = new TypedDocumentString(`
    fragment PriceListFields on PriceList {
  id
  name
  currency
  validFrom
  validTo
  isActive
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"PriceListFields"}) as unknown as TypedDocumentString<PriceListFieldsFragment, unknown>;
export const PriceListItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment PriceListItemFields on PriceListItem {
  product {
    id
    sku
  }
  minQuantity
  unitPrice {
    amount
    currency
  }
}
    `, {"fragmentName":"PriceListItemFields"}) as unknown as TypedDocumentString<PriceListItemFieldsFragment, unknown>;
export const QuoteLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuoteLineFields on QuoteLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  priceOverridden
  priceList {
    id
    name
  }
  discountPercent
  taxRate {
    id
    code
  }
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
    `, {"fragmentName":"QuoteLineFields"}) as unknown as TypedDocumentString<QuoteLineFieldsFragment, unknown>;
export const QuoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuoteFields on Quote {
  id
  number
  customer {
    id
    code
    name
  }
  status
  currency
  quoteDate
  validUntil
  notes
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...QuoteLineFields
  }
  sentAt
  acceptedAt
  cancelledAt
  version
  createdAt
  updatedAt
}
    fragment QuoteLineFields on QuoteLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  priceOverridden
  priceList {
    id
    name
  }
  discountPercent
  taxRate {
    id
    code
  }
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}`, {"fragmentName":"QuoteFields"}) as unknown as TypedDocumentString<QuoteFieldsFragment, unknown>;
export const CustomerSalesFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerSalesFields on Customer {
  id
  code
  priceLists {
    currency
    priceList {
      id
      name
    }
  }
  taxExemption {
    reason
    certificateNumber
    validFrom
    validTo
  }
}
    `, {"fragmentName":"CustomerSalesFields"}) as unknown as TypedDocumentString<CustomerSalesFieldsFragment, unknown>;
export const ShipmentLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShipmentLineFields on ShipmentLine {
  orderLine {
    lineNo
  }
  product {
    id
    sku
    name
  }
  quantity
  stockMove {
    id
    unitCost
    value
  }
}
    `, {"fragmentName":"ShipmentLineFields"}) as unknown as TypedDocumentString<ShipmentLineFieldsFragment, unknown>;
export const ShipmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShipmentFields on Shipment {
  id
  number
  salesOrder {
    id
    number
    status
  }
  location {
    id
    code
  }
  status
  plannedDate
  carrier
  trackingReference
  notes
  shippedAt
  cancelledAt
  costOfGoods {
    amount
    currency
  }
  lines {
    ...ShipmentLineFields
  }
  version
  createdAt
  updatedAt
}
    fragment ShipmentLineFields on ShipmentLine {
  orderLine {
    lineNo
  }
  product {
    id
    sku
    name
  }
  quantity
  stockMove {
    id
    unitCost
    value
  }
}`, {"fragmentName":"ShipmentFields"}) as unknown as TypedDocumentString<ShipmentFieldsFragment, unknown>;
export const ApprovalSubjectTypesDocument = new TypedDocumentString(`
    query approvalSubjectTypes {
  approvalSubjectTypes
}
    `) as unknown as TypedDocumentString<ApprovalSubjectTypesQuery, ApprovalSubjectTypesQueryVariables>;
export const ApprovalPoliciesDocument = new TypedDocumentString(`
    query approvalPolicies($first: Int, $after: String, $last: Int, $before: String, $subjectType: String) {
  approvalPolicies(
    first: $first
    after: $after
    last: $last
    before: $before
    subjectType: $subjectType
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ApprovalPolicyFields
    }
  }
}
    fragment ApproverDefinitionFields on ApproverDefinition {
  kind
  level
  role
  employeeId
}
fragment ApprovalPolicyFields on ApprovalPolicy {
  id
  subjectType
  name
  version
  rules {
    name
    conditions {
      fact
      operator
      values
    }
    steps {
      name
      mode
      requiredCount
      slaHours
      approvers {
        ...ApproverDefinitionFields
      }
      escalateTo {
        ...ApproverDefinitionFields
      }
    }
  }
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<ApprovalPoliciesQuery, ApprovalPoliciesQueryVariables>;
export const ApprovalRequestDocument = new TypedDocumentString(`
    query approvalRequest($id: ID!) {
  approvalRequest(id: $id) {
    ...ApprovalRequestFields
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ApprovalRequestQuery, ApprovalRequestQueryVariables>;
export const ApprovalRequestsDocument = new TypedDocumentString(`
    query approvalRequests($first: Int, $after: String, $last: Int, $before: String, $where: ApprovalRequestWhere) {
  approvalRequests(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ApprovalRequestSummaryFields
    }
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<ApprovalRequestsQuery, ApprovalRequestsQueryVariables>;
export const MyApprovalsDocument = new TypedDocumentString(`
    query myApprovals($first: Int, $after: String, $last: Int, $before: String, $where: MyApprovalsWhere) {
  myApprovals(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    counts {
      pendingOnMe
      decidedByMe
      requestedByMe
    }
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ApprovalRequestSummaryFields
    }
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<MyApprovalsQuery, MyApprovalsQueryVariables>;
export const DelegationsDocument = new TypedDocumentString(`
    query delegations($first: Int, $after: String, $last: Int, $before: String, $where: DelegationWhere) {
  delegations(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ApprovalDelegationFields
    }
  }
}
    fragment ApprovalDelegationFields on ApprovalDelegation {
  id
  status
  startsOn
  endsOn
  createdAt
  cancelledAt
  delegator {
    id
    code
    name
  }
  delegate {
    id
    code
    name
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<DelegationsQuery, DelegationsQueryVariables>;
export const ApprovalPolicyCreateDocument = new TypedDocumentString(`
    mutation approvalPolicyCreate($input: ApprovalPolicyCreateInput!) {
  approvalPolicyCreate(input: $input) {
    approvalPolicy {
      ...ApprovalPolicyFields
    }
    errors {
      ...ApprovalErrorFields
    }
  }
}
    fragment ApprovalErrorFields on ApprovalError {
  code
  message
  field
}
fragment ApproverDefinitionFields on ApproverDefinition {
  kind
  level
  role
  employeeId
}
fragment ApprovalPolicyFields on ApprovalPolicy {
  id
  subjectType
  name
  version
  rules {
    name
    conditions {
      fact
      operator
      values
    }
    steps {
      name
      mode
      requiredCount
      slaHours
      approvers {
        ...ApproverDefinitionFields
      }
      escalateTo {
        ...ApproverDefinitionFields
      }
    }
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ApprovalPolicyCreateMutation, ApprovalPolicyCreateMutationVariables>;
export const ApprovalPolicyUpdateDocument = new TypedDocumentString(`
    mutation approvalPolicyUpdate($input: ApprovalPolicyUpdateInput!) {
  approvalPolicyUpdate(input: $input) {
    approvalPolicy {
      ...ApprovalPolicyFields
    }
    errors {
      ...ApprovalErrorFields
    }
  }
}
    fragment ApprovalErrorFields on ApprovalError {
  code
  message
  field
}
fragment ApproverDefinitionFields on ApproverDefinition {
  kind
  level
  role
  employeeId
}
fragment ApprovalPolicyFields on ApprovalPolicy {
  id
  subjectType
  name
  version
  rules {
    name
    conditions {
      fact
      operator
      values
    }
    steps {
      name
      mode
      requiredCount
      slaHours
      approvers {
        ...ApproverDefinitionFields
      }
      escalateTo {
        ...ApproverDefinitionFields
      }
    }
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ApprovalPolicyUpdateMutation, ApprovalPolicyUpdateMutationVariables>;
export const ApprovalRequestApproveDocument = new TypedDocumentString(`
    mutation approvalRequestApprove($input: ApprovalDecisionInput!) {
  approvalRequestApprove(input: $input) {
    approvalRequest {
      ...ApprovalRequestFields
    }
    errors {
      ...ApprovalErrorFields
    }
  }
}
    fragment ApprovalErrorFields on ApprovalError {
  code
  message
  field
}
fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ApprovalRequestApproveMutation, ApprovalRequestApproveMutationVariables>;
export const ApprovalRequestRejectDocument = new TypedDocumentString(`
    mutation approvalRequestReject($input: ApprovalDecisionInput!) {
  approvalRequestReject(input: $input) {
    approvalRequest {
      ...ApprovalRequestFields
    }
    errors {
      ...ApprovalErrorFields
    }
  }
}
    fragment ApprovalErrorFields on ApprovalError {
  code
  message
  field
}
fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ApprovalRequestRejectMutation, ApprovalRequestRejectMutationVariables>;
export const ApprovalRequestReturnDocument = new TypedDocumentString(`
    mutation approvalRequestReturn($input: ApprovalDecisionInput!) {
  approvalRequestReturn(input: $input) {
    approvalRequest {
      ...ApprovalRequestFields
    }
    errors {
      ...ApprovalErrorFields
    }
  }
}
    fragment ApprovalErrorFields on ApprovalError {
  code
  message
  field
}
fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ApprovalRequestReturnMutation, ApprovalRequestReturnMutationVariables>;
export const ApprovalRequestWithdrawDocument = new TypedDocumentString(`
    mutation approvalRequestWithdraw($input: ApprovalRequestActionInput!) {
  approvalRequestWithdraw(input: $input) {
    approvalRequest {
      ...ApprovalRequestFields
    }
    errors {
      ...ApprovalErrorFields
    }
  }
}
    fragment ApprovalErrorFields on ApprovalError {
  code
  message
  field
}
fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ApprovalRequestWithdrawMutation, ApprovalRequestWithdrawMutationVariables>;
export const ApprovalRequestResubmitDocument = new TypedDocumentString(`
    mutation approvalRequestResubmit($input: ApprovalRequestActionInput!) {
  approvalRequestResubmit(input: $input) {
    approvalRequest {
      ...ApprovalRequestFields
    }
    errors {
      ...ApprovalErrorFields
    }
  }
}
    fragment ApprovalErrorFields on ApprovalError {
  code
  message
  field
}
fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ApprovalRequestResubmitMutation, ApprovalRequestResubmitMutationVariables>;
export const ApprovalRequestReassignDocument = new TypedDocumentString(`
    mutation approvalRequestReassign($input: ApprovalReassignInput!) {
  approvalRequestReassign(input: $input) {
    approvalRequest {
      ...ApprovalRequestFields
    }
    errors {
      ...ApprovalErrorFields
    }
  }
}
    fragment ApprovalErrorFields on ApprovalError {
  code
  message
  field
}
fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ApprovalRequestReassignMutation, ApprovalRequestReassignMutationVariables>;
export const DelegationCreateDocument = new TypedDocumentString(`
    mutation delegationCreate($input: DelegationCreateInput!) {
  delegationCreate(input: $input) {
    delegation {
      ...ApprovalDelegationFields
    }
    errors {
      ...ApprovalErrorFields
    }
  }
}
    fragment ApprovalErrorFields on ApprovalError {
  code
  message
  field
}
fragment ApprovalDelegationFields on ApprovalDelegation {
  id
  status
  startsOn
  endsOn
  createdAt
  cancelledAt
  delegator {
    id
    code
    name
  }
  delegate {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<DelegationCreateMutation, DelegationCreateMutationVariables>;
export const DelegationCancelDocument = new TypedDocumentString(`
    mutation delegationCancel($input: DelegationCancelInput!) {
  delegationCancel(input: $input) {
    delegation {
      ...ApprovalDelegationFields
    }
    errors {
      ...ApprovalErrorFields
    }
  }
}
    fragment ApprovalErrorFields on ApprovalError {
  code
  message
  field
}
fragment ApprovalDelegationFields on ApprovalDelegation {
  id
  status
  startsOn
  endsOn
  createdAt
  cancelledAt
  delegator {
    id
    code
    name
  }
  delegate {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<DelegationCancelMutation, DelegationCancelMutationVariables>;
export const ApprovalsEscalateOverdueDocument = new TypedDocumentString(`
    mutation approvalsEscalateOverdue {
  approvalsEscalateOverdue {
    escalatedCount
    errors {
      ...ApprovalErrorFields
    }
  }
}
    fragment ApprovalErrorFields on ApprovalError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ApprovalsEscalateOverdueMutation, ApprovalsEscalateOverdueMutationVariables>;
export const ContactDocument = new TypedDocumentString(`
    query contact($id: ID!) {
  contact(id: $id) {
    ...ContactFields
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ContactQuery, ContactQueryVariables>;
export const ContactCreateDocument = new TypedDocumentString(`
    mutation contactCreate($input: ContactCreateInput!) {
  contactCreate(input: $input) {
    contact {
      ...ContactFields
    }
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ContactCreateMutation, ContactCreateMutationVariables>;
export const ContactUpdateDocument = new TypedDocumentString(`
    mutation contactUpdate($input: ContactUpdateInput!) {
  contactUpdate(input: $input) {
    contact {
      ...ContactFields
    }
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ContactUpdateMutation, ContactUpdateMutationVariables>;
export const ContactSetPrimaryDocument = new TypedDocumentString(`
    mutation contactSetPrimary($input: ContactIdInput!) {
  contactSetPrimary(input: $input) {
    contact {
      ...ContactFields
    }
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ContactSetPrimaryMutation, ContactSetPrimaryMutationVariables>;
export const ContactDeleteDocument = new TypedDocumentString(`
    mutation contactDelete($input: ContactIdInput!) {
  contactDelete(input: $input) {
    deletedContactId
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ContactDeleteMutation, ContactDeleteMutationVariables>;
export const CustomerDocument = new TypedDocumentString(`
    query customer($id: ID!, $contactsFirst: Int = 20) {
  customer(id: $id) {
    ...CustomerFields
    contacts(first: $contactsFirst) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...ContactFields
      }
    }
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<CustomerQuery, CustomerQueryVariables>;
export const CustomersDocument = new TypedDocumentString(`
    query customers($first: Int, $after: String, $last: Int, $before: String, $where: CustomerWhere, $orderBy: [CustomerOrderBy!]) {
  customers(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...CustomerFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<CustomersQuery, CustomersQueryVariables>;
export const CustomerCreateDocument = new TypedDocumentString(`
    mutation customerCreate($input: CustomerCreateInput!) {
  customerCreate(input: $input) {
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<CustomerCreateMutation, CustomerCreateMutationVariables>;
export const CustomerUpdateDocument = new TypedDocumentString(`
    mutation customerUpdate($input: CustomerUpdateInput!) {
  customerUpdate(input: $input) {
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<CustomerUpdateMutation, CustomerUpdateMutationVariables>;
export const CustomerArchiveDocument = new TypedDocumentString(`
    mutation customerArchive($input: CustomerStateInput!) {
  customerArchive(input: $input) {
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<CustomerArchiveMutation, CustomerArchiveMutationVariables>;
export const CustomerRestoreDocument = new TypedDocumentString(`
    mutation customerRestore($input: CustomerStateInput!) {
  customerRestore(input: $input) {
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<CustomerRestoreMutation, CustomerRestoreMutationVariables>;
export const CustomerDeleteDocument = new TypedDocumentString(`
    mutation customerDelete($input: CustomerStateInput!) {
  customerDelete(input: $input) {
    deletedCustomerId
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<CustomerDeleteMutation, CustomerDeleteMutationVariables>;
export const CustomerMergeDocument = new TypedDocumentString(`
    mutation customerMerge($input: CustomerMergeInput!) {
  customerMerge(input: $input) {
    customer {
      ...CustomerFields
    }
    errors {
      ...CustomerErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment CustomerErrorFields on CustomerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<CustomerMergeMutation, CustomerMergeMutationVariables>;
export const ExpenseClaimsDocument = new TypedDocumentString(`
    query expenseClaims($first: Int, $after: String, $last: Int, $before: String, $where: ExpenseClaimWhere) {
  expenseClaims(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ExpenseClaimFields
    }
  }
}
    fragment ExpenseClaimFields on ExpenseClaim {
  id
  title
  status
  baseAmount
  journalEntryId
  version
  createdAt
  updatedAt
  employee {
    id
    code
    name
  }
  totals {
    amount
    currency
  }
  lines {
    lineNo
    date
    category
    description
    amount {
      amount
      currency
    }
  }
  approvalRequest {
    id
    status
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<ExpenseClaimsQuery, ExpenseClaimsQueryVariables>;
export const ExpenseClaimCreateDocument = new TypedDocumentString(`
    mutation expenseClaimCreate($input: ExpenseClaimCreateInput!) {
  expenseClaimCreate(input: $input) {
    expenseClaim {
      ...ExpenseClaimFields
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment ExpenseClaimFields on ExpenseClaim {
  id
  title
  status
  baseAmount
  journalEntryId
  version
  createdAt
  updatedAt
  employee {
    id
    code
    name
  }
  totals {
    amount
    currency
  }
  lines {
    lineNo
    date
    category
    description
    amount {
      amount
      currency
    }
  }
  approvalRequest {
    id
    status
  }
}
fragment HrErrorFields on HrError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ExpenseClaimCreateMutation, ExpenseClaimCreateMutationVariables>;
export const ExpenseClaimSubmitDocument = new TypedDocumentString(`
    mutation expenseClaimSubmit($input: ExpenseClaimSubmitInput!) {
  expenseClaimSubmit(input: $input) {
    expenseClaim {
      ...ExpenseClaimFields
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment ExpenseClaimFields on ExpenseClaim {
  id
  title
  status
  baseAmount
  journalEntryId
  version
  createdAt
  updatedAt
  employee {
    id
    code
    name
  }
  totals {
    amount
    currency
  }
  lines {
    lineNo
    date
    category
    description
    amount {
      amount
      currency
    }
  }
  approvalRequest {
    id
    status
  }
}
fragment HrErrorFields on HrError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ExpenseClaimSubmitMutation, ExpenseClaimSubmitMutationVariables>;
export const DepartmentDocument = new TypedDocumentString(`
    query department($id: ID!, $employeesFirst: Int = 20) {
  department(id: $id) {
    ...DepartmentFields
    children {
      id
      name
    }
    employees(first: $employeesFirst) {
      totalCount
      nodes {
        ...EmployeeFields
      }
    }
  }
}
    fragment DepartmentFields on Department {
  id
  name
  parent {
    id
    name
  }
  head {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment EmployeeFields on Employee {
  id
  code
  name
  workEmail
  hireDate
  status
  terminatedOn
  department {
    id
    name
  }
  position {
    id
    title
  }
  manager {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DepartmentQuery, DepartmentQueryVariables>;
export const DepartmentsDocument = new TypedDocumentString(`
    query departments($first: Int, $after: String, $last: Int, $before: String, $where: DepartmentWhere) {
  departments(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...DepartmentFields
    }
  }
}
    fragment DepartmentFields on Department {
  id
  name
  parent {
    id
    name
  }
  head {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<DepartmentsQuery, DepartmentsQueryVariables>;
export const PositionsDocument = new TypedDocumentString(`
    query positions($first: Int, $after: String, $last: Int, $before: String) {
  positions(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...PositionFields
    }
  }
}
    fragment PositionFields on Position {
  id
  title
  createdAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<PositionsQuery, PositionsQueryVariables>;
export const EmployeeDocument = new TypedDocumentString(`
    query employee($id: ID!, $reportsFirst: Int = 20) {
  employee(id: $id) {
    ...EmployeeFields
    chainOfCommand {
      id
      code
      name
    }
    directReports(first: $reportsFirst) {
      totalCount
      nodes {
        id
        code
        name
      }
    }
  }
}
    fragment EmployeeFields on Employee {
  id
  code
  name
  workEmail
  hireDate
  status
  terminatedOn
  department {
    id
    name
  }
  position {
    id
    title
  }
  manager {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EmployeeQuery, EmployeeQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query me {
  me {
    ...EmployeeFields
  }
}
    fragment EmployeeFields on Employee {
  id
  code
  name
  workEmail
  hireDate
  status
  terminatedOn
  department {
    id
    name
  }
  position {
    id
    title
  }
  manager {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const EmployeesDocument = new TypedDocumentString(`
    query employees($first: Int, $after: String, $last: Int, $before: String, $where: EmployeeWhere, $orderBy: [EmployeeOrderBy!]) {
  employees(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...EmployeeFields
    }
  }
}
    fragment EmployeeFields on Employee {
  id
  code
  name
  workEmail
  hireDate
  status
  terminatedOn
  department {
    id
    name
  }
  position {
    id
    title
  }
  manager {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<EmployeesQuery, EmployeesQueryVariables>;
export const HolidaysDocument = new TypedDocumentString(`
    query holidays($year: Int!) {
  holidays(year: $year) {
    date
    name
  }
}
    `) as unknown as TypedDocumentString<HolidaysQuery, HolidaysQueryVariables>;
export const DepartmentCreateDocument = new TypedDocumentString(`
    mutation departmentCreate($input: DepartmentCreateInput!) {
  departmentCreate(input: $input) {
    department {
      ...DepartmentFields
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment HrErrorFields on HrError {
  code
  message
  field
}
fragment DepartmentFields on Department {
  id
  name
  parent {
    id
    name
  }
  head {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DepartmentCreateMutation, DepartmentCreateMutationVariables>;
export const DepartmentUpdateDocument = new TypedDocumentString(`
    mutation departmentUpdate($input: DepartmentUpdateInput!) {
  departmentUpdate(input: $input) {
    department {
      ...DepartmentFields
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment HrErrorFields on HrError {
  code
  message
  field
}
fragment DepartmentFields on Department {
  id
  name
  parent {
    id
    name
  }
  head {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DepartmentUpdateMutation, DepartmentUpdateMutationVariables>;
export const PositionCreateDocument = new TypedDocumentString(`
    mutation positionCreate($input: PositionCreateInput!) {
  positionCreate(input: $input) {
    position {
      ...PositionFields
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment HrErrorFields on HrError {
  code
  message
  field
}
fragment PositionFields on Position {
  id
  title
  createdAt
}`) as unknown as TypedDocumentString<PositionCreateMutation, PositionCreateMutationVariables>;
export const EmployeeCreateDocument = new TypedDocumentString(`
    mutation employeeCreate($input: EmployeeCreateInput!) {
  employeeCreate(input: $input) {
    employee {
      ...EmployeeFields
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment HrErrorFields on HrError {
  code
  message
  field
}
fragment EmployeeFields on Employee {
  id
  code
  name
  workEmail
  hireDate
  status
  terminatedOn
  department {
    id
    name
  }
  position {
    id
    title
  }
  manager {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EmployeeCreateMutation, EmployeeCreateMutationVariables>;
export const EmployeeUpdateDocument = new TypedDocumentString(`
    mutation employeeUpdate($input: EmployeeUpdateInput!) {
  employeeUpdate(input: $input) {
    employee {
      ...EmployeeFields
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment HrErrorFields on HrError {
  code
  message
  field
}
fragment EmployeeFields on Employee {
  id
  code
  name
  workEmail
  hireDate
  status
  terminatedOn
  department {
    id
    name
  }
  position {
    id
    title
  }
  manager {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EmployeeUpdateMutation, EmployeeUpdateMutationVariables>;
export const EmployeeStatusSetDocument = new TypedDocumentString(`
    mutation employeeStatusSet($input: EmployeeStatusSetInput!) {
  employeeStatusSet(input: $input) {
    employee {
      ...EmployeeFields
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment HrErrorFields on HrError {
  code
  message
  field
}
fragment EmployeeFields on Employee {
  id
  code
  name
  workEmail
  hireDate
  status
  terminatedOn
  department {
    id
    name
  }
  position {
    id
    title
  }
  manager {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EmployeeStatusSetMutation, EmployeeStatusSetMutationVariables>;
export const EmployeeTerminateDocument = new TypedDocumentString(`
    mutation employeeTerminate($input: EmployeeTerminateInput!) {
  employeeTerminate(input: $input) {
    employee {
      ...EmployeeFields
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment HrErrorFields on HrError {
  code
  message
  field
}
fragment EmployeeFields on Employee {
  id
  code
  name
  workEmail
  hireDate
  status
  terminatedOn
  department {
    id
    name
  }
  position {
    id
    title
  }
  manager {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EmployeeTerminateMutation, EmployeeTerminateMutationVariables>;
export const HolidaySetDocument = new TypedDocumentString(`
    mutation holidaySet($input: HolidaySetInput!) {
  holidaySet(input: $input) {
    holidays {
      date
      name
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment HrErrorFields on HrError {
  code
  message
  field
}`) as unknown as TypedDocumentString<HolidaySetMutation, HolidaySetMutationVariables>;
export const LeaveTypesDocument = new TypedDocumentString(`
    query leaveTypes {
  leaveTypes {
    ...LeaveTypeFields
  }
}
    fragment LeaveTypeFields on LeaveType {
  id
  code
  name
  paid
  yearlyEntitlement
  carryOverCap
  createdAt
}`) as unknown as TypedDocumentString<LeaveTypesQuery, LeaveTypesQueryVariables>;
export const LeaveBalancesDocument = new TypedDocumentString(`
    query leaveBalances($year: Int!, $employeeId: ID) {
  leaveBalances(year: $year, employeeId: $employeeId) {
    employeeId
    leaveTypeId
    leaveTypeCode
    leaveTypeName
    year
    entitled
    carriedOver
    taken
    pending
    remaining
  }
}
    `) as unknown as TypedDocumentString<LeaveBalancesQuery, LeaveBalancesQueryVariables>;
export const LeaveRequestsDocument = new TypedDocumentString(`
    query leaveRequests($first: Int, $after: String, $last: Int, $before: String, $where: LeaveRequestWhere) {
  leaveRequests(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...LeaveRequestFields
    }
  }
}
    fragment LeaveRequestFields on LeaveRequest {
  id
  startDate
  endDate
  halfDayStart
  halfDayEnd
  days
  reason
  status
  version
  createdAt
  updatedAt
  employee {
    id
    code
    name
  }
  leaveType {
    id
    code
    name
  }
  approvalRequest {
    id
    status
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<LeaveRequestsQuery, LeaveRequestsQueryVariables>;
export const LeaveTypeCreateDocument = new TypedDocumentString(`
    mutation leaveTypeCreate($input: LeaveTypeCreateInput!) {
  leaveTypeCreate(input: $input) {
    leaveType {
      ...LeaveTypeFields
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment HrErrorFields on HrError {
  code
  message
  field
}
fragment LeaveTypeFields on LeaveType {
  id
  code
  name
  paid
  yearlyEntitlement
  carryOverCap
  createdAt
}`) as unknown as TypedDocumentString<LeaveTypeCreateMutation, LeaveTypeCreateMutationVariables>;
export const LeaveRequestCreateDocument = new TypedDocumentString(`
    mutation leaveRequestCreate($input: LeaveRequestCreateInput!) {
  leaveRequestCreate(input: $input) {
    leaveRequest {
      ...LeaveRequestFields
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment HrErrorFields on HrError {
  code
  message
  field
}
fragment LeaveRequestFields on LeaveRequest {
  id
  startDate
  endDate
  halfDayStart
  halfDayEnd
  days
  reason
  status
  version
  createdAt
  updatedAt
  employee {
    id
    code
    name
  }
  leaveType {
    id
    code
    name
  }
  approvalRequest {
    id
    status
  }
}`) as unknown as TypedDocumentString<LeaveRequestCreateMutation, LeaveRequestCreateMutationVariables>;
export const LeaveRequestSubmitDocument = new TypedDocumentString(`
    mutation leaveRequestSubmit($input: LeaveRequestSubmitInput!) {
  leaveRequestSubmit(input: $input) {
    leaveRequest {
      ...LeaveRequestFields
    }
    errors {
      ...HrErrorFields
    }
  }
}
    fragment HrErrorFields on HrError {
  code
  message
  field
}
fragment LeaveRequestFields on LeaveRequest {
  id
  startDate
  endDate
  halfDayStart
  halfDayEnd
  days
  reason
  status
  version
  createdAt
  updatedAt
  employee {
    id
    code
    name
  }
  leaveType {
    id
    code
    name
  }
  approvalRequest {
    id
    status
  }
}`) as unknown as TypedDocumentString<LeaveRequestSubmitMutation, LeaveRequestSubmitMutationVariables>;
export const ProductDocument = new TypedDocumentString(`
    query product($id: ID!) {
  product(id: $id) {
    ...ProductFields
  }
}
    fragment ProductFields on Product {
  id
  sku
  name
  description
  type
  unitOfMeasure
  procurement
  costingMethod
  listPrice
  standardCost
  barcode
  category {
    id
    name
  }
  isActive
  allowNegativeStock
  leadTimeDays
  safetyStock
  reorderPoint
  minOrderQuantity
  orderMultiple
  lotSizeRule
  lotSizeQuantity
  averageCost
  stockValue
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ProductQuery, ProductQueryVariables>;
export const ProductsDocument = new TypedDocumentString(`
    query products($first: Int, $after: String, $last: Int, $before: String, $where: ProductWhere, $orderBy: [ProductOrderBy!]) {
  products(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ProductFields
    }
  }
}
    fragment ProductFields on Product {
  id
  sku
  name
  description
  type
  unitOfMeasure
  procurement
  costingMethod
  listPrice
  standardCost
  barcode
  category {
    id
    name
  }
  isActive
  allowNegativeStock
  leadTimeDays
  safetyStock
  reorderPoint
  minOrderQuantity
  orderMultiple
  lotSizeRule
  lotSizeQuantity
  averageCost
  stockValue
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const ProductCategoriesDocument = new TypedDocumentString(`
    query productCategories($first: Int, $after: String, $last: Int, $before: String, $where: ProductCategoryWhere) {
  productCategories(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ProductCategoryFields
    }
  }
}
    fragment ProductCategoryFields on ProductCategory {
  id
  name
  parent {
    id
    name
  }
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<ProductCategoriesQuery, ProductCategoriesQueryVariables>;
export const ProductCreateDocument = new TypedDocumentString(`
    mutation productCreate($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product {
      ...ProductFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment ProductFields on Product {
  id
  sku
  name
  description
  type
  unitOfMeasure
  procurement
  costingMethod
  listPrice
  standardCost
  barcode
  category {
    id
    name
  }
  isActive
  allowNegativeStock
  leadTimeDays
  safetyStock
  reorderPoint
  minOrderQuantity
  orderMultiple
  lotSizeRule
  lotSizeQuantity
  averageCost
  stockValue
  version
  createdAt
  updatedAt
}
fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ProductCreateMutation, ProductCreateMutationVariables>;
export const ProductUpdateDocument = new TypedDocumentString(`
    mutation productUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) {
    product {
      ...ProductFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment ProductFields on Product {
  id
  sku
  name
  description
  type
  unitOfMeasure
  procurement
  costingMethod
  listPrice
  standardCost
  barcode
  category {
    id
    name
  }
  isActive
  allowNegativeStock
  leadTimeDays
  safetyStock
  reorderPoint
  minOrderQuantity
  orderMultiple
  lotSizeRule
  lotSizeQuantity
  averageCost
  stockValue
  version
  createdAt
  updatedAt
}
fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ProductUpdateMutation, ProductUpdateMutationVariables>;
export const ProductDeactivateDocument = new TypedDocumentString(`
    mutation productDeactivate($input: ProductStateInput!) {
  productDeactivate(input: $input) {
    product {
      ...ProductFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment ProductFields on Product {
  id
  sku
  name
  description
  type
  unitOfMeasure
  procurement
  costingMethod
  listPrice
  standardCost
  barcode
  category {
    id
    name
  }
  isActive
  allowNegativeStock
  leadTimeDays
  safetyStock
  reorderPoint
  minOrderQuantity
  orderMultiple
  lotSizeRule
  lotSizeQuantity
  averageCost
  stockValue
  version
  createdAt
  updatedAt
}
fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ProductDeactivateMutation, ProductDeactivateMutationVariables>;
export const ProductActivateDocument = new TypedDocumentString(`
    mutation productActivate($input: ProductStateInput!) {
  productActivate(input: $input) {
    product {
      ...ProductFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment ProductFields on Product {
  id
  sku
  name
  description
  type
  unitOfMeasure
  procurement
  costingMethod
  listPrice
  standardCost
  barcode
  category {
    id
    name
  }
  isActive
  allowNegativeStock
  leadTimeDays
  safetyStock
  reorderPoint
  minOrderQuantity
  orderMultiple
  lotSizeRule
  lotSizeQuantity
  averageCost
  stockValue
  version
  createdAt
  updatedAt
}
fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ProductActivateMutation, ProductActivateMutationVariables>;
export const ProductDeleteDocument = new TypedDocumentString(`
    mutation productDelete($input: ProductStateInput!) {
  productDelete(input: $input) {
    deletedProductId
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ProductDeleteMutation, ProductDeleteMutationVariables>;
export const ProductCategoryCreateDocument = new TypedDocumentString(`
    mutation productCategoryCreate($input: ProductCategoryCreateInput!) {
  productCategoryCreate(input: $input) {
    productCategory {
      ...ProductCategoryFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment ProductCategoryFields on ProductCategory {
  id
  name
  parent {
    id
    name
  }
  version
  createdAt
  updatedAt
}
fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ProductCategoryCreateMutation, ProductCategoryCreateMutationVariables>;
export const ProductCategoryUpdateDocument = new TypedDocumentString(`
    mutation productCategoryUpdate($input: ProductCategoryUpdateInput!) {
  productCategoryUpdate(input: $input) {
    productCategory {
      ...ProductCategoryFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment ProductCategoryFields on ProductCategory {
  id
  name
  parent {
    id
    name
  }
  version
  createdAt
  updatedAt
}
fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ProductCategoryUpdateMutation, ProductCategoryUpdateMutationVariables>;
export const ProductCategoryDeleteDocument = new TypedDocumentString(`
    mutation productCategoryDelete($input: ProductCategoryDeleteInput!) {
  productCategoryDelete(input: $input) {
    deletedProductCategoryId
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ProductCategoryDeleteMutation, ProductCategoryDeleteMutationVariables>;
export const WarehouseDocument = new TypedDocumentString(`
    query warehouse($id: ID!) {
  warehouse(id: $id) {
    ...WarehouseFields
  }
}
    fragment WarehouseFields on Warehouse {
  id
  code
  name
  rootLocation {
    id
    code
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<WarehouseQuery, WarehouseQueryVariables>;
export const WarehousesDocument = new TypedDocumentString(`
    query warehouses($first: Int, $after: String, $last: Int, $before: String, $where: WarehouseWhere, $orderBy: [WarehouseOrderBy!]) {
  warehouses(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...WarehouseFields
    }
  }
}
    fragment WarehouseFields on Warehouse {
  id
  code
  name
  rootLocation {
    id
    code
  }
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<WarehousesQuery, WarehousesQueryVariables>;
export const LocationDocument = new TypedDocumentString(`
    query location($id: ID!) {
  location(id: $id) {
    ...LocationFields
  }
}
    fragment LocationFields on Location {
  id
  code
  name
  type
  isRoot
  warehouse {
    id
    code
  }
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LocationQuery, LocationQueryVariables>;
export const LocationsDocument = new TypedDocumentString(`
    query locations($first: Int, $after: String, $last: Int, $before: String, $where: LocationWhere) {
  locations(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...LocationFields
    }
  }
}
    fragment LocationFields on Location {
  id
  code
  name
  type
  isRoot
  warehouse {
    id
    code
  }
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<LocationsQuery, LocationsQueryVariables>;
export const WarehouseCreateDocument = new TypedDocumentString(`
    mutation warehouseCreate($input: WarehouseCreateInput!) {
  warehouseCreate(input: $input) {
    warehouse {
      ...WarehouseFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment WarehouseFields on Warehouse {
  id
  code
  name
  rootLocation {
    id
    code
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<WarehouseCreateMutation, WarehouseCreateMutationVariables>;
export const WarehouseUpdateDocument = new TypedDocumentString(`
    mutation warehouseUpdate($input: WarehouseUpdateInput!) {
  warehouseUpdate(input: $input) {
    warehouse {
      ...WarehouseFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment WarehouseFields on Warehouse {
  id
  code
  name
  rootLocation {
    id
    code
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<WarehouseUpdateMutation, WarehouseUpdateMutationVariables>;
export const WarehouseDeleteDocument = new TypedDocumentString(`
    mutation warehouseDelete($input: WarehouseDeleteInput!) {
  warehouseDelete(input: $input) {
    deletedWarehouseId
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}`) as unknown as TypedDocumentString<WarehouseDeleteMutation, WarehouseDeleteMutationVariables>;
export const LocationCreateDocument = new TypedDocumentString(`
    mutation locationCreate($input: LocationCreateInput!) {
  locationCreate(input: $input) {
    location {
      ...LocationFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment LocationFields on Location {
  id
  code
  name
  type
  isRoot
  warehouse {
    id
    code
  }
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LocationCreateMutation, LocationCreateMutationVariables>;
export const LocationUpdateDocument = new TypedDocumentString(`
    mutation locationUpdate($input: LocationUpdateInput!) {
  locationUpdate(input: $input) {
    location {
      ...LocationFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment LocationFields on Location {
  id
  code
  name
  type
  isRoot
  warehouse {
    id
    code
  }
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LocationUpdateMutation, LocationUpdateMutationVariables>;
export const LocationDeleteDocument = new TypedDocumentString(`
    mutation locationDelete($input: LocationDeleteInput!) {
  locationDelete(input: $input) {
    deletedLocationId
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}`) as unknown as TypedDocumentString<LocationDeleteMutation, LocationDeleteMutationVariables>;
export const StockLevelsDocument = new TypedDocumentString(`
    query stockLevels($first: Int, $after: String, $last: Int, $before: String, $where: StockLevelWhere) {
  stockLevels(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...StockLevelFields
    }
  }
}
    fragment StockLevelFields on StockLevel {
  product {
    id
    sku
  }
  location {
    id
    code
  }
  onHand
  reserved
  available
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<StockLevelsQuery, StockLevelsQueryVariables>;
export const StockMoveDocument = new TypedDocumentString(`
    query stockMove($id: ID!) {
  stockMove(id: $id) {
    ...StockMoveFields
  }
}
    fragment StockMoveFields on StockMove {
  id
  product {
    id
    sku
  }
  quantity
  fromLocation {
    id
    code
    type
  }
  toLocation {
    id
    code
    type
  }
  unitCost
  value
  journalEntry {
    id
    number
    date
  }
  kind
  state
  reason
  reference {
    type
    id
    line
  }
  doneAt
  createdAt
}`) as unknown as TypedDocumentString<StockMoveQuery, StockMoveQueryVariables>;
export const StockMovesDocument = new TypedDocumentString(`
    query stockMoves($first: Int, $after: String, $last: Int, $before: String, $where: StockMoveWhere) {
  stockMoves(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...StockMoveFields
    }
  }
}
    fragment StockMoveFields on StockMove {
  id
  product {
    id
    sku
  }
  quantity
  fromLocation {
    id
    code
    type
  }
  toLocation {
    id
    code
    type
  }
  unitCost
  value
  journalEntry {
    id
    number
    date
  }
  kind
  state
  reason
  reference {
    type
    id
    line
  }
  doneAt
  createdAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<StockMovesQuery, StockMovesQueryVariables>;
export const StockAsOfDocument = new TypedDocumentString(`
    query stockAsOf($asOf: DateTime!, $productId: ID, $locationId: ID) {
  stockAsOf(asOf: $asOf, productId: $productId, locationId: $locationId) {
    product {
      id
      sku
    }
    location {
      id
      code
    }
    quantity
  }
}
    `) as unknown as TypedDocumentString<StockAsOfQuery, StockAsOfQueryVariables>;
export const StockReceiveDocument = new TypedDocumentString(`
    mutation stockReceive($input: StockReceiveInput!) {
  stockReceive(input: $input) {
    stockMove {
      ...StockMoveFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment StockMoveFields on StockMove {
  id
  product {
    id
    sku
  }
  quantity
  fromLocation {
    id
    code
    type
  }
  toLocation {
    id
    code
    type
  }
  unitCost
  value
  journalEntry {
    id
    number
    date
  }
  kind
  state
  reason
  reference {
    type
    id
    line
  }
  doneAt
  createdAt
}`) as unknown as TypedDocumentString<StockReceiveMutation, StockReceiveMutationVariables>;
export const StockIssueDocument = new TypedDocumentString(`
    mutation stockIssue($input: StockIssueInput!) {
  stockIssue(input: $input) {
    stockMove {
      ...StockMoveFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment StockMoveFields on StockMove {
  id
  product {
    id
    sku
  }
  quantity
  fromLocation {
    id
    code
    type
  }
  toLocation {
    id
    code
    type
  }
  unitCost
  value
  journalEntry {
    id
    number
    date
  }
  kind
  state
  reason
  reference {
    type
    id
    line
  }
  doneAt
  createdAt
}`) as unknown as TypedDocumentString<StockIssueMutation, StockIssueMutationVariables>;
export const StockTransferDocument = new TypedDocumentString(`
    mutation stockTransfer($input: StockTransferInput!) {
  stockTransfer(input: $input) {
    stockMove {
      ...StockMoveFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment StockMoveFields on StockMove {
  id
  product {
    id
    sku
  }
  quantity
  fromLocation {
    id
    code
    type
  }
  toLocation {
    id
    code
    type
  }
  unitCost
  value
  journalEntry {
    id
    number
    date
  }
  kind
  state
  reason
  reference {
    type
    id
    line
  }
  doneAt
  createdAt
}`) as unknown as TypedDocumentString<StockTransferMutation, StockTransferMutationVariables>;
export const StockAdjustDocument = new TypedDocumentString(`
    mutation stockAdjust($input: StockAdjustInput!) {
  stockAdjust(input: $input) {
    stockMove {
      ...StockMoveFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment StockMoveFields on StockMove {
  id
  product {
    id
    sku
  }
  quantity
  fromLocation {
    id
    code
    type
  }
  toLocation {
    id
    code
    type
  }
  unitCost
  value
  journalEntry {
    id
    number
    date
  }
  kind
  state
  reason
  reference {
    type
    id
    line
  }
  doneAt
  createdAt
}`) as unknown as TypedDocumentString<StockAdjustMutation, StockAdjustMutationVariables>;
export const StockScrapDocument = new TypedDocumentString(`
    mutation stockScrap($input: StockScrapInput!) {
  stockScrap(input: $input) {
    stockMove {
      ...StockMoveFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment StockMoveFields on StockMove {
  id
  product {
    id
    sku
  }
  quantity
  fromLocation {
    id
    code
    type
  }
  toLocation {
    id
    code
    type
  }
  unitCost
  value
  journalEntry {
    id
    number
    date
  }
  kind
  state
  reason
  reference {
    type
    id
    line
  }
  doneAt
  createdAt
}`) as unknown as TypedDocumentString<StockScrapMutation, StockScrapMutationVariables>;
export const StockReservationsDocument = new TypedDocumentString(`
    query stockReservations($first: Int, $after: String, $last: Int, $before: String, $where: StockReservationWhere) {
  stockReservations(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...StockReservationFields
    }
  }
}
    fragment StockReservationFields on StockReservation {
  id
  product {
    id
    sku
  }
  location {
    id
    code
  }
  demand {
    type
    id
    line
  }
  quantity
  consumed
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<StockReservationsQuery, StockReservationsQueryVariables>;
export const StockReserveDocument = new TypedDocumentString(`
    mutation stockReserve($input: StockReserveInput!) {
  stockReserve(input: $input) {
    reservation {
      ...StockReservationFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment StockReservationFields on StockReservation {
  id
  product {
    id
    sku
  }
  location {
    id
    code
  }
  demand {
    type
    id
    line
  }
  quantity
  consumed
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<StockReserveMutation, StockReserveMutationVariables>;
export const StockReleaseDocument = new TypedDocumentString(`
    mutation stockRelease($input: StockReleaseInput!) {
  stockRelease(input: $input) {
    reservation {
      ...StockReservationFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment StockReservationFields on StockReservation {
  id
  product {
    id
    sku
  }
  location {
    id
    code
  }
  demand {
    type
    id
    line
  }
  quantity
  consumed
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<StockReleaseMutation, StockReleaseMutationVariables>;
export const StockConsumeDocument = new TypedDocumentString(`
    mutation stockConsume($input: StockConsumeInput!) {
  stockConsume(input: $input) {
    reservation {
      ...StockReservationFields
    }
    stockMove {
      ...StockMoveFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment StockMoveFields on StockMove {
  id
  product {
    id
    sku
  }
  quantity
  fromLocation {
    id
    code
    type
  }
  toLocation {
    id
    code
    type
  }
  unitCost
  value
  journalEntry {
    id
    number
    date
  }
  kind
  state
  reason
  reference {
    type
    id
    line
  }
  doneAt
  createdAt
}
fragment StockReservationFields on StockReservation {
  id
  product {
    id
    sku
  }
  location {
    id
    code
  }
  demand {
    type
    id
    line
  }
  quantity
  consumed
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<StockConsumeMutation, StockConsumeMutationVariables>;
export const CycleCountDocument = new TypedDocumentString(`
    query cycleCount($id: ID!) {
  cycleCount(id: $id) {
    ...CycleCountFields
  }
}
    fragment CycleCountFields on CycleCount {
  id
  location {
    id
    code
  }
  state
  note
  lines {
    product {
      id
      sku
    }
    location {
      id
      code
    }
    expectedQuantity
    countedQuantity
    postedDifference
  }
  version
  createdAt
  postedAt
}`) as unknown as TypedDocumentString<CycleCountQuery, CycleCountQueryVariables>;
export const CycleCountsDocument = new TypedDocumentString(`
    query cycleCounts($first: Int, $after: String, $last: Int, $before: String, $where: CycleCountWhere) {
  cycleCounts(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...CycleCountFields
    }
  }
}
    fragment CycleCountFields on CycleCount {
  id
  location {
    id
    code
  }
  state
  note
  lines {
    product {
      id
      sku
    }
    location {
      id
      code
    }
    expectedQuantity
    countedQuantity
    postedDifference
  }
  version
  createdAt
  postedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<CycleCountsQuery, CycleCountsQueryVariables>;
export const CycleCountCreateDocument = new TypedDocumentString(`
    mutation cycleCountCreate($input: CycleCountCreateInput!) {
  cycleCountCreate(input: $input) {
    cycleCount {
      ...CycleCountFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment CycleCountFields on CycleCount {
  id
  location {
    id
    code
  }
  state
  note
  lines {
    product {
      id
      sku
    }
    location {
      id
      code
    }
    expectedQuantity
    countedQuantity
    postedDifference
  }
  version
  createdAt
  postedAt
}`) as unknown as TypedDocumentString<CycleCountCreateMutation, CycleCountCreateMutationVariables>;
export const CycleCountRecordDocument = new TypedDocumentString(`
    mutation cycleCountRecord($input: CycleCountRecordInput!) {
  cycleCountRecord(input: $input) {
    cycleCount {
      ...CycleCountFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment CycleCountFields on CycleCount {
  id
  location {
    id
    code
  }
  state
  note
  lines {
    product {
      id
      sku
    }
    location {
      id
      code
    }
    expectedQuantity
    countedQuantity
    postedDifference
  }
  version
  createdAt
  postedAt
}`) as unknown as TypedDocumentString<CycleCountRecordMutation, CycleCountRecordMutationVariables>;
export const CycleCountPostDocument = new TypedDocumentString(`
    mutation cycleCountPost($input: CycleCountStateInput!) {
  cycleCountPost(input: $input) {
    cycleCount {
      ...CycleCountFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment CycleCountFields on CycleCount {
  id
  location {
    id
    code
  }
  state
  note
  lines {
    product {
      id
      sku
    }
    location {
      id
      code
    }
    expectedQuantity
    countedQuantity
    postedDifference
  }
  version
  createdAt
  postedAt
}`) as unknown as TypedDocumentString<CycleCountPostMutation, CycleCountPostMutationVariables>;
export const CycleCountCancelDocument = new TypedDocumentString(`
    mutation cycleCountCancel($input: CycleCountStateInput!) {
  cycleCountCancel(input: $input) {
    cycleCount {
      ...CycleCountFields
    }
    errors {
      ...InventoryErrorFields
    }
  }
}
    fragment InventoryErrorFields on InventoryError {
  code
  message
  field
}
fragment CycleCountFields on CycleCount {
  id
  location {
    id
    code
  }
  state
  note
  lines {
    product {
      id
      sku
    }
    location {
      id
      code
    }
    expectedQuantity
    countedQuantity
    postedDifference
  }
  version
  createdAt
  postedAt
}`) as unknown as TypedDocumentString<CycleCountCancelMutation, CycleCountCancelMutationVariables>;
export const InventoryValuationDocument = new TypedDocumentString(`
    query inventoryValuation($asOf: DateTime, $warehouseId: ID) {
  inventoryValuation(asOf: $asOf, warehouseId: $warehouseId) {
    asOf
    currency
    totalValue
    rows {
      product {
        id
        sku
        name
      }
      warehouse {
        id
        code
      }
      quantity
      value
      unitCost
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryValuationQuery, InventoryValuationQueryVariables>;
export const AccountDocument = new TypedDocumentString(`
    query account($id: ID!) {
  account(id: $id) {
    ...AccountFields
    children {
      id
      code
      name
    }
  }
}
    fragment AccountFields on Account {
  id
  code
  name
  type
  subtype
  isActive
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AccountQuery, AccountQueryVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query accounts($first: Int, $after: String, $last: Int, $before: String, $where: AccountWhere, $orderBy: [AccountOrderBy!]) {
  accounts(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...AccountFields
    }
  }
}
    fragment AccountFields on Account {
  id
  code
  name
  type
  subtype
  isActive
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const JournalsDocument = new TypedDocumentString(`
    query journals {
  journals {
    ...JournalFields
  }
}
    fragment JournalFields on Journal {
  id
  code
  name
  type
  createdAt
}`) as unknown as TypedDocumentString<JournalsQuery, JournalsQueryVariables>;
export const JournalEntryDocument = new TypedDocumentString(`
    query journalEntry($id: ID!) {
  journalEntry(id: $id) {
    ...JournalEntryFields
  }
}
    fragment JournalLineFields on JournalLine {
  lineNo
  account {
    id
    code
    name
  }
  debit
  credit
  currency
  amountCurrency
  rate
  description
}
fragment JournalEntryFields on JournalEntry {
  id
  number
  date
  journal {
    id
    code
  }
  reference
  memo
  status
  postedAt
  totalDebit
  totalCredit
  lines {
    ...JournalLineFields
  }
  reversalOf {
    id
    number
  }
  reversedBy {
    id
    number
  }
  source {
    type
    id
    purpose
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<JournalEntryQuery, JournalEntryQueryVariables>;
export const JournalEntriesDocument = new TypedDocumentString(`
    query journalEntries($first: Int, $after: String, $last: Int, $before: String, $where: JournalEntryWhere, $orderBy: [JournalEntryOrderBy!]) {
  journalEntries(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...JournalEntryFields
    }
  }
}
    fragment JournalLineFields on JournalLine {
  lineNo
  account {
    id
    code
    name
  }
  debit
  credit
  currency
  amountCurrency
  rate
  description
}
fragment JournalEntryFields on JournalEntry {
  id
  number
  date
  journal {
    id
    code
  }
  reference
  memo
  status
  postedAt
  totalDebit
  totalCredit
  lines {
    ...JournalLineFields
  }
  reversalOf {
    id
    number
  }
  reversedBy {
    id
    number
  }
  source {
    type
    id
    purpose
  }
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<JournalEntriesQuery, JournalEntriesQueryVariables>;
export const FiscalYearsDocument = new TypedDocumentString(`
    query fiscalYears {
  fiscalYears {
    ...FiscalYearFields
  }
}
    fragment PeriodFields on Period {
  id
  number
  startDate
  endDate
  status
  updatedAt
}
fragment FiscalYearFields on FiscalYear {
  id
  name
  startDate
  endDate
  closedAt
  createdAt
  periods {
    ...PeriodFields
  }
}`) as unknown as TypedDocumentString<FiscalYearsQuery, FiscalYearsQueryVariables>;
export const TrialBalanceDocument = new TypedDocumentString(`
    query trialBalance($asOf: Date, $from: Date, $to: Date) {
  trialBalance(asOf: $asOf, from: $from, to: $to) {
    currency
    rows {
      accountId
      code
      name
      type
      debit
      credit
      balance
    }
    totalDebit
    totalCredit
  }
}
    `) as unknown as TypedDocumentString<TrialBalanceQuery, TrialBalanceQueryVariables>;
export const GeneralLedgerDocument = new TypedDocumentString(`
    query generalLedger($accountId: ID!, $from: Date!, $to: Date!) {
  generalLedger(accountId: $accountId, from: $from, to: $to) {
    accountId
    currency
    openingBalance
    lines {
      entryId
      number
      date
      lineNo
      description
      reference
      debit
      credit
      balance
    }
    closingBalance
  }
}
    `) as unknown as TypedDocumentString<GeneralLedgerQuery, GeneralLedgerQueryVariables>;
export const BalanceSheetDocument = new TypedDocumentString(`
    query balanceSheet($asOf: Date!) {
  balanceSheet(asOf: $asOf) {
    currency
    assets {
      ...StatementSectionFields
    }
    liabilities {
      ...StatementSectionFields
    }
    equity {
      ...StatementSectionFields
    }
    unclosedEarnings
    totalLiabilitiesAndEquity
  }
}
    fragment StatementSectionFields on StatementSection {
  rows {
    accountId
    code
    name
    amount
  }
  total
}`) as unknown as TypedDocumentString<BalanceSheetQuery, BalanceSheetQueryVariables>;
export const IncomeStatementDocument = new TypedDocumentString(`
    query incomeStatement($from: Date!, $to: Date!) {
  incomeStatement(from: $from, to: $to) {
    currency
    revenue {
      ...StatementSectionFields
    }
    expenses {
      ...StatementSectionFields
    }
    netIncome
  }
}
    fragment StatementSectionFields on StatementSection {
  rows {
    accountId
    code
    name
    amount
  }
  total
}`) as unknown as TypedDocumentString<IncomeStatementQuery, IncomeStatementQueryVariables>;
export const AccountCreateDocument = new TypedDocumentString(`
    mutation accountCreate($input: AccountCreateInput!) {
  accountCreate(input: $input) {
    account {
      ...AccountFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment AccountFields on Account {
  id
  code
  name
  type
  subtype
  isActive
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AccountCreateMutation, AccountCreateMutationVariables>;
export const AccountUpdateDocument = new TypedDocumentString(`
    mutation accountUpdate($input: AccountUpdateInput!) {
  accountUpdate(input: $input) {
    account {
      ...AccountFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment AccountFields on Account {
  id
  code
  name
  type
  subtype
  isActive
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AccountUpdateMutation, AccountUpdateMutationVariables>;
export const AccountDeactivateDocument = new TypedDocumentString(`
    mutation accountDeactivate($input: AccountStateInput!) {
  accountDeactivate(input: $input) {
    account {
      ...AccountFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment AccountFields on Account {
  id
  code
  name
  type
  subtype
  isActive
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AccountDeactivateMutation, AccountDeactivateMutationVariables>;
export const AccountActivateDocument = new TypedDocumentString(`
    mutation accountActivate($input: AccountStateInput!) {
  accountActivate(input: $input) {
    account {
      ...AccountFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment AccountFields on Account {
  id
  code
  name
  type
  subtype
  isActive
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AccountActivateMutation, AccountActivateMutationVariables>;
export const AccountDeleteDocument = new TypedDocumentString(`
    mutation accountDelete($input: AccountStateInput!) {
  accountDelete(input: $input) {
    deletedAccountId
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AccountDeleteMutation, AccountDeleteMutationVariables>;
export const JournalEntryCreateDocument = new TypedDocumentString(`
    mutation journalEntryCreate($input: JournalEntryCreateInput!) {
  journalEntryCreate(input: $input) {
    journalEntry {
      ...JournalEntryFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment JournalLineFields on JournalLine {
  lineNo
  account {
    id
    code
    name
  }
  debit
  credit
  currency
  amountCurrency
  rate
  description
}
fragment JournalEntryFields on JournalEntry {
  id
  number
  date
  journal {
    id
    code
  }
  reference
  memo
  status
  postedAt
  totalDebit
  totalCredit
  lines {
    ...JournalLineFields
  }
  reversalOf {
    id
    number
  }
  reversedBy {
    id
    number
  }
  source {
    type
    id
    purpose
  }
  version
  createdAt
  updatedAt
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<JournalEntryCreateMutation, JournalEntryCreateMutationVariables>;
export const JournalEntryUpdateDocument = new TypedDocumentString(`
    mutation journalEntryUpdate($input: JournalEntryUpdateInput!) {
  journalEntryUpdate(input: $input) {
    journalEntry {
      ...JournalEntryFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment JournalLineFields on JournalLine {
  lineNo
  account {
    id
    code
    name
  }
  debit
  credit
  currency
  amountCurrency
  rate
  description
}
fragment JournalEntryFields on JournalEntry {
  id
  number
  date
  journal {
    id
    code
  }
  reference
  memo
  status
  postedAt
  totalDebit
  totalCredit
  lines {
    ...JournalLineFields
  }
  reversalOf {
    id
    number
  }
  reversedBy {
    id
    number
  }
  source {
    type
    id
    purpose
  }
  version
  createdAt
  updatedAt
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<JournalEntryUpdateMutation, JournalEntryUpdateMutationVariables>;
export const JournalEntryDeleteDocument = new TypedDocumentString(`
    mutation journalEntryDelete($input: JournalEntryIdInput!) {
  journalEntryDelete(input: $input) {
    deletedJournalEntryId
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<JournalEntryDeleteMutation, JournalEntryDeleteMutationVariables>;
export const JournalEntryPostDocument = new TypedDocumentString(`
    mutation journalEntryPost($input: JournalEntryIdInput!) {
  journalEntryPost(input: $input) {
    journalEntry {
      ...JournalEntryFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment JournalLineFields on JournalLine {
  lineNo
  account {
    id
    code
    name
  }
  debit
  credit
  currency
  amountCurrency
  rate
  description
}
fragment JournalEntryFields on JournalEntry {
  id
  number
  date
  journal {
    id
    code
  }
  reference
  memo
  status
  postedAt
  totalDebit
  totalCredit
  lines {
    ...JournalLineFields
  }
  reversalOf {
    id
    number
  }
  reversedBy {
    id
    number
  }
  source {
    type
    id
    purpose
  }
  version
  createdAt
  updatedAt
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<JournalEntryPostMutation, JournalEntryPostMutationVariables>;
export const JournalEntryReverseDocument = new TypedDocumentString(`
    mutation journalEntryReverse($input: JournalEntryReverseInput!) {
  journalEntryReverse(input: $input) {
    journalEntry {
      ...JournalEntryFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment JournalLineFields on JournalLine {
  lineNo
  account {
    id
    code
    name
  }
  debit
  credit
  currency
  amountCurrency
  rate
  description
}
fragment JournalEntryFields on JournalEntry {
  id
  number
  date
  journal {
    id
    code
  }
  reference
  memo
  status
  postedAt
  totalDebit
  totalCredit
  lines {
    ...JournalLineFields
  }
  reversalOf {
    id
    number
  }
  reversedBy {
    id
    number
  }
  source {
    type
    id
    purpose
  }
  version
  createdAt
  updatedAt
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<JournalEntryReverseMutation, JournalEntryReverseMutationVariables>;
export const FiscalYearCreateDocument = new TypedDocumentString(`
    mutation fiscalYearCreate($input: FiscalYearCreateInput!) {
  fiscalYearCreate(input: $input) {
    fiscalYear {
      ...FiscalYearFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment PeriodFields on Period {
  id
  number
  startDate
  endDate
  status
  updatedAt
}
fragment FiscalYearFields on FiscalYear {
  id
  name
  startDate
  endDate
  closedAt
  createdAt
  periods {
    ...PeriodFields
  }
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<FiscalYearCreateMutation, FiscalYearCreateMutationVariables>;
export const FiscalYearCloseDocument = new TypedDocumentString(`
    mutation fiscalYearClose($input: FiscalYearCloseInput!) {
  fiscalYearClose(input: $input) {
    fiscalYear {
      ...FiscalYearFields
    }
    closingEntry {
      ...JournalEntryFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment JournalLineFields on JournalLine {
  lineNo
  account {
    id
    code
    name
  }
  debit
  credit
  currency
  amountCurrency
  rate
  description
}
fragment JournalEntryFields on JournalEntry {
  id
  number
  date
  journal {
    id
    code
  }
  reference
  memo
  status
  postedAt
  totalDebit
  totalCredit
  lines {
    ...JournalLineFields
  }
  reversalOf {
    id
    number
  }
  reversedBy {
    id
    number
  }
  source {
    type
    id
    purpose
  }
  version
  createdAt
  updatedAt
}
fragment PeriodFields on Period {
  id
  number
  startDate
  endDate
  status
  updatedAt
}
fragment FiscalYearFields on FiscalYear {
  id
  name
  startDate
  endDate
  closedAt
  createdAt
  periods {
    ...PeriodFields
  }
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<FiscalYearCloseMutation, FiscalYearCloseMutationVariables>;
export const PeriodCloseDocument = new TypedDocumentString(`
    mutation periodClose($input: PeriodIdInput!) {
  periodClose(input: $input) {
    period {
      ...PeriodFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment PeriodFields on Period {
  id
  number
  startDate
  endDate
  status
  updatedAt
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<PeriodCloseMutation, PeriodCloseMutationVariables>;
export const PeriodReopenDocument = new TypedDocumentString(`
    mutation periodReopen($input: PeriodIdInput!) {
  periodReopen(input: $input) {
    period {
      ...PeriodFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment PeriodFields on Period {
  id
  number
  startDate
  endDate
  status
  updatedAt
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<PeriodReopenMutation, PeriodReopenMutationVariables>;
export const PeriodLockDocument = new TypedDocumentString(`
    mutation periodLock($input: PeriodIdInput!) {
  periodLock(input: $input) {
    period {
      ...PeriodFields
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment PeriodFields on Period {
  id
  number
  startDate
  endDate
  status
  updatedAt
}
fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<PeriodLockMutation, PeriodLockMutationVariables>;
export const ExchangeRateSetDocument = new TypedDocumentString(`
    mutation exchangeRateSet($input: ExchangeRateSetInput!) {
  exchangeRateSet(input: $input) {
    exchangeRate {
      currency
      date
      rate
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ExchangeRateSetMutation, ExchangeRateSetMutationVariables>;
export const PostingRuleSetDocument = new TypedDocumentString(`
    mutation postingRuleSet($input: PostingRuleSetInput!) {
  postingRuleSet(input: $input) {
    postingRule {
      role
      account {
        id
        code
      }
      updatedAt
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<PostingRuleSetMutation, PostingRuleSetMutationVariables>;
export const BudgetSetDocument = new TypedDocumentString(`
    mutation budgetSet($input: BudgetSetInput!) {
  budgetSet(input: $input) {
    amounts {
      account {
        id
        code
      }
      period {
        id
        number
      }
      amount
    }
    errors {
      ...LedgerErrorFields
    }
  }
}
    fragment LedgerErrorFields on LedgerError {
  code
  message
  field
}`) as unknown as TypedDocumentString<BudgetSetMutation, BudgetSetMutationVariables>;
export const BudgetVsActualDocument = new TypedDocumentString(`
    query budgetVsActual($fromPeriodId: ID!, $toPeriodId: ID!) {
  budgetVsActual(fromPeriodId: $fromPeriodId, toPeriodId: $toPeriodId) {
    currency
    fromDate
    toDate
    rows {
      accountId
      code
      name
      type
      budget
      actual
      variance
      variancePercent
    }
    revenue {
      ...BudgetComparisonFields
    }
    expenses {
      ...BudgetComparisonFields
    }
    netIncome {
      ...BudgetComparisonFields
    }
  }
}
    fragment BudgetComparisonFields on BudgetComparison {
  budget
  actual
  variance
  variancePercent
}`) as unknown as TypedDocumentString<BudgetVsActualQuery, BudgetVsActualQueryVariables>;
export const JournalCreateDocument = new TypedDocumentString(`
    mutation journalCreate($input: JournalCreateInput!) {
  journalCreate(input: $input) {
    journal {
      ...JournalFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment JournalFields on Journal {
  id
  code
  name
  type
  createdAt
}`) as unknown as TypedDocumentString<JournalCreateMutation, JournalCreateMutationVariables>;
export const JournalUpdateDocument = new TypedDocumentString(`
    mutation journalUpdate($input: JournalUpdateInput!) {
  journalUpdate(input: $input) {
    journal {
      ...JournalFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment JournalFields on Journal {
  id
  code
  name
  type
  createdAt
}`) as unknown as TypedDocumentString<JournalUpdateMutation, JournalUpdateMutationVariables>;
export const InvoiceDocument = new TypedDocumentString(`
    query invoice($id: ID!) {
  invoice(id: $id) {
    ...InvoiceFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<InvoiceQuery, InvoiceQueryVariables>;
export const InvoicesDocument = new TypedDocumentString(`
    query invoices($first: Int, $after: String, $last: Int, $before: String, $where: InvoiceWhere, $orderBy: [InvoiceOrderBy!]) {
  invoices(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...InvoiceFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<InvoicesQuery, InvoicesQueryVariables>;
export const PaymentDocument = new TypedDocumentString(`
    query payment($id: ID!) {
  payment(id: $id) {
    ...PaymentFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment PaymentFields on Payment {
  id
  direction
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  date
  amount {
    ...MoneyFields
  }
  amountAllocated {
    ...MoneyFields
  }
  unallocated {
    ...MoneyFields
  }
  amountBase
  method
  bankAccount {
    id
    code
  }
  reference
  memo
  allocations {
    ...PaymentAllocationFields
  }
  journalEntry {
    id
    number
  }
  voidedAt
  version
  createdAt
}`) as unknown as TypedDocumentString<PaymentQuery, PaymentQueryVariables>;
export const PaymentsDocument = new TypedDocumentString(`
    query payments($first: Int, $after: String, $last: Int, $before: String, $where: PaymentWhere) {
  payments(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...PaymentFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment PaymentFields on Payment {
  id
  direction
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  date
  amount {
    ...MoneyFields
  }
  amountAllocated {
    ...MoneyFields
  }
  unallocated {
    ...MoneyFields
  }
  amountBase
  method
  bankAccount {
    id
    code
  }
  reference
  memo
  allocations {
    ...PaymentAllocationFields
  }
  journalEntry {
    id
    number
  }
  voidedAt
  version
  createdAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}`) as unknown as TypedDocumentString<PaymentsQuery, PaymentsQueryVariables>;
export const OpenItemsDocument = new TypedDocumentString(`
    query openItems($customerId: ID, $supplierId: ID, $asOf: Date) {
  openItems(customerId: $customerId, supplierId: $supplierId, asOf: $asOf) {
    documentId
    kind
    number
    partnerId
    date
    dueDate
    currency
    amount
    openAmount
    openBase
    daysPastDue
    bucket
  }
}
    `) as unknown as TypedDocumentString<OpenItemsQuery, OpenItemsQueryVariables>;
export const AgedReceivablesDocument = new TypedDocumentString(`
    query agedReceivables($asOf: Date) {
  agedReceivables(asOf: $asOf) {
    ...AgingReportFields
  }
}
    fragment AgingAmountsRow on AgingRow {
  partnerId
  partnerCode
  partnerName
  current
  days1To30
  days31To60
  days61To90
  over90
  total
}
fragment AgingReportFields on AgingReport {
  asOf
  currency
  rows {
    ...AgingAmountsRow
  }
  totals {
    current
    days1To30
    days31To60
    days61To90
    over90
    total
  }
}`) as unknown as TypedDocumentString<AgedReceivablesQuery, AgedReceivablesQueryVariables>;
export const AgedPayablesDocument = new TypedDocumentString(`
    query agedPayables($asOf: Date) {
  agedPayables(asOf: $asOf) {
    ...AgingReportFields
  }
}
    fragment AgingAmountsRow on AgingRow {
  partnerId
  partnerCode
  partnerName
  current
  days1To30
  days31To60
  days61To90
  over90
  total
}
fragment AgingReportFields on AgingReport {
  asOf
  currency
  rows {
    ...AgingAmountsRow
  }
  totals {
    current
    days1To30
    days31To60
    days61To90
    over90
    total
  }
}`) as unknown as TypedDocumentString<AgedPayablesQuery, AgedPayablesQueryVariables>;
export const CustomerInvoiceCreateDocument = new TypedDocumentString(`
    mutation customerInvoiceCreate($input: CustomerInvoiceCreateInput!) {
  customerInvoiceCreate(input: $input) {
    invoice {
      ...InvoiceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CustomerInvoiceCreateMutation, CustomerInvoiceCreateMutationVariables>;
export const CustomerInvoiceUpdateDocument = new TypedDocumentString(`
    mutation customerInvoiceUpdate($input: CustomerInvoiceUpdateInput!) {
  customerInvoiceUpdate(input: $input) {
    invoice {
      ...InvoiceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CustomerInvoiceUpdateMutation, CustomerInvoiceUpdateMutationVariables>;
export const CustomerInvoicePostDocument = new TypedDocumentString(`
    mutation customerInvoicePost($input: CustomerInvoicePostInput!) {
  customerInvoicePost(input: $input) {
    invoice {
      ...InvoiceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CustomerInvoicePostMutation, CustomerInvoicePostMutationVariables>;
export const CustomerInvoiceVoidDocument = new TypedDocumentString(`
    mutation customerInvoiceVoid($input: CustomerInvoiceVoidInput!) {
  customerInvoiceVoid(input: $input) {
    invoice {
      ...InvoiceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CustomerInvoiceVoidMutation, CustomerInvoiceVoidMutationVariables>;
export const SupplierBillCreateDocument = new TypedDocumentString(`
    mutation supplierBillCreate($input: SupplierBillCreateInput!) {
  supplierBillCreate(input: $input) {
    bill {
      ...InvoiceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SupplierBillCreateMutation, SupplierBillCreateMutationVariables>;
export const SupplierBillUpdateDocument = new TypedDocumentString(`
    mutation supplierBillUpdate($input: SupplierBillUpdateInput!) {
  supplierBillUpdate(input: $input) {
    bill {
      ...InvoiceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SupplierBillUpdateMutation, SupplierBillUpdateMutationVariables>;
export const SupplierBillPostDocument = new TypedDocumentString(`
    mutation supplierBillPost($input: SupplierBillPostInput!) {
  supplierBillPost(input: $input) {
    bill {
      ...InvoiceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SupplierBillPostMutation, SupplierBillPostMutationVariables>;
export const SupplierBillVoidDocument = new TypedDocumentString(`
    mutation supplierBillVoid($input: SupplierBillVoidInput!) {
  supplierBillVoid(input: $input) {
    bill {
      ...InvoiceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SupplierBillVoidMutation, SupplierBillVoidMutationVariables>;
export const CreditNoteCreateDocument = new TypedDocumentString(`
    mutation creditNoteCreate($input: CreditNoteCreateInput!) {
  creditNoteCreate(input: $input) {
    creditNote {
      ...InvoiceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreditNoteCreateMutation, CreditNoteCreateMutationVariables>;
export const CreditNoteVoidDocument = new TypedDocumentString(`
    mutation creditNoteVoid($input: CreditNoteVoidInput!) {
  creditNoteVoid(input: $input) {
    creditNote {
      ...InvoiceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreditNoteVoidMutation, CreditNoteVoidMutationVariables>;
export const PaymentCreateDocument = new TypedDocumentString(`
    mutation paymentCreate($input: PaymentCreateInput!) {
  paymentCreate(input: $input) {
    payment {
      ...PaymentFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment PaymentFields on Payment {
  id
  direction
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  date
  amount {
    ...MoneyFields
  }
  amountAllocated {
    ...MoneyFields
  }
  unallocated {
    ...MoneyFields
  }
  amountBase
  method
  bankAccount {
    id
    code
  }
  reference
  memo
  allocations {
    ...PaymentAllocationFields
  }
  journalEntry {
    id
    number
  }
  voidedAt
  version
  createdAt
}`) as unknown as TypedDocumentString<PaymentCreateMutation, PaymentCreateMutationVariables>;
export const PaymentVoidDocument = new TypedDocumentString(`
    mutation paymentVoid($input: PaymentVoidInput!) {
  paymentVoid(input: $input) {
    payment {
      ...PaymentFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment PaymentFields on Payment {
  id
  direction
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  date
  amount {
    ...MoneyFields
  }
  amountAllocated {
    ...MoneyFields
  }
  unallocated {
    ...MoneyFields
  }
  amountBase
  method
  bankAccount {
    id
    code
  }
  reference
  memo
  allocations {
    ...PaymentAllocationFields
  }
  journalEntry {
    id
    number
  }
  voidedAt
  version
  createdAt
}`) as unknown as TypedDocumentString<PaymentVoidMutation, PaymentVoidMutationVariables>;
export const PaymentAllocateDocument = new TypedDocumentString(`
    mutation paymentAllocate($input: PaymentAllocateInput!) {
  paymentAllocate(input: $input) {
    allocations {
      ...PaymentAllocationFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}`) as unknown as TypedDocumentString<PaymentAllocateMutation, PaymentAllocateMutationVariables>;
export const NodeDocument = new TypedDocumentString(`
    query node($id: ID!) {
  node(id: $id) {
    ...NodeFields
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment NodeFields on Node {
  __typename
  id
  ... on Account {
    code
    name
    accountType: type
    isActive
  }
  ... on ApprovalDelegation {
    delegationStatus: status
    startsOn
    endsOn
  }
  ... on ApprovalPolicy {
    subjectType
    name
    version
  }
  ... on ApprovalRequest {
    title
    subjectType
    approvalStatus: status
  }
  ... on ApiKey {
    ...ApiKeyFields
  }
  ... on AuditLogEntry {
    ...AuditLogEntryFields
  }
  ... on Contact {
    ...ContactFields
  }
  ... on Customer {
    ...CustomerFields
  }
  ... on CycleCount {
    cycleCountState: state
    postedAt
  }
  ... on Department {
    name
    parent {
      id
    }
  }
  ... on Employee {
    code
    name
    employeeStatus: status
    hireDate
  }
  ... on ExpenseClaim {
    title
    claimStatus: status
    baseAmount
  }
  ... on FiscalYear {
    name
    startDate
    endDate
  }
  ... on Journal {
    code
    name
    journalType: type
  }
  ... on Invoice {
    invoiceNumber: number
    invoiceKind: kind
    invoiceStatus: status
    issueDate
    dueDate
    invoiceTotal: total {
      amount
      currency
    }
  }
  ... on JournalEntry {
    entryNumber: number
    date
    entryStatus: status
  }
  ... on Location {
    code
    name
    locationType: type
  }
  ... on LeaveRequest {
    startDate
    endDate
    days
    leaveStatus: status
  }
  ... on LeaveType {
    code
    name
    paid
  }
  ... on Organization {
    ...OrganizationFields
  }
  ... on Payment {
    paymentNumber: number
    paymentStatus: status
    direction
    date
    paymentAmount: amount {
      amount
      currency
    }
  }
  ... on Position {
    title
  }
  ... on PriceList {
    priceListName: name
    priceListCurrency: currency
    isActive
  }
  ... on PurchaseOrder {
    purchaseOrderNumber: number
    purchaseOrderStatus: status
    orderDate
  }
  ... on PurchaseRequest {
    purchaseRequestNumber: number
    purchaseRequestStatus: status
    purchaseRequestDescription: description
  }
  ... on Period {
    periodNumber: number
    startDate
    endDate
    periodStatus: status
  }
  ... on Product {
    sku
    name
    productType: type
    isActive
  }
  ... on ProductCategory {
    name
  }
  ... on Quote {
    quoteNumber: number
    quoteStatus: status
    quoteDate
    validUntil
  }
  ... on SalesOrder {
    salesOrderNumber: number
    salesOrderStatus: status
    orderDate
    requestedDeliveryDate
  }
  ... on Shipment {
    shipmentNumber: number
    shipmentStatus: status
    plannedDate
    shippedAt
  }
  ... on SalesReturn {
    salesReturnNumber: number
    salesReturnStatus: status
    returnDate
    receivedAt
  }
  ... on StockMove {
    moveQuantity: quantity
    unitCost
    moveKind: kind
    moveState: state
    doneAt
  }
  ... on StockReservation {
    reservedQuantity: quantity
    consumed
  }
  ... on Supplier {
    ...SupplierFields
  }
  ... on TaxRate {
    taxRateCode: code
    taxRateName: name
    rate
    priceIncludesTax
  }
  ... on Warehouse {
    code
    name
  }
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
fragment OrganizationFields on Organization {
  id
  name
  baseCurrency
  createdAt
}
fragment AuditLogEntryFields on AuditLogEntry {
  id
  action
  actorName
  actor {
    id
    name
    prefix
  }
  entityType
  entityId
  before
  after
  requestId
  createdAt
}
fragment SupplierFields on Supplier {
  id
  code
  name
  email
  phone
  taxId
  address {
    ...AddressFields
  }
  currency
  paymentTermsDays
  isActive
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NodesDocument = new TypedDocumentString(`
    query nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    ...NodeFields
  }
}
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isPrimary
  customer {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment CustomerFields on Customer {
  id
  code
  name
  kind
  status
  email
  phone
  website
  taxId
  currency
  paymentTermsDays
  invoicePolicy
  creditLimit {
    amount
    currency
  }
  tags
  billingAddress {
    ...AddressFields
  }
  shippingAddress {
    ...AddressFields
  }
  owner {
    id
    name
  }
  mergedInto {
    id
    code
    name
  }
  version
  createdAt
  updatedAt
}
fragment NodeFields on Node {
  __typename
  id
  ... on Account {
    code
    name
    accountType: type
    isActive
  }
  ... on ApprovalDelegation {
    delegationStatus: status
    startsOn
    endsOn
  }
  ... on ApprovalPolicy {
    subjectType
    name
    version
  }
  ... on ApprovalRequest {
    title
    subjectType
    approvalStatus: status
  }
  ... on ApiKey {
    ...ApiKeyFields
  }
  ... on AuditLogEntry {
    ...AuditLogEntryFields
  }
  ... on Contact {
    ...ContactFields
  }
  ... on Customer {
    ...CustomerFields
  }
  ... on CycleCount {
    cycleCountState: state
    postedAt
  }
  ... on Department {
    name
    parent {
      id
    }
  }
  ... on Employee {
    code
    name
    employeeStatus: status
    hireDate
  }
  ... on ExpenseClaim {
    title
    claimStatus: status
    baseAmount
  }
  ... on FiscalYear {
    name
    startDate
    endDate
  }
  ... on Journal {
    code
    name
    journalType: type
  }
  ... on Invoice {
    invoiceNumber: number
    invoiceKind: kind
    invoiceStatus: status
    issueDate
    dueDate
    invoiceTotal: total {
      amount
      currency
    }
  }
  ... on JournalEntry {
    entryNumber: number
    date
    entryStatus: status
  }
  ... on Location {
    code
    name
    locationType: type
  }
  ... on LeaveRequest {
    startDate
    endDate
    days
    leaveStatus: status
  }
  ... on LeaveType {
    code
    name
    paid
  }
  ... on Organization {
    ...OrganizationFields
  }
  ... on Payment {
    paymentNumber: number
    paymentStatus: status
    direction
    date
    paymentAmount: amount {
      amount
      currency
    }
  }
  ... on Position {
    title
  }
  ... on PriceList {
    priceListName: name
    priceListCurrency: currency
    isActive
  }
  ... on PurchaseOrder {
    purchaseOrderNumber: number
    purchaseOrderStatus: status
    orderDate
  }
  ... on PurchaseRequest {
    purchaseRequestNumber: number
    purchaseRequestStatus: status
    purchaseRequestDescription: description
  }
  ... on Period {
    periodNumber: number
    startDate
    endDate
    periodStatus: status
  }
  ... on Product {
    sku
    name
    productType: type
    isActive
  }
  ... on ProductCategory {
    name
  }
  ... on Quote {
    quoteNumber: number
    quoteStatus: status
    quoteDate
    validUntil
  }
  ... on SalesOrder {
    salesOrderNumber: number
    salesOrderStatus: status
    orderDate
    requestedDeliveryDate
  }
  ... on Shipment {
    shipmentNumber: number
    shipmentStatus: status
    plannedDate
    shippedAt
  }
  ... on SalesReturn {
    salesReturnNumber: number
    salesReturnStatus: status
    returnDate
    receivedAt
  }
  ... on StockMove {
    moveQuantity: quantity
    unitCost
    moveKind: kind
    moveState: state
    doneAt
  }
  ... on StockReservation {
    reservedQuantity: quantity
    consumed
  }
  ... on Supplier {
    ...SupplierFields
  }
  ... on TaxRate {
    taxRateCode: code
    taxRateName: name
    rate
    priceIncludesTax
  }
  ... on Warehouse {
    code
    name
  }
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
fragment OrganizationFields on Organization {
  id
  name
  baseCurrency
  createdAt
}
fragment AuditLogEntryFields on AuditLogEntry {
  id
  action
  actorName
  actor {
    id
    name
    prefix
  }
  entityType
  entityId
  before
  after
  requestId
  createdAt
}
fragment SupplierFields on Supplier {
  id
  code
  name
  email
  phone
  taxId
  address {
    ...AddressFields
  }
  currency
  paymentTermsDays
  isActive
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<NodesQuery, NodesQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query viewer {
  viewer {
    name
    roles
    apiKey {
      ...ApiKeyFields
    }
    organization {
      ...OrganizationFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
fragment OrganizationFields on Organization {
  id
  name
  baseCurrency
  createdAt
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query auditLog($first: Int, $after: String, $last: Int, $before: String, $where: AuditLogWhere) {
  auditLog(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...AuditLogEntryFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment AuditLogEntryFields on AuditLogEntry {
  id
  action
  actorName
  actor {
    id
    name
    prefix
  }
  entityType
  entityId
  before
  after
  requestId
  createdAt
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query apiKeys($first: Int, $after: String, $includeRevoked: Boolean) {
  apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ApiKeyFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const ApiKeyCreateDocument = new TypedDocumentString(`
    mutation apiKeyCreate($input: ApiKeyCreateInput!) {
  apiKeyCreate(input: $input) {
    apiKey {
      ...ApiKeyFields
    }
    secret
    errors {
      ...ApiKeyErrorFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
fragment ApiKeyErrorFields on ApiKeyError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRevokeDocument = new TypedDocumentString(`
    mutation apiKeyRevoke($input: ApiKeyRevokeInput!) {
  apiKeyRevoke(input: $input) {
    apiKey {
      ...ApiKeyFields
    }
    errors {
      ...ApiKeyErrorFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  lastUsedAt
  revokedAt
}
fragment ApiKeyErrorFields on ApiKeyError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;
export const PurchaseOrderDocument = new TypedDocumentString(`
    query purchaseOrder($id: ID!) {
  purchaseOrder(id: $id) {
    ...PurchaseOrderFields
  }
}
    fragment PurchaseOrderLineFields on PurchaseOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  taxRate
  subtotal
  tax
  total
  expectedDate
  quantityReceived
  quantityBilled
  matchStatus
  grniClearedValue
}
fragment PurchaseOrderFields on PurchaseOrder {
  id
  number
  supplier {
    id
    code
    name
  }
  status
  currency
  orderDate
  expectedDate
  reference
  notes
  subtotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...PurchaseOrderLineFields
  }
  sentAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PurchaseOrderQuery, PurchaseOrderQueryVariables>;
export const PurchaseOrdersDocument = new TypedDocumentString(`
    query purchaseOrders($first: Int, $after: String, $last: Int, $before: String, $where: PurchaseOrderWhere, $orderBy: [PurchaseOrderOrderBy!]) {
  purchaseOrders(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...PurchaseOrderFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment PurchaseOrderLineFields on PurchaseOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  taxRate
  subtotal
  tax
  total
  expectedDate
  quantityReceived
  quantityBilled
  matchStatus
  grniClearedValue
}
fragment PurchaseOrderFields on PurchaseOrder {
  id
  number
  supplier {
    id
    code
    name
  }
  status
  currency
  orderDate
  expectedDate
  reference
  notes
  subtotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...PurchaseOrderLineFields
  }
  sentAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PurchaseOrdersQuery, PurchaseOrdersQueryVariables>;
export const SupplierPriceSetDocument = new TypedDocumentString(`
    mutation supplierPriceSet($input: SupplierPriceSetInput!) {
  supplierPriceSet(input: $input) {
    supplierPrice {
      ...SupplierPriceFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment SupplierPriceFields on SupplierPrice {
  id
  supplier {
    id
    code
  }
  product {
    id
    sku
  }
  price {
    amount
    currency
  }
  minQuantity
  leadTimeDays
  supplierSku
  updatedAt
}`) as unknown as TypedDocumentString<SupplierPriceSetMutation, SupplierPriceSetMutationVariables>;
export const SupplierPriceDeleteDocument = new TypedDocumentString(`
    mutation supplierPriceDelete($input: SupplierPriceDeleteInput!) {
  supplierPriceDelete(input: $input) {
    deletedSupplierPriceId
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierPriceDeleteMutation, SupplierPriceDeleteMutationVariables>;
export const PurchaseOrderCreateDocument = new TypedDocumentString(`
    mutation purchaseOrderCreate($input: PurchaseOrderCreateInput!) {
  purchaseOrderCreate(input: $input) {
    purchaseOrder {
      ...PurchaseOrderFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PurchaseOrderLineFields on PurchaseOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  taxRate
  subtotal
  tax
  total
  expectedDate
  quantityReceived
  quantityBilled
  matchStatus
  grniClearedValue
}
fragment PurchaseOrderFields on PurchaseOrder {
  id
  number
  supplier {
    id
    code
    name
  }
  status
  currency
  orderDate
  expectedDate
  reference
  notes
  subtotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...PurchaseOrderLineFields
  }
  sentAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PurchaseOrderCreateMutation, PurchaseOrderCreateMutationVariables>;
export const PurchaseOrderUpdateDocument = new TypedDocumentString(`
    mutation purchaseOrderUpdate($input: PurchaseOrderUpdateInput!) {
  purchaseOrderUpdate(input: $input) {
    purchaseOrder {
      ...PurchaseOrderFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PurchaseOrderLineFields on PurchaseOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  taxRate
  subtotal
  tax
  total
  expectedDate
  quantityReceived
  quantityBilled
  matchStatus
  grniClearedValue
}
fragment PurchaseOrderFields on PurchaseOrder {
  id
  number
  supplier {
    id
    code
    name
  }
  status
  currency
  orderDate
  expectedDate
  reference
  notes
  subtotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...PurchaseOrderLineFields
  }
  sentAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PurchaseOrderUpdateMutation, PurchaseOrderUpdateMutationVariables>;
export const PurchaseOrderSendDocument = new TypedDocumentString(`
    mutation purchaseOrderSend($input: PurchaseOrderStateInput!) {
  purchaseOrderSend(input: $input) {
    purchaseOrder {
      ...PurchaseOrderFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PurchaseOrderLineFields on PurchaseOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  taxRate
  subtotal
  tax
  total
  expectedDate
  quantityReceived
  quantityBilled
  matchStatus
  grniClearedValue
}
fragment PurchaseOrderFields on PurchaseOrder {
  id
  number
  supplier {
    id
    code
    name
  }
  status
  currency
  orderDate
  expectedDate
  reference
  notes
  subtotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...PurchaseOrderLineFields
  }
  sentAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PurchaseOrderSendMutation, PurchaseOrderSendMutationVariables>;
export const PurchaseOrderCancelDocument = new TypedDocumentString(`
    mutation purchaseOrderCancel($input: PurchaseOrderStateInput!) {
  purchaseOrderCancel(input: $input) {
    purchaseOrder {
      ...PurchaseOrderFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PurchaseOrderLineFields on PurchaseOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  taxRate
  subtotal
  tax
  total
  expectedDate
  quantityReceived
  quantityBilled
  matchStatus
  grniClearedValue
}
fragment PurchaseOrderFields on PurchaseOrder {
  id
  number
  supplier {
    id
    code
    name
  }
  status
  currency
  orderDate
  expectedDate
  reference
  notes
  subtotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...PurchaseOrderLineFields
  }
  sentAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PurchaseOrderCancelMutation, PurchaseOrderCancelMutationVariables>;
export const PurchaseOrderReceiveDocument = new TypedDocumentString(`
    mutation purchaseOrderReceive($input: PurchaseOrderReceiveInput!) {
  purchaseOrderReceive(input: $input) {
    purchaseOrder {
      ...PurchaseOrderFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PurchaseOrderLineFields on PurchaseOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  taxRate
  subtotal
  tax
  total
  expectedDate
  quantityReceived
  quantityBilled
  matchStatus
  grniClearedValue
}
fragment PurchaseOrderFields on PurchaseOrder {
  id
  number
  supplier {
    id
    code
    name
  }
  status
  currency
  orderDate
  expectedDate
  reference
  notes
  subtotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...PurchaseOrderLineFields
  }
  sentAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PurchaseOrderReceiveMutation, PurchaseOrderReceiveMutationVariables>;
export const ReplenishmentSuggestionsDocument = new TypedDocumentString(`
    query replenishmentSuggestions($warehouseId: ID) {
  replenishmentSuggestions(warehouseId: $warehouseId) {
    product {
      id
      sku
      name
    }
    available
    incoming
    reorderPoint
    quantity
    supplierPrice {
      ...SupplierPriceFields
    }
  }
}
    fragment SupplierPriceFields on SupplierPrice {
  id
  supplier {
    id
    code
  }
  product {
    id
    sku
  }
  price {
    amount
    currency
  }
  minQuantity
  leadTimeDays
  supplierSku
  updatedAt
}`) as unknown as TypedDocumentString<ReplenishmentSuggestionsQuery, ReplenishmentSuggestionsQueryVariables>;
export const SupplierBillFromPurchaseOrderDocument = new TypedDocumentString(`
    mutation supplierBillFromPurchaseOrder($input: SupplierBillFromPurchaseOrderInput!) {
  supplierBillFromPurchaseOrder(input: $input) {
    billId
    bill {
      ...InvoiceFields
    }
    purchaseOrder {
      ...PurchaseOrderFields
      bills {
        id
        number
        status
        balanceDue {
          ...MoneyFields
        }
      }
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}
fragment PurchaseOrderLineFields on PurchaseOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  taxRate
  subtotal
  tax
  total
  expectedDate
  quantityReceived
  quantityBilled
  matchStatus
  grniClearedValue
}
fragment PurchaseOrderFields on PurchaseOrder {
  id
  number
  supplier {
    id
    code
    name
  }
  status
  currency
  orderDate
  expectedDate
  reference
  notes
  subtotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...PurchaseOrderLineFields
  }
  sentAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SupplierBillFromPurchaseOrderMutation, SupplierBillFromPurchaseOrderMutationVariables>;
export const PurchaseRequestDocument = new TypedDocumentString(`
    query purchaseRequest($id: ID!) {
  purchaseRequest(id: $id) {
    ...PurchaseRequestFields
  }
}
    fragment PurchaseRequestLineFields on PurchaseRequestLine {
  lineNo
  productSku
  productName
  description
  quantity
  neededBy
  preferredSupplierName
  estimatedUnitPrice {
    amount
    currency
  }
  estimatedTotal {
    amount
    currency
  }
}
fragment PurchaseRequestFields on PurchaseRequest {
  id
  number
  status
  description
  notes
  approvedWithoutPolicy
  submittedAt
  approvedAt
  cancelledAt
  convertedAt
  version
  createdAt
  updatedAt
  requester {
    id
    code
    name
  }
  estimatedTotal {
    amount
    currency
  }
  lines {
    ...PurchaseRequestLineFields
  }
  approvalRequest {
    id
    status
    round
  }
}`) as unknown as TypedDocumentString<PurchaseRequestQuery, PurchaseRequestQueryVariables>;
export const PurchaseRequestsDocument = new TypedDocumentString(`
    query purchaseRequests($first: Int, $after: String, $last: Int, $before: String, $where: PurchaseRequestWhere, $orderBy: [PurchaseRequestOrderBy!]) {
  purchaseRequests(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...PurchaseRequestFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment PurchaseRequestLineFields on PurchaseRequestLine {
  lineNo
  productSku
  productName
  description
  quantity
  neededBy
  preferredSupplierName
  estimatedUnitPrice {
    amount
    currency
  }
  estimatedTotal {
    amount
    currency
  }
}
fragment PurchaseRequestFields on PurchaseRequest {
  id
  number
  status
  description
  notes
  approvedWithoutPolicy
  submittedAt
  approvedAt
  cancelledAt
  convertedAt
  version
  createdAt
  updatedAt
  requester {
    id
    code
    name
  }
  estimatedTotal {
    amount
    currency
  }
  lines {
    ...PurchaseRequestLineFields
  }
  approvalRequest {
    id
    status
    round
  }
}`) as unknown as TypedDocumentString<PurchaseRequestsQuery, PurchaseRequestsQueryVariables>;
export const PurchaseRequestCreateDocument = new TypedDocumentString(`
    mutation purchaseRequestCreate($input: PurchaseRequestCreateInput!) {
  purchaseRequestCreate(input: $input) {
    purchaseRequest {
      ...PurchaseRequestFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PurchaseRequestLineFields on PurchaseRequestLine {
  lineNo
  productSku
  productName
  description
  quantity
  neededBy
  preferredSupplierName
  estimatedUnitPrice {
    amount
    currency
  }
  estimatedTotal {
    amount
    currency
  }
}
fragment PurchaseRequestFields on PurchaseRequest {
  id
  number
  status
  description
  notes
  approvedWithoutPolicy
  submittedAt
  approvedAt
  cancelledAt
  convertedAt
  version
  createdAt
  updatedAt
  requester {
    id
    code
    name
  }
  estimatedTotal {
    amount
    currency
  }
  lines {
    ...PurchaseRequestLineFields
  }
  approvalRequest {
    id
    status
    round
  }
}`) as unknown as TypedDocumentString<PurchaseRequestCreateMutation, PurchaseRequestCreateMutationVariables>;
export const PurchaseRequestUpdateDocument = new TypedDocumentString(`
    mutation purchaseRequestUpdate($input: PurchaseRequestUpdateInput!) {
  purchaseRequestUpdate(input: $input) {
    purchaseRequest {
      ...PurchaseRequestFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PurchaseRequestLineFields on PurchaseRequestLine {
  lineNo
  productSku
  productName
  description
  quantity
  neededBy
  preferredSupplierName
  estimatedUnitPrice {
    amount
    currency
  }
  estimatedTotal {
    amount
    currency
  }
}
fragment PurchaseRequestFields on PurchaseRequest {
  id
  number
  status
  description
  notes
  approvedWithoutPolicy
  submittedAt
  approvedAt
  cancelledAt
  convertedAt
  version
  createdAt
  updatedAt
  requester {
    id
    code
    name
  }
  estimatedTotal {
    amount
    currency
  }
  lines {
    ...PurchaseRequestLineFields
  }
  approvalRequest {
    id
    status
    round
  }
}`) as unknown as TypedDocumentString<PurchaseRequestUpdateMutation, PurchaseRequestUpdateMutationVariables>;
export const PurchaseRequestSubmitDocument = new TypedDocumentString(`
    mutation purchaseRequestSubmit($input: PurchaseRequestActionInput!) {
  purchaseRequestSubmit(input: $input) {
    purchaseRequest {
      ...PurchaseRequestFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PurchaseRequestLineFields on PurchaseRequestLine {
  lineNo
  productSku
  productName
  description
  quantity
  neededBy
  preferredSupplierName
  estimatedUnitPrice {
    amount
    currency
  }
  estimatedTotal {
    amount
    currency
  }
}
fragment PurchaseRequestFields on PurchaseRequest {
  id
  number
  status
  description
  notes
  approvedWithoutPolicy
  submittedAt
  approvedAt
  cancelledAt
  convertedAt
  version
  createdAt
  updatedAt
  requester {
    id
    code
    name
  }
  estimatedTotal {
    amount
    currency
  }
  lines {
    ...PurchaseRequestLineFields
  }
  approvalRequest {
    id
    status
    round
  }
}`) as unknown as TypedDocumentString<PurchaseRequestSubmitMutation, PurchaseRequestSubmitMutationVariables>;
export const PurchaseRequestCancelDocument = new TypedDocumentString(`
    mutation purchaseRequestCancel($input: PurchaseRequestActionInput!) {
  purchaseRequestCancel(input: $input) {
    purchaseRequest {
      ...PurchaseRequestFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PurchaseRequestLineFields on PurchaseRequestLine {
  lineNo
  productSku
  productName
  description
  quantity
  neededBy
  preferredSupplierName
  estimatedUnitPrice {
    amount
    currency
  }
  estimatedTotal {
    amount
    currency
  }
}
fragment PurchaseRequestFields on PurchaseRequest {
  id
  number
  status
  description
  notes
  approvedWithoutPolicy
  submittedAt
  approvedAt
  cancelledAt
  convertedAt
  version
  createdAt
  updatedAt
  requester {
    id
    code
    name
  }
  estimatedTotal {
    amount
    currency
  }
  lines {
    ...PurchaseRequestLineFields
  }
  approvalRequest {
    id
    status
    round
  }
}`) as unknown as TypedDocumentString<PurchaseRequestCancelMutation, PurchaseRequestCancelMutationVariables>;
export const PurchaseRequestConvertDocument = new TypedDocumentString(`
    mutation purchaseRequestConvert($input: PurchaseRequestConvertInput!) {
  purchaseRequestConvert(input: $input) {
    purchaseRequest {
      ...PurchaseRequestFields
      purchaseOrders {
        id
        number
        status
        currency
        supplier {
          id
          code
        }
        total {
          amount
          currency
        }
      }
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PurchaseRequestLineFields on PurchaseRequestLine {
  lineNo
  productSku
  productName
  description
  quantity
  neededBy
  preferredSupplierName
  estimatedUnitPrice {
    amount
    currency
  }
  estimatedTotal {
    amount
    currency
  }
}
fragment PurchaseRequestFields on PurchaseRequest {
  id
  number
  status
  description
  notes
  approvedWithoutPolicy
  submittedAt
  approvedAt
  cancelledAt
  convertedAt
  version
  createdAt
  updatedAt
  requester {
    id
    code
    name
  }
  estimatedTotal {
    amount
    currency
  }
  lines {
    ...PurchaseRequestLineFields
  }
  approvalRequest {
    id
    status
    round
  }
}`) as unknown as TypedDocumentString<PurchaseRequestConvertMutation, PurchaseRequestConvertMutationVariables>;
export const SupplierDocument = new TypedDocumentString(`
    query supplier($id: ID!) {
  supplier(id: $id) {
    ...SupplierFields
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment SupplierFields on Supplier {
  id
  code
  name
  email
  phone
  taxId
  address {
    ...AddressFields
  }
  currency
  paymentTermsDays
  isActive
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SupplierQuery, SupplierQueryVariables>;
export const SuppliersDocument = new TypedDocumentString(`
    query suppliers($first: Int, $after: String, $last: Int, $before: String, $where: SupplierWhere, $orderBy: [SupplierOrderBy!]) {
  suppliers(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...SupplierFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment SupplierFields on Supplier {
  id
  code
  name
  email
  phone
  taxId
  address {
    ...AddressFields
  }
  currency
  paymentTermsDays
  isActive
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SuppliersQuery, SuppliersQueryVariables>;
export const SupplierCreateDocument = new TypedDocumentString(`
    mutation supplierCreate($input: SupplierCreateInput!) {
  supplierCreate(input: $input) {
    supplier {
      ...SupplierFields
    }
    errors {
      ...SupplierErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment SupplierFields on Supplier {
  id
  code
  name
  email
  phone
  taxId
  address {
    ...AddressFields
  }
  currency
  paymentTermsDays
  isActive
  version
  createdAt
  updatedAt
}
fragment SupplierErrorFields on SupplierError {
  code
  message
  field
}`) as unknown as TypedDocumentString<SupplierCreateMutation, SupplierCreateMutationVariables>;
export const SupplierUpdateDocument = new TypedDocumentString(`
    mutation supplierUpdate($input: SupplierUpdateInput!) {
  supplierUpdate(input: $input) {
    supplier {
      ...SupplierFields
    }
    errors {
      ...SupplierErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment SupplierFields on Supplier {
  id
  code
  name
  email
  phone
  taxId
  address {
    ...AddressFields
  }
  currency
  paymentTermsDays
  isActive
  version
  createdAt
  updatedAt
}
fragment SupplierErrorFields on SupplierError {
  code
  message
  field
}`) as unknown as TypedDocumentString<SupplierUpdateMutation, SupplierUpdateMutationVariables>;
export const SupplierDeactivateDocument = new TypedDocumentString(`
    mutation supplierDeactivate($input: SupplierStateInput!) {
  supplierDeactivate(input: $input) {
    supplier {
      ...SupplierFields
    }
    errors {
      ...SupplierErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment SupplierFields on Supplier {
  id
  code
  name
  email
  phone
  taxId
  address {
    ...AddressFields
  }
  currency
  paymentTermsDays
  isActive
  version
  createdAt
  updatedAt
}
fragment SupplierErrorFields on SupplierError {
  code
  message
  field
}`) as unknown as TypedDocumentString<SupplierDeactivateMutation, SupplierDeactivateMutationVariables>;
export const SupplierActivateDocument = new TypedDocumentString(`
    mutation supplierActivate($input: SupplierStateInput!) {
  supplierActivate(input: $input) {
    supplier {
      ...SupplierFields
    }
    errors {
      ...SupplierErrorFields
    }
  }
}
    fragment AddressFields on Address {
  line1
  line2
  postalCode
  city
  region
  country
}
fragment SupplierFields on Supplier {
  id
  code
  name
  email
  phone
  taxId
  address {
    ...AddressFields
  }
  currency
  paymentTermsDays
  isActive
  version
  createdAt
  updatedAt
}
fragment SupplierErrorFields on SupplierError {
  code
  message
  field
}`) as unknown as TypedDocumentString<SupplierActivateMutation, SupplierActivateMutationVariables>;
export const SupplierDeleteDocument = new TypedDocumentString(`
    mutation supplierDelete($input: SupplierStateInput!) {
  supplierDelete(input: $input) {
    deletedSupplierId
    errors {
      ...SupplierErrorFields
    }
  }
}
    fragment SupplierErrorFields on SupplierError {
  code
  message
  field
}`) as unknown as TypedDocumentString<SupplierDeleteMutation, SupplierDeleteMutationVariables>;
export const CustomerInvoicePolicySetDocument = new TypedDocumentString(`
    mutation customerInvoicePolicySet($input: CustomerInvoicePolicySetInput!) {
  customerInvoicePolicySet(input: $input) {
    customer {
      id
      code
      invoicePolicy
    }
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerInvoicePolicySetMutation, CustomerInvoicePolicySetMutationVariables>;
export const SalesOrderInvoiceDocument = new TypedDocumentString(`
    mutation salesOrderInvoice($input: SalesOrderInvoiceInput!) {
  salesOrderInvoice(input: $input) {
    invoice {
      ...InvoiceFields
    }
    salesOrder {
      ...SalesOrderInvoicingFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment InvoiceLineFields on InvoiceLine {
  lineNo
  description
  product {
    id
    sku
  }
  account {
    id
    code
  }
  quantity
  unitPrice
  discountPercent
  taxRate
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment PaymentAllocationFields on PaymentAllocation {
  amount
  date
  exchangeDifference
  invoice {
    id
    number
  }
  payment {
    id
    number
  }
  creditNote {
    id
    number
  }
}
fragment InvoiceFields on Invoice {
  id
  kind
  status
  number
  customer {
    id
    code
    name
  }
  supplier {
    id
    code
    name
  }
  salesOrder {
    id
    number
  }
  currency
  issueDate
  dueDate
  reference
  memo
  subtotal {
    ...MoneyFields
  }
  discountTotal {
    ...MoneyFields
  }
  taxTotal {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  amountPaid {
    ...MoneyFields
  }
  balanceDue {
    ...MoneyFields
  }
  totalBase
  lines {
    ...InvoiceLineFields
  }
  allocations {
    ...PaymentAllocationFields
  }
  applications {
    ...PaymentAllocationFields
  }
  creditedInvoice {
    id
    number
  }
  journalEntry {
    id
    number
  }
  postedAt
  voidedAt
  version
  createdAt
  updatedAt
}
fragment SalesOrderInvoicingFields on SalesOrder {
  id
  number
  status
  invoiceStatus
  invoicedAmount {
    ...MoneyFields
  }
  paidAmount {
    ...MoneyFields
  }
  creditedAmount {
    ...MoneyFields
  }
  lines {
    lineNo
    quantity
    quantityShipped
    quantityInvoiced
    quantityReturned
    quantityCredited
    quantityToInvoice
  }
  invoices {
    id
    number
    status
    total {
      ...MoneyFields
    }
    balanceDue {
      ...MoneyFields
    }
  }
  closeCreditNotes {
    id
    number
    status
    total {
      ...MoneyFields
    }
    balanceDue {
      ...MoneyFields
    }
  }
}`) as unknown as TypedDocumentString<SalesOrderInvoiceMutation, SalesOrderInvoiceMutationVariables>;
export const SalesOrderDocument = new TypedDocumentString(`
    query salesOrder($id: ID!) {
  salesOrder(id: $id) {
    ...SalesOrderFields
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}
fragment SalesOrderLineFields on SalesOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  discountPercent
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
  quantityReserved
  quantityBackordered
  quantityShipped
  quantityInvoiced
  quantityReturned
  quantityCredited
  quantityToInvoice
  availableStock
  reservations {
    id
    quantity
    consumed
    location {
      id
      code
    }
  }
}
fragment SalesOrderFields on SalesOrder {
  id
  number
  customer {
    id
    code
    name
  }
  status
  invoiceStatus
  currency
  orderDate
  requestedDeliveryDate
  shippingAddress {
    line1
    line2
    city
    region
    postalCode
    country
  }
  location {
    id
    code
  }
  notes
  customerReference
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...SalesOrderLineFields
  }
  quoteNumber
  shipments {
    id
    number
    status
  }
  approvalRequest {
    ...ApprovalRequestFields
  }
  requester {
    id
    name
  }
  creditExposure {
    amount
    currency
  }
  creditLimitExceeded
  confirmedWithoutApproval
  createdBy {
    id
    name
  }
  submittedAt
  confirmedAt
  cancelledAt
  closedAt
  closeReason
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SalesOrderQuery, SalesOrderQueryVariables>;
export const SalesOrdersDocument = new TypedDocumentString(`
    query salesOrders($first: Int, $after: String, $last: Int, $before: String, $where: SalesOrderWhere, $orderBy: [SalesOrderOrderBy!]) {
  salesOrders(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...SalesOrderFields
    }
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment SalesOrderLineFields on SalesOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  discountPercent
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
  quantityReserved
  quantityBackordered
  quantityShipped
  quantityInvoiced
  quantityReturned
  quantityCredited
  quantityToInvoice
  availableStock
  reservations {
    id
    quantity
    consumed
    location {
      id
      code
    }
  }
}
fragment SalesOrderFields on SalesOrder {
  id
  number
  customer {
    id
    code
    name
  }
  status
  invoiceStatus
  currency
  orderDate
  requestedDeliveryDate
  shippingAddress {
    line1
    line2
    city
    region
    postalCode
    country
  }
  location {
    id
    code
  }
  notes
  customerReference
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...SalesOrderLineFields
  }
  quoteNumber
  shipments {
    id
    number
    status
  }
  approvalRequest {
    ...ApprovalRequestFields
  }
  requester {
    id
    name
  }
  creditExposure {
    amount
    currency
  }
  creditLimitExceeded
  confirmedWithoutApproval
  createdBy {
    id
    name
  }
  submittedAt
  confirmedAt
  cancelledAt
  closedAt
  closeReason
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SalesOrdersQuery, SalesOrdersQueryVariables>;
export const SalesOrderCreateDocument = new TypedDocumentString(`
    mutation salesOrderCreate($input: SalesOrderCreateInput!) {
  salesOrderCreate(input: $input) {
    salesOrder {
      ...SalesOrderFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}
fragment SalesOrderLineFields on SalesOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  discountPercent
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
  quantityReserved
  quantityBackordered
  quantityShipped
  quantityInvoiced
  quantityReturned
  quantityCredited
  quantityToInvoice
  availableStock
  reservations {
    id
    quantity
    consumed
    location {
      id
      code
    }
  }
}
fragment SalesOrderFields on SalesOrder {
  id
  number
  customer {
    id
    code
    name
  }
  status
  invoiceStatus
  currency
  orderDate
  requestedDeliveryDate
  shippingAddress {
    line1
    line2
    city
    region
    postalCode
    country
  }
  location {
    id
    code
  }
  notes
  customerReference
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...SalesOrderLineFields
  }
  quoteNumber
  shipments {
    id
    number
    status
  }
  approvalRequest {
    ...ApprovalRequestFields
  }
  requester {
    id
    name
  }
  creditExposure {
    amount
    currency
  }
  creditLimitExceeded
  confirmedWithoutApproval
  createdBy {
    id
    name
  }
  submittedAt
  confirmedAt
  cancelledAt
  closedAt
  closeReason
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SalesOrderCreateMutation, SalesOrderCreateMutationVariables>;
export const SalesOrderUpdateDocument = new TypedDocumentString(`
    mutation salesOrderUpdate($input: SalesOrderUpdateInput!) {
  salesOrderUpdate(input: $input) {
    salesOrder {
      ...SalesOrderFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}
fragment SalesOrderLineFields on SalesOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  discountPercent
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
  quantityReserved
  quantityBackordered
  quantityShipped
  quantityInvoiced
  quantityReturned
  quantityCredited
  quantityToInvoice
  availableStock
  reservations {
    id
    quantity
    consumed
    location {
      id
      code
    }
  }
}
fragment SalesOrderFields on SalesOrder {
  id
  number
  customer {
    id
    code
    name
  }
  status
  invoiceStatus
  currency
  orderDate
  requestedDeliveryDate
  shippingAddress {
    line1
    line2
    city
    region
    postalCode
    country
  }
  location {
    id
    code
  }
  notes
  customerReference
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...SalesOrderLineFields
  }
  quoteNumber
  shipments {
    id
    number
    status
  }
  approvalRequest {
    ...ApprovalRequestFields
  }
  requester {
    id
    name
  }
  creditExposure {
    amount
    currency
  }
  creditLimitExceeded
  confirmedWithoutApproval
  createdBy {
    id
    name
  }
  submittedAt
  confirmedAt
  cancelledAt
  closedAt
  closeReason
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SalesOrderUpdateMutation, SalesOrderUpdateMutationVariables>;
export const SalesOrderConfirmDocument = new TypedDocumentString(`
    mutation salesOrderConfirm($input: SalesOrderConfirmInput!) {
  salesOrderConfirm(input: $input) {
    salesOrder {
      ...SalesOrderFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}
fragment SalesOrderLineFields on SalesOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  discountPercent
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
  quantityReserved
  quantityBackordered
  quantityShipped
  quantityInvoiced
  quantityReturned
  quantityCredited
  quantityToInvoice
  availableStock
  reservations {
    id
    quantity
    consumed
    location {
      id
      code
    }
  }
}
fragment SalesOrderFields on SalesOrder {
  id
  number
  customer {
    id
    code
    name
  }
  status
  invoiceStatus
  currency
  orderDate
  requestedDeliveryDate
  shippingAddress {
    line1
    line2
    city
    region
    postalCode
    country
  }
  location {
    id
    code
  }
  notes
  customerReference
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...SalesOrderLineFields
  }
  quoteNumber
  shipments {
    id
    number
    status
  }
  approvalRequest {
    ...ApprovalRequestFields
  }
  requester {
    id
    name
  }
  creditExposure {
    amount
    currency
  }
  creditLimitExceeded
  confirmedWithoutApproval
  createdBy {
    id
    name
  }
  submittedAt
  confirmedAt
  cancelledAt
  closedAt
  closeReason
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SalesOrderConfirmMutation, SalesOrderConfirmMutationVariables>;
export const SalesOrderCancelDocument = new TypedDocumentString(`
    mutation salesOrderCancel($input: SalesOrderCancelInput!) {
  salesOrderCancel(input: $input) {
    salesOrder {
      ...SalesOrderFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}
fragment SalesOrderLineFields on SalesOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  discountPercent
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
  quantityReserved
  quantityBackordered
  quantityShipped
  quantityInvoiced
  quantityReturned
  quantityCredited
  quantityToInvoice
  availableStock
  reservations {
    id
    quantity
    consumed
    location {
      id
      code
    }
  }
}
fragment SalesOrderFields on SalesOrder {
  id
  number
  customer {
    id
    code
    name
  }
  status
  invoiceStatus
  currency
  orderDate
  requestedDeliveryDate
  shippingAddress {
    line1
    line2
    city
    region
    postalCode
    country
  }
  location {
    id
    code
  }
  notes
  customerReference
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...SalesOrderLineFields
  }
  quoteNumber
  shipments {
    id
    number
    status
  }
  approvalRequest {
    ...ApprovalRequestFields
  }
  requester {
    id
    name
  }
  creditExposure {
    amount
    currency
  }
  creditLimitExceeded
  confirmedWithoutApproval
  createdBy {
    id
    name
  }
  submittedAt
  confirmedAt
  cancelledAt
  closedAt
  closeReason
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SalesOrderCancelMutation, SalesOrderCancelMutationVariables>;
export const SalesOrderCloseDocument = new TypedDocumentString(`
    mutation salesOrderClose($input: SalesOrderCloseInput!) {
  salesOrderClose(input: $input) {
    salesOrder {
      ...SalesOrderFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}
fragment SalesOrderLineFields on SalesOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  discountPercent
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
  quantityReserved
  quantityBackordered
  quantityShipped
  quantityInvoiced
  quantityReturned
  quantityCredited
  quantityToInvoice
  availableStock
  reservations {
    id
    quantity
    consumed
    location {
      id
      code
    }
  }
}
fragment SalesOrderFields on SalesOrder {
  id
  number
  customer {
    id
    code
    name
  }
  status
  invoiceStatus
  currency
  orderDate
  requestedDeliveryDate
  shippingAddress {
    line1
    line2
    city
    region
    postalCode
    country
  }
  location {
    id
    code
  }
  notes
  customerReference
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...SalesOrderLineFields
  }
  quoteNumber
  shipments {
    id
    number
    status
  }
  approvalRequest {
    ...ApprovalRequestFields
  }
  requester {
    id
    name
  }
  creditExposure {
    amount
    currency
  }
  creditLimitExceeded
  confirmedWithoutApproval
  createdBy {
    id
    name
  }
  submittedAt
  confirmedAt
  cancelledAt
  closedAt
  closeReason
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SalesOrderCloseMutation, SalesOrderCloseMutationVariables>;
export const QuoteConvertDocument = new TypedDocumentString(`
    mutation quoteConvert($input: QuoteConvertInput!) {
  quoteConvert(input: $input) {
    salesOrder {
      ...SalesOrderFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}
fragment SalesOrderLineFields on SalesOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  discountPercent
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
  quantityReserved
  quantityBackordered
  quantityShipped
  quantityInvoiced
  quantityReturned
  quantityCredited
  quantityToInvoice
  availableStock
  reservations {
    id
    quantity
    consumed
    location {
      id
      code
    }
  }
}
fragment SalesOrderFields on SalesOrder {
  id
  number
  customer {
    id
    code
    name
  }
  status
  invoiceStatus
  currency
  orderDate
  requestedDeliveryDate
  shippingAddress {
    line1
    line2
    city
    region
    postalCode
    country
  }
  location {
    id
    code
  }
  notes
  customerReference
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...SalesOrderLineFields
  }
  quoteNumber
  shipments {
    id
    number
    status
  }
  approvalRequest {
    ...ApprovalRequestFields
  }
  requester {
    id
    name
  }
  creditExposure {
    amount
    currency
  }
  creditLimitExceeded
  confirmedWithoutApproval
  createdBy {
    id
    name
  }
  submittedAt
  confirmedAt
  cancelledAt
  closedAt
  closeReason
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<QuoteConvertMutation, QuoteConvertMutationVariables>;
export const SalesOrderReserveDocument = new TypedDocumentString(`
    mutation salesOrderReserve($input: SalesOrderReserveInput!) {
  salesOrderReserve(input: $input) {
    salesOrder {
      ...SalesOrderFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment ApprovalRequestSummaryFields on ApprovalRequest {
  id
  subjectType
  subjectId
  title
  status
  round
  ruleName
  version
  requester {
    id
    code
    name
  }
  currentStep {
    id
    name
    position
    dueAt
  }
  submittedAt
  decidedAt
  createdAt
}
fragment ApprovalRequestFields on ApprovalRequest {
  ...ApprovalRequestSummaryFields
  facts
  steps {
    id
    name
    round
    position
    mode
    requiredApprovals
    approvedCount
    status
    slaHours
    dueAt
    escalatedAt
    activatedAt
    closedAt
    assignees {
      status
      comment
      decidedAt
      employee {
        id
        code
        name
      }
      onBehalfOf {
        id
        code
        name
      }
    }
  }
  history {
    action
    actorName
    comment
    createdAt
    actor {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
    step {
      id
      name
    }
  }
}
fragment SalesOrderLineFields on SalesOrderLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  discountPercent
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
  quantityReserved
  quantityBackordered
  quantityShipped
  quantityInvoiced
  quantityReturned
  quantityCredited
  quantityToInvoice
  availableStock
  reservations {
    id
    quantity
    consumed
    location {
      id
      code
    }
  }
}
fragment SalesOrderFields on SalesOrder {
  id
  number
  customer {
    id
    code
    name
  }
  status
  invoiceStatus
  currency
  orderDate
  requestedDeliveryDate
  shippingAddress {
    line1
    line2
    city
    region
    postalCode
    country
  }
  location {
    id
    code
  }
  notes
  customerReference
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...SalesOrderLineFields
  }
  quoteNumber
  shipments {
    id
    number
    status
  }
  approvalRequest {
    ...ApprovalRequestFields
  }
  requester {
    id
    name
  }
  creditExposure {
    amount
    currency
  }
  creditLimitExceeded
  confirmedWithoutApproval
  createdBy {
    id
    name
  }
  submittedAt
  confirmedAt
  cancelledAt
  closedAt
  closeReason
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SalesOrderReserveMutation, SalesOrderReserveMutationVariables>;
export const SalesReturnDocument = new TypedDocumentString(`
    query salesReturn($id: ID!) {
  salesReturn(id: $id) {
    ...SalesReturnFields
  }
}
    fragment SalesReturnLineFields on SalesReturnLine {
  lineNo
  product {
    id
    sku
    name
  }
  quantity
  quantityCredited
  value {
    amount
    currency
  }
  stockMove {
    id
    unitCost
    value
  }
}
fragment SalesReturnFields on SalesReturn {
  id
  number
  salesOrder {
    id
    number
    status
  }
  location {
    id
    code
  }
  status
  reason
  returnDate
  receivedAt
  cancelledAt
  value {
    amount
    currency
  }
  lines {
    ...SalesReturnLineFields
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SalesReturnQuery, SalesReturnQueryVariables>;
export const SalesReturnsDocument = new TypedDocumentString(`
    query salesReturns($first: Int, $after: String, $last: Int, $before: String, $where: SalesReturnWhere, $orderBy: [SalesReturnOrderBy!]) {
  salesReturns(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...SalesReturnFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment SalesReturnLineFields on SalesReturnLine {
  lineNo
  product {
    id
    sku
    name
  }
  quantity
  quantityCredited
  value {
    amount
    currency
  }
  stockMove {
    id
    unitCost
    value
  }
}
fragment SalesReturnFields on SalesReturn {
  id
  number
  salesOrder {
    id
    number
    status
  }
  location {
    id
    code
  }
  status
  reason
  returnDate
  receivedAt
  cancelledAt
  value {
    amount
    currency
  }
  lines {
    ...SalesReturnLineFields
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SalesReturnsQuery, SalesReturnsQueryVariables>;
export const ReturnCreateDocument = new TypedDocumentString(`
    mutation returnCreate($input: SalesReturnCreateInput!) {
  returnCreate(input: $input) {
    salesReturn {
      ...SalesReturnFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment SalesReturnLineFields on SalesReturnLine {
  lineNo
  product {
    id
    sku
    name
  }
  quantity
  quantityCredited
  value {
    amount
    currency
  }
  stockMove {
    id
    unitCost
    value
  }
}
fragment SalesReturnFields on SalesReturn {
  id
  number
  salesOrder {
    id
    number
    status
  }
  location {
    id
    code
  }
  status
  reason
  returnDate
  receivedAt
  cancelledAt
  value {
    amount
    currency
  }
  lines {
    ...SalesReturnLineFields
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ReturnCreateMutation, ReturnCreateMutationVariables>;
export const ReturnReceiveDocument = new TypedDocumentString(`
    mutation returnReceive($input: SalesReturnStateInput!) {
  returnReceive(input: $input) {
    salesReturn {
      ...SalesReturnFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment SalesReturnLineFields on SalesReturnLine {
  lineNo
  product {
    id
    sku
    name
  }
  quantity
  quantityCredited
  value {
    amount
    currency
  }
  stockMove {
    id
    unitCost
    value
  }
}
fragment SalesReturnFields on SalesReturn {
  id
  number
  salesOrder {
    id
    number
    status
  }
  location {
    id
    code
  }
  status
  reason
  returnDate
  receivedAt
  cancelledAt
  value {
    amount
    currency
  }
  lines {
    ...SalesReturnLineFields
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ReturnReceiveMutation, ReturnReceiveMutationVariables>;
export const ReturnCancelDocument = new TypedDocumentString(`
    mutation returnCancel($input: SalesReturnStateInput!) {
  returnCancel(input: $input) {
    salesReturn {
      ...SalesReturnFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment SalesReturnLineFields on SalesReturnLine {
  lineNo
  product {
    id
    sku
    name
  }
  quantity
  quantityCredited
  value {
    amount
    currency
  }
  stockMove {
    id
    unitCost
    value
  }
}
fragment SalesReturnFields on SalesReturn {
  id
  number
  salesOrder {
    id
    number
    status
  }
  location {
    id
    code
  }
  status
  reason
  returnDate
  receivedAt
  cancelledAt
  value {
    amount
    currency
  }
  lines {
    ...SalesReturnLineFields
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ReturnCancelMutation, ReturnCancelMutationVariables>;
export const TaxRateDocument = new TypedDocumentString(`
    query taxRate($id: ID!) {
  taxRate(id: $id) {
    ...TaxRateFields
  }
}
    fragment TaxRateFields on TaxRate {
  id
  code
  name
  rate
  priceIncludesTax
  isActive
  isDefault
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TaxRateQuery, TaxRateQueryVariables>;
export const TaxRatesDocument = new TypedDocumentString(`
    query taxRates($first: Int, $after: String, $last: Int, $before: String, $where: TaxRateWhere) {
  taxRates(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...TaxRateFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment TaxRateFields on TaxRate {
  id
  code
  name
  rate
  priceIncludesTax
  isActive
  isDefault
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TaxRatesQuery, TaxRatesQueryVariables>;
export const PriceListDocument = new TypedDocumentString(`
    query priceList($id: ID!, $itemsFirst: Int, $itemsAfter: String) {
  priceList(id: $id) {
    ...PriceListFields
    items(first: $itemsFirst, after: $itemsAfter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...PriceListItemFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment PriceListFields on PriceList {
  id
  name
  currency
  validFrom
  validTo
  isActive
  version
  createdAt
  updatedAt
}
fragment PriceListItemFields on PriceListItem {
  product {
    id
    sku
  }
  minQuantity
  unitPrice {
    amount
    currency
  }
}`) as unknown as TypedDocumentString<PriceListQuery, PriceListQueryVariables>;
export const PriceListsDocument = new TypedDocumentString(`
    query priceLists($first: Int, $after: String, $last: Int, $before: String, $where: PriceListWhere) {
  priceLists(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...PriceListFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment PriceListFields on PriceList {
  id
  name
  currency
  validFrom
  validTo
  isActive
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PriceListsQuery, PriceListsQueryVariables>;
export const ProductPriceDocument = new TypedDocumentString(`
    query productPrice($productId: ID!, $customerId: ID, $quantity: Decimal, $currency: CurrencyCode, $date: Date) {
  productPrice(
    productId: $productId
    customerId: $customerId
    quantity: $quantity
    currency: $currency
    date: $date
  ) {
    product {
      id
      sku
    }
    quantity
    unitPrice {
      amount
      currency
    }
    source
    priceList {
      id
      name
    }
    taxRate {
      ...TaxRateFields
    }
    taxExempt
    priceIncludesTax
  }
}
    fragment TaxRateFields on TaxRate {
  id
  code
  name
  rate
  priceIncludesTax
  isActive
  isDefault
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ProductPriceQuery, ProductPriceQueryVariables>;
export const QuoteDocument = new TypedDocumentString(`
    query quote($id: ID!) {
  quote(id: $id) {
    ...QuoteFields
  }
}
    fragment QuoteLineFields on QuoteLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  priceOverridden
  priceList {
    id
    name
  }
  discountPercent
  taxRate {
    id
    code
  }
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment QuoteFields on Quote {
  id
  number
  customer {
    id
    code
    name
  }
  status
  currency
  quoteDate
  validUntil
  notes
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...QuoteLineFields
  }
  sentAt
  acceptedAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<QuoteQuery, QuoteQueryVariables>;
export const QuotesDocument = new TypedDocumentString(`
    query quotes($first: Int, $after: String, $last: Int, $before: String, $where: QuoteWhere, $orderBy: [QuoteOrderBy!]) {
  quotes(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...QuoteFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment QuoteLineFields on QuoteLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  priceOverridden
  priceList {
    id
    name
  }
  discountPercent
  taxRate {
    id
    code
  }
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment QuoteFields on Quote {
  id
  number
  customer {
    id
    code
    name
  }
  status
  currency
  quoteDate
  validUntil
  notes
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...QuoteLineFields
  }
  sentAt
  acceptedAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<QuotesQuery, QuotesQueryVariables>;
export const TaxRateCreateDocument = new TypedDocumentString(`
    mutation taxRateCreate($input: TaxRateCreateInput!) {
  taxRateCreate(input: $input) {
    taxRate {
      ...TaxRateFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment TaxRateFields on TaxRate {
  id
  code
  name
  rate
  priceIncludesTax
  isActive
  isDefault
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TaxRateCreateMutation, TaxRateCreateMutationVariables>;
export const TaxRateUpdateDocument = new TypedDocumentString(`
    mutation taxRateUpdate($input: TaxRateUpdateInput!) {
  taxRateUpdate(input: $input) {
    taxRate {
      ...TaxRateFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment TaxRateFields on TaxRate {
  id
  code
  name
  rate
  priceIncludesTax
  isActive
  isDefault
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TaxRateUpdateMutation, TaxRateUpdateMutationVariables>;
export const ProductTaxRateSetDocument = new TypedDocumentString(`
    mutation productTaxRateSet($input: ProductTaxRateSetInput!) {
  productTaxRateSet(input: $input) {
    taxRate {
      ...TaxRateFields
    }
    product {
      id
      sku
    }
    category {
      id
      name
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment TaxRateFields on TaxRate {
  id
  code
  name
  rate
  priceIncludesTax
  isActive
  isDefault
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ProductTaxRateSetMutation, ProductTaxRateSetMutationVariables>;
export const CustomerTaxExemptionSetDocument = new TypedDocumentString(`
    mutation customerTaxExemptionSet($input: CustomerTaxExemptionSetInput!) {
  customerTaxExemptionSet(input: $input) {
    customer {
      ...CustomerSalesFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment CustomerSalesFields on Customer {
  id
  code
  priceLists {
    currency
    priceList {
      id
      name
    }
  }
  taxExemption {
    reason
    certificateNumber
    validFrom
    validTo
  }
}`) as unknown as TypedDocumentString<CustomerTaxExemptionSetMutation, CustomerTaxExemptionSetMutationVariables>;
export const CustomerTaxExemptionDeleteDocument = new TypedDocumentString(`
    mutation customerTaxExemptionDelete($input: CustomerTaxExemptionDeleteInput!) {
  customerTaxExemptionDelete(input: $input) {
    customer {
      ...CustomerSalesFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment CustomerSalesFields on Customer {
  id
  code
  priceLists {
    currency
    priceList {
      id
      name
    }
  }
  taxExemption {
    reason
    certificateNumber
    validFrom
    validTo
  }
}`) as unknown as TypedDocumentString<CustomerTaxExemptionDeleteMutation, CustomerTaxExemptionDeleteMutationVariables>;
export const PriceListCreateDocument = new TypedDocumentString(`
    mutation priceListCreate($input: PriceListCreateInput!) {
  priceListCreate(input: $input) {
    priceList {
      ...PriceListFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PriceListFields on PriceList {
  id
  name
  currency
  validFrom
  validTo
  isActive
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PriceListCreateMutation, PriceListCreateMutationVariables>;
export const PriceListUpdateDocument = new TypedDocumentString(`
    mutation priceListUpdate($input: PriceListUpdateInput!) {
  priceListUpdate(input: $input) {
    priceList {
      ...PriceListFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PriceListFields on PriceList {
  id
  name
  currency
  validFrom
  validTo
  isActive
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PriceListUpdateMutation, PriceListUpdateMutationVariables>;
export const PriceListItemsSetDocument = new TypedDocumentString(`
    mutation priceListItemsSet($input: PriceListItemsSetInput!) {
  priceListItemsSet(input: $input) {
    priceList {
      ...PriceListFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment PriceListFields on PriceList {
  id
  name
  currency
  validFrom
  validTo
  isActive
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PriceListItemsSetMutation, PriceListItemsSetMutationVariables>;
export const PriceListAssignDocument = new TypedDocumentString(`
    mutation priceListAssign($input: PriceListAssignInput!) {
  priceListAssign(input: $input) {
    customer {
      ...CustomerSalesFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment CustomerSalesFields on Customer {
  id
  code
  priceLists {
    currency
    priceList {
      id
      name
    }
  }
  taxExemption {
    reason
    certificateNumber
    validFrom
    validTo
  }
}`) as unknown as TypedDocumentString<PriceListAssignMutation, PriceListAssignMutationVariables>;
export const QuoteCreateDocument = new TypedDocumentString(`
    mutation quoteCreate($input: QuoteCreateInput!) {
  quoteCreate(input: $input) {
    quote {
      ...QuoteFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment QuoteLineFields on QuoteLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  priceOverridden
  priceList {
    id
    name
  }
  discountPercent
  taxRate {
    id
    code
  }
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment QuoteFields on Quote {
  id
  number
  customer {
    id
    code
    name
  }
  status
  currency
  quoteDate
  validUntil
  notes
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...QuoteLineFields
  }
  sentAt
  acceptedAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<QuoteCreateMutation, QuoteCreateMutationVariables>;
export const QuoteUpdateDocument = new TypedDocumentString(`
    mutation quoteUpdate($input: QuoteUpdateInput!) {
  quoteUpdate(input: $input) {
    quote {
      ...QuoteFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment QuoteLineFields on QuoteLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  priceOverridden
  priceList {
    id
    name
  }
  discountPercent
  taxRate {
    id
    code
  }
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment QuoteFields on Quote {
  id
  number
  customer {
    id
    code
    name
  }
  status
  currency
  quoteDate
  validUntil
  notes
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...QuoteLineFields
  }
  sentAt
  acceptedAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<QuoteUpdateMutation, QuoteUpdateMutationVariables>;
export const QuoteSendDocument = new TypedDocumentString(`
    mutation quoteSend($input: QuoteStateInput!) {
  quoteSend(input: $input) {
    quote {
      ...QuoteFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment QuoteLineFields on QuoteLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  priceOverridden
  priceList {
    id
    name
  }
  discountPercent
  taxRate {
    id
    code
  }
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment QuoteFields on Quote {
  id
  number
  customer {
    id
    code
    name
  }
  status
  currency
  quoteDate
  validUntil
  notes
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...QuoteLineFields
  }
  sentAt
  acceptedAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<QuoteSendMutation, QuoteSendMutationVariables>;
export const QuoteAcceptDocument = new TypedDocumentString(`
    mutation quoteAccept($input: QuoteStateInput!) {
  quoteAccept(input: $input) {
    quote {
      ...QuoteFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment QuoteLineFields on QuoteLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  priceOverridden
  priceList {
    id
    name
  }
  discountPercent
  taxRate {
    id
    code
  }
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment QuoteFields on Quote {
  id
  number
  customer {
    id
    code
    name
  }
  status
  currency
  quoteDate
  validUntil
  notes
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...QuoteLineFields
  }
  sentAt
  acceptedAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<QuoteAcceptMutation, QuoteAcceptMutationVariables>;
export const QuoteCancelDocument = new TypedDocumentString(`
    mutation quoteCancel($input: QuoteStateInput!) {
  quoteCancel(input: $input) {
    quote {
      ...QuoteFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment QuoteLineFields on QuoteLine {
  lineNo
  product {
    id
    sku
    name
  }
  description
  quantity
  unitPrice
  priceSource
  priceOverridden
  priceList {
    id
    name
  }
  discountPercent
  taxRate {
    id
    code
  }
  taxPercent
  priceIncludesTax
  gross
  discount
  subtotal
  tax
  total
}
fragment QuoteFields on Quote {
  id
  number
  customer {
    id
    code
    name
  }
  status
  currency
  quoteDate
  validUntil
  notes
  subtotal {
    amount
    currency
  }
  discountTotal {
    amount
    currency
  }
  taxTotal {
    amount
    currency
  }
  total {
    amount
    currency
  }
  lines {
    ...QuoteLineFields
  }
  sentAt
  acceptedAt
  cancelledAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<QuoteCancelMutation, QuoteCancelMutationVariables>;
export const ShipmentDocument = new TypedDocumentString(`
    query shipment($id: ID!) {
  shipment(id: $id) {
    ...ShipmentFields
  }
}
    fragment ShipmentLineFields on ShipmentLine {
  orderLine {
    lineNo
  }
  product {
    id
    sku
    name
  }
  quantity
  stockMove {
    id
    unitCost
    value
  }
}
fragment ShipmentFields on Shipment {
  id
  number
  salesOrder {
    id
    number
    status
  }
  location {
    id
    code
  }
  status
  plannedDate
  carrier
  trackingReference
  notes
  shippedAt
  cancelledAt
  costOfGoods {
    amount
    currency
  }
  lines {
    ...ShipmentLineFields
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShipmentQuery, ShipmentQueryVariables>;
export const ShipmentsDocument = new TypedDocumentString(`
    query shipments($first: Int, $after: String, $last: Int, $before: String, $where: ShipmentWhere) {
  shipments(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ShipmentFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
  hasPreviousPage
  startCursor
}
fragment ShipmentLineFields on ShipmentLine {
  orderLine {
    lineNo
  }
  product {
    id
    sku
    name
  }
  quantity
  stockMove {
    id
    unitCost
    value
  }
}
fragment ShipmentFields on Shipment {
  id
  number
  salesOrder {
    id
    number
    status
  }
  location {
    id
    code
  }
  status
  plannedDate
  carrier
  trackingReference
  notes
  shippedAt
  cancelledAt
  costOfGoods {
    amount
    currency
  }
  lines {
    ...ShipmentLineFields
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShipmentsQuery, ShipmentsQueryVariables>;
export const ShipmentCreateDocument = new TypedDocumentString(`
    mutation shipmentCreate($input: ShipmentCreateInput!) {
  shipmentCreate(input: $input) {
    shipment {
      ...ShipmentFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment ShipmentLineFields on ShipmentLine {
  orderLine {
    lineNo
  }
  product {
    id
    sku
    name
  }
  quantity
  stockMove {
    id
    unitCost
    value
  }
}
fragment ShipmentFields on Shipment {
  id
  number
  salesOrder {
    id
    number
    status
  }
  location {
    id
    code
  }
  status
  plannedDate
  carrier
  trackingReference
  notes
  shippedAt
  cancelledAt
  costOfGoods {
    amount
    currency
  }
  lines {
    ...ShipmentLineFields
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShipmentCreateMutation, ShipmentCreateMutationVariables>;
export const ShipmentShipDocument = new TypedDocumentString(`
    mutation shipmentShip($input: ShipmentStateInput!) {
  shipmentShip(input: $input) {
    shipment {
      ...ShipmentFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment ShipmentLineFields on ShipmentLine {
  orderLine {
    lineNo
  }
  product {
    id
    sku
    name
  }
  quantity
  stockMove {
    id
    unitCost
    value
  }
}
fragment ShipmentFields on Shipment {
  id
  number
  salesOrder {
    id
    number
    status
  }
  location {
    id
    code
  }
  status
  plannedDate
  carrier
  trackingReference
  notes
  shippedAt
  cancelledAt
  costOfGoods {
    amount
    currency
  }
  lines {
    ...ShipmentLineFields
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShipmentShipMutation, ShipmentShipMutationVariables>;
export const ShipmentCancelDocument = new TypedDocumentString(`
    mutation shipmentCancel($input: ShipmentStateInput!) {
  shipmentCancel(input: $input) {
    shipment {
      ...ShipmentFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment ShipmentLineFields on ShipmentLine {
  orderLine {
    lineNo
  }
  product {
    id
    sku
    name
  }
  quantity
  stockMove {
    id
    unitCost
    value
  }
}
fragment ShipmentFields on Shipment {
  id
  number
  salesOrder {
    id
    number
    status
  }
  location {
    id
    code
  }
  status
  plannedDate
  carrier
  trackingReference
  notes
  shippedAt
  cancelledAt
  costOfGoods {
    amount
    currency
  }
  lines {
    ...ShipmentLineFields
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShipmentCancelMutation, ShipmentCancelMutationVariables>;