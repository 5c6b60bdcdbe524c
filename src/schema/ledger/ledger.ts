import { Prisma } from '../../generated/prisma/client.js';
import { LEDGER_ERROR_CODES } from '../../domain/ledger/index.js';
import { builder } from '../builder.js';
import { StringFilter, enumFilter, type StringFilterValue } from '../filters.js';
import { OrderDirection } from '../ordering.js';
import { domainErrorType } from '../payloads.js';

/** Reading and writing the ledger both need ACCOUNTING (ADMIN holds every role). */
export const LEDGER_ACCESS = { role: 'ACCOUNTING' } as const;

export const LedgerError = domainErrorType('Ledger', {
  ...LEDGER_ERROR_CODES,
  // The command runner reports these for any domain; the ledger's own list leaves them out.
  IDEMPOTENCY_CONFLICT: 'The idempotency key was already used with a different input.',
});

export const AccountTypeEnum = builder.enumType('AccountType', {
  description:
    'The five kinds of account. Assets and expenses normally carry a debit balance, the others a credit balance.',
  values: {
    ASSET: { description: 'What the organization owns or is owed (bank, receivables, stock).' },
    LIABILITY: { description: 'What the organization owes (payables, taxes, salaries).' },
    EQUITY: { description: "The owners' share: capital and retained earnings." },
    REVENUE: { description: 'Income from sales and other sources.' },
    EXPENSE: { description: 'Costs: goods sold, operating expenses, differences.' },
  } as const,
});

export const AccountSubtypeEnum = builder.enumType('AccountSubtype', {
  description: 'A finer kind of account within its type; also names the posting role other domains post through.',
  values: {
    BANK: { description: 'ASSET: a bank account.' },
    CASH: { description: 'ASSET: cash on hand.' },
    RECEIVABLE: { description: 'ASSET: amounts customers owe.' },
    INVENTORY: { description: 'ASSET: stock on hand.' },
    CURRENT_ASSET: { description: 'ASSET: other current assets.' },
    FIXED_ASSET: { description: 'ASSET: long-lived assets.' },
    PAYABLE: { description: 'LIABILITY: amounts owed to suppliers.' },
    SALES_TAX: { description: 'LIABILITY: sales tax collected and owed.' },
    GOODS_RECEIVED_NOT_INVOICED: { description: 'LIABILITY: goods received whose bill has not arrived.' },
    SALARIES_PAYABLE: { description: 'LIABILITY: salaries owed to employees.' },
    EMPLOYEE_PAYABLE: { description: 'LIABILITY: expenses to reimburse to employees.' },
    CURRENT_LIABILITY: { description: 'LIABILITY: other current liabilities.' },
    RETAINED_EARNINGS: { description: 'EQUITY: profits kept from earlier years.' },
    OWNER_EQUITY: { description: 'EQUITY: capital paid in by the owners.' },
    SALES: { description: 'REVENUE: sales of goods and services.' },
    OTHER_INCOME: { description: 'REVENUE: income besides sales.' },
    COST_OF_GOODS_SOLD: { description: 'EXPENSE: cost of the goods sold.' },
    OPERATING_EXPENSE: { description: 'EXPENSE: running costs.' },
    INVENTORY_ADJUSTMENT: { description: 'EXPENSE: stock count differences and write-offs.' },
    ROUNDING: { description: 'EXPENSE: rounding differences from currency conversion.' },
    EXCHANGE_DIFFERENCE: { description: 'EXPENSE: realised exchange gains and losses.' },
  } as const,
});

export const JournalTypeEnum = builder.enumType('JournalType', {
  description: 'What a journal records; it decides the entry number prefix.',
  values: {
    GENERAL: { description: 'Manual and miscellaneous entries.' },
    SALES: { description: 'Customer invoices and credit notes.' },
    PURCHASE: { description: 'Supplier bills.' },
    CASH: { description: 'Cash movements.' },
    BANK: { description: 'Bank movements.' },
  } as const,
});

export const JournalEntryStatusEnum = builder.enumType('JournalEntryStatus', {
  description: 'A journal entry is a draft until posted; posted entries never change (reverse them instead).',
  values: {
    DRAFT: { description: 'Editable working copy; not in any balance or report.' },
    POSTED: { description: 'Numbered and final; counted in balances and reports.' },
  } as const,
});

export const PeriodStatusEnum = builder.enumType('PeriodStatus', {
  description: 'Whether entries may be posted into a period.',
  values: {
    OPEN: { description: 'Entries dated in the period may be posted.' },
    CLOSED: { description: 'No posting; an administrator may reopen it.' },
    LOCKED: { description: 'No posting, for good; locking is final.' },
  } as const,
});

builder.prismaNode('Account', {
  // Load only the columns a query selects, not all of them.
  select: { id: true },
  description: 'An account of the chart of accounts. Needs role ACCOUNTING to read.',
  id: { field: 'id' },
  // node(id:) must answer null for deleted or other organizations' IDs; the default loader throws.
  nullable: true,
  authScopes: LEDGER_ACCESS,
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Human key, unique in the organization, for example "1200".' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    type: t.expose('type', { type: AccountTypeEnum, description: 'Asset, liability, equity, revenue or expense.' }),
    subtype: t.expose('subtype', {
      type: AccountSubtypeEnum,
      nullable: true,
      description: 'Finer kind within the type; null when none.',
    }),
    parent: t.relation('parent', {
      nullable: true,
      description: 'The header account this one is grouped under; null at the top.',
    }),
    children: t.relation('children', {
      description: 'Accounts grouped under this one, by code.',
      query: () => ({ orderBy: [{ code: 'asc' as const }, { id: 'asc' as const }] }),
    }),
    isActive: t.exposeBoolean('isActive', {
      description: 'Inactive accounts keep their history but take no new lines.',
    }),
    version: t.exposeInt('version', {
      description:
        "Increases with every change; send it as expectedVersion to avoid overwriting someone else's change.",
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the account was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the account last changed.' }),
  }),
});

builder.prismaNode('Journal', {
  select: { id: true },
  description:
    'A book of journal entries (general, sales, purchase, cash, bank); each numbers its entries gaplessly per fiscal year. Needs role ACCOUNTING to read.',
  id: { field: 'id' },
  nullable: true,
  authScopes: LEDGER_ACCESS,
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Short code, unique in the organization, used as the entry number prefix (for example "GEN").',
    }),
    name: t.exposeString('name', { description: 'Display name.' }),
    type: t.expose('type', { type: JournalTypeEnum, description: 'What the journal records.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the journal was created.' }),
  }),
});

interface EntrySource {
  type: string;
  id: string;
  purpose: string;
}

const JournalEntrySource = builder.objectRef<EntrySource>('JournalEntrySource').implement({
  description: 'The business document that caused an entry; each (type, id, purpose) posts at most one entry.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'Kind of document, for example "Invoice".' }),
    id: t.exposeString('id', { description: "The document's identifier in its domain." }),
    purpose: t.exposeString('purpose', { description: 'Why the document posted, for example "revenue" or "cost".' }),
  }),
});

type Amounts = { debit: Prisma.Decimal; credit: Prisma.Decimal }[];
const total = (lines: Amounts, side: 'debit' | 'credit') =>
  lines.reduce((sum, line) => sum.plus(line[side]), new Prisma.Decimal(0));

builder.prismaNode('JournalEntry', {
  select: { id: true },
  description:
    'A double-entry journal entry: lines whose debits equal their credits in the base currency. Needs role ACCOUNTING to read.',
  id: { field: 'id' },
  nullable: true,
  authScopes: LEDGER_ACCESS,
  fields: (t) => ({
    number: t.exposeString('number', {
      nullable: true,
      description: 'Gapless number per journal and fiscal year, for example "GEN/2026/00001"; null while a draft.',
    }),
    date: t.expose('date', { type: 'Date', description: 'Posting date; decides the period and the exchange rates.' }),
    journal: t.relation('journal', { description: 'The journal the entry belongs to.' }),
    reference: t.exposeString('reference', {
      nullable: true,
      description: 'External reference, for example a receipt number.',
    }),
    memo: t.exposeString('memo', { nullable: true, description: 'Free text explaining the entry.' }),
    status: t.expose('status', { type: JournalEntryStatusEnum, description: 'Draft or posted.' }),
    postedAt: t.expose('postedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the entry was posted; null while a draft.',
    }),
    lines: t.relation('lines', {
      description: 'The lines, in entry order.',
      query: () => ({ orderBy: [{ lineNo: 'asc' as const }] }),
    }),
    totalDebit: t.field({
      type: 'Decimal',
      description: 'Sum of the line debits, in the base currency.',
      select: { lines: { select: { debit: true, credit: true } } },
      resolve: (entry) => total(entry.lines, 'debit'),
    }),
    totalCredit: t.field({
      type: 'Decimal',
      description: 'Sum of the line credits, in the base currency; equals totalDebit.',
      select: { lines: { select: { debit: true, credit: true } } },
      resolve: (entry) => total(entry.lines, 'credit'),
    }),
    reversalOf: t.relation('reversalOf', {
      nullable: true,
      description: 'The entry this one reverses; null for ordinary entries.',
    }),
    // The schema allows one reversal per entry, but Prisma models the back-relation as a list.
    reversedBy: t.relation('reversedBy', {
      description: 'The entry that reverses this one, as a list of at most one; empty while it is not reversed.',
      query: () => ({ take: 1 }),
    }),
    source: t.field({
      type: JournalEntrySource,
      nullable: true,
      description: 'The document that posted the entry; null for entries made by hand.',
      select: { sourceType: true, sourceId: true, sourcePurpose: true },
      resolve: (entry) =>
        entry.sourceType && entry.sourceId && entry.sourcePurpose
          ? { type: entry.sourceType, id: entry.sourceId, purpose: entry.sourcePurpose }
          : null,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change of a draft; send it as expectedVersion.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the entry was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the entry last changed.' }),
  }),
});

builder.prismaObject('JournalLine', {
  select: { id: true },
  description: 'One line of a journal entry: exactly one of debit and credit is positive, the other zero.',
  authScopes: LEDGER_ACCESS,
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo', { description: 'Position in the entry, from 1.' }),
    account: t.relation('account', { description: 'The account the line posts to.' }),
    debit: t.expose('debit', { type: 'Decimal', description: 'Debit in the base currency; 0 on a credit line.' }),
    credit: t.expose('credit', { type: 'Decimal', description: 'Credit in the base currency; 0 on a debit line.' }),
    currency: t.expose('currency', {
      type: 'CurrencyCode',
      description: 'Transaction currency; the base currency for base-currency lines.',
    }),
    amountCurrency: t.expose('amountCurrency', {
      type: 'Decimal',
      description: 'Amount in the transaction currency, always positive.',
    }),
    rate: t.expose('rate', {
      type: 'Decimal',
      description: 'Units of base currency per unit of the transaction currency (1 for base-currency lines).',
    }),
    description: t.exposeString('description', { nullable: true, description: 'Free text for this line.' }),
  }),
});

builder.prismaNode('FiscalYear', {
  select: { id: true },
  description: 'A fiscal year of twelve monthly periods. Needs role ACCOUNTING to read.',
  id: { field: 'id' },
  nullable: true,
  authScopes: LEDGER_ACCESS,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name, unique in the organization, for example "2026".' }),
    startDate: t.expose('startDate', { type: 'Date', description: 'First day of the year.' }),
    endDate: t.expose('endDate', { type: 'Date', description: 'Last day of the year.' }),
    closedAt: t.expose('closedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the year was closed; null while open.',
    }),
    periods: t.relation('periods', {
      description: 'The monthly periods, first to last.',
      query: () => ({ orderBy: [{ number: 'asc' as const }] }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the year was created.' }),
  }),
});

builder.prismaNode('Period', {
  select: { id: true },
  description:
    'A month of a fiscal year; its status decides whether entries dated in it may be posted. Needs role ACCOUNTING to read.',
  id: { field: 'id' },
  nullable: true,
  authScopes: LEDGER_ACCESS,
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Position in the fiscal year, 1 to 12.' }),
    startDate: t.expose('startDate', { type: 'Date', description: 'First day of the period.' }),
    endDate: t.expose('endDate', { type: 'Date', description: 'Last day of the period.' }),
    status: t.expose('status', { type: PeriodStatusEnum, description: 'Open, closed or locked.' }),
    fiscalYear: t.relation('fiscalYear', { description: 'The fiscal year the period belongs to.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the status last changed.' }),
  }),
});

export const AccountOrderField = builder.enumType('AccountOrderField', {
  description: 'Fields accounts can be sorted by.',
  values: {
    CODE: { description: 'Account code.' },
    NAME: { description: 'Display name.' },
  } as const,
});

export const ACCOUNT_ORDER_COLUMNS = { CODE: 'code', NAME: 'name' } as const;

export const AccountOrderBy = builder.inputType('AccountOrderBy', {
  description: 'One sort key for accounts. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: AccountOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});

type EnumFilterValue<T extends string> = { equals?: T | null; in?: T[] | null } | null;

export interface AccountWhereValue {
  search?: string | null;
  code?: StringFilterValue | null;
  name?: StringFilterValue | null;
  type?: EnumFilterValue<typeof AccountTypeEnum.$inferType>;
  subtype?: EnumFilterValue<typeof AccountSubtypeEnum.$inferType>;
  isActive?: boolean | null;
  AND?: AccountWhereValue[] | null;
  OR?: AccountWhereValue[] | null;
  NOT?: AccountWhereValue | null;
}

export const AccountWhere = builder.inputRef<AccountWhereValue>('AccountWhere').implement({
  description: 'Filter for accounts. All given conditions must hold; use OR and NOT for alternatives.',
  fields: (t) => ({
    search: t.string({ description: 'Matches code or name containing this text, ignoring case.' }),
    code: t.field({ type: StringFilter, description: 'Conditions on the code.' }),
    name: t.field({ type: StringFilter, description: 'Conditions on the name.' }),
    type: t.field({
      type: enumFilter('AccountTypeFilter', AccountTypeEnum, "an account's type"),
      description: 'Conditions on the type.',
    }),
    subtype: t.field({
      type: enumFilter('AccountSubtypeFilter', AccountSubtypeEnum, "an account's subtype"),
      description: 'Conditions on the subtype (accounts without one never match).',
    }),
    isActive: t.boolean({ description: 'Only active (true) or only inactive (false) accounts.' }),
    AND: t.field({ type: [AccountWhere], description: 'All of these filters hold.' }),
    OR: t.field({ type: [AccountWhere], description: 'At least one of these filters holds.' }),
    NOT: t.field({ type: AccountWhere, description: 'This filter does not hold.' }),
  }),
});

export const JournalEntryOrderField = builder.enumType('JournalEntryOrderField', {
  description: 'Fields journal entries can be sorted by.',
  values: {
    DATE: { description: 'Posting date.' },
    NUMBER: { description: 'Entry number (drafts have none and sort last ascending).' },
  } as const,
});

export const JOURNAL_ENTRY_ORDER_COLUMNS = { DATE: 'date', NUMBER: 'number' } as const;

export const JournalEntryOrderBy = builder.inputType('JournalEntryOrderBy', {
  description: 'One sort key for journal entries. Ties are always broken by id, so pages are stable.',
  fields: (t) => ({
    field: t.field({ type: JournalEntryOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
  }),
});

export interface DateRangeValue {
  equals?: string | null;
  gte?: string | null;
  lte?: string | null;
}

export const DateFilter = builder.inputRef<DateRangeValue>('DateFilter').implement({
  description: 'Conditions on a calendar date; each given bound narrows the result.',
  fields: (t) => ({
    equals: t.field({ type: 'Date', description: 'Exactly this date.' }),
    gte: t.field({ type: 'Date', description: 'On or after this date.' }),
    lte: t.field({ type: 'Date', description: 'On or before this date.' }),
  }),
});

export interface JournalEntryWhereValue {
  status?: EnumFilterValue<typeof JournalEntryStatusEnum.$inferType>;
  journalId?: string | null;
  date?: DateRangeValue | null;
  reference?: StringFilterValue | null;
  AND?: JournalEntryWhereValue[] | null;
  OR?: JournalEntryWhereValue[] | null;
  NOT?: JournalEntryWhereValue | null;
}

export const JournalEntryWhere = builder.inputRef<JournalEntryWhereValue>('JournalEntryWhere').implement({
  description: 'Filter for journal entries. All given conditions must hold; use OR and NOT for alternatives.',
  fields: (t) => ({
    status: t.field({
      type: enumFilter('JournalEntryStatusFilter', JournalEntryStatusEnum, "a journal entry's status"),
      description: 'Draft or posted.',
    }),
    journalId: t.id({ description: 'Only entries of this journal (its global ID).' }),
    date: t.field({ type: DateFilter, description: 'Conditions on the posting date.' }),
    reference: t.field({
      type: StringFilter,
      description: 'Conditions on the reference (entries without one never match).',
    }),
    AND: t.field({ type: [JournalEntryWhere], description: 'All of these filters hold.' }),
    OR: t.field({ type: [JournalEntryWhere], description: 'At least one of these filters holds.' }),
    NOT: t.field({ type: JournalEntryWhere, description: 'This filter does not hold.' }),
  }),
});

builder.prismaObject('ExchangeRate', {
  description: 'The rate of a foreign currency from a day on (until a later rate). Needs role ACCOUNTING to read.',
  authScopes: LEDGER_ACCESS,
  fields: (t) => ({
    currency: t.expose('currency', { type: 'CurrencyCode', description: 'The foreign currency.' }),
    date: t.expose('date', { type: 'Date', description: 'The day from which the rate applies.' }),
    rate: t.expose('rate', { type: 'Decimal', description: 'Units of base currency for one unit of the currency.' }),
  }),
});

builder.prismaObject('PostingRule', {
  description:
    'The account a posting role (RECEIVABLE, SALES, ...) posts to when other domains post. Needs role ACCOUNTING to read.',
  authScopes: LEDGER_ACCESS,
  fields: (t) => ({
    role: t.expose('role', { type: AccountSubtypeEnum, description: 'The posting role.' }),
    account: t.relation('account', { description: 'The account the role posts to.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the rule last changed.' }),
  }),
});
