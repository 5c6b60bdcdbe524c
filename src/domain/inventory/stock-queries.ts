import { Prisma } from '../../generated/prisma/client.js';
import type { Actor, TenantTx } from '../../platform/index.js';

export interface StockQuantityRow {
  productId: string;
  locationId: string;
  quantity: Prisma.Decimal;
}

/**
 * On hand per product and warehouse location as of a moment, replayed from the DONE moves
 * (in at the destination, out at the source). `locationPath` narrows it to a location and its bins.
 * Rows with zero quantity are left out.
 */
export async function stockAsOf(
  tx: TenantTx,
  actor: Actor,
  params: { asOf: Date; productId?: string | null; locationPath?: string | null },
): Promise<StockQuantityRow[]> {
  const org = actor.organizationId;
  const product = params.productId ? Prisma.sql`AND "productId" = ${params.productId}::uuid` : Prisma.empty;
  const location = params.locationPath
    ? Prisma.sql`AND (l."path" = ${params.locationPath} OR l."path" LIKE ${`${params.locationPath}/%`})`
    : Prisma.empty;
  const rows = await tx.$queryRaw<{ productId: string; locationId: string; quantity: Prisma.Decimal }[]>`
    SELECT m."productId"::text AS "productId", m."locationId"::text AS "locationId", SUM(m."delta") AS quantity
    FROM (
      SELECT "productId", "toLocationId" AS "locationId", "quantity" AS "delta" FROM "StockMove"
      WHERE "organizationId" = ${org}::uuid AND "state" = 'DONE' AND "doneAt" <= ${params.asOf} ${product}
      UNION ALL
      SELECT "productId", "fromLocationId" AS "locationId", -"quantity" AS "delta" FROM "StockMove"
      WHERE "organizationId" = ${org}::uuid AND "state" = 'DONE' AND "doneAt" <= ${params.asOf} ${product}
    ) m
    JOIN "Location" l ON l."organizationId" = ${org}::uuid AND l."id" = m."locationId" AND l."type" = 'INTERNAL' ${location}
    GROUP BY m."productId", m."locationId"
    HAVING SUM(m."delta") <> 0
    ORDER BY m."productId", m."locationId"`;
  return rows.map((row) => ({ ...row, quantity: new Prisma.Decimal(row.quantity) }));
}

/** The value of the DONE moves of one kind made for a document, summed per document line (the reference's `line`). */
export async function moveValuesByLine(
  tx: TenantTx,
  reference: { type: string; id: string },
  kind: 'RECEIPT' | 'ISSUE',
): Promise<Map<string, Prisma.Decimal>> {
  const moves = await tx.stockMove.groupBy({
    by: ['sourceLine'],
    where: { sourceType: reference.type, sourceId: reference.id, kind, state: 'DONE' },
    _sum: { value: true },
  });
  return new Map(moves.map((move) => [move.sourceLine ?? '', move._sum.value ?? new Prisma.Decimal(0)]));
}
