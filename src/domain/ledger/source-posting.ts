import { createHash } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import type { JournalType } from '../../generated/prisma/enums.js';
import {
  DomainError,
  Problems,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { insertDraft, prepareEntry } from './entries.js';
import type { EntryLineInput } from './entry-lines.js';
import { postDraft } from './posting.js';

/** The document that caused a posting and why, e.g. { type: 'SalesInvoice', id, purpose: 'issue' }. */
export interface SourceKey {
  type: string;
  id: string;
  purpose: string;
}

export interface PostFromSourceInput {
  source: SourceKey;
  /** The journal by code ('SAL'), or the oldest journal of a type (the default one set up with the ledger). */
  journalCode?: string | null;
  journalType?: JournalType | null;
  date: string;
  reference?: string | null;
  memo?: string | null;
  lines: EntryLineInput[];
}

export interface SourcePostingResult {
  entryId: string;
  number: string | null;
  /** False when this source key had already posted the same lines: nothing new was written. */
  created: boolean;
}

async function resolveJournal(tx: TenantTx, input: PostFromSourceInput): Promise<string> {
  const journal = input.journalCode
    ? await tx.journal.findFirst({ where: { code: input.journalCode } })
    : input.journalType
      ? await tx.journal.findFirst({
          where: { type: input.journalType },
          orderBy: [{ createdAt: 'asc' }, { code: 'asc' }],
        })
      : null;
  if (!journal) {
    const what = input.journalCode
      ? `code ${input.journalCode}`
      : input.journalType
        ? `type ${input.journalType}`
        : 'no journal given';
    throw new DomainError(
      fieldError('NO_JOURNAL', `No journal with ${what}`, input.journalCode ? 'journalCode' : 'journalType'),
    );
  }
  return journal.id;
}

/** A fingerprint of what the source asked to post, so a retry can be told from a changed request. */
function linesHash(date: string, lines: EntryLineInput[]): string {
  // 250, '250.0' and Decimal(250) are the same amount; anything unparsable is compared as written and refused later.
  const decimal = (value: unknown) => {
    if (value === undefined || value === null || value === '') return null;
    try {
      return new Prisma.Decimal(value as string).toFixed();
    } catch {
      return String(value);
    }
  };
  const canonical = lines.map((line) => [
    line.accountId,
    decimal(line.debit),
    decimal(line.credit),
    line.currency?.trim().toUpperCase() || null,
    decimal(line.amountCurrency),
    cleanText(line.description) ?? null,
    cleanText(line.partnerType) ?? null,
    cleanText(line.partnerId) ?? null,
  ]);
  return createHash('sha256')
    .update(JSON.stringify([date, canonical]))
    .digest('hex');
}

/**
 * Creates and posts an entry in the caller's transaction, at most once per source key. The
 * transaction-level advisory lock on the key makes a concurrent call with the same key wait until
 * this transaction ends and then find the entry, instead of failing on the unique index (which
 * would abort the caller's whole transaction).
 */
export async function postFromSource(
  tx: TenantTx,
  actor: Actor,
  input: PostFromSourceInput,
): Promise<SourcePostingResult> {
  const problems = new Problems();
  const type = cleanText(input.source?.type);
  const id = cleanText(input.source?.id);
  const purpose = cleanText(input.source?.purpose);
  checkRequired(problems, 'source.type', type);
  checkRequired(problems, 'source.id', id);
  checkRequired(problems, 'source.purpose', purpose);
  checkLength(problems, 'source.type', type, 50);
  checkLength(problems, 'source.id', id, 100);
  checkLength(problems, 'source.purpose', purpose, 50);
  problems.throwIfAny();
  const key = { sourceType: type as string, sourceId: id as string, sourcePurpose: purpose as string };

  await tx.$executeRawUnsafe(
    'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
    JSON.stringify(['ledger.source', actor.organizationId, key.sourceType, key.sourceId, key.sourcePurpose]),
  );
  const hash = linesHash(input.date, input.lines ?? []);
  const existing = await tx.journalEntry.findFirst({ where: key });
  if (existing) {
    if (existing.sourceHash !== hash) {
      throw new DomainError(
        fieldError(
          'SOURCE_CONFLICT',
          `${key.sourceType} ${key.sourceId} (${key.sourcePurpose}) already posted entry ${existing.number} with different lines`,
          'source',
        ),
      );
    }
    return { entryId: existing.id, number: existing.number, created: false };
  }
  const journalId = await resolveJournal(tx, input);
  const entry = await prepareEntry(tx, {
    journalId,
    date: input.date,
    reference: input.reference,
    memo: input.memo,
    lines: input.lines,
  });
  const entryId = await insertDraft(tx, actor, entry, { ...key, sourceHash: hash });
  const posted = await postDraft(tx, actor, entryId);
  return { ...posted, created: true };
}
