import { randomUUID } from 'node:crypto';
import type { TenantTx } from './db/tenant-client.js';
import type { Actor } from './actor.js';
import { toJsonText } from './json.js';
import { writeRecords } from './pending-records.js';

export interface DomainEvent {
  /** Past-tense dotted name, e.g. `customer.created`. */
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: unknown;
}

/**
 * Appends the event to the outbox in the caller's transaction: published only if the change commits.
 * Within a command it is inserted with the command's other records when the command's work is done.
 */
export async function appendEvent(tx: TenantTx, actor: Actor, event: DomainEvent): Promise<void> {
  const payload = toJsonText({ ...(event.payload as object), actor: { keyId: actor.keyId, name: actor.name } })!;
  await writeRecords(tx, {
    events: [
      {
        id: randomUUID(),
        organizationId: actor.organizationId,
        type: event.type,
        aggregateType: event.aggregateType,
        aggregateId: event.aggregateId,
        payload,
        createdAt: new Date(),
      },
    ],
  });
}
