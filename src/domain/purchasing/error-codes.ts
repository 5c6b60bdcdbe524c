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
  SUPPLIER_IN_USE:
    'Other records (bills, payments) reference the supplier, so it cannot be deleted; deactivate it instead.',
} as const;

export type PurchasingErrorCode = keyof typeof PURCHASING_ERROR_CODES;

/** Codes of supplier price and purchase order commands. */
export const PURCHASE_ORDER_ERROR_CODES = {
  NOT_FOUND: 'The referenced record does not exist in your organization.',
  REQUIRED: 'A required field is missing or empty.',
  TOO_LONG: 'A text is longer than the field allows.',
  INVALID_INPUT: 'A value is not acceptable for this field.',
  INVALID_DATE: 'Not a calendar date in the form YYYY-MM-DD.',
  INVALID_CURRENCY: 'Not an ISO 4217 currency code.',
  INVALID_AMOUNT: 'An amount or quantity is not a valid decimal in the allowed range.',
  INVALID_SCALE: 'An amount or quantity has more decimal places than allowed.',
  OUT_OF_RANGE: 'A number is outside the allowed range.',
  STALE_VERSION: 'The record changed since you read it (expectedVersion does not match); read it again and retry.',
  IDEMPOTENCY_CONFLICT: 'The idempotency key was already used with a different input.',
  SUPPLIER_INACTIVE: 'The supplier is deactivated and takes no new orders or prices.',
  PRODUCT_INACTIVE: 'The product is deactivated.',
  PRICE_REQUIRED: 'No unit price was given and the supplier has no price for the product, quantity and currency.',
  EMPTY_ORDER: 'An order needs at least one line.',
  NOT_DRAFT: 'Only a draft order can be changed or sent.',
  NOT_CANCELLABLE: 'The order is already cancelled, or goods were received or billed against it.',
  NOT_RECEIVABLE: 'Only a sent or partially received order takes receipts.',
  OVER_RECEIPT: 'The receipt would take a line more than 10 percent over its ordered quantity.',
  INVALID_LOCATION: 'Goods are received into a warehouse location, not a virtual one.',
  NO_EXCHANGE_RATE: 'No exchange rate for the order currency on or before the receipt or bill date.',
  NOT_BILLABLE:
    'Only a sent, partially received, received or billed order can be billed (not a draft, closed or cancelled one).',
  NOTHING_TO_BILL: 'No line of the order has received quantity that is not billed yet.',
  OVER_BILLING: 'A line would be billed for more than was received of it and not billed yet.',
  NO_PERIOD:
    "No fiscal period covers the bill date, or the day of a receipt's stock move (whose value posts to the ledger); nothing was written.",
  PERIOD_CLOSED:
    "The bill date, or the day of a receipt's stock move, falls in a closed or locked period; nothing was written.",
  NO_POSTING_RULE:
    'No account is set for a posting role the bill or receipt needs (inventory, goods received not invoiced, payable, tax, exchange difference or rounding).',
  ACCOUNT_INACTIVE: "A ledger account the receipt's stock move posts to is deactivated.",
  NO_JOURNAL: 'The organization has no stock journal (code STK) to post stock values to; setUpLedger adds it.',
  POSTING_REFUSED:
    "The ledger refused the receipt's value posting for another reason (the message names the ledger code); nothing was written.",
  PARTNER_INACTIVE: 'The supplier is deactivated and takes no new bills.',
  INVALID_DUE_DATE: 'The due date is before the bill date.',
} as const;

export type PurchaseOrderErrorCode = keyof typeof PURCHASE_ORDER_ERROR_CODES;
