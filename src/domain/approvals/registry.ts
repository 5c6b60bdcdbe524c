import type { Actor, TenantTx } from '../../platform/index.js';

// What other domains plug into the engine. The engine never imports them: hr registers the directory
// (who manages whom), subject domains register their subject types with handlers.

/** A fact a policy condition can test. Decimals come as strings ("5000.00"); ids as row ids. */
export type FactValue = string | null;
export type Facts = Record<string, FactValue>;

export interface SubjectDescription {
  /** The employee asking; they can never approve this request. */
  requesterId: string;
  /** One line for inboxes, e.g. "Annual leave 2026-07-01 to 2026-07-10 (8 days)". */
  title: string;
  /** Facts the subject offers (AMOUNT in the base currency, CURRENCY, TYPE, DAYS, ...). */
  facts: Facts;
}

export interface OutcomeContext {
  requestId: string;
  subjectType: string;
  subjectId: string;
  /** The acting user's comment, if any. */
  comment: string | null;
}

export type OutcomeHandler = (tx: TenantTx, actor: Actor, outcome: OutcomeContext) => Promise<void>;

export interface ApprovalSubject {
  /** SCREAMING_SNAKE_CASE, e.g. LEAVE_REQUEST. */
  type: string;
  /** GraphQL type of the subject, so requests can link it by global ID. */
  typename: string;
  describe(tx: TenantTx, subjectId: string): Promise<SubjectDescription>;
  /**
   * Closed outcomes after which the subject may be submitted again, opening a new round of the same
   * request (RETURNED always may). A sales order rejected back to draft can be confirmed again.
   */
  reopenableAfter?: readonly ('REJECTED' | 'WITHDRAWN')[];
  /**
   * Called in the submitting transaction on every submission and resubmission (after the policy chose
   * the steps), e.g. to reserve what the request asks for; throwing a DomainError refuses it.
   */
  onSubmitted?: OutcomeHandler;
  /** Called inside the deciding transaction; throwing a DomainError refuses the decision. */
  onApproved?: OutcomeHandler;
  onRejected?: OutcomeHandler;
  onWithdrawn?: OutcomeHandler;
  onReturned?: OutcomeHandler;
}

const subjects = new Map<string, ApprovalSubject>();

export function registerApprovalSubject(subject: ApprovalSubject): void {
  subjects.set(subject.type, subject);
}

export function approvalSubject(type: string): ApprovalSubject | undefined {
  return subjects.get(type);
}

export function approvalSubjectTypes(): string[] {
  return [...subjects.keys()].sort();
}

/** Who is who: the org chart as the engine needs it. Employees returned are never terminated. */
export interface ApproverDirectory {
  /** Whether the employee exists and is not terminated. */
  isActive(tx: TenantTx, employeeId: string): Promise<boolean>;
  /** The manager `level` steps up (1: direct manager), skipping nobody; null if the chain is shorter or they are terminated. */
  managerAt(tx: TenantTx, employeeId: string, level: number): Promise<string | null>;
  /** The head of the employee's department; if that is the employee, the head of the nearest department above with another head. */
  departmentHeadFor(tx: TenantTx, employeeId: string): Promise<string | null>;
  /** Employees (not terminated) whose linked, unrevoked API key holds exactly this role. */
  employeesWithRole(tx: TenantTx, role: string): Promise<string[]>;
  /** The employee's department id (a fact for policies). */
  departmentOf(tx: TenantTx, employeeId: string): Promise<string | null>;
}

let directory: ApproverDirectory | undefined;

export function registerApproverDirectory(registered: ApproverDirectory): void {
  directory = registered;
}

export function approverDirectory(): ApproverDirectory {
  if (!directory) throw new Error('No approver directory registered: import the hr domain (src/domains.ts)');
  return directory;
}
