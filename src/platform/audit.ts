import { randomUUID } from 'node:crypto';
import type { TenantTx } from './db/tenant-client.js';
import type { Actor } from './actor.js';
import { toJsonText } from './json.js';
import { writeRecords } from './pending-records.js';

export interface AuditEntry {
  /** The mutation or command name, e.g. `customerUpdate`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes the audit record inside the caller's transaction, so it exists exactly when the change does.
 * Within a command it is inserted with the command's other records when the command's work is done.
 */
export async function recordAudit(tx: TenantTx, actor: Actor, entry: AuditEntry): Promise<void> {
  await writeRecords(tx, {
    audits: [
      {
        id: randomUUID(),
        organizationId: actor.organizationId,
        actorKeyId: actor.keyId,
        actorName: actor.name,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        before: toJsonText(entry.before),
        after: toJsonText(entry.after),
        requestId: actor.requestId ?? null,
        createdAt: new Date(),
      },
    ],
  });
}
