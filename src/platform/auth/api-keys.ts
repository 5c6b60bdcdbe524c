import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { TenantTx } from '../db/tenant-client.js';
import type { Role } from '../../generated/prisma/enums.js';
import type { Actor } from '../actor.js';

const KEY_PREFIX = 'unison_';
/** lastUsedAt is a hint for humans; writing it on every request would double the write load. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function newSecret(): string {
  return KEY_PREFIX + randomBytes(24).toString('base64url');
}

export interface IssuedKey {
  id: string;
  /** The full key. Shown once; only its hash is stored. */
  secret: string;
}

export async function issueApiKey(
  tx: TenantTx,
  params: { organizationId: string; name: string; roles: Role[] },
): Promise<IssuedKey> {
  const secret = newSecret();
  const id = randomUUID();
  await tx.apiKey.create({
    data: {
      id,
      organizationId: params.organizationId,
      name: params.name,
      prefix: secret.slice(0, KEY_PREFIX.length + 6),
      hash: hashApiKey(secret),
      roles: params.roles,
    },
  });
  return { id, secret };
}

export type Authentication =
  { ok: true; actor: Actor } | { ok: false; reason: 'missing' | 'malformed' | 'unknown' | 'revoked' };

/** Reads `Authorization: Bearer <key>` and resolves the acting principal. */
export async function authenticate(prisma: PrismaClient, header: string | null | undefined): Promise<Authentication> {
  // "Bearer" without a token is an unfilled template (GraphiQL's default header): no credentials yet.
  if (!header || /^Bearer\s*$/i.test(header.trim())) return { ok: false, reason: 'missing' };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) return { ok: false, reason: 'malformed' };
  // The employee linked to the key (hr's Employee.apiKeyId) loads in the same statement (relationJoins).
  const key = await prisma.apiKey.findUnique({
    where: { hash: hashApiKey(match[1]) },
    include: { employee: { select: { id: true, status: true } } },
  });
  if (!key) return { ok: false, reason: 'unknown' };
  if (key.revokedAt) return { ok: false, reason: 'revoked' };
  const now = Date.now();
  if (!key.lastUsedAt || now - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date(now) } });
  }
  return {
    ok: true,
    actor: {
      organizationId: key.organizationId,
      keyId: key.id,
      name: key.name,
      roles: key.roles,
      // A terminated employee's key no longer acts for them.
      employeeId: key.employee && key.employee.status !== 'TERMINATED' ? key.employee.id : null,
    },
  };
}

export const AUTH_FAILURE_MESSAGES: Record<Exclude<Authentication, { ok: true }>['reason'], string> = {
  missing: 'Authentication required: send "Authorization: Bearer <API key>"',
  malformed: 'The Authorization header must be "Bearer <API key>"',
  unknown: 'The API key is not valid',
  revoked: 'The API key has been revoked',
};
