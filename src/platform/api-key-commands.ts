import type { Role } from '../generated/prisma/enums.js';
import type { Actor } from './actor.js';
import { recordAudit } from './audit.js';
import { issueApiKey } from './auth/api-keys.js';
import { lockRows } from './db/locks.js';
import type { TenantTx } from './db/tenant-client.js';
import { DomainError, Problems, fieldError } from './errors.js';
import { appendEvent } from './outbox.js';
import { checkLength, checkRequired, cleanText } from './validation.js';

/** Every code the API key commands report (the GraphQL enum reuses these texts). */
export const API_KEY_ERROR_CODES = {
  NOT_FOUND: 'No API key with this ID in your organization.',
  REQUIRED: 'A required field is missing or empty.',
  TOO_LONG: 'A text is longer than the field allows.',
  OUT_OF_RANGE: 'A number is too large to store.',
  ALREADY_REVOKED: 'The API key was already revoked.',
  LAST_ADMIN_KEY: 'Revoking this key would leave the organization without an active ADMIN key.',
  IDEMPOTENCY_CONFLICT: 'The idempotency key was already used with a different input.',
} as const;

export async function createApiKeyCommand(
  tx: TenantTx,
  actor: Actor,
  input: { name?: string | null; roles: Role[] },
): Promise<{ apiKeyId: string; secret: string }> {
  const problems = new Problems();
  const name = cleanText(input.name);
  if (checkRequired(problems, 'name', name)) checkLength(problems, 'name', name, 100);
  const roles = [...new Set(input.roles)];
  if (roles.length === 0) problems.add('REQUIRED', 'roles must name at least one role', 'roles');
  problems.throwIfAny();
  const key = await issueApiKey(tx, { organizationId: actor.organizationId, name: name as string, roles });
  await recordAudit(tx, actor, {
    action: 'apiKeyCreate',
    entityType: 'ApiKey',
    entityId: key.id,
    after: { name, roles },
  });
  await appendEvent(tx, actor, {
    type: 'apiKey.created',
    aggregateType: 'ApiKey',
    aggregateId: key.id,
    payload: { name, roles },
  });
  return { apiKeyId: key.id, secret: key.secret };
}

export async function revokeApiKeyCommand(
  tx: TenantTx,
  actor: Actor,
  input: { id: string },
): Promise<{ apiKeyId: string }> {
  // Lock every active ADMIN key: two admins revoking each other's keys at once must not both succeed.
  // (Filtered here rather than with `roles: { has }`, which the PGlite adapter cannot bind for enum arrays.)
  const activeAdminIds = async () =>
    (await tx.apiKey.findMany({ where: { revokedAt: null }, select: { id: true, roles: true } }))
      .filter((key) => key.roles.includes('ADMIN'))
      .map((key) => key.id);
  await lockRows(tx, actor.organizationId, 'ApiKey', [input.id, ...(await activeAdminIds())]);
  // Read again under the locks: a concurrent revoke may have committed while this one waited.
  const adminIds = await activeAdminIds();
  const key = await tx.apiKey.findUnique({ where: { id: input.id } });
  if (!key) throw new DomainError(fieldError('NOT_FOUND', API_KEY_ERROR_CODES.NOT_FOUND, 'id'));
  if (key.revokedAt)
    throw new DomainError(fieldError('ALREADY_REVOKED', `API key "${key.name}" was already revoked`, 'id'));
  if (key.roles.includes('ADMIN')) {
    if (!adminIds.some((id) => id !== key.id))
      throw new DomainError(fieldError('LAST_ADMIN_KEY', API_KEY_ERROR_CODES.LAST_ADMIN_KEY, 'id'));
  }
  const revokedAt = new Date();
  await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt } });
  await recordAudit(tx, actor, {
    action: 'apiKeyRevoke',
    entityType: 'ApiKey',
    entityId: key.id,
    before: { revokedAt: null },
    after: { revokedAt },
  });
  await appendEvent(tx, actor, {
    type: 'apiKey.revoked',
    aggregateType: 'ApiKey',
    aggregateId: key.id,
    payload: { name: key.name },
  });
  return { apiKeyId: key.id };
}
