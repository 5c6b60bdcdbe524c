// Goods a customer sends back come into stock at what they cost when they were issued, not at the
// current average: the return reverses the cost of goods sold (Dr Inventory / Cr COGS).
import { Prisma } from '../../generated/prisma/client.js';
import { DomainError, Problems, fieldError, type Actor, type TenantTx } from '../../platform/index.js';
import { shareOf } from './costing.js';
import { virtualLocationId } from './locations.js';
import { baseScale, bookOnProduct, totalOnHand } from './move-value.js';
import { COST_SCALE } from './numbers.js';
import { increaseOnHand } from './stock-levels.js';
import {
  checkQuantity,
  cleanReference,
  loadInternalLocation,
  loadStockProduct,
  recordMove,
  type DocumentReference,
  type StockMoveRef,
} from './stock.js';

type Decimal = Prisma.Decimal;

export interface StockReturnInput {
  productId: string;
  /** The warehouse location the goods come back into. */
  locationId: string;
  quantity: Decimal;
  /** The document (line) the goods were issued for, e.g. { type: 'SALES_ORDER', id, line: '1' }; the return move references it too. */
  issuedFor: DocumentReference;
}

/** Issued to the CUSTOMER location for the document, and received back from it so far (quantity and value). */
async function issuedAndReturned(
  tx: TenantTx,
  productId: string,
  customerId: string,
  source: { sourceType: string; sourceId: string; sourceLine: string | null },
) {
  const where = {
    productId,
    state: 'DONE' as const,
    sourceType: source.sourceType,
    sourceId: source.sourceId,
    sourceLine: source.sourceLine,
  };
  const [issued, returned] = await Promise.all([
    tx.stockMove.aggregate({
      where: { ...where, kind: 'ISSUE', toLocationId: customerId },
      _sum: { quantity: true, value: true },
    }),
    tx.stockMove.aggregate({
      where: { ...where, kind: 'RECEIPT', fromLocationId: customerId },
      _sum: { quantity: true, value: true },
    }),
  ]);
  const zero = new Prisma.Decimal(0);
  return {
    issuedQuantity: issued._sum.quantity ?? zero,
    issuedValue: issued._sum.value ?? zero,
    returnedQuantity: returned._sum.quantity ?? zero,
    returnedValue: returned._sum.value ?? zero,
  };
}

/**
 * Receives goods back from the CUSTOMER location into a warehouse location (a RECEIPT move referencing
 * the document they were issued for). Its value is the returned share of what the document's issue
 * moves are still worth net of earlier returns: round_half_up((issued − returned value) × quantity /
 * (issued − returned quantity)), so returning everything gives back exactly the issued value. Posts
 * Dr INVENTORY / Cr COST_OF_GOODS_SOLD once per move (returnDocumentToStock: once per document); the moving average is recomputed, a FIFO
 * product gets a layer at that cost. The product row is locked FOR UPDATE before the issued and
 * returned quantities are read, so two returns of the last units cannot both pass. Emits stock.returned.
 */
export async function returnToStock(tx: TenantTx, actor: Actor, input: StockReturnInput): Promise<StockMoveRef> {
  const problems = new Problems();
  const quantity = checkQuantity(problems, 'quantity', input.quantity) as Decimal;
  const source = cleanReference(problems, 'issuedFor', input.issuedFor);
  problems.throwIfAny();
  const product = await loadStockProduct(tx, actor, input.productId, 'update');
  await loadInternalLocation(tx, input.locationId, 'locationId');
  const customerId = await virtualLocationId(tx, 'CUSTOMER');
  const key = {
    sourceType: source.sourceType as string,
    sourceId: source.sourceId as string,
    sourceLine: source.sourceLine,
  };
  const so = await issuedAndReturned(tx, product.id, customerId, key);
  if (so.issuedQuantity.isZero())
    throw new DomainError(
      fieldError('NOT_FOUND', `Nothing of ${product.sku} was issued to a customer for this document`, 'issuedFor'),
    );
  const returnable = so.issuedQuantity.minus(so.returnedQuantity);
  if (quantity.greaterThan(returnable)) {
    throw new DomainError(
      fieldError(
        'OUT_OF_RANGE',
        `${so.issuedQuantity.toFixed()} of ${product.sku} was issued for this document and ${so.returnedQuantity.toFixed()} already came back; at most ${returnable.toFixed()} can be returned`,
        'quantity',
      ),
    );
  }
  const value = shareOf(so.issuedValue.minus(so.returnedValue), returnable, quantity, await baseScale(tx));
  const unitCost = value.dividedBy(quantity).toDecimalPlaces(COST_SCALE);
  await increaseOnHand(
    tx,
    { organizationId: actor.organizationId, productId: product.id, locationId: input.locationId },
    quantity,
  );
  const onHandAfter = await totalOnHand(tx, actor, product.id);
  await bookOnProduct(tx, product, { onHandAfter, value, direction: 'in', unitCost });
  return recordMove(
    tx,
    actor,
    {
      kind: 'RECEIPT',
      product,
      quantity,
      fromLocationId: customerId,
      toLocationId: input.locationId,
      valued: { value, unitCost, direction: 'in', parts: [] },
      customerReturn: true,
      source,
    },
    'stockReturn',
    'stock.returned',
  );
}
