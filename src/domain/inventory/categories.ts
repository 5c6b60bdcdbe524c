import { randomUUID } from 'node:crypto';
import type { ProductCategory } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  isForeignKeyViolation,
  isUniqueViolation,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
  likeLiteral,
} from '../../platform/index.js';

export interface ProductCategoryRef {
  productCategoryId: string;
}

function cleanName(value: string | null | undefined, required: boolean): string | undefined {
  const problems = new Problems();
  const name = cleanText(value);
  if (required || value !== undefined) {
    if (checkRequired(problems, 'name', name)) checkLength(problems, 'name', name, 100);
  }
  problems.throwIfAny();
  return name ?? undefined;
}

async function checkNameFree(tx: TenantTx, name: string, parentId: string | null, exceptId?: string): Promise<void> {
  const taken = await tx.productCategory.findFirst({
    where: { parentId, name: { equals: likeLiteral(name), mode: 'insensitive' }, NOT: { id: exceptId } },
    select: { id: true },
  });
  if (taken) throw new DomainError(fieldError('NAME_TAKEN', `A category named "${name}" already exists there`, 'name'));
}

async function guardName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError(fieldError('NAME_TAKEN', `A category named "${name}" already exists there`, 'name'));
    throw error;
  }
}

/** The parent must exist, and must not be the category itself or one of its descendants. */
async function checkParent(tx: TenantTx, parentId: string | null, selfId?: string): Promise<void> {
  let cursor: string | null = parentId;
  for (let depth = 0; cursor; depth++) {
    if (cursor === selfId)
      throw new DomainError(
        fieldError('CATEGORY_CYCLE', 'A category cannot sit under itself or its descendants', 'parentId'),
      );
    const row: { parentId: string | null } | null = await tx.productCategory.findUnique({
      where: { id: cursor },
      select: { parentId: true },
    });
    if (!row) {
      if (depth === 0)
        throw new DomainError(
          fieldError('NOT_FOUND', 'No product category with this id in your organization', 'parentId'),
        );
      break;
    }
    cursor = row.parentId;
  }
}

export interface ProductCategoryCreateInput {
  name: string;
  parentId?: string | null;
}

export async function createProductCategory(
  tx: TenantTx,
  actor: Actor,
  input: ProductCategoryCreateInput,
): Promise<ProductCategoryRef> {
  const name = cleanName(input.name, true) as string;
  const parentId = input.parentId ?? null;
  await checkParent(tx, parentId);
  await checkNameFree(tx, name, parentId);
  const id = randomUUID();
  const category = await guardName(name, () =>
    tx.productCategory.create({ data: { id, organizationId: actor.organizationId, name, parentId } }),
  );
  await recordAudit(tx, actor, {
    action: 'productCategoryCreate',
    entityType: 'ProductCategory',
    entityId: id,
    after: category,
  });
  await appendEvent(tx, actor, {
    type: 'productCategory.created',
    aggregateType: 'ProductCategory',
    aggregateId: id,
    payload: { name },
  });
  return { productCategoryId: id };
}

export interface ProductCategoryUpdateInput {
  id: string;
  expectedVersion?: number | null;
  name?: string | null;
  /** undefined keeps the parent, null moves the category to the top. */
  parentId?: string | null;
}

async function loadForChange(
  tx: TenantTx,
  actor: Actor,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<ProductCategory> {
  const locked = await lockRows(tx, actor.organizationId, 'ProductCategory', [id]);
  if (!locked.has(id))
    throw new DomainError(fieldError('NOT_FOUND', 'No product category with this id in your organization', 'id'));
  const category = await tx.productCategory.findUniqueOrThrow({ where: { id } });
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== category.version) {
    throw new DomainError(
      fieldError(
        'STALE_VERSION',
        `Category ${category.name} is at version ${category.version}, not ${expectedVersion}`,
        'expectedVersion',
      ),
    );
  }
  return category;
}

export async function updateProductCategory(
  tx: TenantTx,
  actor: Actor,
  input: ProductCategoryUpdateInput,
): Promise<ProductCategoryRef> {
  const before = await loadForChange(tx, actor, input.id, input.expectedVersion);
  const name = cleanName(input.name, false) ?? before.name;
  const parentId = input.parentId === undefined ? before.parentId : input.parentId;
  if (parentId !== before.parentId) await checkParent(tx, parentId, before.id);
  if (name !== before.name || parentId !== before.parentId) await checkNameFree(tx, name, parentId, before.id);
  const after = await guardName(name, () =>
    tx.productCategory.update({ where: { id: before.id }, data: { name, parentId, version: { increment: 1 } } }),
  );
  await recordAudit(tx, actor, {
    action: 'productCategoryUpdate',
    entityType: 'ProductCategory',
    entityId: before.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'productCategory.updated',
    aggregateType: 'ProductCategory',
    aggregateId: before.id,
    payload: { name, parentId, version: after.version },
  });
  return { productCategoryId: before.id };
}

export async function deleteProductCategory(
  tx: TenantTx,
  actor: Actor,
  input: { id: string; expectedVersion?: number | null },
): Promise<ProductCategoryRef> {
  const before = await loadForChange(tx, actor, input.id, input.expectedVersion);
  try {
    await tx.productCategory.delete({ where: { id: before.id } });
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new DomainError(
        fieldError('IN_USE', `Category ${before.name} still has products or child categories`, 'id'),
      );
    }
    throw error;
  }
  await recordAudit(tx, actor, {
    action: 'productCategoryDelete',
    entityType: 'ProductCategory',
    entityId: before.id,
    before,
  });
  await appendEvent(tx, actor, {
    type: 'productCategory.deleted',
    aggregateType: 'ProductCategory',
    aggregateId: before.id,
    payload: { name: before.name },
  });
  return { productCategoryId: before.id };
}
