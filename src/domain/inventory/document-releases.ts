// Releasing everything one document (a sales order) still has reserved, in one command: line by line it
// costs five statements a line (reservation read, level update, reservation update, audit, event), a
// document's release the same six statements whatever its length.
import { Prisma } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  fieldError,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { checkDemandOwner, cleanDemandDocument } from './demand-owners.js';

type Decimal = Prisma.Decimal;

export interface DocumentReleaseInput {
  /** The document: { type: 'SalesOrder', id }; every reservation of { type, id, any line } is released. */
  demand: { type: string; id: string };
  /** The domain calling, when it owns the demand type (claimDemandType). */
  owner?: string;
}

export interface DocumentReleasedLine {
  line: string;
  productId: string;
  locationId: string;
  reservationId: string;
  quantity: Decimal;
}

interface OpenReservation {
  id: string;
  productId: string;
  locationId: string;
  demandLine: string;
  quantity: string;
}

/**
 * Releases whatever the document's reservations still hold, at every location: each level's reserved
 * quantity drops by the document's share and each reservation goes to zero. One audit record on the
 * document (entityType = demand type) and one stock.demandReleased event listing the lines; nothing
 * when nothing is reserved. The caller holds the document's row lock, so its reservations cannot change
 * underneath. The levels are locked FOR UPDATE in (location, product) order, the order reserving locks
 * them in, before any is lowered, so releases and reservations of overlapping products cannot deadlock.
 */
export async function releaseDocumentStock(
  tx: TenantTx,
  actor: Actor,
  input: DocumentReleaseInput,
): Promise<DocumentReleasedLine[]> {
  const problems = new Problems();
  const { demandType, demandId } = cleanDemandDocument(problems, input.demand);
  problems.throwIfAny();
  checkDemandOwner(demandType, input.owner);
  const organizationId = actor.organizationId;

  const open = await tx.$queryRaw<OpenReservation[]>`
    SELECT "id"::text AS id, "productId"::text AS "productId", "locationId"::text AS "locationId", "demandLine", "quantity"::text AS quantity
    FROM "StockReservation"
    WHERE "organizationId" = ${organizationId}::uuid AND "demandType" = ${demandType} AND "demandId" = ${demandId} AND "quantity" > 0
    ORDER BY "locationId", "productId", "demandLine"`;
  if (open.length === 0) return [];

  const perLevel = new Map<string, { locationId: string; productId: string; quantity: Decimal }>();
  for (const row of open) {
    const key = `${row.locationId}\u0000${row.productId}`;
    const level = perLevel.get(key) ?? {
      locationId: row.locationId,
      productId: row.productId,
      quantity: new Prisma.Decimal(0),
    };
    perLevel.set(key, { ...level, quantity: level.quantity.plus(row.quantity) });
  }
  const levels = [...perLevel.values()];
  const locationIds = levels.map((level) => level.locationId);
  const productIds = levels.map((level) => level.productId);
  await tx.$queryRaw`
    SELECT 1 FROM "StockLevel"
    WHERE "organizationId" = ${organizationId}::uuid
      AND ("locationId", "productId") IN (SELECT * FROM unnest(${locationIds}::uuid[], ${productIds}::uuid[]))
    ORDER BY "locationId", "productId" FOR UPDATE`;
  const lowered = await tx.$executeRaw`
    UPDATE "StockLevel" lv SET "reserved" = lv."reserved" - v.quantity, "updatedAt" = now()
    FROM unnest(${locationIds}::uuid[], ${productIds}::uuid[], ${levels.map((level) => level.quantity.toFixed())}::numeric[]) AS v("locationId", "productId", quantity)
    WHERE lv."organizationId" = ${organizationId}::uuid AND lv."locationId" = v."locationId" AND lv."productId" = v."productId"
      AND lv."reserved" >= v.quantity`;
  const cleared = await tx.$executeRaw`
    UPDATE "StockReservation" SET "quantity" = 0, "updatedAt" = now()
    WHERE "organizationId" = ${organizationId}::uuid AND "id" = ANY(${open.map((row) => row.id)}::uuid[]) AND "quantity" > 0`;
  // A level holding less than its reservations is a broken invariant, not a user error: refuse, write nothing.
  if (lowered !== levels.length || cleared !== open.length) {
    throw new DomainError(
      fieldError(
        'EXCEEDS_RESERVATION',
        `The stock levels hold less than ${demandType} ${demandId}'s reservations`,
        'demand',
      ),
    );
  }

  const lines = open.map((row) => ({
    line: row.demandLine,
    productId: row.productId,
    locationId: row.locationId,
    reservationId: row.id,
    quantity: new Prisma.Decimal(row.quantity),
  }));
  const listed = lines.map((line) => ({ ...line, quantity: line.quantity.toFixed() }));
  const document = { demandType, demandId };
  await recordAudit(tx, actor, {
    action: 'stockRelease',
    entityType: demandType,
    entityId: demandId,
    after: { ...document, lines: listed },
  });
  await appendEvent(tx, actor, {
    type: 'stock.demandReleased',
    aggregateType: demandType,
    aggregateId: demandId,
    payload: { ...document, lines: listed },
  });
  return lines;
}
