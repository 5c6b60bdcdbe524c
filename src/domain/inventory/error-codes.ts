/** Every code an inventory command can report, with what it means (the GraphQL enum reuses these texts). */
export const INVENTORY_ERROR_CODES = {
  NOT_FOUND: 'The referenced record does not exist in your organization.',
  REQUIRED: 'A required field is missing or empty.',
  TOO_LONG: 'A text is longer than the field allows.',
  INVALID_CODE: 'A SKU or code may contain only letters, digits, ".", "_", "/" and "-".',
  INVALID_AMOUNT: 'Not a decimal number.',
  INVALID_SCALE: 'A number has more decimal places than the field allows (quantities 4, prices and costs 6).',
  OUT_OF_RANGE: 'A number is outside the allowed range.',
  SKU_TAKEN: 'Another product in the organization already uses this SKU (compared ignoring case).',
  BARCODE_TAKEN: 'Another product in the organization already uses this barcode.',
  NAME_TAKEN: 'Another category under the same parent already has this name (compared ignoring case).',
  CODE_TAKEN:
    'Another warehouse (or another location in the same warehouse) already uses this code (compared ignoring case).',
  LOCATION_CYCLE: 'The location would sit under itself or one of its own bins.',
  WRONG_WAREHOUSE: 'A location can only move within its own warehouse.',
  ROOT_LOCATION: "A warehouse's root stock location cannot be moved or deleted on its own.",
  VIRTUAL_LOCATION:
    'The virtual locations (SUPPLIER, CUSTOMER, PRODUCTION, ADJUSTMENT, SCRAP) are fixed; they cannot be changed, deleted or hold bins.',
  WAREHOUSE_NOT_EMPTY: 'The warehouse still has bins under its root location; delete them first.',
  INSUFFICIENT_STOCK:
    'Not enough available stock (on hand minus reserved) at the location, and the product does not allow negative stock.',
  EXCEEDS_RESERVATION: 'More than is reserved for the demand at this location.',
  DEMAND_OWNED:
    "The demand belongs to a document that keeps its own figures from its reservations (a sales order line): change it through that document's commands.",
  NOT_OPEN: 'The cycle count is already posted or cancelled.',
  NOT_STOCKABLE: 'Services are never in stock.',
  PRODUCT_INACTIVE: 'The product is inactive and takes no new receipts.',
  INVALID_LOCATION: 'The location must be a warehouse (INTERNAL) location here.',
  SAME_LOCATION: 'A transfer needs two different locations.',
  FIFO_NEGATIVE_STOCK:
    'A FIFO product cannot allow negative stock: units issued below zero would have no cost layer to take their cost from.',
  COSTING_METHOD_LOCKED:
    'The costing method cannot change once the product has stock moves: its stock value and FIFO layers were built by the old method.',
  NO_PERIOD:
    'No fiscal period covers the day of the stock move, so its value cannot be posted to the ledger; nothing was written.',
  PERIOD_CLOSED:
    "The fiscal period of the stock move's day is closed or locked, so its value cannot be posted; nothing was written.",
  NO_POSTING_RULE:
    'No ledger account is set for a posting role the stock move needs (INVENTORY, GOODS_RECEIVED_NOT_INVOICED, COST_OF_GOODS_SOLD or INVENTORY_ADJUSTMENT).',
  ACCOUNT_INACTIVE: 'A ledger account the stock move posts to is deactivated.',
  NO_JOURNAL: 'The organization has no stock journal (code STK) to post stock values to; setUpLedger adds it.',
  POSTING_REFUSED:
    "The ledger refused the stock move's value posting for another reason (the message names the ledger code); nothing was written.",
  CATEGORY_CYCLE: 'The category would become its own ancestor.',
  STALE_VERSION: 'The record changed since you read it (expectedVersion does not match); read it again and retry.',
  IDEMPOTENCY_CONFLICT: 'The idempotency key was already used with a different input.',
  ALREADY_ACTIVE: 'The product is already active.',
  ALREADY_INACTIVE: 'The product is already inactive.',
  IN_USE:
    'Other records reference it (stock moves, stock levels, products, child categories or bins), so it cannot be deleted.',
} as const;

export type InventoryErrorCode = keyof typeof INVENTORY_ERROR_CODES;
