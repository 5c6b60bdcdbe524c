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
  CODE_TAKEN: 'Another warehouse (or another location in the same warehouse) already uses this code (compared ignoring case).',
  LOCATION_CYCLE: 'The location would sit under itself or one of its own bins.',
  WRONG_WAREHOUSE: 'A location can only move within its own warehouse.',
  ROOT_LOCATION: 'A warehouse\'s root stock location cannot be moved or deleted on its own.',
  VIRTUAL_LOCATION: 'The virtual locations (SUPPLIER, CUSTOMER, PRODUCTION, ADJUSTMENT, SCRAP) are fixed; they cannot be changed, deleted or hold bins.',
  WAREHOUSE_NOT_EMPTY: 'The warehouse still has bins under its root location; delete them first.',
  CATEGORY_CYCLE: 'The category would become its own ancestor.',
  STALE_VERSION: 'The record changed since you read it (expectedVersion does not match); read it again and retry.',
  IDEMPOTENCY_CONFLICT: 'The idempotency key was already used with a different input.',
  ALREADY_ACTIVE: 'The product is already active.',
  ALREADY_INACTIVE: 'The product is already inactive.',
  IN_USE: 'Other records reference it (stock moves, stock levels, products, child categories or bins), so it cannot be deleted.',
} as const;

export type InventoryErrorCode = keyof typeof INVENTORY_ERROR_CODES;
