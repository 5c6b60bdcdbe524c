/** Every code an HR command can report, with what it means (the GraphQL enum reuses these texts). */
export const HR_ERROR_CODES = {
  NOT_FOUND: 'The referenced record does not exist in your organization.',
  REQUIRED: 'A required field is missing or empty.',
  TOO_LONG: 'A text is longer than the field allows.',
  TOO_MANY: 'A list holds more items than allowed.',
  INVALID_INPUT: 'The input is not valid (the message says why).',
  INVALID_EMAIL: 'Not a valid email address.',
  INVALID_CODE: 'An employee code may contain only letters, digits, ".", "_" and "-".',
  INVALID_DATE: 'Not a calendar date in the form YYYY-MM-DD, or a date outside the allowed range.',
  CODE_TAKEN: 'Another employee in the organization already uses this code (compared ignoring case).',
  STALE_VERSION: 'The record changed since you read it (expectedVersion does not match); read it again and retry.',
  IDEMPOTENCY_CONFLICT: 'The idempotency key was already used with a different input.',
  MANAGER_CYCLE: 'The manager would report, directly or through others, to the employee: a management chain must not loop.',
  DEPARTMENT_CYCLE: 'The parent department would sit below the department itself: the department tree must not loop.',
  EMPLOYEE_TERMINATED: 'The employee is terminated and cannot take this role or change.',
  ALREADY_TERMINATED: 'The employee is already terminated.',
  HAS_DIRECT_REPORTS: 'Employees who are not terminated still report to this employee; give them another manager first.',
  IS_DEPARTMENT_HEAD: 'The employee heads a department; give it another head first.',
  API_KEY_TAKEN: 'The API key already acts for another employee.',
  API_KEY_REVOKED: 'The API key is revoked.',
  DUPLICATE_DATE: 'The same date is given more than once.',
} as const;

export type HrErrorCode = keyof typeof HR_ERROR_CODES;
