import { randomUUID } from 'node:crypto';
import type { Account } from '../../generated/prisma/client.js';
import type { AccountSubtype, AccountType } from '../../generated/prisma/enums.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  isForeignKeyViolation,
  isUniqueViolation,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { SUBTYPE_TYPE, isAccountSubtype, isAccountType } from './account-types.js';
import { isUuid } from '../../platform/index.js';

const CODE = /^[0-9A-Za-z._-]{1,20}$/;

export interface AccountRef {
  accountId: string;
}

export interface AccountCreateInput {
  code: string;
  name: string;
  type: AccountType;
  subtype?: AccountSubtype | null;
  parentId?: string | null;
}

export interface AccountUpdateInput {
  id: string;
  expectedVersion?: number | null;
  code?: string;
  name?: string;
  subtype?: AccountSubtype | null;
  parentId?: string | null;
}

export interface AccountTransitionInput {
  id: string;
  expectedVersion?: number | null;
}

async function loadForChange(tx: TenantTx, actor: Actor, id: string): Promise<Account> {
  const locked = isUuid(id) ? await lockRows(tx, actor.organizationId, 'Account', [id]) : new Set<string>();
  if (!locked.has(id))
    throw new DomainError(fieldError('NOT_FOUND', 'No account with this id in your organization', 'id'));
  return tx.account.findUniqueOrThrow({ where: { id } });
}

function checkVersion(account: Account, expectedVersion: number | null | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== account.version) {
    throw new DomainError(
      fieldError(
        'STALE_VERSION',
        `Account ${account.code} is at version ${account.version}, not ${expectedVersion}`,
        'expectedVersion',
      ),
    );
  }
}

function checkCode(problems: Problems, code: string | null | undefined): void {
  if (code && !CODE.test(code))
    problems.add(
      'INVALID_CODE',
      `Account code "${code}" may contain only letters, digits, ".", "_" and "-" (at most 20)`,
      'code',
    );
}

function checkSubtype(problems: Problems, type: AccountType, subtype: AccountSubtype | null | undefined): void {
  if (subtype === undefined || subtype === null) return;
  if (!isAccountSubtype(subtype)) problems.add('INVALID_SUBTYPE', `"${subtype}" is not an account subtype`, 'subtype');
  else if (SUBTYPE_TYPE[subtype] !== type) {
    problems.add(
      'INVALID_SUBTYPE',
      `Subtype ${subtype} belongs to ${SUBTYPE_TYPE[subtype]} accounts, not ${type}`,
      'subtype',
    );
  }
}

/** The parent must have the same type and must not sit below the account itself (that would close a cycle). */
async function checkParent(
  tx: TenantTx,
  type: AccountType,
  parentId: string | null | undefined,
  selfId?: string,
): Promise<void> {
  if (!parentId) return;
  const invalid = (message: string) => new DomainError(fieldError('INVALID_PARENT', message, 'parentId'));
  const parent = isUuid(parentId) ? await tx.account.findUnique({ where: { id: parentId } }) : null;
  if (!parent) throw invalid('No account with this id in your organization');
  if (parent.type !== type) throw invalid(`The parent ${parent.code} is ${parent.type}, not ${type}`);
  if (!selfId) return;
  const chain = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up AS (
      SELECT "id", "parentId" FROM "Account" WHERE "organizationId" = ${parent.organizationId}::uuid AND "id" = ${parentId}::uuid
      UNION
      SELECT a."id", a."parentId" FROM "Account" a JOIN up ON a."id" = up."parentId" AND a."organizationId" = ${parent.organizationId}::uuid
    )
    SELECT "id"::text AS id FROM up`;
  if (chain.some((row) => row.id === selfId)) throw invalid('An account cannot be its own ancestor');
}

async function guardCode<T>(code: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError(fieldError('CODE_TAKEN', `Account code "${code}" is already used`, 'code'));
    throw error;
  }
}

async function checkCodeFree(tx: TenantTx, code: string, exceptId?: string): Promise<void> {
  const taken = await tx.account.findFirst({ where: { code, NOT: { id: exceptId } } });
  if (taken)
    throw new DomainError(fieldError('CODE_TAKEN', `Account code "${code}" is already used by ${taken.name}`, 'code'));
}

async function hasLines(tx: TenantTx, accountId: string): Promise<boolean> {
  return (await tx.journalLine.findFirst({ where: { accountId }, select: { id: true } })) !== null;
}

export async function createAccount(tx: TenantTx, actor: Actor, input: AccountCreateInput): Promise<AccountRef> {
  const problems = new Problems();
  const code = cleanText(input.code);
  const name = cleanText(input.name);
  checkRequired(problems, 'code', code);
  checkCode(problems, code);
  checkRequired(problems, 'name', name);
  checkLength(problems, 'name', name, 200);
  if (!isAccountType(input.type)) problems.add('INVALID_INPUT', `"${input.type}" is not an account type`, 'type');
  else checkSubtype(problems, input.type, input.subtype);
  problems.throwIfAny();
  await checkCodeFree(tx, code as string);
  await checkParent(tx, input.type, input.parentId);
  const id = randomUUID();
  const account = await guardCode(code as string, () =>
    tx.account.create({
      data: {
        id,
        organizationId: actor.organizationId,
        code: code as string,
        name: name as string,
        type: input.type,
        subtype: input.subtype ?? null,
        parentId: input.parentId ?? null,
      },
    }),
  );
  await recordAudit(tx, actor, { action: 'accountCreate', entityType: 'Account', entityId: id, after: account });
  await appendEvent(tx, actor, {
    type: 'account.created',
    aggregateType: 'Account',
    aggregateId: id,
    payload: { code: account.code, type: account.type },
  });
  return { accountId: id };
}

export async function updateAccount(tx: TenantTx, actor: Actor, input: AccountUpdateInput): Promise<AccountRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion);
  const problems = new Problems();
  const code = input.code === undefined ? undefined : cleanText(input.code);
  const name = input.name === undefined ? undefined : cleanText(input.name);
  if (code !== undefined) {
    checkRequired(problems, 'code', code);
    checkCode(problems, code);
  }
  if (name !== undefined) {
    checkRequired(problems, 'name', name);
    checkLength(problems, 'name', name, 200);
  }
  checkSubtype(problems, before.type, input.subtype);
  problems.throwIfAny();
  if (code && code !== before.code) {
    // Printed reports and other systems refer to posted amounts by code; keep it stable once used.
    if (await hasLines(tx, before.id)) {
      throw new DomainError(
        fieldError('ACCOUNT_HAS_POSTINGS', `Account ${before.code} has journal lines; its code cannot change`, 'code'),
      );
    }
    await checkCodeFree(tx, code, before.id);
  }
  if (input.parentId !== undefined && input.parentId !== null) {
    if (input.parentId === before.id)
      throw new DomainError(fieldError('INVALID_PARENT', 'An account cannot be its own parent', 'parentId'));
    await checkParent(tx, before.type, input.parentId, before.id);
  }
  const after = await guardCode(code ?? before.code, () =>
    tx.account.update({
      where: { id: before.id },
      data: {
        code: code ?? undefined,
        name: name ?? undefined,
        subtype: input.subtype,
        parentId: input.parentId,
        version: { increment: 1 },
      },
    }),
  );
  await recordAudit(tx, actor, { action: 'accountUpdate', entityType: 'Account', entityId: before.id, before, after });
  await appendEvent(tx, actor, {
    type: 'account.updated',
    aggregateType: 'Account',
    aggregateId: before.id,
    payload: { code: after.code, version: after.version },
  });
  return { accountId: before.id };
}

async function usedBySettings(tx: TenantTx, accountId: string): Promise<string | null> {
  const rule = await tx.postingRule.findFirst({ where: { accountId } });
  if (rule) return `it is the ${rule.role} posting rule's account`;
  const settings = await tx.ledgerSettings.findFirst({ where: { roundingAccountId: accountId } });
  if (settings) return 'it is the rounding account';
  return null;
}

async function setActive(
  tx: TenantTx,
  actor: Actor,
  input: AccountTransitionInput,
  active: boolean,
): Promise<AccountRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion);
  if (before.isActive === active) {
    throw new DomainError(
      fieldError(
        active ? 'ALREADY_ACTIVE' : 'ALREADY_INACTIVE',
        `Account ${before.code} is already ${active ? 'active' : 'inactive'}`,
        'id',
      ),
    );
  }
  if (!active) {
    // Other domains post through the rules without looking: a rule must never point at a dead account.
    const use = await usedBySettings(tx, before.id);
    if (use)
      throw new DomainError(fieldError('ACCOUNT_IN_USE', `Account ${before.code} cannot be deactivated: ${use}`, 'id'));
  }
  const after = await tx.account.update({
    where: { id: before.id },
    data: { isActive: active, version: { increment: 1 } },
  });
  const action = active ? 'accountActivate' : 'accountDeactivate';
  await recordAudit(tx, actor, { action, entityType: 'Account', entityId: before.id, before, after });
  await appendEvent(tx, actor, {
    type: active ? 'account.activated' : 'account.deactivated',
    aggregateType: 'Account',
    aggregateId: before.id,
    payload: { code: before.code, version: after.version },
  });
  return { accountId: before.id };
}

export const deactivateAccount = (tx: TenantTx, actor: Actor, input: AccountTransitionInput) =>
  setActive(tx, actor, input, false);
export const activateAccount = (tx: TenantTx, actor: Actor, input: AccountTransitionInput) =>
  setActive(tx, actor, input, true);

export async function deleteAccount(tx: TenantTx, actor: Actor, input: AccountTransitionInput): Promise<AccountRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion);
  if (await hasLines(tx, before.id)) {
    throw new DomainError(
      fieldError('ACCOUNT_HAS_POSTINGS', `Account ${before.code} has journal lines; deactivate it instead`, 'id'),
    );
  }
  const use =
    (await usedBySettings(tx, before.id)) ??
    ((await tx.account.count({ where: { parentId: before.id } })) > 0 ? 'it has child accounts' : null);
  if (use)
    throw new DomainError(fieldError('ACCOUNT_IN_USE', `Account ${before.code} cannot be deleted: ${use}`, 'id'));
  try {
    await tx.account.delete({ where: { id: before.id } });
  } catch (error) {
    // A draft line inserted by a concurrent transaction reaches us as the foreign key's refusal.
    if (isForeignKeyViolation(error)) {
      throw new DomainError(
        fieldError('ACCOUNT_HAS_POSTINGS', `Account ${before.code} is referenced by journal lines`, 'id'),
      );
    }
    throw error;
  }
  await recordAudit(tx, actor, { action: 'accountDelete', entityType: 'Account', entityId: before.id, before });
  await appendEvent(tx, actor, {
    type: 'account.deleted',
    aggregateType: 'Account',
    aggregateId: before.id,
    payload: { code: before.code },
  });
  return { accountId: before.id };
}
