import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import type { SupplierPrice } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkCurrency,
  checkIntRange,
  checkLength,
  cleanText,
  fieldError,
  isUuid,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { parseDecimal } from '../../platform/index.js';
import { findProduct } from '../inventory/index.js';

export interface SupplierPriceSetInput {
  supplierId: string;
  productId: string;
  price: string | Prisma.Decimal;
  /** The supplier's currency when left out. */
  currency?: string | null;
  /** The price applies from this quantity on (default 0). */
  minQuantity?: string | Prisma.Decimal | null;
  leadTimeDays?: number | null;
  supplierSku?: string | null;
}

export interface SupplierPriceRef {
  supplierPriceId: string;
}

export async function activeSupplier(tx: TenantTx, id: string, field = 'supplierId') {
  const supplier = isUuid(id) ? await tx.supplier.findUnique({ where: { id } }) : null;
  if (!supplier) throw new DomainError(fieldError('NOT_FOUND', 'No supplier with this id in your organization', field));
  if (!supplier.isActive)
    throw new DomainError(fieldError('SUPPLIER_INACTIVE', `Supplier ${supplier.code} is deactivated`, field));
  return supplier;
}

/**
 * Sets what a supplier charges for a product from a minimum quantity on: one price per supplier,
 * product and minimum quantity, so a second call with the same three replaces the price.
 */
export async function setSupplierPrice(
  tx: TenantTx,
  actor: Actor,
  input: SupplierPriceSetInput,
): Promise<SupplierPriceRef> {
  const supplier = await activeSupplier(tx, input.supplierId);
  const product = await findProduct(tx, input.productId);
  if (!product)
    throw new DomainError(fieldError('NOT_FOUND', 'No product with this id in your organization', 'productId'));
  const problems = new Problems();
  const currency = input.currency ? checkCurrency(problems, 'currency', input.currency) : supplier.currency.trim();
  const price = parseDecimal(problems, 'price', input.price, { scale: 6, required: true });
  const minQuantity = parseDecimal(problems, 'minQuantity', input.minQuantity, { scale: 4 }) ?? new Prisma.Decimal(0);
  checkIntRange(problems, 'leadTimeDays', input.leadTimeDays, 0, 3650);
  const supplierSku = cleanText(input.supplierSku) ?? null;
  checkLength(problems, 'supplierSku', supplierSku, 100);
  problems.throwIfAny();
  const key = { supplierId: supplier.id, productId: product.id, minQuantity };
  const before = await tx.supplierPrice.findFirst({ where: key });
  const values = { price: price!, currency: currency!, leadTimeDays: input.leadTimeDays ?? null, supplierSku };
  let after: SupplierPrice;
  if (before) {
    after = await tx.supplierPrice.update({ where: { id: before.id }, data: values });
  } else {
    // One statement, so two first-time writers of the same key cannot both insert it.
    await tx.$executeRaw`
      INSERT INTO "SupplierPrice" ("id", "organizationId", "supplierId", "productId", "minQuantity", "price", "currency", "leadTimeDays", "supplierSku", "updatedAt")
      VALUES (${randomUUID()}::uuid, ${actor.organizationId}::uuid, ${supplier.id}::uuid, ${product.id}::uuid, ${minQuantity}, ${values.price},
              ${values.currency}, ${values.leadTimeDays}, ${values.supplierSku}, now())
      ON CONFLICT ("organizationId", "supplierId", "productId", "minQuantity")
      DO UPDATE SET "price" = EXCLUDED."price", "currency" = EXCLUDED."currency", "leadTimeDays" = EXCLUDED."leadTimeDays",
                    "supplierSku" = EXCLUDED."supplierSku", "updatedAt" = EXCLUDED."updatedAt"`;
    after = await tx.supplierPrice.findFirstOrThrow({ where: key });
  }
  const payload = {
    supplierCode: supplier.code,
    sku: product.sku,
    price: after.price.toFixed(),
    currency: after.currency,
    minQuantity: minQuantity.toFixed(),
  };
  await recordAudit(tx, actor, {
    action: 'supplierPriceSet',
    entityType: 'SupplierPrice',
    entityId: after.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'supplierPrice.set',
    aggregateType: 'SupplierPrice',
    aggregateId: after.id,
    payload,
  });
  return { supplierPriceId: after.id };
}

export async function deleteSupplierPrice(
  tx: TenantTx,
  actor: Actor,
  input: { id: string },
): Promise<SupplierPriceRef> {
  const before = isUuid(input.id) ? await tx.supplierPrice.findUnique({ where: { id: input.id } }) : null;
  if (!before)
    throw new DomainError(fieldError('NOT_FOUND', 'No supplier price with this id in your organization', 'id'));
  await tx.supplierPrice.delete({ where: { id: before.id } });
  await recordAudit(tx, actor, {
    action: 'supplierPriceDelete',
    entityType: 'SupplierPrice',
    entityId: before.id,
    before,
  });
  await appendEvent(tx, actor, {
    type: 'supplierPrice.deleted',
    aggregateType: 'SupplierPrice',
    aggregateId: before.id,
    payload: { productId: before.productId },
  });
  return { supplierPriceId: before.id };
}

/** The supplier's price for a quantity: the one with the highest minimum quantity the quantity reaches. */
export async function supplierPriceFor(
  tx: TenantTx,
  query: { supplierId: string; productId: string; quantity: Prisma.Decimal; currency: string },
): Promise<SupplierPrice | null> {
  return tx.supplierPrice.findFirst({
    where: {
      supplierId: query.supplierId,
      productId: query.productId,
      currency: query.currency,
      minQuantity: { lte: query.quantity },
    },
    orderBy: { minQuantity: 'desc' },
  });
}
