import { randomUUID } from 'node:crypto';
import type { JournalType } from '../../generated/prisma/enums.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  isUniqueViolation,
  isUuid,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';

// The code prefixes entry numbers (BNK/2026/00001), so it must not contain the separator.
const CODE = /^[A-Z0-9]{1,10}$/;
const TYPES: JournalType[] = ['GENERAL', 'SALES', 'PURCHASE', 'CASH', 'BANK'];

export interface JournalRef {
  journalId: string;
}

export interface JournalCreateInput {
  code: string;
  name: string;
  type: JournalType;
}

export interface JournalUpdateInput {
  id: string;
  code?: string | null;
  name?: string | null;
}

function checkCode(problems: Problems, code: string | null | undefined): string | undefined {
  const value = cleanText(code)?.toUpperCase();
  if (!checkRequired(problems, 'code', value)) return undefined;
  if (!CODE.test(value))
    problems.add('INVALID_CODE', `Journal code "${value}" may contain only letters and digits (at most 10)`, 'code');
  return value;
}

function codeTaken(code: string): DomainError {
  return new DomainError(fieldError('CODE_TAKEN', `Journal code "${code}" is already used`, 'code'));
}

/** Adds a journal, for example a second bank account's; its entries are numbered from 1 in every fiscal year. */
export async function createJournal(tx: TenantTx, actor: Actor, input: JournalCreateInput): Promise<JournalRef> {
  const problems = new Problems();
  const code = checkCode(problems, input.code);
  const name = cleanText(input.name);
  checkRequired(problems, 'name', name);
  checkLength(problems, 'name', name, 100);
  if (!TYPES.includes(input.type)) problems.add('INVALID_INPUT', `type must be one of ${TYPES.join(', ')}`, 'type');
  problems.throwIfAny();
  const id = randomUUID();
  try {
    await tx.journal.create({
      data: { id, organizationId: actor.organizationId, code: code!, name: name!, type: input.type },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken(code!);
    throw error;
  }
  const after = { code, name, type: input.type };
  await recordAudit(tx, actor, { action: 'journalCreate', entityType: 'Journal', entityId: id, after });
  await appendEvent(tx, actor, { type: 'journal.created', aggregateType: 'Journal', aggregateId: id, payload: after });
  return { journalId: id };
}

/**
 * Renames a journal. Its code changes only while it has no entries: the code is part of every
 * entry number, and a new code would restart the numbering.
 */
export async function updateJournal(tx: TenantTx, actor: Actor, input: JournalUpdateInput): Promise<JournalRef> {
  const locked = isUuid(input.id) ? await lockRows(tx, actor.organizationId, 'Journal', [input.id]) : new Set<string>();
  if (!locked.has(input.id))
    throw new DomainError(fieldError('NOT_FOUND', 'No journal with this id in your organization', 'id'));
  const before = await tx.journal.findUniqueOrThrow({ where: { id: input.id } });
  const problems = new Problems();
  const code = input.code === undefined || input.code === null ? before.code : checkCode(problems, input.code);
  const name = input.name === undefined || input.name === null ? before.name : cleanText(input.name);
  checkRequired(problems, 'name', name);
  checkLength(problems, 'name', name, 100);
  problems.throwIfAny();
  if (code !== before.code && (await tx.journalEntry.count({ where: { journalId: before.id } })) > 0) {
    throw new DomainError(
      fieldError('JOURNAL_IN_USE', `Journal ${before.code} has entries; its code is part of their numbers`, 'code'),
    );
  }
  let after;
  try {
    after = await tx.journal.update({ where: { id: before.id }, data: { code: code!, name: name! } });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken(code!);
    throw error;
  }
  await recordAudit(tx, actor, { action: 'journalUpdate', entityType: 'Journal', entityId: before.id, before, after });
  await appendEvent(tx, actor, {
    type: 'journal.updated',
    aggregateType: 'Journal',
    aggregateId: before.id,
    payload: { code: after.code, name: after.name, previousCode: before.code },
  });
  return { journalId: before.id };
}
