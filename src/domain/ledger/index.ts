// The ledger's public face. Other domains and the GraphQL resolvers import only from here.
// Conventions: dates are 'YYYY-MM-DD' strings; amounts come in as strings or Prisma decimals and go
// out of reports as strings with the base currency's decimals; every command runs in the caller's
// transaction and throws DomainError (codes in LEDGER_ERROR_CODES) to roll it back.
import { registerOrganizationInitializer } from '../../platform/organizations.js';
import { setUpLedger } from './setup.js';
import { createFiscalYear } from './periods.js';
import { onCustomerMerge } from '../crm/index.js';

export { setUpLedger, type SetUpLedgerInput, type SetUpLedgerResult } from './setup.js';
export {
  createAccount,
  updateAccount,
  deactivateAccount,
  activateAccount,
  deleteAccount,
  type AccountRef,
  type AccountCreateInput,
  type AccountUpdateInput,
  type AccountTransitionInput,
} from './accounts.js';
export { setPostingRule, accountForRole, type SetPostingRuleInput } from './posting-rules.js';
export {
  createJournal,
  updateJournal,
  type JournalRef,
  type JournalCreateInput,
  type JournalUpdateInput,
} from './journals.js';
export {
  createFiscalYear,
  closePeriod,
  reopenPeriod,
  lockPeriod,
  type FiscalYearCreateInput,
  type FiscalYearRef,
  type PeriodInput,
} from './periods.js';
export { closeFiscalYear, type FiscalYearCloseInput, type FiscalYearCloseResult } from './year-end.js';
export { setExchangeRate, rateFor, type ExchangeRateInput } from './exchange-rates.js';
export { baseCurrencyOf } from './settings.js';
export {
  createDraftEntry,
  updateDraftEntry,
  postEntry,
  reverseEntry,
  deleteDraftEntry,
  type EntryInput,
  type UpdateDraftInput,
  type EntryRef,
  type PostedEntryRef,
  type EntryIdInput,
  type ReverseEntryInput,
} from './entries.js';
export type { EntryLineInput } from './entry-lines.js';
export {
  postFromSource,
  type PostFromSourceInput,
  type SourceKey,
  type SourcePostingResult,
} from './source-posting.js';
export {
  trialBalance,
  generalLedger,
  type ReportRange,
  type TrialBalance,
  type TrialBalanceRow,
  type GeneralLedger,
  type GeneralLedgerInput,
  type GeneralLedgerLine,
} from './reports.js';
export {
  incomeStatement,
  balanceSheet,
  type IncomeStatement,
  type BalanceSheet,
  type StatementSection,
  type StatementRow,
} from './statements.js';
export { setBudget, type BudgetSetInput, type BudgetAmountInput, type BudgetAmountRef } from './budgets.js';
export {
  budgetVsActual,
  type BudgetVsActualInput,
  type BudgetVsActual,
  type BudgetVsActualRow,
  type BudgetComparison,
} from './budget-report.js';
export type { Amount } from './money.js';
export {
  createInvoice,
  updateDraftInvoice,
  postInvoice,
  voidInvoice,
  onInvoiceVoid,
  type InvoiceVoidHandler,
  type InvoiceCreateInput,
  type InvoiceUpdateInput,
  type InvoiceRef,
  type PostedInvoiceRef,
  type InvoiceVoidInput,
} from './receivables/invoices.js';
export type { InvoiceLineInput } from './receivables/invoice-input.js';
export { createCreditNote, type CreditNoteCreateInput } from './receivables/credit-notes.js';
export {
  createPayment,
  voidPayment,
  allocateSettlement,
  type PaymentCreateInput,
  type PaymentRef,
  type PaymentVoidInput,
  type SettlementAllocateInput,
} from './receivables/payments.js';
export type { AllocationInput } from './receivables/settle.js';
export { invoiceHeads } from './receivables/lookups.js';
export { onInvoiceSettlementChanged, type InvoiceSettlementHandler } from './receivables/settlement-hooks.js';
export {
  openItems,
  agedBalances,
  type OpenItem,
  type OpenItemsInput,
  type AgingReport,
  type AgingRow,
  type AgingAmounts,
} from './receivables/open-items.js';
export {
  lineFigures,
  documentFigures,
  checkFiguresFit,
  agingBucket,
  type AgingBucket,
  type LineFigures,
  type DocumentFigures,
  type LineTaxMode,
} from './receivables/invoice-math.js';
export { SUBTYPE_TYPE } from './account-types.js';
export { LEDGER_ERROR_CODES, type LedgerErrorCode } from './error-codes.js';

// Every organization gets the default chart, journals and posting rules in the transaction that creates
// it, and its first fiscal year (the calendar year) with twelve open periods, so it can post at once.
registerOrganizationInitializer(async (tx, actor, { baseCurrency, firstFiscalYear }) => {
  await setUpLedger(tx, actor, { baseCurrency });
  if (firstFiscalYear !== null)
    await createFiscalYear(tx, actor, { name: String(firstFiscalYear), startDate: `${firstFiscalYear}-01-01` });
});

// A merged customer's documents and payments move to the surviving customer, so its open items and
// aging follow it. Posted journal lines keep the partner they were posted with: they are immutable.
onCustomerMerge(async (tx, _actor, { sourceId, targetId }) => {
  await tx.invoice.updateMany({ where: { customerId: sourceId }, data: { customerId: targetId } });
  await tx.payment.updateMany({ where: { customerId: sourceId }, data: { customerId: targetId } });
});
