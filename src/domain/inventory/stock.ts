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
import { virtualLocationId } from './locations.js';
import { postMoveValue } from './move-posting.js';
import {
  addLayer,
  baseScale,
  bookOnProduct,
  incomingValue,
  outgoingUnitCost,
  recordConsumptions,
  takeOutgoingValue,
  totalOnHand,
  transferValue,
  type LayerPart,
} from './move-value.js';
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
  stockValue: Decimal;
}

/**
 * Reads the product for a stock operation and locks its row. Every move that changes the product's
 * on hand (receipts, issues, scrap, adjustments, consumed reservations) changes its stock value too,
 * and the value it takes depends on the stock value and on hand of that moment, so these take the row
 * FOR UPDATE: moves of one product run one after the other (moves of different products do not wait
 * for each other). Transfers and reservations change neither and take it FOR SHARE, side by side.
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
          SELECT "id"::text AS id, "sku", "type"::text AS type, "costingMethod"::text AS "costingMethod", "allowNegativeStock", "isActive", "averageCost", "stockValue"
          FROM "Product" WHERE "organizationId" = ${actor.organizationId}::uuid AND "id" = ${productId}::uuid FOR UPDATE`
      : await tx.$queryRaw<StockProduct[]>`
          SELECT "id"::text AS id, "sku", "type"::text AS type, "costingMethod"::text AS "costingMethod", "allowNegativeStock", "isActive", "averageCost", "stockValue"
          FROM "Product" WHERE "organizationId" = ${actor.organizationId}::uuid AND "id" = ${productId}::uuid FOR SHARE`;
  const product = rows[0];
  if (!product) throw new DomainError(fieldError('NOT_FOUND', 'No product with this id in your organization', field));
  if (product.type === 'SERVICE')
    throw new DomainError(fieldError('NOT_STOCKABLE', `Product ${product.sku} is a service`, field));
  return {
    ...product,
    averageCost: new Prisma.Decimal(product.averageCost),
    stockValue: new Prisma.Decimal(product.stockValue),
  };
}

/** The location must exist and be a warehouse (INTERNAL) location. */
export async function loadInternalLocation(
  tx: TenantTx,
  locationId: string,
  field: string,
): Promise<{ id: string; code: string }> {
  const location = await tx.location.findUnique({
    where: { id: locationId },
    select: { id: true, code: true, type: true },
  });
  checkInternalLocation(location, field);
  return location!;
}

/** loadInternalLocation's checks, for a caller that read the location's type along with other rows. */
export function checkInternalLocation(location: { type: string } | null | undefined, field: string): void {
  if (!location) throw new DomainError(fieldError('NOT_FOUND', 'No location with this id in your organization', field));
  if (location.type !== 'INTERNAL') {
    throw new DomainError(
      fieldError(
        'INVALID_LOCATION',
        `${field} must be a warehouse location, not the virtual ${location.type} location`,
        field,
      ),
    );
  }
}

export function checkQuantity(
  problems: Problems,
  field: string,
  value: Decimal | null | undefined,
): Decimal | undefined {
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

/** A move's value as decided by the operation: what the move records, and the FIFO layer parts it took. */
export interface MoveValue {
  value: Decimal;
  unitCost: Decimal;
  direction: 'in' | 'out' | 'within';
  parts: LayerPart[];
}

interface MoveRecord {
  kind: StockMoveKind;
  product: StockProduct;
  quantity: Decimal;
  fromLocationId: string;
  toLocationId: string;
  valued: MoveValue;
  reason?: string | null;
  /** A receipt of goods a customer sent back: posted against COST_OF_GOODS_SOLD instead of GRNI. */
  customerReturn?: boolean;
  source: { sourceType: string | null; sourceId: string | null; sourceLine: string | null };
}

/**
 * Writes the DONE move with its value, its ledger entry (posted first, so the move can name it; a
 * refused posting throws before anything of the move is written and the transaction rolls back), its
 * FIFO layer or layer consumptions, audit record and event. The caller has already changed the levels
 * and the product's stock value. (A document's moves are written in bulk instead: document-moves.ts.)
 */
export async function recordMove(
  tx: TenantTx,
  actor: Actor,
  move: MoveRecord,
  action: string,
  event: string,
): Promise<StockMoveRef> {
  const id = randomUUID();
  const doneAt = new Date();
  const { value, unitCost, direction, parts } = move.valued;
  const journalEntryId =
    direction === 'within'
      ? null
      : await postMoveValue(tx, actor, {
          id,
          kind: move.kind,
          direction,
          value,
          doneAt,
          sku: move.product.sku,
          quantity: move.quantity,
          customerReturn: move.customerReturn,
        });
  const row = await tx.stockMove.create({
    data: {
      id,
      organizationId: actor.organizationId,
      productId: move.product.id,
      quantity: move.quantity,
      fromLocationId: move.fromLocationId,
      toLocationId: move.toLocationId,
      unitCost,
      value,
      journalEntryId,
      kind: move.kind,
      state: 'DONE',
      reason: move.reason ?? null,
      ...move.source,
      doneAt,
    },
  });
  if (move.product.costingMethod === 'FIFO' && direction === 'in') {
    await addLayer(tx, actor, {
      productId: move.product.id,
      moveId: id,
      quantity: move.quantity,
      unitCost,
      value,
      doneAt,
    });
  }
  await recordConsumptions(
    tx,
    actor,
    parts.map((part) => ({ ...part, moveId: id })),
  );
  const payload = {
    productId: move.product.id,
    quantity: move.quantity.toFixed(),
    fromLocationId: move.fromLocationId,
    toLocationId: move.toLocationId,
    unitCost: unitCost.toFixed(),
    value: value.toFixed(),
    journalEntryId,
  };
  await recordAudit(tx, actor, { action, entityType: 'StockMove', entityId: id, after: row });
  await appendEvent(tx, actor, { type: event, aggregateType: 'StockMove', aggregateId: id, payload });
  return { stockMoveId: id };
}

/**
 * Stock coming in at a cost (the product row is locked FOR UPDATE): on hand up, the product's stock
 * value up by round_half_up(quantity × unitCost) in the base currency, the average cost recomputed.
 */
async function receiveInto(
  tx: TenantTx,
  actor: Actor,
  product: StockProduct,
  locationId: string,
  quantity: Decimal,
  unitCost: Decimal,
): Promise<MoveValue> {
  await increaseOnHand(tx, { organizationId: actor.organizationId, productId: product.id, locationId }, quantity);
  const value = incomingValue(quantity, unitCost, await baseScale(tx));
  const onHandAfter = await totalOnHand(tx, actor, product.id);
  await bookOnProduct(tx, product, { onHandAfter, value, direction: 'in', unitCost });
  return { value, unitCost, direction: 'in', parts: [] };
}

/**
 * The value of stock that has just left (on hand already lowered, product row locked FOR UPDATE):
 * taken from the product's stock value (moving average) or its oldest FIFO layers. The move records
 * value / quantity as its unit cost.
 */
export async function valueLeaving(
  tx: TenantTx,
  actor: Actor,
  product: StockProduct,
  quantity: Decimal,
): Promise<MoveValue> {
  const scale = await baseScale(tx);
  const onHandAfter = await totalOnHand(tx, actor, product.id);
  const taken = await takeOutgoingValue(tx, actor, product, onHandAfter.plus(quantity), quantity, scale);
  await bookOnProduct(tx, product, {
    onHandAfter,
    value: taken.value,
    direction: 'out',
    unitCost: product.averageCost,
  });
  return {
    value: taken.value,
    unitCost: outgoingUnitCost(taken.value, quantity),
    direction: 'out',
    parts: taken.parts,
  };
}

export interface StockReceiveInput {
  productId: string;
  locationId: string;
  quantity: Decimal;
  unitCost: Decimal;
  reference?: DocumentReference | null;
}

/**
 * Receives goods from the SUPPLIER location into a warehouse location at a unit cost (base currency).
 * The move's value is round_half_up(quantity × unitCost, base currency decimals); it posts Dr INVENTORY /
 * Cr GOODS_RECEIVED_NOT_INVOICED for that value (source StockMove/<id>/valuation). Emits stock.received.
 */
export async function receiveStock(tx: TenantTx, actor: Actor, input: StockReceiveInput): Promise<StockMoveRef> {
  const problems = new Problems();
  const quantity = checkQuantity(problems, 'quantity', input.quantity);
  const unitCost = checkDecimal(problems, 'unitCost', input.unitCost, { scale: COST_SCALE });
  const source = cleanReference(problems, 'reference', input.reference);
  problems.throwIfAny();
  const product = await loadStockProduct(tx, actor, input.productId, 'update');
  if (!product.isActive)
    throw new DomainError(fieldError('PRODUCT_INACTIVE', `Product ${product.sku} is inactive`, 'productId'));
  await loadInternalLocation(tx, input.locationId, 'locationId');
  const valued = await receiveInto(tx, actor, product, input.locationId, quantity as Decimal, unitCost as Decimal);
  const fromLocationId = await virtualLocationId(tx, 'SUPPLIER');
  return recordMove(
    tx,
    actor,
    {
      kind: 'RECEIPT',
      product,
      quantity: quantity as Decimal,
      fromLocationId,
      toLocationId: input.locationId,
      valued,
      source,
    },
    'stockReceive',
    'stock.received',
  );
}

/** Stock leaving a warehouse location for a virtual one, valued out of the product's stock value. */
async function sendOut(
  tx: TenantTx,
  actor: Actor,
  input: {
    productId: string;
    locationId: string;
    quantity: Decimal;
    reference?: DocumentReference | null;
    reason?: string | null;
  },
  options: {
    kind: StockMoveKind;
    to: Exclude<LocationType, 'INTERNAL'>;
    action: string;
    event: string;
    reasonRequired?: boolean;
  },
): Promise<StockMoveRef> {
  const problems = new Problems();
  const quantity = checkQuantity(problems, 'quantity', input.quantity);
  const source = cleanReference(problems, 'reference', input.reference);
  const reason = cleanText(input.reason) ?? null;
  if (options.reasonRequired) checkRequired(problems, 'reason', reason);
  checkLength(problems, 'reason', reason, 500);
  problems.throwIfAny();
  const product = await loadStockProduct(tx, actor, input.productId, 'update');
  await loadInternalLocation(tx, input.locationId, 'locationId');
  const key = { organizationId: actor.organizationId, productId: product.id, locationId: input.locationId };
  await decreaseOnHand(tx, key, quantity as Decimal, { allowNegative: product.allowNegativeStock, field: 'quantity' });
  const valued = await valueLeaving(tx, actor, product, quantity as Decimal);
  const toLocationId = await virtualLocationId(tx, options.to);
  return recordMove(
    tx,
    actor,
    {
      kind: options.kind,
      product,
      quantity: quantity as Decimal,
      fromLocationId: input.locationId,
      toLocationId,
      valued,
      reason,
      source,
    },
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

/** Issues (ships) goods from a warehouse location to the CUSTOMER location; posts Dr COST_OF_GOODS_SOLD / Cr INVENTORY. Emits stock.issued. */
export const issueStock = (tx: TenantTx, actor: Actor, input: StockIssueInput) =>
  sendOut(tx, actor, input, { kind: 'ISSUE', to: 'CUSTOMER', action: 'stockIssue', event: 'stock.issued' });

export interface StockScrapInput {
  productId: string;
  locationId: string;
  quantity: Decimal;
  reason?: string | null;
  reference?: DocumentReference | null;
}

/** Moves goods from a warehouse location to the SCRAP location; posts Dr INVENTORY_ADJUSTMENT / Cr INVENTORY. Emits stock.scrapped. */
export const scrapStock = (tx: TenantTx, actor: Actor, input: StockScrapInput) =>
  sendOut(tx, actor, input, { kind: 'SCRAP', to: 'SCRAP', action: 'stockScrap', event: 'stock.scrapped' });

export interface StockTransferInput {
  productId: string;
  fromLocationId: string;
  toLocationId: string;
  quantity: Decimal;
  reference?: DocumentReference | null;
}

/**
 * Moves goods between two warehouse locations (any warehouses). The move carries its share of the
 * product's stock value from one location to the other (FIFO layers stay as they are: they belong to
 * the product); the product's value does not change and nothing is posted. Emits stock.transferred.
 */
export async function transferStock(tx: TenantTx, actor: Actor, input: StockTransferInput): Promise<StockMoveRef> {
  const problems = new Problems();
  const quantity = checkQuantity(problems, 'quantity', input.quantity) as Decimal;
  const source = cleanReference(problems, 'reference', input.reference);
  if (input.fromLocationId === input.toLocationId)
    problems.add('SAME_LOCATION', 'toLocationId must differ from fromLocationId', 'toLocationId');
  problems.throwIfAny();
  const product = await loadStockProduct(tx, actor, input.productId, 'share');
  await loadInternalLocation(tx, input.fromLocationId, 'fromLocationId');
  await loadInternalLocation(tx, input.toLocationId, 'toLocationId');
  const organizationId = actor.organizationId;
  const take = () =>
    decreaseOnHand(tx, { organizationId, productId: product.id, locationId: input.fromLocationId }, quantity, {
      allowNegative: product.allowNegativeStock,
      field: 'quantity',
    });
  const put = () =>
    increaseOnHand(tx, { organizationId, productId: product.id, locationId: input.toLocationId }, quantity);
  // Transfers of one product run side by side (product row FOR SHARE); writing the two levels in location id
  // order keeps A→B and B→A from locking them in opposite orders and deadlocking. A refused take rolls back the put.
  if (input.fromLocationId < input.toLocationId) {
    await take();
    await put();
  } else {
    await put();
    await take();
  }
  const value = transferValue(product, await totalOnHand(tx, actor, product.id), quantity, await baseScale(tx));
  const valued: MoveValue = { value, unitCost: outgoingUnitCost(value, quantity), direction: 'within', parts: [] };
  return recordMove(
    tx,
    actor,
    {
      kind: 'TRANSFER',
      product,
      quantity,
      fromLocationId: input.fromLocationId,
      toLocationId: input.toLocationId,
      valued,
      source,
    },
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
 * enters at `unitCost` (default the average cost) like a receipt and posts Dr INVENTORY / Cr
 * INVENTORY_ADJUSTMENT; a decrease leaves like an issue and posts the reverse. Emits stock.adjusted.
 */
export async function adjustStock(tx: TenantTx, actor: Actor, input: StockAdjustInput): Promise<StockMoveRef> {
  const problems = new Problems();
  const signed = input.quantity;
  let quantity: Decimal | undefined;
  if (signed === undefined || signed === null || signed.isZero())
    problems.add('OUT_OF_RANGE', 'quantity must not be zero', 'quantity');
  else quantity = checkDecimal(problems, 'quantity', signed.abs(), { scale: QUANTITY_SCALE, positive: true });
  const unitCost = checkDecimal(problems, 'unitCost', input.unitCost, { scale: COST_SCALE });
  if (unitCost && signed?.isNegative())
    problems.add(
      'OUT_OF_RANGE',
      'unitCost applies only to increases; decreases leave at their share of the stock value',
      'unitCost',
    );
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
  const product = await loadStockProduct(tx, actor, adjustment.productId, 'update');
  await loadInternalLocation(tx, adjustment.locationId, 'locationId');
  const adjustmentLocationId = await virtualLocationId(tx, 'ADJUSTMENT');
  const key = { organizationId: actor.organizationId, productId: product.id, locationId: adjustment.locationId };
  let valued: MoveValue;
  if (increase) {
    valued = await receiveInto(
      tx,
      actor,
      product,
      adjustment.locationId,
      adjustment.quantity,
      adjustment.unitCost ?? product.averageCost,
    );
  } else {
    await decreaseOnHand(tx, key, adjustment.quantity, {
      allowNegative: product.allowNegativeStock,
      field: 'quantity',
    });
    valued = await valueLeaving(tx, actor, product, adjustment.quantity);
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
      valued,
      reason: adjustment.reason,
      source: adjustment.source,
    },
    adjustment.action,
    'stock.adjusted',
  );
}
