import { describe, expect, it } from 'vitest';
import { INVENTORY_ERROR_CODES, POSTING_CODES } from '../../src/domain/inventory/index.js';
import { PURCHASE_ORDER_ERROR_CODES } from '../../src/domain/purchasing/index.js';

// A stock move's ledger posting can refuse the operation with these codes; every payload that runs stock
// moves (inventory's, and purchase order receipts') must know them, or GraphQL could not serialize the error.
describe('posting refusal codes', () => {
  it('are in the inventory and purchasing error enums', () => {
    const codes = [...POSTING_CODES, 'POSTING_REFUSED'];
    expect(codes.filter((code) => !(code in INVENTORY_ERROR_CODES))).toEqual([]);
    expect(codes.filter((code) => !(code in PURCHASE_ORDER_ERROR_CODES))).toEqual([]);
    expect(codes).toEqual([
      'NO_PERIOD',
      'PERIOD_CLOSED',
      'NO_POSTING_RULE',
      'ACCOUNT_INACTIVE',
      'NO_JOURNAL',
      'POSTING_REFUSED',
    ]);
  });
});
