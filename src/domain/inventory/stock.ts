import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import type { LocationType, StockMoveKind } from '../../generated/prisma/enums.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { movingAverage } from './costing.js';
import { virtualLocationId } from './locations.js';
import { COST_SCALE, QUANTITY_SCALE, checkDecimal } from './numbers.js';
import { decreaseOnHand, increaseOnHand } from './stock-levels.js';

type Decimal = Prisma.Decimal;

export interface StockMoveRef {
  stockMoveId: string;
}

/** The document a move (or reservation) belongs to, e.g. { type: "SALES_ORDER", id: "...", line: "3" }. */
export interface DocumentReference {
  type: string;
  id: string;
  line?: string | null;
}

export interface StockProduct {
  id: string;
  sku: string;
  type: 'STOCKED' | 'CONSUMABLE' | 'SERVICE';
  costingMethod: 'MOVING_AVERAGE' | 'FIFO';
  allowNegativeStock: boolean;
  isActive: boolean;
  averageCost: Decimal;
}

/**
 * Reads the product for a stock operation and locks its row: FOR UPDATE when the operation changes
 * the average cost (receipts, positive adjustments), FOR SHARE otherwise, so issues of one product run
 * side by side while a receipt waits for them (and they for it): the average they record is current.
 */
export async function loadStockProduct(
  tx: TenantTx,
  actor: Actor,
  productId: string,
  lock: 'share' | 'update',
  field = 'productId',
): Promise<StockProduct> {
  const rows =
    lock === 'update'
      ? await tx.$queryRaw<StockProduct[]>`
          SELECT "id"::text AS id, "sku", "type"::text AS type, "costingMethod"::text AS "costingMethod", "allowNegativeStock", "isActive", "averageCost"
          FROM "Product" WHERE "organizationId" = ${actor.organizationId}::uuid AND "id" = ${productId}::uuid FOR UPDATE`
      : await tx.$queryRaw<StockProduct[]>`
          SELECT "id"::text AS id, "sku", "type"::text AS type, "costingMethod"::text AS "costingMethod", "allowNegativeStock", "isActive", "averageCost"
          FROM "Product" WHERE "organizationId" = ${actor.organizationId}::uuid AND "id" = ${productId}::uuid FOR SHARE`;
  const product = rows[0];
  if (!product) throw new DomainError(fieldError('NOT_FOUND', 'No product with this id in your organization', field));
  if (product.type === 'SERVICE') throw new DomainError(fieldError('NOT_STOCKABLE', `Product ${product.sku} is a service`, field));
  if (product.costingMethod === 'FIFO') {
    throw new DomainError(fieldError('COSTING_METHOD_UNSUPPORTED', `Product ${product.sku} uses FIFO costing, which stock operations do not support yet`, field));
  }
  return { ...product, averageCost: new Prisma.Decimal(product.averageCost) };
}

/** The location must exist and be a warehouse (INTERNAL) location. */
export async function loadInternalLocation(tx: TenantTx, locationId: string, field: string): Promise<{ id: string; code: string }> {
  const location = await tx.location.findUnique({ where: { id: locationId }, select: { id: true, code: true, type: true } });
  if (!location) throw new DomainError(fieldError('NOT_FOUND', 'No location with this id in your organization', field));
  if (location.type !== 'INTERNAL') {
    throw new DomainError(fieldError('INVALID_LOCATION', `${field} must be a warehouse location, not the virtual ${location.type} location`, field));
  }
  return location;
}

export function checkQuantity(problems: Problems, field: string, value: Decimal | null | undefined): Decimal | undefined {
  if (value === undefined || value === null) {
    problems.add('REQUIRED', `${field} is required`, field);
    return undefined;
  }
  return checkDecimal(problems, field, value, { scale: QUANTITY_SCALE, positive: true });
}

export function cleanReference(problems: Problems, field: string, reference: DocumentReference | null | undefined) {
  if (!reference) return { sourceType: null, sourceId: null, sourceLine: null };
  const sourceType = cleanText(reference.type);
  const sourceId = cleanText(reference.id);
  const sourceLine = cleanText(reference.line) ?? null;
  if (checkRequired(problems, `${field}.type`, sourceType)) checkLength(problems, `${field}.type`, sourceType, 50);
  if (checkRequired(problems, `${field}.id`, sourceId)) checkLength(problems, `${field}.id`, sourceId, 100);
  checkLength(problems, `${field}.line`, sourceLine, 50);
  return { sourceType: sourceType ?? null, sourceId: sourceId ?? null, sourceLine };
}

interface MoveRecord {
  kind: StockMoveKind;
  product: StockProduct;
  quantity: Decimal;
  fromLocationId: string;
  toLocationId: string;
  unitCost: Decimal;
  reason?: string | null;
  source: { sourceType: string | null; sourceId: string | null; sourceLine: string | null };
}

/** Writes the DONE move with its audit record and event; the caller has already changed the levels. */
export async function recordMove(tx: TenantTx, actor: Actor, move: MoveRecord, action: string, event: string): Promise<StockMoveRef> {
  const id = randomUUID();
  const created = await tx.stockMove.create({
    data: {
      id,
      organizationId: actor.organizationId,
      productId: move.product.id,
      quantity: move.quantity,
      fromLocationId: move.fromLocationId,
      toLocationId: move.toLocationId,
      unitCost: move.unitCost,
      kind: move.kind,
      state: 'DONE',
      reason: move.reason ?? null,
      ...move.source,
      doneAt: new Date(),
    },
  });
  await recordAudit(tx, actor, { action, entityType: 'StockMove', entityId: id, after: created });
  await appendEvent(tx, actor, {
    type: event,
    aggregateType: 'StockMove',
    aggregateId: id,
    payload: {
      productId: move.product.id,
      quantity: move.quantity.toFixed(),
      fromLocationId: move.fromLocationId,
      toLocationId: move.toLocationId,
      unitCost: move.unitCost.toFixed(),
    },
  });
  return { stockMoveId: id };
}

/** Stock coming in at a cost: on hand up, the product's moving average recomputed (the product row is locked FOR UPDATE). */
async function receiveInto(tx: TenantTx, actor: Actor, product: StockProduct, locationId: string, quantity: Decimal, unitCost: Decimal) {
  const rows = await tx.$queryRaw<{ total: Decimal | null }[]>`
    SELECT SUM("onHand") AS total FROM "StockLevel" WHERE "organizationId" = ${actor.organizationId}::uuid AND "productId" = ${product.id}::uuid`;
  const onHand = new Prisma.Decimal(rows[0]?.total ?? 0);
  const average = movingAverage(onHand, product.averageCost, quantity, unitCost);
  if (!average.equals(product.averageCost)) await tx.product.update({ where: { id: product.id }, data: { averageCost: average } });
  await increaseOnHand(tx, { organizationId: actor.organizationId, productId: product.id, locationId }, quantity);
}

export interface StockReceiveInput {
  productId: string;
  locationId: string;
  quantity: Decimal;
  unitCost: Decimal;
  reference?: DocumentReference | null;
}

/** Receives goods from the SUPPLIER location into a warehouse location at a unit cost. Emits stock.received. */
export async function receiveStock(tx: TenantTx, actor: Actor, input: StockReceiveInput): Promise<StockMoveRef> {
  const problems = new Problems();
  const quantity = checkQuantity(problems, 'quantity', input.quantity);
  const unitCost = checkDecimal(problems, 'unitCost', input.unitCost, { scale: COST_SCALE });
  const source = cleanReference(problems, 'reference', input.reference);
  problems.throwIfAny();
  const product = await loadStockProduct(tx, actor, input.productId, 'update');
  if (!product.isActive) throw new DomainError(fieldError('PRODUCT_INACTIVE', `Product ${product.sku} is inactive`, 'productId'));
  await loadInternalLocation(tx, input.locationId, 'locationId');
  await receiveInto(tx, actor, product, input.locationId, quantity as Decimal, unitCost as Decimal);
  const fromLocationId = await virtualLocationId(tx, 'SUPPLIER');
  return recordMove(
    tx,
    actor,
    { kind: 'RECEIPT', product, quantity: quantity as Decimal, fromLocationId, toLocationId: input.locationId, unitCost: unitCost as Decimal, source },
    'stockReceive',
    'stock.received',
  );
}

/** Stock leaving a warehouse location for a virtual one, costed at the current average. */
async function sendOut(
  tx: TenantTx,
  actor: Actor,
  input: { productId: string; locationId: string; quantity: Decimal; reference?: DocumentReference | null; reason?: string | null },
  options: { kind: StockMoveKind; to: Exclude<LocationType, 'INTERNAL'>; action: string; event: string; reasonRequired?: boolean },
): Promise<StockMoveRef> {
  const problems = new Problems();
  const quantity = checkQuantity(problems, 'quantity', input.quantity);
  const source = cleanReference(problems, 'reference', input.reference);
  const reason = cleanText(input.reason) ?? null;
  if (options.reasonRequired) checkRequired(problems, 'reason', reason);
  checkLength(problems, 'reason', reason, 500);
  problems.throwIfAny();
  const product = await loadStockProduct(tx, actor, input.productId, 'share');
  await loadInternalLocation(tx, input.locationId, 'locationId');
  const key = { organizationId: actor.organizationId, productId: product.id, locationId: input.locationId };
  await decreaseOnHand(tx, key, quantity as Decimal, { allowNegative: product.allowNegativeStock, field: 'quantity' });
  const toLocationId = await virtualLocationId(tx, options.to);
  return recordMove(
    tx,
    actor,
    { kind: options.kind, product, quantity: quantity as Decimal, fromLocationId: input.locationId, toLocationId, unitCost: product.averageCost, reason, source },
    options.action,
    options.event,
  );
}

export interface StockIssueInput {
  productId: string;
  locationId: string;
  quantity: Decimal;
  reference?: DocumentReference | null;
}

/** Issues (ships) goods from a warehouse location to the CUSTOMER location at the average cost. Emits stock.issued. */
export const issueStock = (tx: TenantTx, actor: Actor, input: StockIssueInput) =>
  sendOut(tx, actor, input, { kind: 'ISSUE', to: 'CUSTOMER', action: 'stockIssue', event: 'stock.issued' });

export interface StockScrapInput {
  productId: string;
  locationId: string;
  quantity: Decimal;
  reason?: string | null;
  reference?: DocumentReference | null;
}

/** Moves goods from a warehouse location to the SCRAP location at the average cost. Emits stock.scrapped. */
export const scrapStock = (tx: TenantTx, actor: Actor, input: StockScrapInput) =>
  sendOut(tx, actor, input, { kind: 'SCRAP', to: 'SCRAP', action: 'stockScrap', event: 'stock.scrapped' });

export interface StockTransferInput {
  productId: string;
  fromLocationId: string;
  toLocationId: string;
  quantity: Decimal;
  reference?: DocumentReference | null;
}

/** Moves goods between two warehouse locations (any warehouses); the average cost stays. Emits stock.transferred. */
export async function transferStock(tx: TenantTx, actor: Actor, input: StockTransferInput): Promise<StockMoveRef> {
  const problems = new Problems();
  const quantity = checkQuantity(problems, 'quantity', input.quantity) as Decimal;
  const source = cleanReference(problems, 'reference', input.reference);
  if (input.fromLocationId === input.toLocationId) problems.add('SAME_LOCATION', 'toLocationId must differ from fromLocationId', 'toLocationId');
  problems.throwIfAny();
  const product = await loadStockProduct(tx, actor, input.productId, 'share');
  await loadInternalLocation(tx, input.fromLocationId, 'fromLocationId');
  await loadInternalLocation(tx, input.toLocationId, 'toLocationId');
  const organizationId = actor.organizationId;
  await decreaseOnHand(tx, { organizationId, productId: product.id, locationId: input.fromLocationId }, quantity, {
    allowNegative: product.allowNegativeStock,
    field: 'quantity',
  });
  await increaseOnHand(tx, { organizationId, productId: product.id, locationId: input.toLocationId }, quantity);
  return recordMove(
    tx,
    actor,
    { kind: 'TRANSFER', product, quantity, fromLocationId: input.fromLocationId, toLocationId: input.toLocationId, unitCost: product.averageCost, source },
    'stockTransfer',
    'stock.transferred',
  );
}

export interface StockAdjustInput {
  productId: string;
  locationId: string;
  /** Signed change of on hand: positive finds stock, negative loses it. */
  quantity: Decimal;
  reason: string;
  /** Cost per unit of found stock (default: the current average); not allowed on a decrease. */
  unitCost?: Decimal | null;
  reference?: DocumentReference | null;
}

/**
 * Corrects on hand by a signed quantity against the ADJUSTMENT location, with a reason. An increase
 * enters at `unitCost` (default the average) and recomputes the average; a decrease leaves at the average.
 * Emits stock.adjusted.
 */
export async function adjustStock(tx: TenantTx, actor: Actor, input: StockAdjustInput): Promise<StockMoveRef> {
  const problems = new Problems();
  const signed = input.quantity;
  let quantity: Decimal | undefined;
  if (signed === undefined || signed === null || signed.isZero()) problems.add('OUT_OF_RANGE', 'quantity must not be zero', 'quantity');
  else quantity = checkDecimal(problems, 'quantity', signed.abs(), { scale: QUANTITY_SCALE, positive: true });
  const unitCost = checkDecimal(problems, 'unitCost', input.unitCost, { scale: COST_SCALE });
  if (unitCost && signed?.isNegative()) problems.add('OUT_OF_RANGE', 'unitCost applies only to increases; decreases leave at the average cost', 'unitCost');
  const reason = cleanText(input.reason);
  if (checkRequired(problems, 'reason', reason)) checkLength(problems, 'reason', reason, 500);
  const source = cleanReference(problems, 'reference', input.reference);
  problems.throwIfAny();
  return postAdjustment(tx, actor, {
    productId: input.productId,
    locationId: input.locationId,
    change: signed,
    quantity: quantity as Decimal,
    unitCost,
    reason: reason as string,
    source,
    action: 'stockAdjust',
  });
}

/** The adjustment move itself; also used by cycle counts for their differences. */
export async function postAdjustment(
  tx: TenantTx,
  actor: Actor,
  adjustment: {
    productId: string;
    locationId: string;
    change: Decimal;
    quantity: Decimal;
    unitCost?: Decimal;
    reason: string;
    source: MoveRecord['source'];
    action: string;
  },
): Promise<StockMoveRef> {
  const increase = adjustment.change.isPositive();
  const product = await loadStockProduct(tx, actor, adjustment.productId, increase ? 'update' : 'share');
  await loadInternalLocation(tx, adjustment.locationId, 'locationId');
  const adjustmentLocationId = await virtualLocationId(tx, 'ADJUSTMENT');
  const key = { organizationId: actor.organizationId, productId: product.id, locationId: adjustment.locationId };
  let unitCost = product.averageCost;
  if (increase) {
    unitCost = adjustment.unitCost ?? product.averageCost;
    await receiveInto(tx, actor, product, adjustment.locationId, adjustment.quantity, unitCost);
  } else {
    await decreaseOnHand(tx, key, adjustment.quantity, { allowNegative: product.allowNegativeStock, field: 'quantity' });
  }
  return recordMove(
    tx,
    actor,
    {
      kind: 'ADJUSTMENT',
      product,
      quantity: adjustment.quantity,
      fromLocationId: increase ? adjustmentLocationId : adjustment.locationId,
      toLocationId: increase ? adjustment.locationId : adjustmentLocationId,
      unitCost,
      reason: adjustment.reason,
      source: adjustment.source,
    },
    adjustment.action,
    'stock.adjusted',
  );
}
