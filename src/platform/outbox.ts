import { randomUUID } from 'node:crypto';
import type { TenantTx } from './db/tenant-client.js';
import type { Actor } from './actor.js';
import { toJson } from './json.js';

export interface DomainEvent {
  /** Past-tense dotted name, e.g. `customer.created`. */
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: unknown;
}

/** Appends the event to the outbox in the caller's transaction: published only if the change commits. */
export async function appendEvent(tx: TenantTx, actor: Actor, event: DomainEvent): Promise<void> {
  const payload = toJson({ ...(event.payload as object), actor: { keyId: actor.keyId, name: actor.name } });
  await tx.outboxEvent.create({
    data: {
      id: randomUUID(),
      organizationId: actor.organizationId,
      type: event.type,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      payload: payload as object,
    },
  });
}
