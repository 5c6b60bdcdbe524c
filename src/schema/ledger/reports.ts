import type {
  BalanceSheet,
  GeneralLedger,
  GeneralLedgerLine,
  IncomeStatement,
  StatementRow,
  StatementSection,
  TrialBalance,
  TrialBalanceRow,
} from '../../domain/ledger/index.js';
import { builder, type SchemaTypesOf } from '../builder.js';
import { encodeGlobalId } from '../global-id.js';
import { AccountTypeEnum } from './ledger.js';

// Report results are computed, not stored: plain object types shaped after what the ledger returns.
// Amounts are Decimal strings in the base currency with its number of decimal places.

/**
 * The row's account as a full object. Prisma batches the findUnique calls of one tick into a
 * single query, so a report with many rows still reads the accounts in one statement.
 */
function accountField<Row extends { accountId: string }>(t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypesOf, Row>) {
  return t.prismaField({
    type: 'Account',
    nullable: true,
    description: 'The account, for fields beyond code and name.',
    resolve: (query, row, _args, ctx) => ctx.db.account.findUnique({ ...query, where: { id: row.accountId } }),
  });
}

const TrialBalanceRowType = builder.objectRef<TrialBalanceRow>('TrialBalanceRow').implement({
  description: "One account's posted totals in a trial balance.",
  fields: (t) => ({
    accountId: t.id({
      description: 'Global ID of the account.',
      resolve: (row) => encodeGlobalId('Account', row.accountId),
    }),
    account: accountField(t),
    code: t.exposeString('code', { description: 'Account code.' }),
    name: t.exposeString('name', { description: 'Account name.' }),
    type: t.field({ type: AccountTypeEnum, description: 'Account type.', resolve: (row) => row.type as never }),
    debit: t.field({
      type: 'Decimal',
      description: 'Sum of posted debits, base currency.',
      resolve: (row) => row.debit,
    }),
    credit: t.field({
      type: 'Decimal',
      description: 'Sum of posted credits, base currency.',
      resolve: (row) => row.credit,
    }),
    balance: t.field({
      type: 'Decimal',
      description: 'Debit minus credit for every account type: positive is a debit balance, negative a credit balance.',
      resolve: (row) => row.balance,
    }),
  }),
});

export const TrialBalanceType = builder.objectRef<TrialBalance>('TrialBalance').implement({
  description:
    'Posted debits and credits per account (accounts without posted lines are left out), ordered by account code.',
  fields: (t) => ({
    currency: t.field({
      type: 'CurrencyCode',
      description: 'The base currency all amounts are in.',
      resolve: (report) => report.currency,
    }),
    rows: t.field({
      type: [TrialBalanceRowType],
      description: 'One row per account with posted lines, by code.',
      resolve: (report) => report.rows,
    }),
    totalDebit: t.field({
      type: 'Decimal',
      description: 'Sum of all debits; equals totalCredit.',
      resolve: (report) => report.totalDebit,
    }),
    totalCredit: t.field({
      type: 'Decimal',
      description: 'Sum of all credits; equals totalDebit.',
      resolve: (report) => report.totalCredit,
    }),
  }),
});

const GeneralLedgerLineType = builder.objectRef<GeneralLedgerLine>('GeneralLedgerLine').implement({
  description: 'One posted line of an account, with the balance after it.',
  fields: (t) => ({
    entryId: t.id({
      description: 'Global ID of the journal entry.',
      resolve: (line) => encodeGlobalId('JournalEntry', line.entryId),
    }),
    number: t.string({ nullable: true, description: 'Number of the journal entry.', resolve: (line) => line.number }),
    date: t.field({ type: 'Date', description: 'Posting date.', resolve: (line) => line.date }),
    lineNo: t.int({ description: 'Position of the line in its entry.', resolve: (line) => line.lineNo }),
    description: t.string({
      nullable: true,
      description: "The line's description.",
      resolve: (line) => line.description,
    }),
    reference: t.string({ nullable: true, description: "The entry's reference.", resolve: (line) => line.reference }),
    debit: t.field({ type: 'Decimal', description: 'Debit, base currency.', resolve: (line) => line.debit }),
    credit: t.field({ type: 'Decimal', description: 'Credit, base currency.', resolve: (line) => line.credit }),
    balance: t.field({
      type: 'Decimal',
      description: 'Running balance after this line, debit minus credit.',
      resolve: (line) => line.balance,
    }),
  }),
});

export const GeneralLedgerType = builder.objectRef<GeneralLedger>('GeneralLedger').implement({
  description:
    "One account's posted lines in a date range with a running balance (debit minus credit, positive = debit).",
  fields: (t) => ({
    accountId: t.id({
      description: 'Global ID of the account.',
      resolve: (row) => encodeGlobalId('Account', row.accountId),
    }),
    account: accountField(t),
    currency: t.field({
      type: 'CurrencyCode',
      description: 'The base currency all amounts are in.',
      resolve: (report) => report.currency,
    }),
    openingBalance: t.field({
      type: 'Decimal',
      description: 'Balance of everything posted before `from`.',
      resolve: (report) => report.openingBalance,
    }),
    lines: t.field({
      type: [GeneralLedgerLineType],
      description: 'Posted lines in the range, by date and number.',
      resolve: (report) => report.lines,
    }),
    closingBalance: t.field({
      type: 'Decimal',
      description: 'Balance after the last line, up to `to`.',
      resolve: (report) => report.closingBalance,
    }),
  }),
});

const StatementRowType = builder.objectRef<StatementRow>('StatementRow').implement({
  description: 'One account in a financial statement section.',
  fields: (t) => ({
    accountId: t.id({
      description: 'Global ID of the account.',
      resolve: (row) => encodeGlobalId('Account', row.accountId),
    }),
    account: accountField(t),
    code: t.exposeString('code', { description: 'Account code.' }),
    name: t.exposeString('name', { description: 'Account name.' }),
    amount: t.field({
      type: 'Decimal',
      description:
        "Amount with the section's natural sign: assets and expenses debit minus credit, the others credit minus debit.",
      resolve: (row) => row.amount,
    }),
  }),
});

const StatementSectionType = builder.objectRef<StatementSection>('StatementSection').implement({
  description: 'A section of a financial statement (assets, revenue, ...).',
  fields: (t) => ({
    rows: t.field({
      type: [StatementRowType],
      description: 'The accounts of the section, by code.',
      resolve: (section) => section.rows,
    }),
    total: t.field({ type: 'Decimal', description: 'Sum of the rows.', resolve: (section) => section.total }),
  }),
});

export const IncomeStatementType = builder.objectRef<IncomeStatement>('IncomeStatement').implement({
  description: 'Revenue and expenses posted in a date range, and the net income.',
  fields: (t) => ({
    currency: t.field({
      type: 'CurrencyCode',
      description: 'The base currency all amounts are in.',
      resolve: (report) => report.currency,
    }),
    revenue: t.field({
      type: StatementSectionType,
      description: 'Revenue accounts, credit minus debit.',
      resolve: (report) => report.revenue,
    }),
    expenses: t.field({
      type: StatementSectionType,
      description: 'Expense accounts, debit minus credit.',
      resolve: (report) => report.expenses,
    }),
    netIncome: t.field({
      type: 'Decimal',
      description: 'Revenue minus expenses; negative is a loss.',
      resolve: (report) => report.netIncome,
    }),
  }),
});

export const BalanceSheetType = builder.objectRef<BalanceSheet>('BalanceSheet').implement({
  description: 'Assets, liabilities and equity as of a date; assets equal totalLiabilitiesAndEquity.',
  fields: (t) => ({
    currency: t.field({
      type: 'CurrencyCode',
      description: 'The base currency all amounts are in.',
      resolve: (report) => report.currency,
    }),
    assets: t.field({
      type: StatementSectionType,
      description: 'Asset accounts, debit minus credit.',
      resolve: (report) => report.assets,
    }),
    liabilities: t.field({
      type: StatementSectionType,
      description: 'Liability accounts, credit minus debit.',
      resolve: (report) => report.liabilities,
    }),
    equity: t.field({
      type: StatementSectionType,
      description: 'Equity accounts, credit minus debit.',
      resolve: (report) => report.equity,
    }),
    unclosedEarnings: t.field({
      type: 'Decimal',
      description: 'Revenue minus expenses up to the date not yet moved into equity by a closing entry.',
      resolve: (report) => report.unclosedEarnings,
    }),
    totalLiabilitiesAndEquity: t.field({
      type: 'Decimal',
      description: 'Liabilities plus equity plus unclosed earnings; equals the asset total.',
      resolve: (report) => report.totalLiabilitiesAndEquity,
    }),
  }),
});
