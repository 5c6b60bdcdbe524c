import { builder } from '../builder.js';
import { AccountSubtypeEnum, AccountTypeEnum, JournalTypeEnum } from './ledger.js';
import { IDEMPOTENCY_DESCRIPTION } from '../payloads.js';

const EXPECTED_VERSION_DESCRIPTION =
  'The version you last read. If the record changed since, nothing is written and STALE_VERSION is returned.';

export const AccountCreateInput = builder.inputType('AccountCreateInput', {
  description: 'A new account.',
  fields: (t) => ({
    code: t.string({
      required: true,
      description: 'Account code, unique in the organization; letters, digits, ".", "_", "-", at most 20.',
    }),
    name: t.string({ required: true, description: 'Display name.' }),
    type: t.field({
      type: AccountTypeEnum,
      required: true,
      description: 'Asset, liability, equity, revenue or expense; cannot change later.',
    }),
    subtype: t.field({ type: AccountSubtypeEnum, description: 'Finer kind; must belong to the type.' }),
    parentId: t.id({ description: 'Header account to group it under; must have the same type.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const AccountUpdateInput = builder.inputType('AccountUpdateInput', {
  description: 'Changes to an account. Omitted fields stay as they are; null clears subtype or parent.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The account to change.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    code: t.string({ description: 'New code; refused with ACCOUNT_HAS_POSTINGS once journal lines use the account.' }),
    name: t.string({ description: 'Display name.' }),
    subtype: t.field({ type: AccountSubtypeEnum, description: 'Finer kind; must belong to the type. null clears it.' }),
    parentId: t.id({ description: 'Header account with the same type; null moves the account to the top.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const AccountStateInput = builder.inputType('AccountStateInput', {
  description: 'Identifies an account for deactivate, activate or delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The account.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const JournalLineInput = builder.inputType('JournalLineInput', {
  description:
    'One line. In the base currency give exactly one of debit and credit (positive). In a foreign currency give currency and a signed amountCurrency (positive = debit, negative = credit); the base amount uses the rate for the entry date.',
  fields: (t) => ({
    accountId: t.id({ required: true, description: 'The account to post to (active).' }),
    debit: t.field({ type: 'Decimal', description: 'Debit in the base currency.' }),
    credit: t.field({ type: 'Decimal', description: 'Credit in the base currency.' }),
    currency: t.field({ type: 'CurrencyCode', description: 'Transaction currency of a foreign-currency line.' }),
    amountCurrency: t.field({
      type: 'Decimal',
      description: 'Signed amount in the transaction currency: positive debits, negative credits.',
    }),
    description: t.string({ description: 'Free text for this line.' }),
  }),
});

function entryFields(
  t: PothosSchemaTypes.InputFieldBuilder<
    typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
    'InputObject'
  >,
) {
  return {
    journalId: t.id({ required: true, description: 'The journal the entry belongs to.' }),
    date: t.field({
      type: 'Date',
      required: true,
      description: 'Posting date; must fall in a fiscal period (open when posting).',
    }),
    reference: t.string({ description: 'External reference, for example a receipt number.' }),
    memo: t.string({ description: 'Free text explaining the entry.' }),
    lines: t.field({
      type: [JournalLineInput],
      required: true,
      description: 'At least two lines whose debits equal their credits in the base currency.',
    }),
  };
}

export const JournalEntryCreateInput = builder.inputType('JournalEntryCreateInput', {
  description: 'A new draft journal entry; post it with journalEntryPost.',
  fields: (t) => ({
    ...entryFields(t),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const JournalEntryUpdateInput = builder.inputType('JournalEntryUpdateInput', {
  description: "Replaces a draft's header and lines as a whole.",
  fields: (t) => ({
    id: t.id({ required: true, description: 'The draft to change.' }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
    ...entryFields(t),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const JournalEntryIdInput = builder.inputType('JournalEntryIdInput', {
  description: 'Identifies a journal entry.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The journal entry.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const JournalEntryReverseInput = builder.inputType('JournalEntryReverseInput', {
  description: 'A posted entry to reverse with a new posted entry that swaps every debit and credit.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The posted entry to reverse.' }),
    date: t.field({
      type: 'Date',
      description: "Date of the reversing entry (default: the original entry's date); its period must be open.",
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const FiscalYearCreateInput = builder.inputType('FiscalYearCreateInput', {
  description: 'A new fiscal year of twelve open monthly periods.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Name, unique in the organization, for example "2026".' }),
    startDate: t.field({
      type: 'Date',
      required: true,
      description: 'First day, on the first of a month; must not overlap another year.',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const FiscalYearCloseInput = builder.inputType('FiscalYearCloseInput', {
  description: 'Identifies the fiscal year to close.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The fiscal year.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PeriodIdInput = builder.inputType('PeriodIdInput', {
  description: 'Identifies a period.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The period.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const ExchangeRateSetInput = builder.inputType('ExchangeRateSetInput', {
  description: 'The rate of a foreign currency on a date; replaces an earlier rate for that day.',
  fields: (t) => ({
    currency: t.field({
      type: 'CurrencyCode',
      required: true,
      description: 'The foreign currency (not the base currency).',
    }),
    date: t.field({
      type: 'Date',
      required: true,
      description: 'The day from which the rate applies (until a later rate).',
    }),
    rate: t.field({
      type: 'Decimal',
      required: true,
      description: 'Units of base currency for one unit of the currency; positive.',
    }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const PostingRuleSetInput = builder.inputType('PostingRuleSetInput', {
  description: 'Points a posting role at an account; other domains post through these roles.',
  fields: (t) => ({
    role: t.field({
      type: AccountSubtypeEnum,
      required: true,
      description: 'The posting role, for example RECEIVABLE.',
    }),
    accountId: t.id({ required: true, description: 'An active account whose type fits the role.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const JournalCreateInput = builder.inputType('JournalCreateInput', {
  description: 'A new journal, for example for a second bank account.',
  fields: (t) => ({
    code: t.string({
      required: true,
      description:
        'Short code, unique in the organization: letters and digits, at most 10; upper-cased. Prefixes the entry numbers.',
    }),
    name: t.string({ required: true, description: 'Display name.' }),
    type: t.field({ type: JournalTypeEnum, required: true, description: 'What the journal records.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});

export const JournalUpdateInput = builder.inputType('JournalUpdateInput', {
  description: 'Changes to a journal. Omitted fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The journal.' }),
    code: t.string({ description: 'New code; refused with JOURNAL_IN_USE once the journal has entries.' }),
    name: t.string({ description: 'New display name.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_DESCRIPTION }),
  }),
});
