import type { Account } from '../../generated/prisma/client.js';
import type { AccountSubtype } from '../../generated/prisma/enums.js';
import {
  DomainError,
  appendEvent,
  fieldError,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { SUBTYPE_TYPE, isAccountSubtype } from './account-types.js';
import { isUuid } from '../../platform/index.js';

export interface SetPostingRuleInput {
  role: AccountSubtype;
  accountId: string;
}

/** Points a posting role at an account; the account row is locked so it cannot be deactivated meanwhile. */
export async function setPostingRule(
  tx: TenantTx,
  actor: Actor,
  input: SetPostingRuleInput,
): Promise<{ role: AccountSubtype; accountId: string }> {
  if (!isAccountSubtype(input.role))
    throw new DomainError(fieldError('INVALID_INPUT', `"${input.role}" is not a posting role`, 'role'));
  const locked = isUuid(input.accountId)
    ? await lockRows(tx, actor.organizationId, 'Account', [input.accountId])
    : new Set<string>();
  if (!locked.has(input.accountId))
    throw new DomainError(fieldError('NOT_FOUND', 'No account with this id in your organization', 'accountId'));
  const account = await tx.account.findUniqueOrThrow({ where: { id: input.accountId } });
  if (!account.isActive)
    throw new DomainError(fieldError('ACCOUNT_INACTIVE', `Account ${account.code} is inactive`, 'accountId'));
  const expected = SUBTYPE_TYPE[input.role];
  if (account.type !== expected) {
    throw new DomainError(
      fieldError(
        'INVALID_ROLE_ACCOUNT',
        `Role ${input.role} needs a ${expected} account; ${account.code} is ${account.type}`,
        'accountId',
      ),
    );
  }
  const before = await tx.postingRule.findFirst({ where: { role: input.role } });
  // One statement, so two first-time writers of a role cannot both try to insert it.
  await tx.$executeRaw`
    INSERT INTO "PostingRule" ("organizationId", "role", "accountId", "updatedAt")
    VALUES (${actor.organizationId}::uuid, ${input.role}::"AccountSubtype", ${account.id}::uuid, now())
    ON CONFLICT ("organizationId", "role") DO UPDATE SET "accountId" = EXCLUDED."accountId", "updatedAt" = EXCLUDED."updatedAt"`;
  const after = await tx.postingRule.findFirstOrThrow({ where: { role: input.role } });
  await recordAudit(tx, actor, {
    action: 'postingRuleSet',
    entityType: 'PostingRule',
    entityId: actor.organizationId,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'postingRule.set',
    aggregateType: 'PostingRule',
    aggregateId: actor.organizationId,
    payload: { role: input.role, accountId: account.id, accountCode: account.code },
  });
  return { role: input.role, accountId: account.id };
}

/** The account other domains post to for a role, e.g. RECEIVABLE; NO_POSTING_RULE when none is set. */
export async function accountForRole(tx: TenantTx, role: AccountSubtype): Promise<Account> {
  const rule = await tx.postingRule.findFirst({ where: { role }, include: { account: true } });
  if (!rule)
    throw new DomainError(fieldError('NO_POSTING_RULE', `No account is set for the posting role ${role}`, 'role'));
  return rule.account;
}
