/** Every code a CRM command can report, with what it means (the GraphQL enum reuses these texts). */
export const CRM_ERROR_CODES = {
  NOT_FOUND: 'The referenced record does not exist in your organization.',
  REQUIRED: 'A required field is missing or empty.',
  TOO_LONG: 'A text is longer than the field allows.',
  TOO_MANY: 'A list holds more items than allowed.',
  INVALID_EMAIL: 'Not a valid email address.',
  INVALID_URL: 'Not a valid web address.',
  INVALID_CODE: 'A customer code may contain only letters, digits, ".", "_" and "-".',
  INVALID_COUNTRY: 'Not an ISO 3166-1 alpha-2 country code.',
  INVALID_CURRENCY: 'Not an ISO 4217 currency code.',
  INVALID_SCALE: 'An amount has more decimal places than its currency allows.',
  NEGATIVE_AMOUNT: 'An amount that must not be negative is negative.',
  OUT_OF_RANGE: 'A number is outside the allowed range.',
  CODE_TAKEN: 'Another customer in the organization already uses this code.',
  STALE_VERSION: 'The record changed since you read it (expectedVersion does not match); read it again and retry.',
  IDEMPOTENCY_CONFLICT: 'The idempotency key was already used with a different input.',
  ALREADY_ARCHIVED: 'The customer is already archived.',
  NOT_ARCHIVED: 'The customer is not archived.',
  CUSTOMER_ARCHIVED: 'The customer is archived; restore it first.',
  CUSTOMER_MERGED: 'The customer was merged into another customer.',
  CUSTOMER_IN_USE: 'Other records reference the customer, so it cannot be deleted; archive it instead.',
  MERGE_SAME_CUSTOMER: 'Source and target of a merge are the same customer.',
} as const;

export type CrmErrorCode = keyof typeof CRM_ERROR_CODES;
