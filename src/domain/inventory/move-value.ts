import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import {
  DomainError,
  MONEY,
  UNIT_PRICE,
  currencyScale,
  fieldError,
  fitsColumn,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { movingAverageOut, perUnit, shareOf, valueOf } from './costing.js';
import { COST_SCALE } from './numbers.js';
import { baseCurrencyOf } from '../ledger/index.js';

type Decimal = Prisma.Decimal;

/** What valuation needs of the (locked) product row. */
export interface ValuedProduct {
  id: string;
  sku: string;
  costingMethod: 'MOVING_AVERAGE' | 'FIFO';
  averageCost: Decimal;
  stockValue: Decimal;
}

/** A part of a FIFO layer taken by an outgoing move; written once the move row exists. */
export interface LayerPart {
  layerId: string;
  quantity: Decimal;
  value: Decimal;
}

export interface OutgoingValue {
  value: Decimal;
  parts: LayerPart[];
}

/** Decimal places of the organization's base currency: move values and stock values are rounded to them. */
export async function baseScale(tx: TenantTx): Promise<number> {
  return currencyScale(await baseCurrencyOf(tx));
}

/**
 * The products' on hand over all locations, per product, in one statement (a product without levels is
 * left out). Every change of it happens under the product row locked FOR UPDATE (transfers only move it
 * between locations), so under that lock it is stable.
 */
export async function totalsOnHand(
  tx: TenantTx,
  actor: Actor,
  productIds: readonly string[],
): Promise<Map<string, Decimal>> {
  const rows = await tx.$queryRaw<{ productId: string; total: Decimal }[]>`
    SELECT "productId"::text AS "productId", SUM("onHand") AS total FROM "StockLevel"
    WHERE "organizationId" = ${actor.organizationId}::uuid AND "productId" = ANY(${[...productIds]}::uuid[])
    GROUP BY "productId"`;
  return new Map(rows.map((row) => [row.productId, new Prisma.Decimal(row.total)]));
}

/** One product's totalsOnHand (0 without levels). */
export async function totalOnHand(tx: TenantTx, actor: Actor, productId: string): Promise<Decimal> {
  return (await totalsOnHand(tx, actor, [productId])).get(productId) ?? new Prisma.Decimal(0);
}

/**
 * The value an outgoing move (issue, scrap, decrease) takes. Moving average: its share of the stock
 * value. FIFO: the oldest layers first; a part that empties a layer takes the layer's remaining value,
 * a partial part its share of it, so layers never keep a residue. The layers are changed here; the
 * caller records the parts with the move.
 */
export async function takeOutgoingValue(
  tx: TenantTx,
  actor: Actor,
  product: ValuedProduct,
  onHand: Decimal,
  quantity: Decimal,
  scale: number,
): Promise<OutgoingValue> {
  if (product.costingMethod === 'MOVING_AVERAGE') {
    return { value: movingAverageOut(product.stockValue, onHand, product.averageCost, quantity, scale), parts: [] };
  }
  const rows = await tx.$queryRaw<{ id: string; remainingQuantity: Decimal; remainingValue: Decimal }[]>`
    SELECT "id"::text AS id, "remainingQuantity", "remainingValue" FROM "StockCostLayer"
    WHERE "organizationId" = ${actor.organizationId}::uuid AND "productId" = ${product.id}::uuid AND "remainingQuantity" > 0
    ORDER BY "doneAt", "id"
    FOR UPDATE`;
  const layers = rows.map((row) => ({
    id: row.id,
    remainingQuantity: new Prisma.Decimal(row.remainingQuantity),
    remainingValue: new Prisma.Decimal(row.remainingValue),
  }));
  const taken = takeFromLayers(product.sku, layers, quantity, scale);
  for (const layer of layers.filter((layer) => taken.parts.some((part) => part.layerId === layer.id))) {
    await tx.$executeRaw`
      UPDATE "StockCostLayer" SET "remainingQuantity" = ${layer.remainingQuantity.toFixed()}::numeric, "remainingValue" = ${layer.remainingValue.toFixed()}::numeric
      WHERE "organizationId" = ${actor.organizationId}::uuid AND "id" = ${layer.id}::uuid`;
  }
  return taken;
}

/** A FIFO cost layer with what is left of it. */
export interface OpenLayer {
  id: string;
  remainingQuantity: Decimal;
  remainingValue: Decimal;
}

/**
 * Takes `quantity` from a product's open layers (oldest first), lowering them in place: a part that
 * empties a layer takes the layer's remaining value, a partial part its share of it, so layers never
 * keep a residue.
 */
export function takeFromLayers(sku: string, layers: OpenLayer[], quantity: Decimal, scale: number): OutgoingValue {
  const parts: LayerPart[] = [];
  let needed = quantity;
  for (const layer of layers) {
    if (needed.isZero()) break;
    if (layer.remainingQuantity.isZero()) continue;
    const take = Prisma.Decimal.min(needed, layer.remainingQuantity);
    const value = shareOf(layer.remainingValue, layer.remainingQuantity, take, scale);
    parts.push({ layerId: layer.id, quantity: take, value });
    needed = needed.minus(take);
    layer.remainingQuantity = layer.remainingQuantity.minus(take);
    layer.remainingValue = layer.remainingValue.minus(value);
  }
  // FIFO products never go below zero and every unit on hand came in with a layer, so the layers cover it.
  if (!needed.isZero())
    throw new Error(`FIFO layers of product ${sku} hold less than on hand; ${needed.toFixed()} uncovered`);
  return { value: parts.reduce((sum, part) => sum.plus(part.value), new Prisma.Decimal(0)), parts };
}

/**
 * The value a transfer carries from one location to another: the product's stock value is per
 * product, not per location, so a transfer carries its share of it (moving average and FIFO alike;
 * FIFO layers stay untouched). The product's stock value does not change.
 */
export function transferValue(product: ValuedProduct, onHand: Decimal, quantity: Decimal, scale: number): Decimal {
  return movingAverageOut(product.stockValue, onHand, product.averageCost, quantity, scale);
}

/** Value of stock coming in: round_half_up(quantity × unitCost) in the base currency. */
export const incomingValue = (quantity: Decimal, unitCost: Decimal, scale: number) =>
  valueOf(quantity, unitCost, scale);

/** What a move changes on its product: on hand over all locations after it, its value, which way it went. */
export interface MoveChange {
  onHandAfter: Decimal;
  value: Decimal;
  direction: 'in' | 'out';
  unitCost: Decimal;
}

/**
 * The product's stock value and average cost after a move: the stock value up or down by its value, the
 * average cost stock value / on hand while anything is on hand, else the last average (or an incoming
 * move's cost). Moves written one by one (bookOnProduct) and a document's moves (ProductBook) book alike.
 */
export function afterMove(
  before: { stockValue: Decimal; averageCost: Decimal },
  change: MoveChange,
): { stockValue: Decimal; averageCost: Decimal } {
  const stockValue =
    change.direction === 'in' ? before.stockValue.plus(change.value) : before.stockValue.minus(change.value);
  const averageCost = change.onHandAfter.greaterThan(0)
    ? (perUnit(stockValue, change.onHandAfter) as Decimal)
    : change.direction === 'in'
      ? change.unitCost
      : before.averageCost;
  return { stockValue, averageCost };
}

/**
 * Refuses, with OUT_OF_RANGE on `field` (the move's quantity), a move whose value or whose product's
 * stock value or average cost after it would not fit its column (values DECIMAL(20,4), costs DECIMAL(20,6)).
 */
export function checkBookable(
  sku: string,
  value: Decimal,
  after: { stockValue: Decimal; averageCost: Decimal },
  field = 'quantity',
): void {
  if (fitsColumn(value, MONEY) && fitsColumn(after.stockValue, MONEY) && fitsColumn(after.averageCost, UNIT_PRICE))
    return;
  throw new DomainError(
    fieldError(
      'OUT_OF_RANGE',
      `${field}: the move's value ${value.toFixed()} would take the stock value of ${sku} past what can be stored (below 10^16)`,
      field,
    ),
  );
}

/** Books a move's value on the product (afterMove), writing the product only when something changed. */
export async function bookOnProduct(
  tx: TenantTx,
  product: ValuedProduct,
  change: MoveChange,
  field = 'quantity',
): Promise<void> {
  const { stockValue, averageCost } = afterMove(product, change);
  checkBookable(product.sku, change.value, { stockValue, averageCost }, field);
  if (stockValue.equals(product.stockValue) && averageCost.equals(product.averageCost)) return;
  await tx.product.update({ where: { id: product.id }, data: { stockValue, averageCost } });
}

interface IncomingLayer {
  productId: string;
  moveId: string;
  quantity: Decimal;
  unitCost: Decimal;
  value: Decimal;
  doneAt: Date;
}

/** The FIFO layer row of an incoming move: all of its quantity and value still remaining. */
export function layerRow(actor: Actor, layer: IncomingLayer) {
  return {
    id: randomUUID(),
    organizationId: actor.organizationId,
    productId: layer.productId,
    moveId: layer.moveId,
    quantity: layer.quantity,
    remainingQuantity: layer.quantity,
    unitCost: layer.unitCost,
    value: layer.value,
    remainingValue: layer.value,
    doneAt: layer.doneAt,
  };
}

/** Creates the FIFO layer of an incoming move (after the move row exists). */
export async function addLayer(tx: TenantTx, actor: Actor, layer: IncomingLayer): Promise<void> {
  await tx.stockCostLayer.create({ data: layerRow(actor, layer) });
}

/** Records which layers outgoing moves consumed (after the moves' rows exist), in one statement. */
export async function recordConsumptions(
  tx: TenantTx,
  actor: Actor,
  parts: (LayerPart & { moveId: string })[],
): Promise<void> {
  if (parts.length === 0) return;
  await tx.stockLayerConsumption.createMany({
    data: parts.map((part) => ({
      id: randomUUID(),
      organizationId: actor.organizationId,
      layerId: part.layerId,
      moveId: part.moveId,
      quantity: part.quantity,
      value: part.value,
    })),
  });
}

/** The unit cost an outgoing move records: its value per unit at the cost scale. */
export const outgoingUnitCost = (value: Decimal, quantity: Decimal) =>
  (perUnit(value, quantity) as Decimal).toDecimalPlaces(COST_SCALE);
