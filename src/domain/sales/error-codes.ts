/** Every code a sales command can report, with what it means (the GraphQL enum reuses these texts). */
export const SALES_ERROR_CODES = {
  NOT_FOUND: 'The referenced record does not exist in your organization.',
  REQUIRED: 'A required field is missing or empty.',
  TOO_LONG: 'A text is longer than the field allows.',
  INVALID_INPUT: 'A value is not acceptable for this field.',
  INVALID_CODE: 'A tax rate code may contain only letters, digits, ".", "_" and "-".',
  INVALID_DATE: 'Not a calendar date in the form YYYY-MM-DD, or a date range that ends before it starts.',
  INVALID_CURRENCY: 'Not an ISO 4217 currency code.',
  INVALID_AMOUNT: 'An amount, rate or quantity is not a valid decimal in the allowed range.',
  INVALID_SCALE: 'An amount, rate or quantity has more decimal places than allowed.',
  OUT_OF_RANGE: 'A number is outside the allowed range.',
  CODE_TAKEN: 'Another tax rate in the organization already uses this code.',
  DUPLICATE_ITEM: 'Two price list items name the same product and minimum quantity.',
  STALE_VERSION: 'The record changed since you read it (expectedVersion does not match); read it again and retry.',
  IDEMPOTENCY_CONFLICT: 'The idempotency key was already used with a different input.',
  TAX_RATE_INACTIVE: 'The tax rate is deactivated and cannot be assigned or made the default.',
  CUSTOMER_INACTIVE: 'The customer is archived or merged and takes no new quotes or price lists.',
  PRODUCT_INACTIVE: 'The product is deactivated.',
  CURRENCY_MISMATCH: 'The price list is in another currency than the one asked for.',
  NO_EXCHANGE_RATE: 'No exchange rate for the currency on or before the date, so the list price cannot be converted.',
  PRICE_REQUIRED: "No unit price was given and neither a price list nor the product's list price gives one.",
  EMPTY_QUOTE: 'A quote needs at least one line.',
  NOT_DRAFT: 'Only a draft quote can be changed or sent; only a draft sales order can be changed or confirmed.',
  NOT_SENT: 'Only a sent quote can be accepted.',
  NOT_CANCELLABLE:
    'Only a draft or sent quote can be cancelled; a sales order only while draft, pending approval or confirmed and before anything shipped or was invoiced.',
  QUOTE_EXPIRED: 'The quote is past its valid-until date.',
  INVALID_COUNTRY: 'A country is not an ISO 3166-1 alpha-2 code.',
  EMPTY_ORDER: 'A sales order needs at least one line.',
  INVALID_LOCATION: 'Stock is reserved from (and returns come back into) an active internal (warehouse) location.',
  LOCATION_REQUIRED: 'The order has stocked lines, so it needs the location stock is reserved from.',
  INSUFFICIENT_STOCK:
    "Not enough available stock (on hand less reserved) for the line at the order's location (for salesOrderReserve: none for any backordered line); nothing was reserved.",
  CREDIT_LIMIT_EXCEEDED:
    "The customer's open receivables plus the order exceed the credit limit and no approval policy applies.",
  NOT_AN_EMPLOYEE:
    'The order needs approval and the calling API key is not linked to an employee; name the requesterId.',
  NOT_PENDING_APPROVAL: 'The sales order is not pending approval.',
  QUOTE_NOT_ACCEPTED: 'Only an accepted quote can be converted into a sales order.',
  CONFIRM_REQUIRED:
    'A returned sales order is sent for approval again with salesOrderConfirm, not resubmitted through the approvals engine.',
  QUOTE_CONVERTED: 'The quote was already converted into a sales order.',
  NOTHING_BACKORDERED: 'No stocked line of the order has a backordered quantity to reserve.',
  NOT_SHIPPABLE:
    'Only a confirmed or partially shipped sales order ships (or reserves its backorders); a closed or cancelled one never does.',
  NOTHING_TO_SHIP: 'No stocked line of the order holds reserved stock that is not already in a draft shipment.',
  OVER_SHIPMENT: 'More than the line can ship: what is reserved for it less what its other draft shipments take.',
  SHIPMENT_NOT_DRAFT: 'The shipment already shipped or was cancelled; only a draft shipment ships or is cancelled.',
  EXCEEDS_RESERVATION:
    'The order line no longer holds the reserved stock the shipment takes (for example it was released in inventory).',
  NO_PERIOD:
    "No fiscal period covers the posting date (today for a shipment's cost or a credit note, the invoice date for an invoice); nothing was written.",
  PERIOD_CLOSED:
    "The fiscal period of the posting date (today for a shipment's cost or a credit note, the invoice date for an invoice) is closed or locked; nothing was written.",
  NO_POSTING_RULE:
    'No ledger account is set for a role the posting needs (COST_OF_GOODS_SOLD or INVENTORY for shipments; RECEIVABLE, SALES or SALES_TAX for invoices).',
  POSTING_REFUSED:
    "The ledger refused the posting (of a shipment's cost or an invoice) for another reason (the message names the ledger code).",
  NOT_INVOICEABLE: 'Only a confirmed sales order (confirmed, shipping, shipped, invoiced, paid or closed) is invoiced.',
  NOTHING_TO_INVOICE:
    'No line of the order can be invoiced now: everything is invoiced, or (DELIVERED policy, or a closed order) nothing more has shipped.',
  OVER_INVOICING:
    'More than the line can be invoiced now: ordered (ORDERED policy; services always) or shipped (DELIVERED policy, or a closed order) less returned, less what stays invoiced.',
  NOT_RETURNABLE:
    'Only a sales order that shipped (partially shipped, shipped, invoiced, paid, or closed after shipping) takes returns.',
  NOT_RETURNABLE_LINE:
    'The order line is not a stocked product that shipped; services and unshipped lines cannot be returned.',
  OVER_RETURN: 'More than the line can return: shipped less already returned less what its other draft returns take.',
  RETURN_NOT_DRAFT: 'The return was already received or cancelled; only a draft return is received or cancelled.',
  CREDIT_REFUSED:
    'The ledger refused the credit note for the returned goods, or for what a closed order invoiced and never delivered (for example CREDIT_EXCEEDS_DOCUMENT when other credit notes already credit the invoice); its code leads the message.',
  NOT_CLOSABLE:
    'Only a confirmed sales order (confirmed, shipping, shipped, invoiced or paid) is closed; a draft or pending one is cancelled instead, a cancelled or closed one stays as it is.',
  OPEN_SHIPMENTS: 'The sales order has draft shipments (named in the message); ship or cancel them before closing it.',
  OPEN_RETURNS: 'The sales order has draft returns (named in the message); receive or cancel them before closing it.',
  STOCK_REFUSED: 'Inventory refused to issue a line for another reason; its code leads the message.',
  APPROVAL_REFUSED:
    'The approvals engine refused (for example NO_APPROVER, NOT_REQUESTER, EMPLOYEE_NOT_ACTIVE); its code leads the message.',
} as const;

export type SalesErrorCode = keyof typeof SALES_ERROR_CODES;
