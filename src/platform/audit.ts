import { randomUUID } from 'node:crypto';
import type { TenantTx } from './db/tenant-client.js';
import type { Actor } from './actor.js';
import { toJson } from './json.js';

export interface AuditEntry {
  /** The mutation or command name, e.g. `customerUpdate`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes the audit record inside the caller's transaction, so it exists exactly when the change does. */
export async function recordAudit(tx: TenantTx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      id: randomUUID(),
      organizationId: actor.organizationId,
      actorKeyId: actor.keyId,
      actorName: actor.name,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: actor.requestId ?? null,
    },
  });
}
