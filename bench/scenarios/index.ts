import { customerCreate } from './customer-create.js';
import { customersPage } from './customers-page.js';
import { customersPageHandwritten } from './customers-page-handwritten.js';
import { ledgerPosting } from './ledger-posting.js';
import { ledgerTrialBalance } from './ledger-trial-balance.js';
import { myApprovals } from './my-approvals.js';
import type { Scenario } from './scenario.js';
import { stockLevelsPage } from './stock-levels-page.js';
import { stockReserve } from './stock-reserve.js';
import { salesOrderConfirm } from './sales-order-confirm.js';
import { salesOrderView } from './sales-order-view.js';

/**
 * Every scenario, in the order they run. Reads come before writes so the pages measure the
 * generated data set, not one grown by the create scenario.
 */
export const SCENARIOS: readonly Scenario[] = [
  customersPage,
  customersPageHandwritten,
  customerCreate,
  ledgerTrialBalance,
  ledgerPosting,
  myApprovals,
  stockLevelsPage,
  stockReserve,
  salesOrderView,
  salesOrderConfirm,
];
