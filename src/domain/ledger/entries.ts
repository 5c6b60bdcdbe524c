import { randomUUID } from 'node:crypto';
import {
  DomainError,
  appendEvent,
  checkLength,
  cleanText,
  fieldError,
  isUniqueViolation,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { CountingProblems } from './counting-problems.js';
import { checkDate, fromDbDate } from './dates.js';
import { isUuid } from '../../platform/index.js';
import { buildLines, type EntryLineInput, type LineRow } from './entry-lines.js';
import { postDraft } from './posting.js';
import { baseCurrencyOf } from './settings.js';

export interface EntryInput {
  journalId: string;
  /** 'YYYY-MM-DD' */
  date: string;
  reference?: string | null;
  memo?: string | null;
  lines: EntryLineInput[];
}

export interface EntryRef {
  entryId: string;
}

export interface PostedEntryRef {
  entryId: string;
  number: string;
}

export interface EntryIdInput {
  id: string;
}

export interface ReverseEntryInput {
  id: string;
  /** Date of the reversing entry; the original's date when left out. */
  date?: string | null;
}

/** What a new draft carries besides its lines: set by the ledger itself for reversals and source postings. */
export interface DraftExtras {
  sourceType?: string;
  sourceId?: string;
  sourcePurpose?: string;
  sourceHash?: string;
  reversalOfId?: string;
}

function notFound(): DomainError {
  return new DomainError(fieldError('NOT_FOUND', 'No journal entry with this id in your organization', 'id'));
}

/** Validates an entry's header and lines, reporting every problem at once. */
export async function prepareEntry(tx: TenantTx, input: EntryInput) {
  const problems = new CountingProblems();
  const reference = cleanText(input.reference) ?? null;
  const memo = cleanText(input.memo) ?? null;
  checkLength(problems, 'reference', reference, 100);
  checkLength(problems, 'memo', memo, 1000);
  const date = checkDate(problems, 'date', input.date);
  const journal = isUuid(input.journalId) ? await tx.journal.findUnique({ where: { id: input.journalId } }) : null;
  if (!journal) problems.add('NOT_FOUND', 'No journal with this id in your organization', 'journalId');
  const base = await baseCurrencyOf(tx);
  // Rates depend on the date; without a valid one the lines cannot be converted.
  if (!date) problems.throwIfAny();
  const lines = await buildLines(tx, input.lines, date as Date, base, problems);
  problems.throwIfAny();
  return { journalId: journal!.id, date: date as Date, reference, memo, lines };
}

/** Lines go in unposted: the triggers refuse lines for a posted entry, and posting flips them all at once. */
async function insertLines(tx: TenantTx, actor: Actor, entryId: string, date: Date, lines: LineRow[]): Promise<void> {
  await tx.journalLine.createMany({
    data: lines.map((line) => ({
      ...line,
      id: randomUUID(),
      organizationId: actor.organizationId,
      entryId,
      date,
      posted: false,
    })),
  });
}

export async function insertDraft(
  tx: TenantTx,
  actor: Actor,
  entry: { journalId: string; date: Date; reference: string | null; memo: string | null; lines: LineRow[] },
  extras: DraftExtras = {},
): Promise<string> {
  const id = randomUUID();
  await tx.journalEntry.create({
    data: {
      id,
      organizationId: actor.organizationId,
      journalId: entry.journalId,
      date: entry.date,
      reference: entry.reference,
      memo: entry.memo,
      createdById: actor.keyId,
      ...extras,
    },
  });
  await insertLines(tx, actor, id, entry.date, entry.lines);
  return id;
}

export async function createDraftEntry(tx: TenantTx, actor: Actor, input: EntryInput): Promise<EntryRef> {
  const entry = await prepareEntry(tx, input);
  const entryId = await insertDraft(tx, actor, entry);
  await recordAudit(tx, actor, {
    action: 'journalEntryCreate',
    entityType: 'JournalEntry',
    entityId: entryId,
    after: { ...entry, date: fromDbDate(entry.date) },
  });
  await appendEvent(tx, actor, {
    type: 'journalEntry.created',
    aggregateType: 'JournalEntry',
    aggregateId: entryId,
    payload: { journalId: entry.journalId, date: fromDbDate(entry.date), lines: entry.lines.length },
  });
  return { entryId };
}

export interface UpdateDraftInput extends EntryInput {
  id: string;
  expectedVersion?: number | null;
}

/** Replaces a draft's header and lines as a whole: a draft is a working copy, not yet a record. */
export async function updateDraftEntry(tx: TenantTx, actor: Actor, input: UpdateDraftInput): Promise<EntryRef> {
  const locked = isUuid(input.id)
    ? await lockRows(tx, actor.organizationId, 'JournalEntry', [input.id])
    : new Set<string>();
  if (!locked.has(input.id)) throw notFound();
  const before = await tx.journalEntry.findUniqueOrThrow({
    where: { id: input.id },
    include: { lines: { orderBy: { lineNo: 'asc' } } },
  });
  if (before.status !== 'DRAFT')
    throw new DomainError(fieldError('ALREADY_POSTED', `Entry ${before.number} is posted; reverse it instead`, 'id'));
  if (
    input.expectedVersion !== undefined &&
    input.expectedVersion !== null &&
    input.expectedVersion !== before.version
  ) {
    throw new DomainError(
      fieldError(
        'STALE_VERSION',
        `The draft is at version ${before.version}, not ${input.expectedVersion}`,
        'expectedVersion',
      ),
    );
  }
  const entry = await prepareEntry(tx, input);
  await tx.journalLine.deleteMany({ where: { entryId: before.id } });
  const after = await tx.journalEntry.update({
    where: { id: before.id },
    data: {
      journalId: entry.journalId,
      date: entry.date,
      reference: entry.reference,
      memo: entry.memo,
      version: { increment: 1 },
    },
  });
  await insertLines(tx, actor, before.id, entry.date, entry.lines);
  await recordAudit(tx, actor, {
    action: 'journalEntryUpdate',
    entityType: 'JournalEntry',
    entityId: before.id,
    before,
    after: { ...after, lines: entry.lines },
  });
  await appendEvent(tx, actor, {
    type: 'journalEntry.updated',
    aggregateType: 'JournalEntry',
    aggregateId: before.id,
    payload: { date: fromDbDate(entry.date), lines: entry.lines.length, version: after.version },
  });
  return { entryId: before.id };
}

export async function postEntry(tx: TenantTx, actor: Actor, input: EntryIdInput): Promise<PostedEntryRef> {
  return postDraft(tx, actor, input.id);
}

export async function deleteDraftEntry(tx: TenantTx, actor: Actor, input: EntryIdInput): Promise<EntryRef> {
  const locked = isUuid(input.id)
    ? await lockRows(tx, actor.organizationId, 'JournalEntry', [input.id])
    : new Set<string>();
  if (!locked.has(input.id)) throw notFound();
  const before = await tx.journalEntry.findUniqueOrThrow({
    where: { id: input.id },
    include: { lines: { orderBy: { lineNo: 'asc' } } },
  });
  if (before.status !== 'DRAFT')
    throw new DomainError(fieldError('ALREADY_POSTED', `Entry ${before.number} is posted; reverse it instead`, 'id'));
  await tx.journalEntry.delete({ where: { id: before.id } });
  await recordAudit(tx, actor, {
    action: 'journalEntryDelete',
    entityType: 'JournalEntry',
    entityId: before.id,
    before,
  });
  await appendEvent(tx, actor, {
    type: 'journalEntry.deleted',
    aggregateType: 'JournalEntry',
    aggregateId: before.id,
    payload: { date: fromDbDate(before.date) },
  });
  return { entryId: before.id };
}

/**
 * Corrections are mirrored entries: same accounts and amounts, debit and credit swapped, linked by
 * reversalOfId. The original is locked, so two reversals of one entry queue and the second is refused;
 * the unique index on reversalOfId backs that up.
 */
export async function reverseEntry(tx: TenantTx, actor: Actor, input: ReverseEntryInput): Promise<PostedEntryRef> {
  const locked = isUuid(input.id)
    ? await lockRows(tx, actor.organizationId, 'JournalEntry', [input.id])
    : new Set<string>();
  if (!locked.has(input.id)) throw notFound();
  const original = await tx.journalEntry.findUniqueOrThrow({
    where: { id: input.id },
    include: { lines: { orderBy: { lineNo: 'asc' } }, reversedBy: { select: { id: true } } },
  });
  if (original.status !== 'POSTED')
    throw new DomainError(
      fieldError('NOT_POSTED', 'Only a posted entry can be reversed; delete the draft instead', 'id'),
    );
  if (original.reversalOfId) {
    throw new DomainError(
      fieldError(
        'CANNOT_REVERSE_REVERSAL',
        `Entry ${original.number} is itself a reversal; post a new entry instead`,
        'id',
      ),
    );
  }
  if (original.reversedBy.length > 0)
    throw new DomainError(fieldError('ALREADY_REVERSED', `Entry ${original.number} was already reversed`, 'id'));
  const problems = new CountingProblems();
  const date = input.date ? checkDate(problems, 'date', input.date) : original.date;
  problems.throwIfAny();
  const lines: LineRow[] = original.lines.map((line) => ({
    lineNo: line.lineNo,
    accountId: line.accountId,
    debit: line.credit,
    credit: line.debit,
    currency: line.currency,
    amountCurrency: line.amountCurrency,
    rate: line.rate,
    description: line.description,
    partnerType: line.partnerType,
    partnerId: line.partnerId,
  }));
  let entryId: string;
  try {
    entryId = await insertDraft(
      tx,
      actor,
      {
        journalId: original.journalId,
        date: date as Date,
        reference: `Reversal of ${original.number}`,
        memo: original.memo,
        lines,
      },
      { reversalOfId: original.id },
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError(fieldError('ALREADY_REVERSED', `Entry ${original.number} was already reversed`, 'id'));
    throw error;
  }
  const posted = await postDraft(tx, actor, entryId);
  await recordAudit(tx, actor, {
    action: 'journalEntryReverse',
    entityType: 'JournalEntry',
    entityId: original.id,
    after: { reversedBy: posted },
  });
  await appendEvent(tx, actor, {
    type: 'journalEntry.reversed',
    aggregateType: 'JournalEntry',
    aggregateId: original.id,
    payload: { number: original.number, reversalId: posted.entryId, reversalNumber: posted.number },
  });
  return posted;
}
