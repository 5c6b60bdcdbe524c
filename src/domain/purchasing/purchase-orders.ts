import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import type { PurchaseOrder } from '../../generated/prisma/client.js';
import { productsByIds } from '../inventory/index.js';
import { checkFiguresFit, lineFigures } from '../ledger/index.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkCurrency,
  checkDate,
  checkLength,
  cleanText,
  fieldError,
  isUuid,
  lockRows,
  nextDocumentNumber,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { parseDecimal } from '../../platform/index.js';
import { activeSupplier, supplierPriceFor } from './supplier-prices.js';
import { keptRequestLinks } from './purchase-request-links.js';

const MAX_LINES = 200;

export interface PurchaseOrderLineInput {
  productId: string;
  /** The product's name when left out. */
  description?: string | null;
  quantity: string | Prisma.Decimal;
  /** The supplier's price for the quantity and currency when left out. */
  unitPrice?: string | Prisma.Decimal | null;
  taxRate?: string | Prisma.Decimal | null;
  expectedDate?: string | null;
}

export interface PurchaseOrderFields {
  /** The supplier's currency when left out. */
  currency?: string | null;
  orderDate: string;
  expectedDate?: string | null;
  reference?: string | null;
  notes?: string | null;
  lines: PurchaseOrderLineInput[];
}

export interface PurchaseOrderCreateInput extends PurchaseOrderFields {
  supplierId: string;
}

export interface PurchaseOrderUpdateInput extends PurchaseOrderFields {
  id: string;
  expectedVersion?: number | null;
}

interface PreparedLine {
  lineNo: number;
  productId: string;
  description: string;
  quantity: Prisma.Decimal;
  unitPrice: Prisma.Decimal;
  taxRate: Prisma.Decimal;
  subtotal: Prisma.Decimal;
  tax: Prisma.Decimal;
  total: Prisma.Decimal;
  expectedDate: Date | null;
}

export interface PurchaseOrderRef {
  purchaseOrderId: string;
}

/** Validates header and lines (every problem at once, with lines.N paths), prices them and computes the figures. */
async function prepare(tx: TenantTx, supplier: { id: string; currency: string }, input: PurchaseOrderFields) {
  const problems = new Problems();
  const currency = input.currency ? checkCurrency(problems, 'currency', input.currency) : supplier.currency.trim();
  const orderDate = checkDate(problems, 'orderDate', input.orderDate);
  const expectedDate = checkDate(problems, 'expectedDate', input.expectedDate, false) ?? null;
  if (orderDate && expectedDate && expectedDate < orderDate)
    problems.add('INVALID_DATE', 'expectedDate is before orderDate', 'expectedDate');
  const reference = cleanText(input.reference) ?? null;
  const notes = cleanText(input.notes) ?? null;
  checkLength(problems, 'reference', reference, 100);
  checkLength(problems, 'notes', notes, 2000);
  const lines = Array.isArray(input.lines) ? input.lines : [];
  if (lines.length === 0) problems.add('EMPTY_ORDER', 'An order needs at least one line', 'lines');
  if (lines.length > MAX_LINES) problems.add('OUT_OF_RANGE', `An order may have at most ${MAX_LINES} lines`, 'lines');
  const productIds = [...new Set(lines.map((line) => line.productId).filter(isUuid))];
  const products = new Map((await productsByIds(tx, productIds)).map((product) => [product.id, product]));

  const prepared: PreparedLine[] = [];
  for (const [index, line] of lines.slice(0, MAX_LINES).entries()) {
    const at = (field: string) => `lines.${index}.${field}`;
    const product = products.get(line.productId);
    if (!product) problems.add('NOT_FOUND', 'No product with this id in your organization', at('productId'));
    else if (!product.isActive)
      problems.add('PRODUCT_INACTIVE', `Product ${product.sku} is deactivated`, at('productId'));
    const quantity = parseDecimal(problems, at('quantity'), line.quantity, {
      scale: 4,
      required: true,
      positive: true,
    });
    let unitPrice = parseDecimal(problems, at('unitPrice'), line.unitPrice, { scale: 6 });
    const taxRate = parseDecimal(problems, at('taxRate'), line.taxRate, { scale: 4 }) ?? new Prisma.Decimal(0);
    if (taxRate.greaterThan(100)) problems.add('OUT_OF_RANGE', `${at('taxRate')} must be from 0 to 100`, at('taxRate'));
    const lineExpected = checkDate(problems, at('expectedDate'), line.expectedDate, false) ?? null;
    const description = cleanText(line.description) ?? product?.name ?? '';
    checkLength(problems, at('description'), description, 500);
    if (
      product &&
      quantity &&
      currency &&
      (line.unitPrice === undefined || line.unitPrice === null || line.unitPrice === '')
    ) {
      const price = await supplierPriceFor(tx, { supplierId: supplier.id, productId: product.id, quantity, currency });
      if (price) unitPrice = price.price;
      else
        problems.add(
          'PRICE_REQUIRED',
          `No ${currency} price of this supplier for ${product.sku} at quantity ${quantity.toFixed()}; give unitPrice`,
          at('unitPrice'),
        );
    }
    if (product && quantity && unitPrice && currency) {
      const figures = lineFigures(quantity, unitPrice, new Prisma.Decimal(0), taxRate, currency);
      prepared.push({
        lineNo: index + 1,
        productId: product.id,
        description,
        quantity,
        unitPrice,
        taxRate,
        subtotal: figures.subtotal,
        tax: figures.tax,
        total: figures.total,
        expectedDate: lineExpected ?? expectedDate,
      });
    }
  }
  problems.throwIfAny();
  const sum = (field: 'subtotal' | 'tax' | 'total') =>
    prepared.reduce((acc, line) => acc.plus(line[field]), new Prisma.Decimal(0));
  const totals = { subtotal: sum('subtotal'), taxTotal: sum('tax'), total: sum('total') };
  checkFiguresFit(problems, prepared, totals, { lineField: (i) => `lines.${prepared[i]!.lineNo - 1}.quantity` });
  problems.throwIfAny();
  return {
    header: { currency: currency!, orderDate: orderDate!, expectedDate, reference, notes, ...totals },
    lines: prepared,
  };
}

/** Creates a draft purchase order, numbered PO-00001 (nextDocumentNumber); missing unit prices come from the supplier's prices. */
export async function createPurchaseOrder(
  tx: TenantTx,
  actor: Actor,
  input: PurchaseOrderCreateInput,
): Promise<PurchaseOrderRef> {
  const supplier = await activeSupplier(tx, input.supplierId);
  const { header, lines } = await prepare(tx, supplier, input);
  const id = randomUUID();
  const number = `PO-${String(await nextDocumentNumber(tx, actor, 'purchasing.order')).padStart(5, '0')}`;
  await tx.purchaseOrder.create({
    data: {
      id,
      organizationId: actor.organizationId,
      number,
      supplierId: supplier.id,
      createdById: actor.keyId,
      ...header,
    },
  });
  await tx.purchaseOrderLine.createMany({
    data: lines.map((line) => ({ ...line, id: randomUUID(), organizationId: actor.organizationId, orderId: id })),
  });
  const payload = {
    number,
    supplierId: supplier.id,
    currency: header.currency,
    total: header.total.toFixed(),
    lines: lines.length,
  };
  await recordAudit(tx, actor, {
    action: 'purchaseOrderCreate',
    entityType: 'PurchaseOrder',
    entityId: id,
    after: payload,
  });
  await appendEvent(tx, actor, {
    type: 'purchaseOrder.created',
    aggregateType: 'PurchaseOrder',
    aggregateId: id,
    payload,
  });
  return { purchaseOrderId: id };
}

export async function lockOrder(tx: TenantTx, actor: Actor, id: string, field = 'id'): Promise<PurchaseOrder> {
  const locked = isUuid(id) ? await lockRows(tx, actor.organizationId, 'PurchaseOrder', [id]) : new Set<string>();
  if (!locked.has(id))
    throw new DomainError(fieldError('NOT_FOUND', 'No purchase order with this id in your organization', field));
  return tx.purchaseOrder.findUniqueOrThrow({ where: { id } });
}

export function checkVersion(order: PurchaseOrder, expected: number | null | undefined): void {
  if (expected !== undefined && expected !== null && expected !== order.version) {
    throw new DomainError(
      fieldError('STALE_VERSION', `${order.number} is at version ${order.version}, not ${expected}`, 'expectedVersion'),
    );
  }
}

/** Replaces a draft order's header and lines. */
export async function updatePurchaseOrder(
  tx: TenantTx,
  actor: Actor,
  input: PurchaseOrderUpdateInput,
): Promise<PurchaseOrderRef> {
  const order = await lockOrder(tx, actor, input.id);
  checkVersion(order, input.expectedVersion);
  if (order.status !== 'DRAFT')
    throw new DomainError(fieldError('NOT_DRAFT', `${order.number} is ${order.status.toLowerCase()}`, 'id'));
  const supplier = await activeSupplier(tx, order.supplierId, 'id');
  const { header, lines } = await prepare(tx, supplier, input);
  const requestLineOf = await keptRequestLinks(tx, order.id);
  await tx.purchaseOrderLine.deleteMany({ where: { orderId: order.id } });
  await tx.purchaseOrderLine.createMany({
    data: lines.map((line) => ({
      ...line,
      id: randomUUID(),
      organizationId: actor.organizationId,
      orderId: order.id,
      purchaseRequestLineId: requestLineOf(line),
    })),
  });
  const after = await tx.purchaseOrder.update({
    where: { id: order.id },
    data: { ...header, version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'purchaseOrderUpdate',
    entityType: 'PurchaseOrder',
    entityId: order.id,
    before: order,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'purchaseOrder.updated',
    aggregateType: 'PurchaseOrder',
    aggregateId: order.id,
    payload: { number: order.number, total: after.total.toFixed(), version: after.version },
  });
  return { purchaseOrderId: order.id };
}

/** Marks a draft as sent to the supplier; from then on its lines are what receipts and bills are matched against. */
export async function sendPurchaseOrder(
  tx: TenantTx,
  actor: Actor,
  input: { id: string; expectedVersion?: number | null },
): Promise<PurchaseOrderRef> {
  const order = await lockOrder(tx, actor, input.id);
  checkVersion(order, input.expectedVersion);
  if (order.status !== 'DRAFT')
    throw new DomainError(fieldError('NOT_DRAFT', `${order.number} is already ${order.status.toLowerCase()}`, 'id'));
  await activeSupplier(tx, order.supplierId, 'id');
  const after = await tx.purchaseOrder.update({
    where: { id: order.id },
    data: { status: 'SENT', sentAt: new Date(), version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'purchaseOrderSend',
    entityType: 'PurchaseOrder',
    entityId: order.id,
    before: { status: order.status },
    after,
  });
  await appendEvent(tx, actor, {
    type: 'purchaseOrder.sent',
    aggregateType: 'PurchaseOrder',
    aggregateId: order.id,
    payload: {
      number: order.number,
      supplierId: order.supplierId,
      total: order.total.toFixed(),
      currency: order.currency,
    },
  });
  return { purchaseOrderId: order.id };
}

/** Cancels an order nothing was received or billed against. */
export async function cancelPurchaseOrder(
  tx: TenantTx,
  actor: Actor,
  input: { id: string; expectedVersion?: number | null },
): Promise<PurchaseOrderRef> {
  const order = await lockOrder(tx, actor, input.id);
  checkVersion(order, input.expectedVersion);
  const touched = await tx.purchaseOrderLine.count({
    where: { orderId: order.id, OR: [{ quantityReceived: { gt: 0 } }, { quantityBilled: { gt: 0 } }] },
  });
  if ((order.status !== 'DRAFT' && order.status !== 'SENT') || touched > 0) {
    throw new DomainError(
      fieldError(
        'NOT_CANCELLABLE',
        `${order.number} is ${order.status.toLowerCase().replace(/_/g, ' ')}; it cannot be cancelled`,
        'id',
      ),
    );
  }
  const after = await tx.purchaseOrder.update({
    where: { id: order.id },
    data: { status: 'CANCELLED', cancelledAt: new Date(), version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'purchaseOrderCancel',
    entityType: 'PurchaseOrder',
    entityId: order.id,
    before: { status: order.status },
    after,
  });
  await appendEvent(tx, actor, {
    type: 'purchaseOrder.cancelled',
    aggregateType: 'PurchaseOrder',
    aggregateId: order.id,
    payload: { number: order.number },
  });
  return { purchaseOrderId: order.id };
}
