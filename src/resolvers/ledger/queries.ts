import { GraphQLError } from 'graphql';
import * as ledger from '../../domain/ledger/index.js';
import { builder } from '../../schema/builder.js';
import {
  ACCOUNT_ORDER_COLUMNS,
  AccountOrderBy,
  AccountWhere,
  JOURNAL_ENTRY_ORDER_COLUMNS,
  JournalEntryOrderBy,
  JournalEntryWhere,
  LEDGER_ACCESS,
} from '../../schema/ledger/ledger.js';
import {
  BalanceSheetType,
  GeneralLedgerType,
  IncomeStatementType,
  TrialBalanceType,
} from '../../schema/ledger/reports.js';
import { orderByWithTiebreaker } from '../../schema/ordering.js';
import { accountWhere, journalEntryWhere } from './where.js';
import { report } from '../run-query.js';

const READERS = 'Needs role ACCOUNTING.';

function badInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

builder.queryFields((t) => ({
  account: t.prismaField({
    type: 'Account',
    nullable: true,
    description: `An account by ID; null if it does not exist in your organization. ${READERS}`,
    authScopes: LEDGER_ACCESS,
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the account.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Account' ? ctx.db.account.findUnique({ ...query, where: { id: args.id.id } }) : null,
  }),
  accounts: t.prismaConnection(
    {
      type: 'Account',
      cursor: 'id',
      description: `The chart of accounts, filtered and sorted; default 20 per page, at most 100. ${READERS}`,
      authScopes: LEDGER_ACCESS,
      args: {
        where: t.arg({ type: AccountWhere, description: 'Filter; omit for all accounts (active and inactive).' }),
        orderBy: t.arg({ type: [AccountOrderBy], description: 'Sort keys, most significant first (default: code).' }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.account.count({ where: accountWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.account.findMany({
          ...query,
          where: accountWhere(args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, ACCOUNT_ORDER_COLUMNS, [{ code: 'asc' }]),
        }),
    },
    { name: 'AccountConnection', description: 'A page of accounts.' },
    { name: 'AccountEdge', description: 'An account in a page, with its cursor.' },
  ),
  journals: t.prismaField({
    type: ['Journal'],
    description: `The organization's journals, by code (a handful, so not paged). ${READERS}`,
    authScopes: LEDGER_ACCESS,
    resolve: (query, _root, _args, ctx) =>
      ctx.db.journal.findMany({ ...query, orderBy: [{ code: 'asc' }, { id: 'asc' }] }),
  }),
  journalEntry: t.prismaField({
    type: 'JournalEntry',
    nullable: true,
    description: `A journal entry by ID; null if it does not exist in your organization. ${READERS}`,
    authScopes: LEDGER_ACCESS,
    args: { id: t.arg.globalID({ required: true, description: 'Global ID of the journal entry.' }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'JournalEntry'
        ? ctx.db.journalEntry.findUnique({ ...query, where: { id: args.id.id } })
        : null,
  }),
  journalEntries: t.prismaConnection(
    {
      type: 'JournalEntry',
      cursor: 'id',
      description: `Journal entries, drafts and posted, filtered and sorted; default 20 per page, at most 100. ${READERS}`,
      authScopes: LEDGER_ACCESS,
      args: {
        where: t.arg({ type: JournalEntryWhere, description: 'Filter; omit for all entries.' }),
        orderBy: t.arg({
          type: [JournalEntryOrderBy],
          description: 'Sort keys, most significant first (default: newest date first).',
        }),
      },
      totalCount: (_connection, args, ctx) => ctx.db.journalEntry.count({ where: journalEntryWhere(args.where) }),
      resolve: (query, _root, args, ctx) =>
        ctx.db.journalEntry.findMany({
          ...query,
          where: journalEntryWhere(args.where),
          orderBy: orderByWithTiebreaker(args.orderBy, JOURNAL_ENTRY_ORDER_COLUMNS, [
            { date: 'desc' },
            { createdAt: 'desc' },
          ]),
        }),
    },
    { name: 'JournalEntryConnection', description: 'A page of journal entries.' },
    { name: 'JournalEntryEdge', description: 'A journal entry in a page, with its cursor.' },
  ),
  fiscalYears: t.prismaField({
    type: ['FiscalYear'],
    description: `Fiscal years, earliest first (one per year, so not paged). ${READERS}`,
    authScopes: LEDGER_ACCESS,
    resolve: (query, _root, _args, ctx) =>
      ctx.db.fiscalYear.findMany({ ...query, orderBy: [{ startDate: 'asc' }, { id: 'asc' }] }),
  }),
  trialBalance: t.field({
    type: TrialBalanceType,
    description: `Posted debit and credit totals per account: everything up to asOf, or the movements from..to. Give asOf, or from and to, or neither: everything up to today (UTC). ${READERS}`,
    authScopes: LEDGER_ACCESS,
    args: {
      asOf: t.arg({
        type: 'Date',
        description: 'Include every posted line dated up to this day; today (UTC) when no argument is given.',
      }),
      from: t.arg({ type: 'Date', description: 'First day of the range (with to).' }),
      to: t.arg({ type: 'Date', description: 'Last day of the range (with from).' }),
    },
    resolve: (_root, { asOf, from, to }, ctx) => {
      if (!asOf && !from && !to)
        return report(ctx, (tx, actor) =>
          ledger.trialBalance(tx, actor, { asOf: new Date().toISOString().slice(0, 10) }),
        );
      if (asOf && !from && !to) return report(ctx, (tx, actor) => ledger.trialBalance(tx, actor, { asOf }));
      if (!asOf && from && to) return report(ctx, (tx, actor) => ledger.trialBalance(tx, actor, { from, to }));
      throw badInput('trialBalance takes asOf, or both from and to, or no argument (up to today)');
    },
  }),
  generalLedger: t.field({
    type: GeneralLedgerType,
    nullable: true,
    description: `One account's posted lines from..to with a running balance; null if the account does not exist in your organization. ${READERS}`,
    authScopes: LEDGER_ACCESS,
    args: {
      accountId: t.arg.globalID({ required: true, description: 'Global ID of the account.' }),
      from: t.arg({ type: 'Date', required: true, description: 'First day; earlier lines make the opening balance.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day.' }),
    },
    resolve: async (_root, { accountId, from, to }, ctx) => {
      if (
        accountId.typename !== 'Account' ||
        !(await ctx.db.account.findUnique({ where: { id: accountId.id }, select: { id: true } }))
      )
        return null;
      return report(ctx, (tx, actor) => ledger.generalLedger(tx, actor, { accountId: accountId.id, from, to }));
    },
  }),
  balanceSheet: t.field({
    type: BalanceSheetType,
    description: `Assets, liabilities and equity from everything posted up to asOf. ${READERS}`,
    authScopes: LEDGER_ACCESS,
    args: { asOf: t.arg({ type: 'Date', required: true, description: 'The balance sheet date.' }) },
    resolve: (_root, { asOf }, ctx) => report(ctx, (tx, actor) => ledger.balanceSheet(tx, actor, { asOf })),
  }),
  incomeStatement: t.field({
    type: IncomeStatementType,
    description: `Revenue, expenses and net income posted from..to. ${READERS}`,
    authScopes: LEDGER_ACCESS,
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day.' }),
    },
    resolve: (_root, { from, to }, ctx) => report(ctx, (tx, actor) => ledger.incomeStatement(tx, actor, { from, to })),
  }),
}));
