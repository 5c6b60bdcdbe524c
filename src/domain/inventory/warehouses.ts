import { randomUUID } from 'node:crypto';
import type { Warehouse } from '../../generated/prisma/client.js';
import {
  DomainError,
  isUuid,
  Problems,
  appendEvent,
  fieldError,
  isForeignKeyViolation,
  lockRows,
  recordAudit,
  type Actor,
  type TenantTx,
  likeLiteral,
} from '../../platform/index.js';
import { checkCode, checkName } from './codes.js';
import { codeTaken, guardCode } from './locations.js';

export interface WarehouseRef {
  warehouseId: string;
}

/** The code of every warehouse's root stock location. */
export const ROOT_LOCATION_CODE = 'STOCK';

async function checkCodeFree(tx: TenantTx, code: string, exceptId?: string): Promise<void> {
  const taken = await tx.warehouse.findFirst({
    where: { code: { equals: likeLiteral(code), mode: 'insensitive' }, NOT: { id: exceptId } },
    select: { id: true },
  });
  if (taken) throw codeTaken(code);
}

export interface WarehouseCreateInput {
  code: string;
  name: string;
}

/** Creates a warehouse and its root stock location (code STOCK), under which bins are created. */
export async function createWarehouse(tx: TenantTx, actor: Actor, input: WarehouseCreateInput): Promise<WarehouseRef> {
  const problems = new Problems();
  const code = checkCode(problems, 'code', input.code, true, 16) as string;
  const name = checkName(problems, 'name', input.name, true) as string;
  problems.throwIfAny();
  await checkCodeFree(tx, code);
  const id = randomUUID();
  const rootId = randomUUID();
  const organizationId = actor.organizationId;
  await guardCode(code, () => tx.warehouse.create({ data: { id, organizationId, code, name } }));
  await tx.location.create({
    data: {
      id: rootId,
      organizationId,
      warehouseId: id,
      parentId: null,
      path: rootId,
      code: ROOT_LOCATION_CODE,
      name: `${name} stock`,
      type: 'INTERNAL',
    },
  });
  const warehouse = await tx.warehouse.update({ where: { id }, data: { rootLocationId: rootId } });
  await recordAudit(tx, actor, { action: 'warehouseCreate', entityType: 'Warehouse', entityId: id, after: warehouse });
  await appendEvent(tx, actor, {
    type: 'warehouse.created',
    aggregateType: 'Warehouse',
    aggregateId: id,
    payload: { code, name, rootLocationId: rootId },
  });
  return { warehouseId: id };
}

/** A warehouse ID a query or command was given names a warehouse of the organization, else NOT_FOUND on `field`. */
export async function requireWarehouse(
  tx: Pick<TenantTx, 'warehouse'>,
  id: string,
  field = 'warehouseId',
): Promise<void> {
  const found = isUuid(id) ? await tx.warehouse.findUnique({ where: { id }, select: { id: true } }) : null;
  if (!found) throw new DomainError(fieldError('NOT_FOUND', 'No warehouse with this id in your organization', field));
}

async function loadForChange(
  tx: TenantTx,
  actor: Actor,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<Warehouse> {
  const locked = await lockRows(tx, actor.organizationId, 'Warehouse', [id]);
  if (!locked.has(id))
    throw new DomainError(fieldError('NOT_FOUND', 'No warehouse with this id in your organization', 'id'));
  const warehouse = await tx.warehouse.findUniqueOrThrow({ where: { id } });
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== warehouse.version) {
    throw new DomainError(
      fieldError(
        'STALE_VERSION',
        `Warehouse ${warehouse.code} is at version ${warehouse.version}, not ${expectedVersion}`,
        'expectedVersion',
      ),
    );
  }
  return warehouse;
}

export interface WarehouseUpdateInput {
  id: string;
  expectedVersion?: number | null;
  code?: string | null;
  name?: string | null;
}

export async function updateWarehouse(tx: TenantTx, actor: Actor, input: WarehouseUpdateInput): Promise<WarehouseRef> {
  const before = await loadForChange(tx, actor, input.id, input.expectedVersion);
  const problems = new Problems();
  const code = checkCode(problems, 'code', input.code, false, 16);
  const name = checkName(problems, 'name', input.name, false);
  problems.throwIfAny();
  if (code && code.toLowerCase() !== before.code.toLowerCase()) await checkCodeFree(tx, code, before.id);
  const after = await guardCode(code, () =>
    tx.warehouse.update({ where: { id: before.id }, data: { code, name, version: { increment: 1 } } }),
  );
  await recordAudit(tx, actor, {
    action: 'warehouseUpdate',
    entityType: 'Warehouse',
    entityId: before.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'warehouse.updated',
    aggregateType: 'Warehouse',
    aggregateId: before.id,
    payload: { code: after.code, name: after.name, version: after.version },
  });
  return { warehouseId: before.id };
}

/** Deletes a warehouse with only its root location left; refused while stock records reference the root. */
export async function deleteWarehouse(
  tx: TenantTx,
  actor: Actor,
  input: { id: string; expectedVersion?: number | null },
): Promise<WarehouseRef> {
  const before = await loadForChange(tx, actor, input.id, input.expectedVersion);
  const bins = await tx.location.count({ where: { warehouseId: before.id, parentId: { not: null } } });
  if (bins > 0)
    throw new DomainError(fieldError('WAREHOUSE_NOT_EMPTY', `Warehouse ${before.code} still has ${bins} bin(s)`, 'id'));
  try {
    await tx.warehouse.update({ where: { id: before.id }, data: { rootLocationId: null } });
    await tx.location.deleteMany({ where: { warehouseId: before.id } });
    await tx.warehouse.delete({ where: { id: before.id } });
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new DomainError(
        fieldError('IN_USE', `Warehouse ${before.code} has stock records; it cannot be deleted`, 'id'),
      );
    }
    throw error;
  }
  await recordAudit(tx, actor, { action: 'warehouseDelete', entityType: 'Warehouse', entityId: before.id, before });
  await appendEvent(tx, actor, {
    type: 'warehouse.deleted',
    aggregateType: 'Warehouse',
    aggregateId: before.id,
    payload: { code: before.code },
  });
  return { warehouseId: before.id };
}
