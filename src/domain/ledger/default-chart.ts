import type { AccountSubtype, AccountType, JournalType } from '../../generated/prisma/enums.js';

export interface ChartAccount {
  code: string;
  name: string;
  type: AccountType;
  subtype: AccountSubtype | null;
  parentCode: string | null;
}

// A small standard tree: one header account per type, leaves carrying the subtypes other domains post to.
export const DEFAULT_CHART: ChartAccount[] = [
  { code: '1', name: 'Assets', type: 'ASSET', subtype: null, parentCode: null },
  { code: '1000', name: 'Bank', type: 'ASSET', subtype: 'BANK', parentCode: '1' },
  { code: '1100', name: 'Cash', type: 'ASSET', subtype: 'CASH', parentCode: '1' },
  { code: '1200', name: 'Accounts receivable', type: 'ASSET', subtype: 'RECEIVABLE', parentCode: '1' },
  { code: '1300', name: 'Inventory', type: 'ASSET', subtype: 'INVENTORY', parentCode: '1' },
  { code: '2', name: 'Liabilities', type: 'LIABILITY', subtype: null, parentCode: null },
  { code: '2000', name: 'Accounts payable', type: 'LIABILITY', subtype: 'PAYABLE', parentCode: '2' },
  { code: '2100', name: 'Sales tax payable', type: 'LIABILITY', subtype: 'SALES_TAX', parentCode: '2' },
  {
    code: '2150',
    name: 'Goods received not invoiced',
    type: 'LIABILITY',
    subtype: 'GOODS_RECEIVED_NOT_INVOICED',
    parentCode: '2',
  },
  { code: '2200', name: 'Salaries payable', type: 'LIABILITY', subtype: 'SALARIES_PAYABLE', parentCode: '2' },
  { code: '2210', name: 'Employee payable', type: 'LIABILITY', subtype: 'EMPLOYEE_PAYABLE', parentCode: '2' },
  { code: '3', name: 'Equity', type: 'EQUITY', subtype: null, parentCode: null },
  { code: '3000', name: "Owner's equity", type: 'EQUITY', subtype: 'OWNER_EQUITY', parentCode: '3' },
  { code: '3900', name: 'Retained earnings', type: 'EQUITY', subtype: 'RETAINED_EARNINGS', parentCode: '3' },
  { code: '4', name: 'Revenue', type: 'REVENUE', subtype: null, parentCode: null },
  { code: '4000', name: 'Sales', type: 'REVENUE', subtype: 'SALES', parentCode: '4' },
  { code: '4900', name: 'Other income', type: 'REVENUE', subtype: 'OTHER_INCOME', parentCode: '4' },
  { code: '5', name: 'Expenses', type: 'EXPENSE', subtype: null, parentCode: null },
  { code: '5000', name: 'Cost of goods sold', type: 'EXPENSE', subtype: 'COST_OF_GOODS_SOLD', parentCode: '5' },
  { code: '5900', name: 'Inventory adjustments', type: 'EXPENSE', subtype: 'INVENTORY_ADJUSTMENT', parentCode: '5' },
  { code: '6000', name: 'Operating expenses', type: 'EXPENSE', subtype: 'OPERATING_EXPENSE', parentCode: '5' },
  { code: '6900', name: 'Rounding differences', type: 'EXPENSE', subtype: 'ROUNDING', parentCode: '5' },
  { code: '6950', name: 'Exchange differences', type: 'EXPENSE', subtype: 'EXCHANGE_DIFFERENCE', parentCode: '5' },
];

export const DEFAULT_JOURNALS: { code: string; name: string; type: JournalType }[] = [
  { code: 'GEN', name: 'General journal', type: 'GENERAL' },
  { code: 'SAL', name: 'Sales journal', type: 'SALES' },
  { code: 'PUR', name: 'Purchase journal', type: 'PURCHASE' },
  { code: 'CSH', name: 'Cash journal', type: 'CASH' },
  { code: 'BNK', name: 'Bank journal', type: 'BANK' },
  // Stock valuation entries (receipts, issues, adjustments, scrap), numbered apart from manual general entries.
  { code: 'STK', name: 'Stock journal', type: 'GENERAL' },
];
