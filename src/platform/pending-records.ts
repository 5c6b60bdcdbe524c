import type { TenantTx } from './db/tenant-client.js';

/**
 * Audit records and outbox events a command writes, held until the command's work is done and then
 * inserted in one statement. A mutation writes between two and a dozen of them; each was its own
 * round trip to the database, a large share of a mutation's cost. They still commit or roll back
 * with the change, as they are inserted in the same transaction before it commits.
 */
export interface AuditRow {
  id: string;
  organizationId: string;
  actorKeyId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  /** JSON text, or null for none. */
  before: string | null;
  after: string | null;
  requestId: string | null;
  createdAt: Date;
}

export interface EventRow {
  id: string;
  organizationId: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  /** JSON text. */
  payload: string;
  createdAt: Date;
}

export interface Pending {
  audits: AuditRow[];
  events: EventRow[];
}

const pendingByTx = new WeakMap<TenantTx, Pending>();

/** From now on, audit records and events written in `tx` wait for `flushPendingRecords`. */
export function holdRecords(tx: TenantTx): void {
  pendingByTx.set(tx, { audits: [], events: [] });
}

/** Holds the rows when a command holds the transaction's records; inserts them at once otherwise. */
export async function writeRecords(tx: TenantTx, rows: Partial<Pending>): Promise<void> {
  const pending = pendingByTx.get(tx);
  if (!pending) return insertRecords(tx, { audits: rows.audits ?? [], events: rows.events ?? [] });
  if (rows.audits) pending.audits.push(...rows.audits);
  if (rows.events) pending.events.push(...rows.events);
}

const column = <T, K extends keyof T>(rows: readonly T[], key: K) => rows.map((row) => row[key]);
const isoTimes = (rows: readonly { createdAt: Date }[]) => rows.map((row) => row.createdAt.toISOString());

/**
 * Inserts what the transaction holds, audit records and events together in one statement, and stops
 * holding. Rows keep the time they were written at, so their order reads the same as before.
 */
export async function flushPendingRecords(tx: TenantTx): Promise<void> {
  const pending = pendingByTx.get(tx);
  pendingByTx.delete(tx);
  if (pending) await insertRecords(tx, pending);
}

async function insertRecords(tx: TenantTx, { audits, events }: Pending): Promise<void> {
  if (audits.length === 0 && events.length === 0) return;
  await tx.$executeRaw`
    WITH audit AS (
      INSERT INTO "AuditLog" ("id", "organizationId", "actorKeyId", "actorName", "action", "entityType", "entityId", "before", "after", "requestId", "createdAt")
      SELECT * FROM unnest(${column(audits, 'id')}::uuid[], ${column(audits, 'organizationId')}::uuid[], ${column(audits, 'actorKeyId')}::uuid[],
        ${column(audits, 'actorName')}::text[], ${column(audits, 'action')}::text[], ${column(audits, 'entityType')}::text[], ${column(audits, 'entityId')}::text[],
        ${column(audits, 'before')}::text[]::jsonb[], ${column(audits, 'after')}::text[]::jsonb[], ${column(audits, 'requestId')}::text[],
        ${isoTimes(audits)}::text[]::timestamptz[])
    )
    INSERT INTO "OutboxEvent" ("id", "organizationId", "type", "aggregateType", "aggregateId", "payload", "createdAt")
    SELECT * FROM unnest(${column(events, 'id')}::uuid[], ${column(events, 'organizationId')}::uuid[], ${column(events, 'type')}::text[],
      ${column(events, 'aggregateType')}::text[], ${column(events, 'aggregateId')}::text[], ${column(events, 'payload')}::text[]::jsonb[],
      ${isoTimes(events)}::text[]::timestamptz[])`;
}
