// Reserving the lines of one document (a sales order, a work order) in one command. Reserving line by
// line costs seven statements a line (product lock, location check, level update, reservation upsert,
// audit record, event); a document's reservation costs the same few statements whatever its length.
import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import {
  Problems,
  appendEvent,
  checkLength,
  cleanText,
  isUuid,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { checkInternalLocation, checkQuantity } from './stock.js';
import { checkDemandOwner, cleanDemandDocument } from './demand-owners.js';
import { inProductOrder } from './document-moves.js';
import { insufficient } from './stock-levels.js';

type Decimal = Prisma.Decimal;

export interface DocumentReservationLine {
  /** The document line the stock is for (the reservation's demand line), e.g. the order line number. */
  line: string;
  productId: string;
  quantity: Decimal;
}

export interface DocumentReserveInput {
  locationId: string;
  /** The document: { type: 'SalesOrder', id }. Each line's reservation is for { type, id, line }. */
  demand: { type: string; id: string };
  /** The domain calling, when it owns the demand type (claimDemandType). */
  owner?: string;
  lines: readonly DocumentReservationLine[];
  /**
   * Reserve what is available of each line, up to its quantity (0 is fine), instead of refusing the
   * whole document with INSUFFICIENT_STOCK when a line is short.
   */
  partial?: boolean;
}

export interface DocumentReservedLine {
  line: string;
  productId: string;
  /** What this call reserved (with `partial`, possibly less than asked, possibly 0). */
  reserved: Decimal;
  /** The line's reservation; null when nothing was reserved for it. */
  reservationId: string | null;
}

interface LockedProduct {
  id: string;
  sku: string;
  type: 'STOCKED' | 'CONSUMABLE' | 'SERVICE';
  allowNegativeStock: boolean;
  /** The type of the reservation's location, read with the products; null when it is not the organization's. */
  locationType: string | null;
}

interface LevelRow {
  productId: string;
  onHand: Decimal;
  reserved: Decimal;
}

/** A document line's reservation: one per (demand line, product) at the location. */
const lineKey = (line: { demandLine: string; productId: string }) => `${line.demandLine}\u0000${line.productId}`;

/**
 * Reserves stock for several lines of one document at one location, all in one command: one audit
 * record (on the document: entityType = demand type, entityId = demand id) and one stock.demandReserved
 * event listing the lines. All or nothing: a line short of stock fails the whole call with
 * INSUFFICIENT_STOCK on lines.N.quantity (N = its index in `lines`) before anything is written, unless
 * `partial`. Lines are served in product order, then in the order given, so when two lines of the
 * document share a short product the earlier one gets the stock.
 *
 * Locks, as reserveStock takes them: the products FOR SHARE in id order (the location is checked in the
 * same statement), then their levels at the location FOR UPDATE in product order, then the reservation
 * rows. The levels are read under that lock,
 * so what is reserved is decided against on hand and reserved as they are, and the update cannot
 * oversell; a product that allows negative stock is reserved in full, its level created if missing.
 */
export async function reserveDocumentStock(
  tx: TenantTx,
  actor: Actor,
  input: DocumentReserveInput,
): Promise<DocumentReservedLine[]> {
  const problems = new Problems();
  const { demandType, demandId } = cleanDemandDocument(problems, input.demand);
  const lines = input.lines.map((line, index) => {
    const demandLine = cleanText(line.line) ?? '';
    checkLength(problems, `lines.${index}.line`, demandLine, 50);
    return {
      index,
      demandLine,
      productId: line.productId,
      quantity: checkQuantity(problems, `lines.${index}.quantity`, line.quantity) as Decimal,
    };
  });
  const seen = new Set<string>();
  for (const line of lines) {
    const key = lineKey(line);
    if (seen.has(key))
      problems.add(
        'INVALID_INPUT',
        `Line ${line.demandLine || '(document)'} lists this product twice`,
        `lines.${line.index}.productId`,
      );
    seen.add(key);
  }
  problems.throwIfAny();
  checkDemandOwner(demandType, input.owner);
  if (lines.length === 0) return [];

  const organizationId = actor.organizationId;
  const productIds = [...new Set(lines.map((line) => line.productId).filter(isUuid))].sort();
  const locationId = isUuid(input.locationId) ? input.locationId : null;
  const locked = await tx.$queryRaw<LockedProduct[]>`
    SELECT p."id"::text AS id, p."sku", p."type"::text AS type, p."allowNegativeStock", l."type"::text AS "locationType"
    FROM "Product" p LEFT JOIN "Location" l ON l."organizationId" = p."organizationId" AND l."id" = ${locationId}::uuid
    WHERE p."organizationId" = ${organizationId}::uuid AND p."id" = ANY(${productIds}::uuid[])
    ORDER BY p."id" FOR SHARE OF p`;
  const products = new Map(locked.map((product) => [product.id, product]));
  for (const line of lines) {
    const product = products.get(line.productId);
    if (!product)
      problems.add('NOT_FOUND', 'No product with this id in your organization', `lines.${line.index}.productId`);
    else if (product.type === 'SERVICE')
      problems.add('NOT_STOCKABLE', `Product ${product.sku} is a service`, `lines.${line.index}.productId`);
  }
  problems.throwIfAny();
  checkInternalLocation(locked[0]!.locationType === null ? null : { type: locked[0]!.locationType }, 'locationId');

  const levels = new Map(
    (
      await tx.$queryRaw<LevelRow[]>`
        SELECT "productId"::text AS "productId", "onHand", "reserved" FROM "StockLevel"
        WHERE "organizationId" = ${organizationId}::uuid AND "locationId" = ${locationId}::uuid AND "productId" = ANY(${productIds}::uuid[])
        ORDER BY "productId" FOR UPDATE`
    ).map((level) => [level.productId, new Prisma.Decimal(level.onHand).minus(level.reserved)]),
  );

  // Product order, then the order given: the order the rows are locked in, and who gets short stock first.
  const served = inProductOrder(lines);
  const reserved = new Map<number, Decimal>();
  for (const line of served) {
    const product = products.get(line.productId)!;
    if (product.allowNegativeStock) {
      reserved.set(line.index, line.quantity);
      continue;
    }
    const free = Prisma.Decimal.max(levels.get(line.productId) ?? 0, 0);
    if (free.lessThan(line.quantity) && !input.partial) {
      throw insufficient(`lines.${line.index}.quantity`, line.quantity, free);
    }
    const quantity = Prisma.Decimal.min(free, line.quantity);
    levels.set(line.productId, free.minus(quantity));
    reserved.set(line.index, quantity);
  }

  const taking = served.filter((line) => reserved.get(line.index)!.greaterThan(0));
  const perProduct = new Map<string, Decimal>();
  for (const line of taking)
    perProduct.set(
      line.productId,
      (perProduct.get(line.productId) ?? new Prisma.Decimal(0)).plus(reserved.get(line.index)!),
    );
  const reservationIds = new Map<string, string>();
  if (perProduct.size > 0) {
    const levelProducts = [...perProduct.keys()];
    const levelQuantities = levelProducts.map((id) => perProduct.get(id)!.toFixed());
    // Existing levels are locked above; a missing one exists only for a product allowing negative stock
    // (the others reserved nothing without a level), and is created with nothing on hand.
    await tx.$executeRaw`
      INSERT INTO "StockLevel" ("id", "organizationId", "productId", "locationId", "onHand", "reserved", "updatedAt")
      SELECT gen_random_uuid(), ${organizationId}::uuid, v."productId", ${input.locationId}::uuid, 0, v.quantity, now()
      FROM unnest(${levelProducts}::uuid[], ${levelQuantities}::numeric[]) AS v("productId", quantity)
      ORDER BY v."productId"
      ON CONFLICT ("organizationId", "productId", "locationId")
      DO UPDATE SET "reserved" = "StockLevel"."reserved" + EXCLUDED."reserved", "updatedAt" = now()`;
    const rows = await tx.$queryRaw<{ id: string; productId: string; demandLine: string }[]>`
      INSERT INTO "StockReservation" ("id", "organizationId", "productId", "locationId", "demandType", "demandId", "demandLine", "quantity", "consumed", "updatedAt")
      SELECT v.id, ${organizationId}::uuid, v."productId", ${input.locationId}::uuid, ${demandType}, ${demandId}, v."demandLine", v.quantity, 0, now()
      FROM unnest(${taking.map(() => randomUUID())}::uuid[], ${taking.map((l) => l.productId)}::uuid[], ${taking.map((l) => l.demandLine)}::text[],
                  ${taking.map((l) => reserved.get(l.index)!.toFixed())}::numeric[]) AS v(id, "productId", "demandLine", quantity)
      ON CONFLICT ("organizationId", "demandType", "demandId", "demandLine", "productId", "locationId")
      DO UPDATE SET "quantity" = "StockReservation"."quantity" + EXCLUDED."quantity", "updatedAt" = now()
      RETURNING "id"::text AS id, "productId"::text AS "productId", "demandLine"`;
    for (const row of rows) reservationIds.set(lineKey(row), row.id);
  }

  const result = lines.map((line) => ({
    line: line.demandLine,
    productId: line.productId,
    reserved: reserved.get(line.index)!,
    reservationId: reservationIds.get(lineKey(line)) ?? null,
  }));
  const reservedLines = result
    .filter((line) => line.reservationId)
    .map((line) => ({
      line: line.line,
      productId: line.productId,
      reservationId: line.reservationId,
      quantity: line.reserved.toFixed(),
    }));
  if (reservedLines.length > 0) {
    const document = { demandType, demandId, locationId: input.locationId };
    await recordAudit(tx, actor, {
      action: 'stockReserve',
      entityType: demandType,
      entityId: demandId,
      after: { ...document, lines: reservedLines },
    });
    await appendEvent(tx, actor, {
      type: 'stock.demandReserved',
      aggregateType: demandType,
      aggregateId: demandId,
      payload: { ...document, lines: reservedLines },
    });
  }
  return result;
}
