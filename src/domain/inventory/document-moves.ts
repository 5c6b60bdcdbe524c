// The stock moves of one document (a shipment's issues, a sales return's receipts) in one command, so
// their values post as one journal entry for the document instead of one per move: an accountant sees
// one cost-of-goods entry per shipment. The commands (document-issues.ts, document-returns.ts) decide
// every move in memory from rows they read and lock a few statements at a time, then write them here
// in bulk, so a document's cost in SQL statements does not grow with its lines.
// The command posts itself, so a caller cannot write the moves and forget their entry.
import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import type { StockMoveKind } from '../../generated/prisma/enums.js';
import {
  DomainError,
  appendEvent,
  fieldError,
  isUuid,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { afterMove, checkBookable, layerRow, recordConsumptions, type LayerPart } from './move-value.js';
import { postDocumentMoves, type DocumentPosting } from './move-posting.js';
import { checkInternalLocation, type StockMoveRef, type StockProduct } from './stock.js';

type Decimal = Prisma.Decimal;

export type { DocumentPosting };

export interface DocumentMovesResult<Line> {
  /** Per input line, in the order given: its move and the value the move took. */
  lines: (Line & StockMoveRef & { value: Decimal })[];
  /** The document's entry; null when no move had a value to post. */
  journalEntryId: string | null;
  /** When every move of the document took effect; the entry is dated its UTC day. */
  doneAt: Date;
}

/** A line's refusal, reported on lines.N (N = its index in the input) so the caller knows which. */
export function onLine(error: unknown, index: number): unknown {
  if (!(error instanceof DomainError)) return error;
  return new DomainError(
    error.errors.map((e) =>
      fieldError(e.code, e.message, ['lines', String(index), ...(e.field ? e.field.slice(1) : [])]),
    ),
  );
}

/** Runs a line's checks, reporting what they refuse on lines.N. */
export function checkLine<T>(index: number, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw onLine(error, index);
  }
}

/** Lines in product order, then the order given: the order rows are locked and stock is valued in. */
export function inProductOrder<Line extends { productId: string; index: number }>(lines: readonly Line[]): Line[] {
  return [...lines].sort((a, b) =>
    a.productId === b.productId ? a.index - b.index : a.productId < b.productId ? -1 : 1,
  );
}

/** A document's product, with the types of the document's location and of the virtual location its moves come from or go to. */
export interface DocumentProduct extends StockProduct {
  locationType: string | null;
  virtualLocationId: string | null;
}

/**
 * Locks the products of a document's lines FOR UPDATE in id order in one statement (their moves change
 * their stock value), reading along the type of the document's location (it must be a warehouse
 * location: NOT_FOUND / INVALID_LOCATION on locationId) and the id of the virtual location (CUSTOMER,
 * PRODUCTION) the moves go to or come from. Lines naming no product of the organization are NOT_FOUND,
 * services NOT_STOCKABLE, on lines.N.productId.
 */
export async function lockDocumentProducts(
  tx: TenantTx,
  actor: Actor,
  lines: readonly { productId: string; index: number }[],
  locationId: string,
  virtualType: string,
): Promise<{ products: Map<string, DocumentProduct>; virtualLocationId: string }> {
  const productIds = [...new Set(lines.map((line) => line.productId).filter(isUuid))].sort();
  const rows = await tx.$queryRaw<DocumentProduct[]>`
    SELECT p."id"::text AS id, p."sku", p."type"::text AS type, p."costingMethod"::text AS "costingMethod", p."allowNegativeStock", p."isActive",
           p."averageCost", p."stockValue", l."type"::text AS "locationType", v."id"::text AS "virtualLocationId"
    FROM "Product" p
    LEFT JOIN "Location" l ON l."organizationId" = p."organizationId" AND l."id" = ${isUuid(locationId) ? locationId : null}::uuid
    LEFT JOIN "Location" v ON v."organizationId" = p."organizationId" AND v."type"::text = ${virtualType} AND v."warehouseId" IS NULL
    WHERE p."organizationId" = ${actor.organizationId}::uuid AND p."id" = ANY(${productIds}::uuid[])
    ORDER BY p."id" FOR UPDATE OF p`;
  const products = new Map(
    rows.map((row) => [
      row.id,
      { ...row, averageCost: new Prisma.Decimal(row.averageCost), stockValue: new Prisma.Decimal(row.stockValue) },
    ]),
  );
  for (const line of lines) {
    const product = products.get(line.productId);
    if (!product)
      throw onLine(
        new DomainError(fieldError('NOT_FOUND', 'No product with this id in your organization', 'productId')),
        line.index,
      );
    if (product.type === 'SERVICE')
      throw onLine(
        new DomainError(fieldError('NOT_STOCKABLE', `Product ${product.sku} is a service`, 'productId')),
        line.index,
      );
  }
  const first = rows[0]!;
  checkInternalLocation(first.locationType === null ? null : { type: first.locationType }, 'locationId');
  return { products, virtualLocationId: first.virtualLocationId! };
}

/**
 * A product's stock value and average cost as a document's moves change them one after the other, as
 * bookOnProduct would move by move (afterMove).
 */
export class ProductBook {
  stockValue: Decimal;
  averageCost: Decimal;

  constructor(
    readonly product: DocumentProduct,
    /** On hand over all locations before the document's first move of the product. */
    public onHand: Decimal,
  ) {
    this.stockValue = product.stockValue;
    this.averageCost = product.averageCost;
  }

  /** Refuses with OUT_OF_RANGE on lines.`index`.quantity a move the product's stock value could not take. */
  book(index: number, quantity: Decimal, value: Decimal, direction: 'in' | 'out', unitCost: Decimal): void {
    this.onHand = direction === 'in' ? this.onHand.plus(quantity) : this.onHand.minus(quantity);
    const after = afterMove(this, { onHandAfter: this.onHand, value, direction, unitCost });
    checkLine(index, () => checkBookable(this.product.sku, value, after));
    this.stockValue = after.stockValue;
    this.averageCost = after.averageCost;
  }

  get changed(): boolean {
    return !this.stockValue.equals(this.product.stockValue) || !this.averageCost.equals(this.product.averageCost);
  }
}

/** Writes the products' new stock values and average costs in one statement. */
export async function writeProductBooks(tx: TenantTx, actor: Actor, books: Iterable<ProductBook>): Promise<void> {
  const changed = [...books].filter((book) => book.changed);
  if (changed.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Product" AS p SET "stockValue" = v."stockValue", "averageCost" = v."averageCost", "updatedAt" = now()
    FROM unnest(${changed.map((book) => book.product.id)}::uuid[], ${changed.map((book) => book.stockValue.toFixed())}::numeric[],
                ${changed.map((book) => book.averageCost.toFixed())}::numeric[]) AS v(id, "stockValue", "averageCost")
    WHERE p."organizationId" = ${actor.organizationId}::uuid AND p."id" = v.id`;
}

/** A move of a document as decided in memory, in the document's line order. */
export interface DecidedMove {
  index: number;
  product: DocumentProduct;
  kind: StockMoveKind;
  direction: 'in' | 'out';
  quantity: Decimal;
  value: Decimal;
  unitCost: Decimal;
  fromLocationId: string;
  toLocationId: string;
  source: { sourceType: string | null; sourceId: string | null; sourceLine: string | null };
  /** FIFO layer parts an outgoing move took. */
  parts: LayerPart[];
  /** A receipt of goods a customer sent back: posted against COST_OF_GOODS_SOLD instead of GRNI. */
  customerReturn?: boolean;
  /** What the document's audit record and event say of the line besides the move itself. */
  details: Record<string, unknown>;
}

/**
 * Posts the document's moves as one entry (postDocumentMoves), then writes them in bulk, every move with
 * a value naming the entry: the move rows, the FIFO layers of incoming FIFO moves, the layer
 * consumptions of outgoing ones; and one audit record (`action` on the document, entityType = the
 * posting source's type) and one `event` on the document listing every move. A refused posting throws
 * before anything of the moves is written, and the caller's transaction rolls everything back.
 */
export async function writeDocumentMoves(
  tx: TenantTx,
  actor: Actor,
  document: { posting: DocumentPosting; doneAt: Date; action: string; event: string; locationId: string },
  moves: readonly DecidedMove[],
): Promise<{ ids: string[]; journalEntryId: string | null }> {
  const ids = moves.map(() => randomUUID());
  const posted = await postDocumentMoves(
    tx,
    actor,
    document.posting,
    document.doneAt,
    moves.map((move, i) => ({
      id: ids[i]!,
      productId: move.product.id,
      sku: move.product.sku,
      kind: move.kind,
      direction: move.direction,
      value: move.value,
      quantity: move.quantity,
      customerReturn: move.customerReturn,
    })),
  );
  const carried = new Set(posted?.moveIds ?? []);
  const journalEntryOf = (id: string) => (carried.has(id) ? posted!.entryId : null);
  const organizationId = actor.organizationId;
  if (moves.length > 0) {
    await tx.stockMove.createMany({
      data: moves.map((move, i) => ({
        id: ids[i]!,
        organizationId,
        productId: move.product.id,
        quantity: move.quantity,
        fromLocationId: move.fromLocationId,
        toLocationId: move.toLocationId,
        unitCost: move.unitCost,
        value: move.value,
        journalEntryId: journalEntryOf(ids[i]!),
        kind: move.kind,
        state: 'DONE' as const,
        reason: null,
        ...move.source,
        doneAt: document.doneAt,
      })),
    });
  }
  const layers = moves.flatMap((move, i) =>
    move.product.costingMethod === 'FIFO' && move.direction === 'in'
      ? [
          layerRow(actor, {
            productId: move.product.id,
            moveId: ids[i]!,
            quantity: move.quantity,
            unitCost: move.unitCost,
            value: move.value,
            doneAt: document.doneAt,
          }),
        ]
      : [],
  );
  if (layers.length > 0) await tx.stockCostLayer.createMany({ data: layers });
  await recordConsumptions(
    tx,
    actor,
    moves.flatMap((move, i) => move.parts.map((part) => ({ ...part, moveId: ids[i]! }))),
  );

  if (moves.length > 0) {
    const { type, id } = document.posting.source;
    const payload = {
      documentType: type,
      documentId: id,
      locationId: document.locationId,
      journalEntryId: posted?.entryId ?? null,
      doneAt: document.doneAt.toISOString(),
      lines: moves.map((move, i) => ({
        stockMoveId: ids[i]!,
        kind: move.kind,
        productId: move.product.id,
        quantity: move.quantity.toFixed(),
        fromLocationId: move.fromLocationId,
        toLocationId: move.toLocationId,
        unitCost: move.unitCost.toFixed(),
        value: move.value.toFixed(),
        ...move.source,
        ...move.details,
      })),
    };
    await recordAudit(tx, actor, { action: document.action, entityType: type, entityId: id, after: payload });
    await appendEvent(tx, actor, { type: document.event, aggregateType: type, aggregateId: id, payload });
  }
  return { ids, journalEntryId: posted?.entryId ?? null };
}
