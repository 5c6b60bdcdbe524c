import { randomUUID } from 'node:crypto';
import type { Prisma, Product } from '../../generated/prisma/client.js';
import {
  DomainError,
  appendEvent,
  fieldError,
  isForeignKeyViolation,
  isUniqueViolation,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
  likeLiteral,
} from '../../platform/index.js';
import { checkLotSize, cleanProductFields, type CleanProductFields, type ProductFields } from './product-input.js';

export interface ProductRef {
  productId: string;
}

function notFound(field = 'id'): DomainError {
  return new DomainError(fieldError('NOT_FOUND', 'No product with this id in your organization', field));
}

/** Locks the product row so the read that follows is the state this transaction changes. */
async function loadForChange(tx: TenantTx, actor: Actor, id: string): Promise<Product> {
  const locked = await lockRows(tx, actor.organizationId, 'Product', [id]);
  if (!locked.has(id)) throw notFound();
  return tx.product.findUniqueOrThrow({ where: { id } });
}

function checkVersion(product: Product, expectedVersion: number | null | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== product.version) {
    throw new DomainError(
      fieldError(
        'STALE_VERSION',
        `Product ${product.sku} is at version ${product.version}, not ${expectedVersion}`,
        'expectedVersion',
      ),
    );
  }
}

async function checkKeysFree(tx: TenantTx, fields: CleanProductFields, exceptId?: string): Promise<void> {
  if (fields.sku) {
    const taken = await tx.product.findFirst({
      where: { sku: { equals: likeLiteral(fields.sku), mode: 'insensitive' }, NOT: { id: exceptId } },
    });
    if (taken)
      throw new DomainError(fieldError('SKU_TAKEN', `SKU "${fields.sku}" is already used by ${taken.name}`, 'sku'));
  }
  if (fields.barcode) {
    const taken = await tx.product.findFirst({ where: { barcode: fields.barcode, NOT: { id: exceptId } } });
    if (taken)
      throw new DomainError(
        fieldError('BARCODE_TAKEN', `Barcode "${fields.barcode}" is already used by ${taken.sku}`, 'barcode'),
      );
  }
}

async function checkCategory(tx: TenantTx, categoryId: string | null | undefined): Promise<void> {
  if (!categoryId) return;
  const category = await tx.productCategory.findUnique({ where: { id: categoryId }, select: { id: true } });
  if (!category)
    throw new DomainError(
      fieldError('NOT_FOUND', 'No product category with this id in your organization', 'categoryId'),
    );
}

/** FIFO takes the cost of issued units from layers of stock on hand, so a FIFO product never goes below zero (judged after the change). */
function checkFifoNegative(costingMethod: string, allowNegativeStock: boolean): void {
  if (costingMethod === 'FIFO' && allowNegativeStock) {
    throw new DomainError(
      fieldError(
        'FIFO_NEGATIVE_STOCK',
        'A FIFO product cannot allow negative stock; set allowNegativeStock to false or use MOVING_AVERAGE',
        'allowNegativeStock',
      ),
    );
  }
}

/**
 * The costing method built the product's stock value (and FIFO layers) move by move, so it cannot change
 * once there are moves. The product row is locked, and every stock move locks it first, so no move can
 * slip in between this check and the update.
 */
async function checkCostingMethodChange(
  tx: TenantTx,
  before: Product,
  costingMethod: string | undefined,
): Promise<void> {
  if (!costingMethod || costingMethod === before.costingMethod) return;
  const moved = await tx.stockMove.findFirst({ where: { productId: before.id }, select: { id: true } });
  if (moved) {
    throw new DomainError(
      fieldError(
        'COSTING_METHOD_LOCKED',
        `Product ${before.sku} has stock moves; its costing method stays ${before.costingMethod}`,
        'costingMethod',
      ),
    );
  }
}

/** A concurrent insert of the same SKU or barcode passes the pre-check and loses at a unique index; report it the same way. */
async function guardKeys<T>(fields: CleanProductFields, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      const { message, meta } = error as { message?: string; meta?: unknown };
      const barcode = `${message ?? ''} ${JSON.stringify(meta ?? {})}`.includes('barcode');
      throw new DomainError(
        barcode
          ? fieldError('BARCODE_TAKEN', `Barcode "${fields.barcode}" is already used`, 'barcode')
          : fieldError('SKU_TAKEN', `SKU "${fields.sku}" is already used`, 'sku'),
      );
    }
    throw error;
  }
}

function writableColumns(fields: CleanProductFields, categoryId: string | null | undefined) {
  const { sku, name, description, type, unitOfMeasure, procurement, costingMethod, listPrice, standardCost, barcode } =
    fields;
  const {
    allowNegativeStock,
    leadTimeDays,
    safetyStock,
    reorderPoint,
    minOrderQuantity,
    orderMultiple,
    lotSizeRule,
    lotSizeQuantity,
  } = fields;
  return {
    ...{
      sku,
      name,
      description,
      type,
      unitOfMeasure,
      procurement,
      costingMethod,
      listPrice,
      standardCost,
      barcode,
      categoryId,
    },
    ...{
      allowNegativeStock,
      leadTimeDays,
      safetyStock,
      reorderPoint,
      minOrderQuantity,
      orderMultiple,
      lotSizeRule,
      lotSizeQuantity,
    },
  };
}

export interface ProductCreateInput extends ProductFields {
  sku: string;
  name: string;
}

export async function createProduct(tx: TenantTx, actor: Actor, input: ProductCreateInput): Promise<ProductRef> {
  const fields = cleanProductFields(input, { creating: true });
  checkLotSize(fields.lotSizeRule ?? 'LOT_FOR_LOT', fields.lotSizeQuantity ?? null);
  checkFifoNegative(fields.costingMethod ?? 'MOVING_AVERAGE', fields.allowNegativeStock ?? false);
  await checkCategory(tx, input.categoryId);
  await checkKeysFree(tx, fields);
  const id = randomUUID();
  const product = await guardKeys(fields, () =>
    tx.product.create({
      data: {
        ...writableColumns(fields, input.categoryId),
        id,
        organizationId: actor.organizationId,
        sku: fields.sku as string,
        name: fields.name as string,
        type: fields.type ?? 'STOCKED',
        unitOfMeasure: fields.unitOfMeasure ?? 'EA',
      },
    }),
  );
  await recordAudit(tx, actor, { action: 'productCreate', entityType: 'Product', entityId: id, after: product });
  await appendEvent(tx, actor, {
    type: 'product.created',
    aggregateType: 'Product',
    aggregateId: id,
    payload: { sku: product.sku, name: product.name },
  });
  return { productId: id };
}

export interface ProductUpdateInput extends ProductFields {
  id: string;
  expectedVersion?: number | null;
}

export async function updateProduct(tx: TenantTx, actor: Actor, input: ProductUpdateInput): Promise<ProductRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion);
  const fields = cleanProductFields(input, { creating: false });
  const rule = fields.lotSizeRule ?? before.lotSizeRule;
  // Switching to LOT_FOR_LOT drops a quantity left over from the previous rule unless one is given.
  const lotSizeQuantity: Prisma.Decimal | null =
    fields.lotSizeQuantity !== undefined
      ? fields.lotSizeQuantity
      : rule === 'LOT_FOR_LOT'
        ? null
        : before.lotSizeQuantity;
  checkLotSize(rule, lotSizeQuantity);
  checkFifoNegative(
    fields.costingMethod ?? before.costingMethod,
    fields.allowNegativeStock ?? before.allowNegativeStock,
  );
  await checkCostingMethodChange(tx, before, fields.costingMethod);
  await checkCategory(tx, input.categoryId);
  await checkKeysFree(
    tx,
    {
      ...fields,
      sku: fields.sku && fields.sku !== before.sku ? fields.sku : undefined,
      barcode: fields.barcode !== before.barcode ? fields.barcode : undefined,
    },
    before.id,
  );
  const after = await guardKeys(fields, () =>
    tx.product.update({
      where: { id: before.id },
      data: { ...writableColumns({ ...fields, lotSizeQuantity }, input.categoryId), version: { increment: 1 } },
    }),
  );
  await recordAudit(tx, actor, { action: 'productUpdate', entityType: 'Product', entityId: before.id, before, after });
  await appendEvent(tx, actor, {
    type: 'product.updated',
    aggregateType: 'Product',
    aggregateId: before.id,
    payload: { changed: changedFields(before, after), version: after.version },
  });
  return { productId: before.id };
}

function changedFields(before: Product, after: Product): string[] {
  return (Object.keys(after) as (keyof Product)[]).filter(
    (key) => !['version', 'updatedAt'].includes(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

export interface ProductStateInput {
  id: string;
  expectedVersion?: number | null;
}

async function transition(
  tx: TenantTx,
  actor: Actor,
  input: ProductStateInput,
  action: 'productDeactivate' | 'productActivate',
): Promise<ProductRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion);
  const isActive = action === 'productActivate';
  if (before.isActive === isActive) {
    throw new DomainError(
      fieldError(
        isActive ? 'ALREADY_ACTIVE' : 'ALREADY_INACTIVE',
        `Product ${before.sku} is already ${isActive ? 'active' : 'inactive'}`,
        'id',
      ),
    );
  }
  const after = await tx.product.update({ where: { id: before.id }, data: { isActive, version: { increment: 1 } } });
  await recordAudit(tx, actor, { action, entityType: 'Product', entityId: before.id, before, after });
  await appendEvent(tx, actor, {
    type: isActive ? 'product.activated' : 'product.deactivated',
    aggregateType: 'Product',
    aggregateId: before.id,
    payload: { sku: before.sku, version: after.version },
  });
  return { productId: before.id };
}

export const deactivateProduct = (tx: TenantTx, actor: Actor, input: ProductStateInput) =>
  transition(tx, actor, input, 'productDeactivate');
export const activateProduct = (tx: TenantTx, actor: Actor, input: ProductStateInput) =>
  transition(tx, actor, input, 'productActivate');

export async function deleteProduct(tx: TenantTx, actor: Actor, input: ProductStateInput): Promise<ProductRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion);
  try {
    await tx.product.delete({ where: { id: before.id } });
  } catch (error) {
    // Stock moves, levels and other domains' lines reference products with RESTRICT foreign keys.
    if (isForeignKeyViolation(error)) {
      throw new DomainError(
        fieldError('IN_USE', `Product ${before.sku} is referenced by other records; deactivate it instead`, 'id'),
      );
    }
    throw error;
  }
  await recordAudit(tx, actor, { action: 'productDelete', entityType: 'Product', entityId: before.id, before });
  await appendEvent(tx, actor, {
    type: 'product.deleted',
    aggregateType: 'Product',
    aggregateId: before.id,
    payload: { sku: before.sku },
  });
  return { productId: before.id };
}
