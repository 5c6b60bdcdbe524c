import * as ledger from '../../domain/ledger/index.js';
import { builder } from '../../schema/builder.js';
import { encodeGlobalId } from '../../schema/global-id.js';
import { idFor, optionalIdFor } from '../../schema/ids.js';
import { LEDGER_ACCESS, LedgerError } from '../../schema/ledger/ledger.js';
import {
  AccountCreateInput,
  AccountStateInput,
  AccountUpdateInput,
  ExchangeRateSetInput,
  FiscalYearCloseInput,
  FiscalYearCreateInput,
  JournalEntryCreateInput,
  JournalEntryIdInput,
  JournalEntryReverseInput,
  JournalEntryUpdateInput,
  JournalCreateInput,
  JournalLineInput,
  JournalUpdateInput,
  PeriodIdInput,
  PostingRuleSetInput,
} from '../../schema/ledger/inputs.js';
import { payloadType } from '../../schema/payloads.js';
import './budgets.js';
import './queries.js';
import { runMutation } from '../run-mutation.js';

const ADMIN = { role: 'ADMIN' } as const;
const EVENTS = (names: string) => `Emits ${names}. Needs role ACCOUNTING.`;

function accountPayload(name: string) {
  return payloadType<ledger.AccountRef>(name, {
    description: `Result of ${name.replace(/Payload$/, '').replace(/^./, (first) => first.toLowerCase())}.`,
    errorType: LedgerError,
    fields: (t) => ({
      account: t.prismaField({
        type: 'Account',
        nullable: true,
        description: 'The account as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.account.findUnique({ ...query, where: { id: payload.ids.accountId } }) : null,
      }),
    }),
  });
}

function entryPayload(name: string, description: string) {
  return payloadType<ledger.EntryRef>(name, {
    description,
    errorType: LedgerError,
    fields: (t) => ({
      journalEntry: t.prismaField({
        type: 'JournalEntry',
        nullable: true,
        description: 'The journal entry as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.journalEntry.findUnique({ ...query, where: { id: payload.ids.entryId } }) : null,
      }),
    }),
  });
}

function journalPayload(name: string) {
  return payloadType<ledger.JournalRef>(name, {
    description: `Result of ${name.replace(/Payload$/, '').replace(/^./, (first) => first.toLowerCase())}.`,
    errorType: LedgerError,
    fields: (t) => ({
      journal: t.prismaField({
        type: 'Journal',
        nullable: true,
        description: 'The journal as it is after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.journal.findUnique({ ...query, where: { id: payload.ids.journalId } }) : null,
      }),
    }),
  });
}

const JournalCreatePayload = journalPayload('JournalCreatePayload');
const JournalUpdatePayload = journalPayload('JournalUpdatePayload');

function periodPayload(name: string) {
  return payloadType<{ periodId: string }>(name, {
    description: `Result of ${name.replace(/Payload$/, '').replace(/^./, (first) => first.toLowerCase())}.`,
    errorType: LedgerError,
    fields: (t) => ({
      period: t.prismaField({
        type: 'Period',
        nullable: true,
        description: 'The period after the mutation; null when there are errors.',
        resolve: (query, payload, _args, ctx) =>
          payload.ids ? ctx.db.period.findUnique({ ...query, where: { id: payload.ids.periodId } }) : null,
      }),
    }),
  });
}

const AccountCreatePayload = accountPayload('AccountCreatePayload');
const AccountUpdatePayload = accountPayload('AccountUpdatePayload');
const AccountDeactivatePayload = accountPayload('AccountDeactivatePayload');
const AccountActivatePayload = accountPayload('AccountActivatePayload');
const AccountDeletePayload = payloadType<ledger.AccountRef>('AccountDeletePayload', {
  description: 'Result of accountDelete.',
  errorType: LedgerError,
  fields: (t) => ({
    deletedAccountId: t.id({
      nullable: true,
      description: 'Global ID of the deleted account; null when there are errors.',
      resolve: (payload) => (payload.ids ? encodeGlobalId('Account', payload.ids.accountId) : null),
    }),
  }),
});
const JournalEntryCreatePayload = entryPayload(
  'JournalEntryCreatePayload',
  'Result of journalEntryCreate: the new draft.',
);
const JournalEntryUpdatePayload = entryPayload('JournalEntryUpdatePayload', 'Result of journalEntryUpdate.');
const JournalEntryPostPayload = entryPayload(
  'JournalEntryPostPayload',
  'Result of journalEntryPost: the posted, numbered entry.',
);
const JournalEntryReversePayload = entryPayload(
  'JournalEntryReversePayload',
  'Result of journalEntryReverse: `journalEntry` is the new reversing entry; its reversalOf is the original.',
);
const JournalEntryDeletePayload = payloadType<ledger.EntryRef>('JournalEntryDeletePayload', {
  description: 'Result of journalEntryDelete.',
  errorType: LedgerError,
  fields: (t) => ({
    deletedJournalEntryId: t.id({
      nullable: true,
      description: 'Global ID of the deleted draft; null when there are errors.',
      resolve: (payload) => (payload.ids ? encodeGlobalId('JournalEntry', payload.ids.entryId) : null),
    }),
  }),
});
const FiscalYearCreatePayload = payloadType<ledger.FiscalYearRef>('FiscalYearCreatePayload', {
  description: 'Result of fiscalYearCreate.',
  errorType: LedgerError,
  fields: (t) => ({
    fiscalYear: t.prismaField({
      type: 'FiscalYear',
      nullable: true,
      description: 'The new fiscal year with its periods; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids ? ctx.db.fiscalYear.findUnique({ ...query, where: { id: payload.ids.fiscalYearId } }) : null,
    }),
  }),
});
const FiscalYearClosePayload = payloadType<ledger.FiscalYearCloseResult>('FiscalYearClosePayload', {
  description: 'Result of fiscalYearClose.',
  errorType: LedgerError,
  fields: (t) => ({
    fiscalYear: t.prismaField({
      type: 'FiscalYear',
      nullable: true,
      description: 'The closed fiscal year; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids ? ctx.db.fiscalYear.findUnique({ ...query, where: { id: payload.ids.fiscalYearId } }) : null,
    }),
    closingEntry: t.prismaField({
      type: 'JournalEntry',
      nullable: true,
      description:
        'The posted closing entry; null when there are errors or the year had no revenue or expense balance to move.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids?.closingEntryId
          ? ctx.db.journalEntry.findUnique({ ...query, where: { id: payload.ids.closingEntryId } })
          : null,
    }),
  }),
});
const PeriodClosePayload = periodPayload('PeriodClosePayload');
const PeriodReopenPayload = periodPayload('PeriodReopenPayload');
const PeriodLockPayload = periodPayload('PeriodLockPayload');
const ExchangeRateSetPayload = payloadType<{ currency: string; date: string }>('ExchangeRateSetPayload', {
  description: 'Result of exchangeRateSet.',
  errorType: LedgerError,
  fields: (t) => ({
    exchangeRate: t.prismaField({
      type: 'ExchangeRate',
      nullable: true,
      description: 'The stored rate; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids
          ? ctx.db.exchangeRate.findFirst({
              ...query,
              where: { currency: payload.ids.currency, date: new Date(`${payload.ids.date}T00:00:00.000Z`) },
            })
          : null,
    }),
  }),
});
const PostingRuleSetPayload = payloadType<{ role: string }>('PostingRuleSetPayload', {
  description: 'Result of postingRuleSet.',
  errorType: LedgerError,
  fields: (t) => ({
    postingRule: t.prismaField({
      type: 'PostingRule',
      nullable: true,
      description: 'The rule as it is now; null when there are errors.',
      resolve: (query, payload, _args, ctx) =>
        payload.ids ? ctx.db.postingRule.findFirst({ ...query, where: { role: payload.ids.role as never } }) : null,
    }),
  }),
});

type LineInput = typeof JournalLineInput.$inferInput;
type EntryFields = {
  journalId: string;
  date: string;
  reference?: string | null;
  memo?: string | null;
  lines: LineInput[];
};

/** The entry input with its global IDs decoded; a wrong ID is a payload error on its line. */
function entryInput(input: EntryFields): ledger.EntryInput {
  return {
    journalId: idFor('Journal', input.journalId, 'journalId'),
    date: input.date,
    reference: input.reference,
    memo: input.memo,
    lines: input.lines.map((line, index) => ({
      ...line,
      accountId: idFor('Account', line.accountId, `lines.${index}.accountId`),
    })),
  };
}

builder.mutationFields((t) => ({
  accountCreate: t.field({
    type: AccountCreatePayload,
    description: EVENTS('account.created'),
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: AccountCreateInput, required: true, description: 'The new account.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'accountCreate', input, (tx, actor) =>
        ledger.createAccount(tx, actor, { ...input, parentId: optionalIdFor('Account', input.parentId, 'parentId') }),
      ),
  }),
  accountUpdate: t.field({
    type: AccountUpdatePayload,
    description: `Renames, re-codes, re-groups or re-classifies an account (never its type). ${EVENTS('account.updated')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: AccountUpdateInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'accountUpdate', input, (tx, actor) =>
        ledger.updateAccount(tx, actor, {
          ...input,
          id: idFor('Account', input.id, 'id'),
          code: input.code ?? undefined,
          name: input.name ?? undefined,
          parentId: optionalIdFor('Account', input.parentId, 'parentId'),
        }),
      ),
  }),
  accountDeactivate: t.field({
    type: AccountDeactivatePayload,
    description: `Stops an account from taking new lines; its history stays. Refused while a posting rule uses it. ${EVENTS('account.deactivated')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: AccountStateInput, required: true, description: 'The account.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'accountDeactivate', input, (tx, actor) =>
        ledger.deactivateAccount(tx, actor, { ...input, id: idFor('Account', input.id, 'id') }),
      ),
  }),
  accountActivate: t.field({
    type: AccountActivatePayload,
    description: `Lets a deactivated account take new lines again. ${EVENTS('account.activated')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: AccountStateInput, required: true, description: 'The account.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'accountActivate', input, (tx, actor) =>
        ledger.activateAccount(tx, actor, { ...input, id: idFor('Account', input.id, 'id') }),
      ),
  }),
  accountDelete: t.field({
    type: AccountDeletePayload,
    description: `Deletes an account no journal line, posting rule or child account uses; deactivate it otherwise. ${EVENTS('account.deleted')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: AccountStateInput, required: true, description: 'The account.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'accountDelete', input, (tx, actor) =>
        ledger.deleteAccount(tx, actor, { ...input, id: idFor('Account', input.id, 'id') }),
      ),
  }),
  journalEntryCreate: t.field({
    type: JournalEntryCreatePayload,
    description: `Creates a draft journal entry; it counts nowhere until journalEntryPost. ${EVENTS('journalEntry.created')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: JournalEntryCreateInput, required: true, description: 'The draft.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'journalEntryCreate', input, (tx, actor) =>
        ledger.createDraftEntry(tx, actor, entryInput(input)),
      ),
  }),
  journalEntryUpdate: t.field({
    type: JournalEntryUpdatePayload,
    description: `Replaces a draft's header and lines; posted entries cannot change (ALREADY_POSTED). ${EVENTS('journalEntry.updated')}`,
    authScopes: LEDGER_ACCESS,
    args: {
      input: t.arg({ type: JournalEntryUpdateInput, required: true, description: 'The draft and its new content.' }),
    },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'journalEntryUpdate', input, (tx, actor) =>
        ledger.updateDraftEntry(tx, actor, {
          ...entryInput(input),
          id: idFor('JournalEntry', input.id, 'id'),
          expectedVersion: input.expectedVersion,
        }),
      ),
  }),
  journalCreate: t.field({
    type: JournalCreatePayload,
    description: EVENTS('journal.created'),
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: JournalCreateInput, required: true, description: 'The new journal.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'journalCreate', input, (tx, actor) => ledger.createJournal(tx, actor, input)),
  }),
  journalUpdate: t.field({
    type: JournalUpdatePayload,
    description: `Renames a journal, or changes its code while it has no entries. ${EVENTS('journal.updated')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: JournalUpdateInput, required: true, description: 'The journal and its changes.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'journalUpdate', input, (tx, actor) =>
        ledger.updateJournal(tx, actor, { ...input, id: idFor('Journal', input.id, 'id') }),
      ),
  }),
  journalEntryDelete: t.field({
    type: JournalEntryDeletePayload,
    description: `Deletes a draft; posted entries stay for good (reverse them instead). ${EVENTS('journalEntry.deleted')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: JournalEntryIdInput, required: true, description: 'The draft.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'journalEntryDelete', input, (tx, actor) =>
        ledger.deleteDraftEntry(tx, actor, { id: idFor('JournalEntry', input.id, 'id') }),
      ),
  }),
  journalEntryPost: t.field({
    type: JournalEntryPostPayload,
    description: `Posts a balanced draft into an open period and gives it the next gapless number of its journal and year. ${EVENTS('journalEntry.posted')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: JournalEntryIdInput, required: true, description: 'The draft to post.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'journalEntryPost', input, (tx, actor) =>
        ledger.postEntry(tx, actor, { id: idFor('JournalEntry', input.id, 'id') }),
      ),
  }),
  journalEntryReverse: t.field({
    type: JournalEntryReversePayload,
    description: `Posts a new entry that swaps every debit and credit of a posted entry; an entry can be reversed once. ${EVENTS('journalEntry.posted (for the reversing entry) and journalEntry.reversed')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: JournalEntryReverseInput, required: true, description: 'The entry to reverse.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'journalEntryReverse', input, (tx, actor) =>
        ledger.reverseEntry(tx, actor, { id: idFor('JournalEntry', input.id, 'id'), date: input.date }),
      ),
  }),
  fiscalYearCreate: t.field({
    type: FiscalYearCreatePayload,
    description: `Creates a fiscal year with twelve open monthly periods. ${EVENTS('fiscalYear.created')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: FiscalYearCreateInput, required: true, description: 'The new year.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'fiscalYearCreate', input, (tx, actor) => ledger.createFiscalYear(tx, actor, input)),
  }),
  fiscalYearClose: t.field({
    type: FiscalYearClosePayload,
    description:
      'Closes a fiscal year for good. Every period but the last must already be closed or locked and the last must still be open: ' +
      'a GENERAL-journal closing entry dated the last day of the year is posted into it, turning every revenue and expense ' +
      "account's balance for the year around and putting the net (profit credited, loss debited) on the RETAINED_EARNINGS " +
      'posting-rule account; then the last period is closed. No entry is posted when nothing is left to move. ' +
      'Emits journalEntry.posted, period.closed and fiscalYear.closed. Needs role ADMIN: a closed year cannot be reopened.',
    authScopes: ADMIN,
    args: { input: t.arg({ type: FiscalYearCloseInput, required: true, description: 'The fiscal year.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'fiscalYearClose', input, (tx, actor) =>
        ledger.closeFiscalYear(tx, actor, { id: idFor('FiscalYear', input.id, 'id') }),
      ),
  }),
  periodClose: t.field({
    type: PeriodClosePayload,
    description: `Closes an open period: nothing more is posted into it. ${EVENTS('period.closed')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: PeriodIdInput, required: true, description: 'The period.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'periodClose', input, (tx, actor) =>
        ledger.closePeriod(tx, actor, { id: idFor('Period', input.id, 'id') }),
      ),
  }),
  periodReopen: t.field({
    type: PeriodReopenPayload,
    description: 'Reopens a closed (not locked) period. Emits period.reopened. Needs role ADMIN.',
    authScopes: ADMIN,
    args: { input: t.arg({ type: PeriodIdInput, required: true, description: 'The period.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'periodReopen', input, (tx, actor) =>
        ledger.reopenPeriod(tx, actor, { id: idFor('Period', input.id, 'id') }),
      ),
  }),
  periodLock: t.field({
    type: PeriodLockPayload,
    description: 'Locks a period for good; it can never be reopened. Emits period.locked. Needs role ADMIN.',
    authScopes: ADMIN,
    args: { input: t.arg({ type: PeriodIdInput, required: true, description: 'The period.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'periodLock', input, (tx, actor) =>
        ledger.lockPeriod(tx, actor, { id: idFor('Period', input.id, 'id') }),
      ),
  }),
  exchangeRateSet: t.field({
    type: ExchangeRateSetPayload,
    description: `Sets the rate of a foreign currency from a day on, replacing that day's earlier rate. ${EVENTS('exchangeRate.set')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: ExchangeRateSetInput, required: true, description: 'Currency, day and rate.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'exchangeRateSet', input, (tx, actor) => ledger.setExchangeRate(tx, actor, input)),
  }),
  postingRuleSet: t.field({
    type: PostingRuleSetPayload,
    description: `Points a posting role at an account; documents posted from then on use it. ${EVENTS('postingRule.set')}`,
    authScopes: LEDGER_ACCESS,
    args: { input: t.arg({ type: PostingRuleSetInput, required: true, description: 'Role and account.' }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, 'postingRuleSet', input, (tx, actor) =>
        ledger.setPostingRule(tx, actor, {
          role: input.role,
          accountId: idFor('Account', input.accountId, 'accountId'),
        }),
      ),
  }),
}));
