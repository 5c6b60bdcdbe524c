import type { AccountSubtype, AccountType } from '../../generated/prisma/enums.js';

/** Each subtype belongs to one account type; a posting role (a subtype) needs an account of that type. */
export const SUBTYPE_TYPE: Record<AccountSubtype, AccountType> = {
  BANK: 'ASSET',
  CASH: 'ASSET',
  RECEIVABLE: 'ASSET',
  INVENTORY: 'ASSET',
  CURRENT_ASSET: 'ASSET',
  FIXED_ASSET: 'ASSET',
  PAYABLE: 'LIABILITY',
  SALES_TAX: 'LIABILITY',
  GOODS_RECEIVED_NOT_INVOICED: 'LIABILITY',
  SALARIES_PAYABLE: 'LIABILITY',
  EMPLOYEE_PAYABLE: 'LIABILITY',
  CURRENT_LIABILITY: 'LIABILITY',
  RETAINED_EARNINGS: 'EQUITY',
  OWNER_EQUITY: 'EQUITY',
  SALES: 'REVENUE',
  OTHER_INCOME: 'REVENUE',
  COST_OF_GOODS_SOLD: 'EXPENSE',
  OPERATING_EXPENSE: 'EXPENSE',
  INVENTORY_ADJUSTMENT: 'EXPENSE',
  ROUNDING: 'EXPENSE',
  EXCHANGE_DIFFERENCE: 'EXPENSE',
};

export const ACCOUNT_TYPES: AccountType[] = ['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE'];

export function isAccountType(value: string): value is AccountType {
  return (ACCOUNT_TYPES as string[]).includes(value);
}

export function isAccountSubtype(value: string): value is AccountSubtype {
  return Object.hasOwn(SUBTYPE_TYPE, value);
}
