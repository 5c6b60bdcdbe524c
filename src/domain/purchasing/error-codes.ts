/** Every code a supplier command can report, with what it means (the GraphQL enum reuses these texts). */
export const PURCHASING_ERROR_CODES = {
  NOT_FOUND: 'The referenced record does not exist in your organization.',
  REQUIRED: 'A required field is missing or empty.',
  TOO_LONG: 'A text is longer than the field allows.',
  INVALID_EMAIL: 'Not a valid email address.',
  INVALID_CODE: 'A supplier code may contain only letters, digits, ".", "_" and "-".',
  INVALID_COUNTRY: 'Not an ISO 3166-1 alpha-2 country code.',
  INVALID_CURRENCY: 'Not an ISO 4217 currency code.',
  OUT_OF_RANGE: 'A number is outside the allowed range.',
  CODE_TAKEN: 'Another supplier in the organization already uses this code.',
  STALE_VERSION: 'The record changed since you read it (expectedVersion does not match); read it again and retry.',
  IDEMPOTENCY_CONFLICT: 'The idempotency key was already used with a different input.',
  ALREADY_ACTIVE: 'The supplier is already active.',
  ALREADY_INACTIVE: 'The supplier is already inactive.',
  SUPPLIER_IN_USE: 'Other records (bills, payments) reference the supplier, so it cannot be deleted; deactivate it instead.',
} as const;

export type PurchasingErrorCode = keyof typeof PURCHASING_ERROR_CODES;
