// Receiving a document's returned lines (a sales return's) back into stock in one command. Line by
// line it cost about a dozen statements a line (product lock, location check, issued and returned
// sums, level upsert, on hand total, product update, layer, audit record, event); the document's
// return costs the same few statements whatever its length.
import { Prisma } from '../../generated/prisma/client.js';
import { DomainError, Problems, fieldError, type Actor, type TenantTx } from '../../platform/index.js';
import { shareOf } from './costing.js';
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
import { baseScale, totalsOnHand } from './move-value.js';
import { COST_SCALE } from './numbers.js';
import { checkQuantity, cleanReference, type DocumentReference } from './stock.js';

type Decimal = Prisma.Decimal;

export interface DocumentReturnLine {
  productId: string;
  quantity: Decimal;
  /** The document (line) the goods were issued for; the return is valued at what its issues are still worth. */
  issuedFor: DocumentReference;
}

export interface DocumentReturnInput {
  /** The entry's source key and texts, e.g. { source: { type: 'SalesReturn', id, purpose: 'valuation' }, reference: 'RT-0001', memo }. */
  posting: DocumentPosting;
  /** The warehouse location the goods come back into. */
  locationId: string;
  lines: readonly DocumentReturnLine[];
}

interface IssuedRow {
  productId: string;
  sourceType: string;
  sourceId: string;
  sourceLine: string;
  issuedQuantity: Decimal;
  issuedValue: Decimal;
  returnedQuantity: Decimal;
  returnedValue: Decimal;
}

const issueKey = (line: {
  productId: string;
  sourceType: string | null;
  sourceId: string | null;
  sourceLine: string | null;
}) => JSON.stringify([line.productId, line.sourceType, line.sourceId, line.sourceLine ?? '']);

/**
 * Receives a document's returned lines back into stock, as returnToStock does line by line: each a
 * receipt from CUSTOMER referencing the document (line) it was issued for, valued at the returned share
 * of what that document's issue moves are still worth net of earlier returns (so returning everything
 * gives back exactly the issued value); the moving average is recomputed, a FIFO product gets a layer
 * at that cost. The moves' values post as one entry, Dr INVENTORY / Cr COST_OF_GOODS_SOLD, exactly once
 * for the document's source key, with one `stockReturn` audit record and one `stock.documentReturned`
 * event on the document listing every move. The products are locked FOR UPDATE (in id order, one
 * statement) before the issued and returned quantities are read, so two returns of the last units
 * cannot both pass. Refusals as consumeDocumentReservations reports them: nothing issued for the line
 * NOT_FOUND on lines.N.issuedFor, more than issued and not yet returned OUT_OF_RANGE on
 * lines.N.quantity. Two lines returning the same product for the same issuing document line are
 * INVALID_INPUT: each line is checked against the moves written before the document.
 */
export async function returnDocumentToStock(
  tx: TenantTx,
  actor: Actor,
  input: DocumentReturnInput,
): Promise<DocumentMovesResult<object>> {
  const problems = new Problems();
  const seen = new Set<string>();
  for (const [index, line] of input.lines.entries()) {
    const key = JSON.stringify([
      line.productId,
      line.issuedFor?.type,
      line.issuedFor?.id,
      line.issuedFor?.line ?? null,
    ]);
    if (seen.has(key))
      problems.add(
        'INVALID_INPUT',
        'Another line returns this product for the same issuing document line',
        `lines.${index}.issuedFor`,
      );
    seen.add(key);
  }
  problems.throwIfAny();
  const lines = input.lines.map((line, index) =>
    checkLine(index, () => {
      const problems = new Problems();
      const quantity = checkQuantity(problems, 'quantity', line.quantity) as Decimal;
      const source = cleanReference(problems, 'issuedFor', line.issuedFor);
      problems.throwIfAny();
      return { index, productId: line.productId, quantity, source };
    }),
  );
  const doneAt = new Date();
  if (lines.length === 0) return { lines: [], journalEntryId: null, doneAt };

  const organizationId = actor.organizationId;
  const { products, virtualLocationId: customerId } = await lockDocumentProducts(
    tx,
    actor,
    lines,
    input.locationId,
    'CUSTOMER',
  );
  const productIds = [...products.keys()];

  const issued = new Map(
    (
      await tx.$queryRaw<IssuedRow[]>`
        SELECT m."productId"::text AS "productId", m."sourceType", m."sourceId", COALESCE(m."sourceLine", '') AS "sourceLine",
               COALESCE(SUM(m."quantity") FILTER (WHERE m."kind" = 'ISSUE'), 0) AS "issuedQuantity",
               COALESCE(SUM(m."value") FILTER (WHERE m."kind" = 'ISSUE'), 0) AS "issuedValue",
               COALESCE(SUM(m."quantity") FILTER (WHERE m."kind" = 'RECEIPT'), 0) AS "returnedQuantity",
               COALESCE(SUM(m."value") FILTER (WHERE m."kind" = 'RECEIPT'), 0) AS "returnedValue"
        FROM "StockMove" m
        WHERE m."organizationId" = ${organizationId}::uuid AND m."state" = 'DONE'
          AND ((m."kind" = 'ISSUE' AND m."toLocationId" = ${customerId}::uuid) OR (m."kind" = 'RECEIPT' AND m."fromLocationId" = ${customerId}::uuid))
          AND (m."productId", m."sourceType", m."sourceId", COALESCE(m."sourceLine", '')) IN (
            SELECT * FROM unnest(${lines.map((l) => l.productId)}::uuid[], ${lines.map((l) => l.source.sourceType)}::text[],
                                 ${lines.map((l) => l.source.sourceId)}::text[], ${lines.map((l) => l.source.sourceLine ?? '')}::text[]))
        GROUP BY 1, 2, 3, 4`
    ).map((row) => [issueKey(row), row]),
  );
  const zero = new Prisma.Decimal(0);
  const totals = await totalsOnHand(tx, actor, productIds);
  const scale = await baseScale(tx);
  const books = new Map(productIds.map((id) => [id, new ProductBook(products.get(id)!, totals.get(id) ?? zero)]));
  const decided = new Array<DecidedMove>(lines.length);
  const perLevel = new Map<string, Decimal>();
  for (const line of inProductOrder(lines)) {
    const book = books.get(line.productId)!;
    const product = book.product;
    const so = issued.get(issueKey({ productId: line.productId, ...line.source }));
    const issuedQuantity = new Prisma.Decimal(so?.issuedQuantity ?? 0);
    const returnedQuantity = new Prisma.Decimal(so?.returnedQuantity ?? 0);
    if (issuedQuantity.isZero()) {
      throw onLine(
        new DomainError(
          fieldError('NOT_FOUND', `Nothing of ${product.sku} was issued to a customer for this document`, 'issuedFor'),
        ),
        line.index,
      );
    }
    const returnable = issuedQuantity.minus(returnedQuantity);
    if (line.quantity.greaterThan(returnable)) {
      const message = `${issuedQuantity.toFixed()} of ${product.sku} was issued for this document and ${returnedQuantity.toFixed()} already came back; at most ${returnable.toFixed()} can be returned`;
      throw onLine(new DomainError(fieldError('OUT_OF_RANGE', message, 'quantity')), line.index);
    }
    const value = shareOf(
      new Prisma.Decimal(so!.issuedValue).minus(so!.returnedValue),
      returnable,
      line.quantity,
      scale,
    );
    const unitCost = value.dividedBy(line.quantity).toDecimalPlaces(COST_SCALE);
    book.book(line.index, line.quantity, value, 'in', unitCost);
    perLevel.set(line.productId, (perLevel.get(line.productId) ?? zero).plus(line.quantity));
    decided[line.index] = {
      index: line.index,
      product,
      kind: 'RECEIPT',
      direction: 'in',
      quantity: line.quantity,
      value,
      unitCost,
      fromLocationId: customerId,
      toLocationId: input.locationId,
      source: line.source,
      parts: [],
      customerReturn: true,
      details: {},
    };
  }

  // Levels after the products, in product order: the lock order every stock command keeps.
  const levelIds = [...perLevel.keys()].sort();
  await tx.$executeRaw`
    INSERT INTO "StockLevel" ("id", "organizationId", "productId", "locationId", "onHand", "reserved", "updatedAt")
    SELECT gen_random_uuid(), ${organizationId}::uuid, v."productId", ${input.locationId}::uuid, v.quantity, 0, now()
    FROM unnest(${levelIds}::uuid[], ${levelIds.map((id) => perLevel.get(id)!.toFixed())}::numeric[]) AS v("productId", quantity)
    ORDER BY v."productId"
    ON CONFLICT ("organizationId", "productId", "locationId")
    DO UPDATE SET "onHand" = "StockLevel"."onHand" + EXCLUDED."onHand", "updatedAt" = now()`;
  await writeProductBooks(tx, actor, books.values());

  const written = await writeDocumentMoves(
    tx,
    actor,
    {
      posting: input.posting,
      doneAt,
      action: 'stockReturn',
      event: 'stock.documentReturned',
      locationId: input.locationId,
    },
    decided,
  );
  return {
    lines: decided.map((move, i) => ({ stockMoveId: written.ids[i]!, value: move.value })),
    journalEntryId: written.journalEntryId,
    doneAt,
  };
}
