import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import { DomainError, QUANTITY, columnLimit, fieldError, type TenantTx } from '../../platform/index.js';

type Decimal = Prisma.Decimal;

export interface LevelKey {
  organizationId: string;
  productId: string;
  locationId: string;
}

/** On hand and reserved are DECIMAL(20,4): a level stays below this in both directions. */
const LEVEL_LIMIT = columnLimit(QUANTITY).toFixed();

export function levelOverflow(field: string, quantity: Decimal): DomainError {
  return new DomainError(
    fieldError(
      'OUT_OF_RANGE',
      `${field} ${quantity.toFixed()} would take on hand at this location past what can be stored (below 10^16)`,
      field,
    ),
  );
}

/**
 * Adds to on hand, creating the level row on first use; one statement, safe under concurrency. A sum
 * its column cannot hold changes nothing and is refused with OUT_OF_RANGE on `field`.
 */
export async function increaseOnHand(
  tx: TenantTx,
  key: LevelKey,
  quantity: Decimal,
  field = 'quantity',
): Promise<void> {
  const changed = await tx.$executeRaw`
    INSERT INTO "StockLevel" ("id", "organizationId", "productId", "locationId", "onHand", "reserved", "updatedAt")
    VALUES (${randomUUID()}::uuid, ${key.organizationId}::uuid, ${key.productId}::uuid, ${key.locationId}::uuid, ${quantity.toFixed()}::numeric, 0, now())
    ON CONFLICT ("organizationId", "productId", "locationId")
    DO UPDATE SET "onHand" = "StockLevel"."onHand" + EXCLUDED."onHand", "updatedAt" = now()
    WHERE "StockLevel"."onHand" + EXCLUDED."onHand" < ${LEVEL_LIMIT}::numeric`;
  if (changed === 0) throw levelOverflow(field, quantity);
}

async function available(tx: TenantTx, key: LevelKey): Promise<Decimal> {
  const rows = await tx.$queryRaw<{ available: Decimal }[]>`
    SELECT ("onHand" - "reserved") AS available FROM "StockLevel"
    WHERE "organizationId" = ${key.organizationId}::uuid AND "productId" = ${key.productId}::uuid AND "locationId" = ${key.locationId}::uuid`;
  return new Prisma.Decimal(rows[0]?.available ?? 0);
}

export function insufficient(field: string, quantity: Decimal, availableNow: Decimal): DomainError {
  return new DomainError(
    fieldError(
      'INSUFFICIENT_STOCK',
      `Only ${availableNow.toFixed()} available at this location, ${quantity.toFixed()} requested`,
      field,
    ),
  );
}

/**
 * Takes `quantity` off on hand. Unless negative stock is allowed this is one conditional UPDATE
 * (available = on hand - reserved must cover it): concurrent callers cannot both take the last units,
 * and no read precedes the write. `fromReserved` also takes the quantity off reserved (consuming a reservation).
 */
export async function decreaseOnHand(
  tx: TenantTx,
  key: LevelKey,
  quantity: Decimal,
  options: { allowNegative: boolean; field: string; fromReserved?: Decimal },
): Promise<void> {
  const q = quantity.toFixed();
  const r = (options.fromReserved ?? new Prisma.Decimal(0)).toFixed();
  if (options.allowNegative && r === '0') {
    const changed = await tx.$executeRaw`
      INSERT INTO "StockLevel" ("id", "organizationId", "productId", "locationId", "onHand", "reserved", "updatedAt")
      VALUES (${randomUUID()}::uuid, ${key.organizationId}::uuid, ${key.productId}::uuid, ${key.locationId}::uuid, -${q}::numeric, 0, now())
      ON CONFLICT ("organizationId", "productId", "locationId")
      DO UPDATE SET "onHand" = "StockLevel"."onHand" - ${q}::numeric, "updatedAt" = now()
      WHERE "StockLevel"."onHand" - ${q}::numeric > -${LEVEL_LIMIT}::numeric`;
    if (changed === 0) throw levelOverflow(options.field, quantity);
    return;
  }
  // What stays available after the move: on hand - q - (reserved - r) >= 0, i.e. on hand - reserved >= q - r.
  const changed = await tx.$executeRaw`
    UPDATE "StockLevel" SET "onHand" = "onHand" - ${q}::numeric, "reserved" = "reserved" - ${r}::numeric, "updatedAt" = now()
    WHERE "organizationId" = ${key.organizationId}::uuid AND "productId" = ${key.productId}::uuid AND "locationId" = ${key.locationId}::uuid
      AND "reserved" >= ${r}::numeric
      AND (${options.allowNegative}::boolean OR "onHand" - "reserved" >= ${q}::numeric - ${r}::numeric)`;
  if (changed === 0) throw insufficient(options.field, quantity, await available(tx, key));
}
