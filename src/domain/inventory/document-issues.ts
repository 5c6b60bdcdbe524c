// Consuming the reservations of a document's lines (a shipment's) in one command. Line by line it cost
// about a dozen statements a line (product lock, location check, reservation read, level and
// reservation updates, layer reads and updates, product update, audit record, event); the document's
// consumption costs the same few statements whatever its length.
import { Prisma } from '../../generated/prisma/client.js';
import { DomainError, Problems, fieldError, type Actor, type TenantTx } from '../../platform/index.js';
import { movingAverageOut } from './costing.js';
import { checkDemandOwner } from './demand-owners.js';
import {
  ProductBook,
  checkLine,
  inProductOrder,
  lockDocumentProducts,
  onLine,
  writeDocumentMoves,
  writeProductBooks,
  type DecidedMove,
  type DocumentMovesResult,
  type DocumentPosting,
} from './document-moves.js';
import { baseScale, outgoingUnitCost, takeFromLayers, type OpenLayer } from './move-value.js';
import { cleanDemand, notReserved, type Demand, type ReservationRef } from './reservations.js';
import { checkQuantity } from './stock.js';

type Decimal = Prisma.Decimal;

export interface DocumentConsumeLine {
  productId: string;
  quantity: Decimal;
  /** The reservation's demand, e.g. { type: 'SalesOrder', id, line: '3' }; the move references it. */
  demand: Demand;
}

export interface DocumentConsumeInput {
  /** The entry's source key and texts, e.g. { source: { type: 'Shipment', id, purpose: 'cogs' }, reference: 'SH-0001', memo }. */
  posting: DocumentPosting;
  /** The location every line is issued from. */
  locationId: string;
  /** Where the goods go: CUSTOMER (default) or PRODUCTION. */
  destination?: 'CUSTOMER' | 'PRODUCTION' | null;
  lines: readonly DocumentConsumeLine[];
  /** The domain calling, when it owns the lines' demand type (claimDemandType). */
  owner?: string;
}

interface LevelRow {
  productId: string;
  onHand: Decimal;
  reserved: Decimal;
  /** On hand over all of the product's locations. */
  total: Decimal;
}

interface ReservationRow {
  id: string;
  productId: string;
  demandType: string;
  demandId: string;
  demandLine: string;
  quantity: Decimal;
}

const demandKey = (line: { productId: string; demandType: string; demandId: string; demandLine: string }) =>
  JSON.stringify([line.productId, line.demandType, line.demandId, line.demandLine]);

/**
 * Consumes the reservations of a document's lines at one location, as consumeReservation does line by
 * line: each line an issue move (to CUSTOMER or PRODUCTION, referencing its demand) carrying its cost,
 * on hand, reserved and the reservation lowered by it. The moves' values post as one entry, Dr
 * COST_OF_GOODS_SOLD / Cr INVENTORY, exactly once for the document's source key, and the document gets
 * one `stockConsume` audit record and one `stock.documentIssued` event (entityType / aggregateType the
 * posting source's type, e.g. Shipment) listing every move.
 *
 * Locks in the documented order, a statement each: the products FOR UPDATE in id order (the location
 * and the destination read along), their levels at the location FOR UPDATE in product order, the
 * reservations FOR UPDATE, and the FIFO products' open cost layers. Lines are valued in product order,
 * then the order given, each against what the lines before it left, exactly as one consumption after
 * the other would be. A line's refusal is reported on lines.N.<field> (N = its index in `lines`; a
 * missing reservation NOT_FOUND on lines.N.demand, more than reserved EXCEEDS_RESERVATION on
 * lines.N.quantity); a ledger refusal (NO_PERIOD, PERIOD_CLOSED, NO_POSTING_RULE, ...; anything else
 * POSTING_REFUSED) without a field. Either way nothing is written.
 */
export async function consumeDocumentReservations(
  tx: TenantTx,
  actor: Actor,
  input: DocumentConsumeInput,
): Promise<DocumentMovesResult<ReservationRef>> {
  const lines = input.lines.map((line, index) =>
    checkLine(index, () => {
      const problems = new Problems();
      const quantity = checkQuantity(problems, 'quantity', line.quantity) as Decimal;
      const demand = cleanDemand(problems, line.demand);
      problems.throwIfAny();
      checkDemandOwner(demand.demandType, input.owner);
      return { index, productId: line.productId, quantity, ...demand };
    }),
  );
  const doneAt = new Date();
  if (lines.length === 0) return { lines: [], journalEntryId: null, doneAt };

  const organizationId = actor.organizationId;
  const destination = input.destination ?? 'CUSTOMER';
  const { products, virtualLocationId: toLocationId } = await lockDocumentProducts(
    tx,
    actor,
    lines,
    input.locationId,
    destination,
  );
  const productIds = [...products.keys()];

  const levels = new Map(
    (
      await tx.$queryRaw<LevelRow[]>`
        SELECT l."productId"::text AS "productId", l."onHand", l."reserved",
               (SELECT SUM(a."onHand") FROM "StockLevel" a WHERE a."organizationId" = l."organizationId" AND a."productId" = l."productId") AS total
        FROM "StockLevel" l
        WHERE l."organizationId" = ${organizationId}::uuid AND l."locationId" = ${input.locationId}::uuid AND l."productId" = ANY(${productIds}::uuid[])
        ORDER BY l."productId" FOR UPDATE OF l`
    ).map((row) => [
      row.productId,
      {
        onHand: new Prisma.Decimal(row.onHand),
        reserved: new Prisma.Decimal(row.reserved),
        total: new Prisma.Decimal(row.total),
      },
    ]),
  );
  const reservations = new Map(
    (
      await tx.$queryRaw<ReservationRow[]>`
        SELECT r."id"::text AS id, r."productId"::text AS "productId", r."demandType", r."demandId", r."demandLine", r."quantity"
        FROM "StockReservation" r
        WHERE r."organizationId" = ${organizationId}::uuid AND r."locationId" = ${input.locationId}::uuid
          AND (r."productId", r."demandType", r."demandId", r."demandLine") IN (
            SELECT * FROM unnest(${lines.map((l) => l.productId)}::uuid[], ${lines.map((l) => l.demandType)}::text[],
                                 ${lines.map((l) => l.demandId)}::text[], ${lines.map((l) => l.demandLine)}::text[]))
        ORDER BY r."productId", r."id" FOR UPDATE OF r`
    ).map((row) => [demandKey(row), { ...row, quantity: new Prisma.Decimal(row.quantity) }]),
  );

  // What each reservation and level still holds as the lines take from them, in product order.
  const served = inProductOrder(lines);
  const perLevel = new Map<string, Decimal>();
  const perReservation = new Map<string, Decimal>();
  for (const line of served) {
    const reservation = reservations.get(demandKey(line));
    if (!reservation) {
      throw onLine(
        new DomainError(fieldError('NOT_FOUND', 'Nothing is reserved for this demand, product and location', 'demand')),
        line.index,
      );
    }
    if (line.quantity.greaterThan(reservation.quantity))
      throw onLine(notReserved('quantity', line.quantity, reservation.quantity), line.index);
    const level = levels.get(line.productId);
    const allowNegative = products.get(line.productId)!.allowNegativeStock;
    // The level's reserved covers every reservation here; failing it means this one is short too.
    if (!level || level.reserved.lessThan(line.quantity) || (!allowNegative && level.onHand.lessThan(level.reserved))) {
      throw onLine(notReserved('quantity', line.quantity, reservation.quantity), line.index);
    }
    reservation.quantity = reservation.quantity.minus(line.quantity);
    level.reserved = level.reserved.minus(line.quantity);
    level.onHand = level.onHand.minus(line.quantity);
    perLevel.set(line.productId, (perLevel.get(line.productId) ?? new Prisma.Decimal(0)).plus(line.quantity));
    perReservation.set(
      reservation.id,
      (perReservation.get(reservation.id) ?? new Prisma.Decimal(0)).plus(line.quantity),
    );
  }

  const fifoIds = productIds.filter((id) => products.get(id)!.costingMethod === 'FIFO');
  const layers = new Map<string, OpenLayer[]>(fifoIds.map((id) => [id, []]));
  if (fifoIds.length > 0) {
    const rows = await tx.$queryRaw<
      { id: string; productId: string; remainingQuantity: Decimal; remainingValue: Decimal }[]
    >`
      SELECT "id"::text AS id, "productId"::text AS "productId", "remainingQuantity", "remainingValue" FROM "StockCostLayer"
      WHERE "organizationId" = ${organizationId}::uuid AND "productId" = ANY(${fifoIds}::uuid[]) AND "remainingQuantity" > 0
      ORDER BY "productId", "doneAt", "id" FOR UPDATE`;
    for (const row of rows) {
      layers.get(row.productId)!.push({
        id: row.id,
        remainingQuantity: new Prisma.Decimal(row.remainingQuantity),
        remainingValue: new Prisma.Decimal(row.remainingValue),
      });
    }
  }
  const layersBefore = new Map([...layers.values()].flat().map((layer) => [layer.id, layer.remainingQuantity]));

  const scale = await baseScale(tx);
  const books = new Map(
    productIds.map((id) => [id, new ProductBook(products.get(id)!, levels.get(id)?.total ?? new Prisma.Decimal(0))]),
  );
  const decided = new Array<DecidedMove>(lines.length);
  for (const line of served) {
    const book = books.get(line.productId)!;
    const product = book.product;
    const taken =
      product.costingMethod === 'FIFO'
        ? takeFromLayers(product.sku, layers.get(product.id)!, line.quantity, scale)
        : { value: movingAverageOut(book.stockValue, book.onHand, book.averageCost, line.quantity, scale), parts: [] };
    book.book(line.index, line.quantity, taken.value, 'out', book.averageCost);
    decided[line.index] = {
      index: line.index,
      product,
      kind: 'ISSUE',
      direction: 'out',
      quantity: line.quantity,
      value: taken.value,
      unitCost: outgoingUnitCost(taken.value, line.quantity),
      fromLocationId: input.locationId,
      toLocationId,
      source: { sourceType: line.demandType, sourceId: line.demandId, sourceLine: line.demandLine || null },
      parts: taken.parts,
      details: { reservationId: reservations.get(demandKey(line))!.id },
    };
  }

  const levelIds = [...perLevel.keys()];
  const lowered = await tx.$executeRaw`
    UPDATE "StockLevel" AS lv SET "onHand" = lv."onHand" - v.quantity, "reserved" = lv."reserved" - v.quantity, "updatedAt" = now()
    FROM unnest(${levelIds}::uuid[], ${levelIds.map((id) => perLevel.get(id)!.toFixed())}::numeric[]) AS v("productId", quantity)
    WHERE lv."organizationId" = ${organizationId}::uuid AND lv."locationId" = ${input.locationId}::uuid AND lv."productId" = v."productId"
      AND lv."reserved" >= v.quantity`;
  const consumedIds = [...perReservation.keys()];
  const shrunk = await tx.$executeRaw`
    UPDATE "StockReservation" AS r SET "quantity" = r."quantity" - v.quantity, "consumed" = r."consumed" + v.quantity, "updatedAt" = now()
    FROM unnest(${consumedIds}::uuid[], ${consumedIds.map((id) => perReservation.get(id)!.toFixed())}::numeric[]) AS v(id, quantity)
    WHERE r."organizationId" = ${organizationId}::uuid AND r."id" = v.id AND r."quantity" >= v.quantity`;
  // Both rows sets were locked and checked above, so this only fails on a broken invariant.
  if (lowered !== levelIds.length || shrunk !== consumedIds.length)
    throw new Error('Stock levels or reservations changed under their locks');
  const touched = [...layers.values()]
    .flat()
    .filter((layer) => !layer.remainingQuantity.equals(layersBefore.get(layer.id)!));
  if (touched.length > 0) {
    await tx.$executeRaw`
      UPDATE "StockCostLayer" AS c SET "remainingQuantity" = v."remainingQuantity", "remainingValue" = v."remainingValue"
      FROM unnest(${touched.map((layer) => layer.id)}::uuid[], ${touched.map((layer) => layer.remainingQuantity.toFixed())}::numeric[],
                  ${touched.map((layer) => layer.remainingValue.toFixed())}::numeric[]) AS v(id, "remainingQuantity", "remainingValue")
      WHERE c."organizationId" = ${organizationId}::uuid AND c."id" = v.id`;
  }
  await writeProductBooks(tx, actor, books.values());

  const written = await writeDocumentMoves(
    tx,
    actor,
    {
      posting: input.posting,
      doneAt,
      action: 'stockConsume',
      event: 'stock.documentIssued',
      locationId: input.locationId,
    },
    decided,
  );
  return {
    lines: decided.map((move, i) => ({
      reservationId: move.details.reservationId as string,
      stockMoveId: written.ids[i]!,
      value: move.value,
    })),
    journalEntryId: written.journalEntryId,
    doneAt,
  };
}
