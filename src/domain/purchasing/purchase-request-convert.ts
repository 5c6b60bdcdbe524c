import { Prisma } from '../../generated/prisma/client.js';
import { withProducts } from '../inventory/index.js';
import {
  Problems,
  appendEvent,
  fromDbDate,
  recordAudit,
  toDbDate,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { RateBook, bestSupplierPrice } from './purchase-request-prices.js';
import { checkVersion, fail, lockRequest, today, type PurchaseRequestRef } from './purchase-requests.js';
import { createPurchaseOrder } from './purchase-orders.js';
import { supplierPriceFor } from './supplier-prices.js';

export interface PurchaseRequestConvertInput {
  id: string;
  expectedVersion?: number | null;
}

interface Sourced {
  requestLineId: string;
  productId: string;
  description: string | null;
  quantity: Prisma.Decimal;
  neededBy: Date;
  supplierId: string;
  unitPrice: Prisma.Decimal;
  currency: string;
}

/**
 * Where each line is bought: the preferred supplier at its price for the quantity (in the supplier's
 * own currency when it has one there, else its cheapest; the line's estimate when it has no price at
 * all), or else the supplier with the best price for the product and quantity. Problems name lines.N.
 */
async function sourceLines(tx: TenantTx, requestId: string): Promise<Sourced[]> {
  const lines = await withProducts(
    tx,
    await tx.purchaseRequestLine.findMany({
      where: { requestId },
      orderBy: { lineNo: 'asc' },
      include: { preferredSupplier: { select: { id: true, code: true, currency: true, isActive: true } } },
    }),
  );
  const rates = new RateBook(tx, today());
  const problems = new Problems();
  const sourced: Sourced[] = [];
  for (const [index, line] of lines.entries()) {
    const at = `lines.${index}`;
    if (!line.product.isActive) {
      problems.add('PRODUCT_INACTIVE', `Product ${line.product.sku} is deactivated`, `${at}.productId`);
      continue;
    }
    const base = {
      requestLineId: line.id,
      productId: line.productId,
      description: line.description,
      quantity: line.quantity,
      neededBy: line.neededBy,
    };
    const preferred = line.preferredSupplier;
    if (preferred) {
      if (!preferred.isActive) {
        problems.add('SUPPLIER_INACTIVE', `Supplier ${preferred.code} is deactivated`, `${at}.preferredSupplierId`);
        continue;
      }
      const own = await supplierPriceFor(tx, {
        supplierId: preferred.id,
        productId: line.productId,
        quantity: line.quantity,
        currency: preferred.currency.trim(),
      });
      const cheapest = own
        ? null
        : await bestSupplierPrice(tx, rates, {
            productId: line.productId,
            quantity: line.quantity,
            supplierId: preferred.id,
          });
      const price = own
        ? { unitPrice: own.price, currency: own.currency.trim() }
        : cheapest
          ? { unitPrice: cheapest.price, currency: cheapest.currency }
          : { unitPrice: line.estimatedUnitPrice, currency: line.currency.trim() };
      sourced.push({ ...base, supplierId: preferred.id, ...price });
      continue;
    }
    const best = await bestSupplierPrice(tx, rates, { productId: line.productId, quantity: line.quantity });
    if (!best) {
      problems.add(
        'NO_SUPPLIER',
        `Line ${line.lineNo} (${line.product.sku}) has no preferred supplier and no active supplier has a price for quantity ${line.quantity.toFixed()}`,
        `${at}.preferredSupplierId`,
      );
      continue;
    }
    sourced.push({ ...base, supplierId: best.supplierId, unitPrice: best.price, currency: best.currency });
  }
  problems.throwIfAny();
  return sourced;
}

/**
 * Turns an approved request into draft purchase orders through purchasing's own createPurchaseOrder:
 * one per supplier and currency (an order has one currency, so a supplier priced in two currencies gets
 * two orders), lines in request order, each line expected on its needed-by date and linked back to its
 * request line. The request row is locked first, so concurrent converts make one set of orders: the
 * later one finds the request CONVERTED.
 */
export async function convertPurchaseRequest(
  tx: TenantTx,
  actor: Actor,
  input: PurchaseRequestConvertInput,
): Promise<PurchaseRequestRef> {
  const request = await lockRequest(tx, actor, input.id);
  checkVersion(request, input.expectedVersion);
  if (request.status === 'CONVERTED')
    throw fail('ALREADY_CONVERTED', `${request.number} was already converted into purchase orders`, 'id');
  if (request.status !== 'APPROVED') {
    throw fail(
      'NOT_APPROVED',
      `${request.number} is ${request.status.toLowerCase().replace(/_/g, ' ')}; only approved requests are converted`,
      'id',
    );
  }
  const sourced = await sourceLines(tx, request.id);
  const groups = new Map<string, Sourced[]>();
  for (const line of sourced) {
    const key = `${line.supplierId}:${line.currency}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const orderDate = today();
  const orders: { purchaseOrderId: string; supplierId: string; currency: string }[] = [];
  for (const lines of groups.values()) {
    const earliest = lines.reduce((min, line) => (line.neededBy < min ? line.neededBy : min), lines[0].neededBy);
    const { purchaseOrderId } = await createPurchaseOrder(tx, actor, {
      supplierId: lines[0].supplierId,
      currency: lines[0].currency,
      orderDate,
      // A needed-by date that passed while the request waited cannot be an order's expected date.
      expectedDate: earliest < toDbDate(orderDate) ? orderDate : fromDbDate(earliest),
      notes: `From purchase request ${request.number}: ${request.description}`.slice(0, 2000),
      lines: lines.map((line) => ({
        productId: line.productId,
        description: line.description,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        expectedDate: fromDbDate(line.neededBy),
      })),
    });
    await tx.purchaseOrder.update({ where: { id: purchaseOrderId }, data: { purchaseRequestId: request.id } });
    for (const [index, line] of lines.entries()) {
      await tx.purchaseOrderLine.updateMany({
        where: { orderId: purchaseOrderId, lineNo: index + 1 },
        data: { purchaseRequestLineId: line.requestLineId },
      });
    }
    orders.push({ purchaseOrderId, supplierId: lines[0].supplierId, currency: lines[0].currency });
  }
  await tx.purchaseRequest.update({
    where: { id: request.id },
    data: { status: 'CONVERTED', convertedAt: new Date(), version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'purchaseRequestConvert',
    entityType: 'PurchaseRequest',
    entityId: request.id,
    before: { status: request.status },
    after: { status: 'CONVERTED', orders },
  });
  await appendEvent(tx, actor, {
    type: 'purchaseRequest.converted',
    aggregateType: 'PurchaseRequest',
    aggregateId: request.id,
    payload: { number: request.number, orders },
  });
  return { purchaseRequestId: request.id };
}
