import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Role } from '../generated/prisma/enums.js';
import { systemActor, type Actor } from './actor.js';
import { recordAudit } from './audit.js';
import { tenantClient, type TenantTx } from './db/tenant-client.js';
import { issueApiKey, type IssuedKey } from './auth/api-keys.js';
import { appendEvent } from './outbox.js';
import { isCurrencyCode } from './currency.js';

export interface NewOrganization {
  organizationId: string;
  apiKey: IssuedKey;
}

/** Creates a tenant with its first ADMIN key, atomically: there is never an organization nobody can reach. */
export async function createOrganization(
  prisma: PrismaClient,
  params: { name: string; baseCurrency?: string; adminKeyName?: string },
  /** Runs in the same transaction, e.g. to seed demo data: all of it exists, or none. */
  populate?: (tx: TenantTx, actor: Actor) => Promise<void>,
): Promise<NewOrganization> {
  const name = params.name.trim();
  if (!name) throw new Error('Organization name must not be empty');
  const baseCurrency = (params.baseCurrency ?? 'USD').toUpperCase();
  if (!isCurrencyCode(baseCurrency)) throw new Error(`Base currency must be an ISO 4217 code, got "${params.baseCurrency}"`);
  const organizationId = randomUUID();
  const actor = systemActor(organizationId);
  return tenantClient(prisma, organizationId).$transaction(async (tx) => {
    await tx.organization.create({ data: { id: organizationId, name, baseCurrency } });
    const apiKey = await issueApiKey(tx, { organizationId, name: params.adminKeyName ?? 'Administrator', roles: ['ADMIN'] });
    await recordAudit(tx, actor, { action: 'organizationCreate', entityType: 'Organization', entityId: organizationId, after: { name, baseCurrency } });
    await appendEvent(tx, actor, { type: 'organization.created', aggregateType: 'Organization', aggregateId: organizationId, payload: { name } });
    if (populate) await populate(tx, actor);
    return { organizationId, apiKey };
  }, { maxWait: 10_000, timeout: 10 * 60_000 });
}

export async function createApiKey(
  prisma: PrismaClient,
  params: { organizationId: string; name: string; roles: Role[] },
): Promise<IssuedKey> {
  const organization = await prisma.organization.findUnique({ where: { id: params.organizationId } });
  if (!organization) throw new Error(`No organization with id ${params.organizationId}`);
  const actor = systemActor(params.organizationId);
  return tenantClient(prisma, params.organizationId).$transaction(async (tx) => {
    const key = await issueApiKey(tx, params);
    await recordAudit(tx, actor, { action: 'apiKeyCreate', entityType: 'ApiKey', entityId: key.id, after: { name: params.name, roles: params.roles } });
    await appendEvent(tx, actor, { type: 'apiKey.created', aggregateType: 'ApiKey', aggregateId: key.id, payload: { name: params.name, roles: params.roles } });
    return key;
  });
}

/** Revokes by key id or by the full secret. Returns false when no such active key exists. */
export async function revokeApiKey(prisma: PrismaClient, params: { organizationId: string; keyId: string }): Promise<boolean> {
  const actor = systemActor(params.organizationId);
  return tenantClient(prisma, params.organizationId).$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: params.keyId, revokedAt: null } });
    if (!key) return false;
    const revokedAt = new Date();
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt } });
    await recordAudit(tx, actor, { action: 'apiKeyRevoke', entityType: 'ApiKey', entityId: key.id, before: { revokedAt: null }, after: { revokedAt } });
    await appendEvent(tx, actor, { type: 'apiKey.revoked', aggregateType: 'ApiKey', aggregateId: key.id, payload: { name: key.name } });
    return true;
  });
}
