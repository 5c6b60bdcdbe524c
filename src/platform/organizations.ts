import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Role } from '../generated/prisma/enums.js';
import { systemActor, type Actor } from './actor.js';
import { recordAudit } from './audit.js';
import { tenantClient, type TenantTx } from './db/tenant-client.js';
import { issueApiKey, type IssuedKey } from './auth/api-keys.js';
import { appendEvent } from './outbox.js';
import { createApiKeyCommand, revokeApiKeyCommand } from './api-key-commands.js';
import { isCurrencyCode } from './currency.js';

/** Sets up what a domain needs in every organization (the ledger's chart of accounts, ...). */
export interface OrganizationSettings {
  baseCurrency: string;
  /** The calendar year whose fiscal year opens with the organization; null opens none. */
  firstFiscalYear: number | null;
}

export type OrganizationInitializer = (tx: TenantTx, actor: Actor, settings: OrganizationSettings) => Promise<void>;

// Domains register here instead of the platform importing them: imports point down only.
const initializers: OrganizationInitializer[] = [];

/** Runs `initializer` inside the transaction of every organization created from now on, in registration order. */
export function registerOrganizationInitializer(initializer: OrganizationInitializer): void {
  if (!initializers.includes(initializer)) initializers.push(initializer);
}

export interface NewOrganization {
  organizationId: string;
  apiKey: IssuedKey;
}

/** Creates a tenant with its first ADMIN key, atomically: there is never an organization nobody can reach. */
export async function createOrganization(
  prisma: PrismaClient,
  params: {
    name: string;
    baseCurrency?: string;
    adminKeyName?: string;
    /**
     * Open the current calendar year as the first fiscal year (default), so the first posting works;
     * false for callers that open their own years (benchmarks, tests that pin their dates).
     */
    openFiscalYear?: boolean;
  },
  /** Runs in the same transaction, e.g. to seed demo data: all of it exists, or none. */
  populate?: (tx: TenantTx, actor: Actor) => Promise<void>,
): Promise<NewOrganization> {
  const name = params.name.trim();
  if (!name) throw new Error('Organization name must not be empty');
  const baseCurrency = (params.baseCurrency ?? 'USD').toUpperCase();
  if (!isCurrencyCode(baseCurrency))
    throw new Error(`Base currency must be an ISO 4217 code, got "${params.baseCurrency}"`);
  const organizationId = randomUUID();
  const actor = systemActor(organizationId);
  return tenantClient(prisma, organizationId).$transaction(
    async (tx) => {
      await tx.organization.create({ data: { id: organizationId, name, baseCurrency } });
      const apiKey = await issueApiKey(tx, {
        organizationId,
        name: params.adminKeyName ?? 'Administrator',
        roles: ['ADMIN'],
      });
      await recordAudit(tx, actor, {
        action: 'organizationCreate',
        entityType: 'Organization',
        entityId: organizationId,
        after: { name, baseCurrency },
      });
      await appendEvent(tx, actor, {
        type: 'organization.created',
        aggregateType: 'Organization',
        aggregateId: organizationId,
        payload: { name },
      });
      const firstFiscalYear = params.openFiscalYear === false ? null : new Date().getUTCFullYear();
      for (const initialize of initializers) await initialize(tx, actor, { baseCurrency, firstFiscalYear });
      if (populate) await populate(tx, actor);
      return { organizationId, apiKey };
    },
    { maxWait: 10_000, timeout: 10 * 60_000 },
  );
}

export async function createApiKey(
  prisma: PrismaClient,
  params: { organizationId: string; name: string; roles: Role[] },
): Promise<IssuedKey> {
  const organization = await prisma.organization.findUnique({ where: { id: params.organizationId } });
  if (!organization) throw new Error(`No organization with id ${params.organizationId}`);
  const actor = systemActor(params.organizationId);
  const created = await tenantClient(prisma, params.organizationId).$transaction((tx) =>
    createApiKeyCommand(tx, actor, params),
  );
  return { id: created.apiKeyId, secret: created.secret };
}

/** Revokes a key from the command line; refusals (unknown, already revoked, last ADMIN key) throw a DomainError. */
export async function revokeApiKey(
  prisma: PrismaClient,
  params: { organizationId: string; keyId: string },
): Promise<void> {
  const actor = systemActor(params.organizationId);
  await tenantClient(prisma, params.organizationId).$transaction((tx) =>
    revokeApiKeyCommand(tx, actor, { id: params.keyId }),
  );
}
