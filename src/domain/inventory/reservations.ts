import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkLength,
  cleanText,
  fieldError,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { checkDemandOwner, cleanDemandDocument } from './demand-owners.js';
import { virtualLocationId } from './locations.js';
import {
  checkQuantity,
  loadInternalLocation,
  loadStockProduct,
  recordMove,
  valueLeaving,
  type DocumentReference,
  type StockMoveRef,
} from './stock.js';
import { decreaseOnHand, insufficient } from './stock-levels.js';

type Decimal = Prisma.Decimal;

export interface ReservationRef {
  reservationId: string;
}

/** The demand a reservation is for: a sales order line, a work order component, ... (`line` may be omitted). */
export type Demand = DocumentReference;

export interface ReservationKey {
  productId: string;
  locationId: string;
  demand: Demand;
  /** The domain calling, when it owns the demand type (claimDemandType); the API calls without one. */
  owner?: string;
}

export function cleanDemand(problems: Problems, demand: Demand | null | undefined) {
  const { demandType, demandId } = cleanDemandDocument(problems, demand);
  const demandLine = cleanText(demand?.line) ?? '';
  checkLength(problems, 'demand.line', demandLine, 50);
  return { demandType, demandId, demandLine };
}

type CleanDemand = ReturnType<typeof cleanDemand>;

async function findReservation(tx: TenantTx, key: ReservationKey, demand: CleanDemand) {
  return tx.stockReservation.findFirst({
    where: { productId: key.productId, locationId: key.locationId, ...demand },
    select: { id: true, quantity: true },
  });
}

export function notReserved(field: string, quantity: Decimal, reserved: Decimal): DomainError {
  return new DomainError(
    fieldError(
      'EXCEEDS_RESERVATION',
      `Only ${reserved.toFixed()} reserved for this demand here, ${quantity.toFixed()} requested`,
      field,
    ),
  );
}

export interface StockReserveInput extends ReservationKey {
  quantity: Decimal;
}

/**
 * Reserves available stock of a product in a warehouse location for a demand. The level's reserved
 * quantity grows with one conditional UPDATE (available = on hand - reserved must cover it, unless the
 * product allows negative stock), so simultaneous reservations can never promise the same units twice.
 * Reserving again for the same demand, product and location adds to its reservation. Emits stock.reserved.
 */
export async function reserveStock(tx: TenantTx, actor: Actor, input: StockReserveInput): Promise<ReservationRef> {
  const problems = new Problems();
  const quantity = checkQuantity(problems, 'quantity', input.quantity) as Decimal;
  const demand = cleanDemand(problems, input.demand);
  problems.throwIfAny();
  checkDemandOwner(demand.demandType, input.owner);
  const product = await loadStockProduct(tx, actor, input.productId, 'share');
  await loadInternalLocation(tx, input.locationId, 'locationId');
  const organizationId = actor.organizationId;
  const q = quantity.toFixed();
  if (product.allowNegativeStock) {
    await tx.$executeRaw`
      INSERT INTO "StockLevel" ("id", "organizationId", "productId", "locationId", "onHand", "reserved", "updatedAt")
      VALUES (${randomUUID()}::uuid, ${organizationId}::uuid, ${product.id}::uuid, ${input.locationId}::uuid, 0, ${q}::numeric, now())
      ON CONFLICT ("organizationId", "productId", "locationId")
      DO UPDATE SET "reserved" = "StockLevel"."reserved" + ${q}::numeric, "updatedAt" = now()`;
  } else {
    const changed = await tx.$executeRaw`
      UPDATE "StockLevel" SET "reserved" = "reserved" + ${q}::numeric, "updatedAt" = now()
      WHERE "organizationId" = ${organizationId}::uuid AND "productId" = ${product.id}::uuid AND "locationId" = ${input.locationId}::uuid
        AND "onHand" - "reserved" >= ${q}::numeric`;
    if (changed === 0) {
      const level = await tx.stockLevel.findFirst({
        where: { productId: product.id, locationId: input.locationId },
        select: { onHand: true, reserved: true },
      });
      throw insufficient('quantity', quantity, level ? level.onHand.minus(level.reserved) : new Prisma.Decimal(0));
    }
  }
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "StockReservation" ("id", "organizationId", "productId", "locationId", "demandType", "demandId", "demandLine", "quantity", "consumed", "updatedAt")
    VALUES (${randomUUID()}::uuid, ${organizationId}::uuid, ${product.id}::uuid, ${input.locationId}::uuid,
            ${demand.demandType}, ${demand.demandId}, ${demand.demandLine}, ${q}::numeric, 0, now())
    ON CONFLICT ("organizationId", "demandType", "demandId", "demandLine", "productId", "locationId")
    DO UPDATE SET "quantity" = "StockReservation"."quantity" + ${q}::numeric, "updatedAt" = now()
    RETURNING "id"::text AS id`;
  const reservationId = rows[0].id;
  await recordAudit(tx, actor, {
    action: 'stockReserve',
    entityType: 'StockReservation',
    entityId: reservationId,
    after: { ...demand, quantity: q },
  });
  await appendEvent(tx, actor, {
    type: 'stock.reserved',
    aggregateType: 'StockReservation',
    aggregateId: reservationId,
    payload: { productId: product.id, locationId: input.locationId, ...demand, quantity: q },
  });
  return { reservationId };
}

export interface StockReleaseInput extends ReservationKey {
  /** How much to release; default everything still reserved. */
  quantity?: Decimal | null;
}

/**
 * Releases (part of) a demand's reservation: the level's reserved quantity and the reservation shrink
 * together, each with a conditional UPDATE; more than is reserved is refused with EXCEEDS_RESERVATION.
 * Emits stock.released.
 */
export async function releaseStock(tx: TenantTx, actor: Actor, input: StockReleaseInput): Promise<ReservationRef> {
  const problems = new Problems();
  const requested =
    input.quantity === undefined || input.quantity === null
      ? undefined
      : checkQuantity(problems, 'quantity', input.quantity);
  const demand = cleanDemand(problems, input.demand);
  problems.throwIfAny();
  checkDemandOwner(demand.demandType, input.owner);
  const reservation = await findReservation(tx, input, demand);
  if (!reservation)
    throw new DomainError(
      fieldError('NOT_FOUND', 'Nothing is reserved for this demand, product and location', 'demand'),
    );
  // Without a quantity: what is reserved now; the conditional UPDATE below still guards against a concurrent change.
  const quantity = requested ?? reservation.quantity;
  if (quantity.isZero()) throw notReserved('quantity', quantity, reservation.quantity);
  await shrinkReservation(tx, actor, reservation.id, input, quantity, { consumed: false });
  await recordAudit(tx, actor, {
    action: 'stockRelease',
    entityType: 'StockReservation',
    entityId: reservation.id,
    after: { ...demand, released: quantity.toFixed() },
  });
  await appendEvent(tx, actor, {
    type: 'stock.released',
    aggregateType: 'StockReservation',
    aggregateId: reservation.id,
    payload: { productId: input.productId, locationId: input.locationId, ...demand, quantity: quantity.toFixed() },
  });
  return { reservationId: reservation.id };
}

/** Level first, then the reservation (the same lock order as reserveStock), each one conditional UPDATE. */
async function shrinkReservation(
  tx: TenantTx,
  actor: Actor,
  reservationId: string,
  key: ReservationKey,
  quantity: Decimal,
  options: { consumed: boolean },
): Promise<void> {
  const q = quantity.toFixed();
  const organizationId = actor.organizationId;
  if (!options.consumed) {
    const changed = await tx.$executeRaw`
      UPDATE "StockLevel" SET "reserved" = "reserved" - ${q}::numeric, "updatedAt" = now()
      WHERE "organizationId" = ${organizationId}::uuid AND "productId" = ${key.productId}::uuid AND "locationId" = ${key.locationId}::uuid
        AND "reserved" >= ${q}::numeric`;
    if (changed === 0) throw notReserved('quantity', quantity, await reservedFor(tx, reservationId));
  }
  const changed = await tx.$executeRaw`
    UPDATE "StockReservation"
    SET "quantity" = "quantity" - ${q}::numeric, "consumed" = "consumed" + ${options.consumed ? q : '0'}::numeric, "updatedAt" = now()
    WHERE "organizationId" = ${organizationId}::uuid AND "id" = ${reservationId}::uuid AND "quantity" >= ${q}::numeric`;
  if (changed === 0) throw notReserved('quantity', quantity, await reservedFor(tx, reservationId));
}

async function reservedFor(tx: TenantTx, reservationId: string): Promise<Decimal> {
  const row = await tx.stockReservation.findUnique({ where: { id: reservationId }, select: { quantity: true } });
  return row?.quantity ?? new Prisma.Decimal(0);
}

export interface StockConsumeInput extends ReservationKey {
  quantity: Decimal;
  /** Where the goods go: CUSTOMER for a shipment (default), PRODUCTION for a work order component. */
  destination?: 'CUSTOMER' | 'PRODUCTION' | null;
}

/**
 * Consumes (part of) a reservation: issues the quantity from the location (valued and posted like an issue), taking it
 * off on hand and reserved in one conditional UPDATE, and off the reservation. The move references the
 * demand. Emits stock.issued.
 */
export async function consumeReservation(
  tx: TenantTx,
  actor: Actor,
  input: StockConsumeInput,
): Promise<ReservationRef & StockMoveRef> {
  const problems = new Problems();
  const quantity = checkQuantity(problems, 'quantity', input.quantity) as Decimal;
  const demand = cleanDemand(problems, input.demand);
  problems.throwIfAny();
  checkDemandOwner(demand.demandType, input.owner);
  // FOR UPDATE: consuming lowers on hand, so it takes value from the product's stock value.
  const product = await loadStockProduct(tx, actor, input.productId, 'update');
  await loadInternalLocation(tx, input.locationId, 'locationId');
  const reservation = await findReservation(tx, input, demand);
  if (!reservation)
    throw new DomainError(
      fieldError('NOT_FOUND', 'Nothing is reserved for this demand, product and location', 'demand'),
    );
  const key = { organizationId: actor.organizationId, productId: product.id, locationId: input.locationId };
  try {
    await decreaseOnHand(tx, key, quantity, {
      allowNegative: product.allowNegativeStock,
      field: 'quantity',
      fromReserved: quantity,
    });
  } catch (error) {
    // The level's reserved covers every reservation here; failing it means this one is short too.
    if (error instanceof DomainError) throw notReserved('quantity', quantity, await reservedFor(tx, reservation.id));
    throw error;
  }
  await shrinkReservation(tx, actor, reservation.id, input, quantity, { consumed: true });
  const valued = await valueLeaving(tx, actor, product, quantity);
  const toLocationId = await virtualLocationId(tx, input.destination ?? 'CUSTOMER');
  const move = await recordMove(
    tx,
    actor,
    {
      kind: 'ISSUE',
      product,
      quantity,
      fromLocationId: input.locationId,
      toLocationId,
      valued,
      source: { sourceType: demand.demandType, sourceId: demand.demandId, sourceLine: demand.demandLine || null },
    },
    'stockConsume',
    'stock.issued',
  );
  return { reservationId: reservation.id, stockMoveId: move.stockMoveId };
}
