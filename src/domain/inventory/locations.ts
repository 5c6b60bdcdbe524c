import { randomUUID } from 'node:crypto';
import type { Location } from '../../generated/prisma/client.js';
import type { LocationType } from '../../generated/prisma/enums.js';
import {
  DomainError,
  Problems,
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
import { checkCode, checkName } from './codes.js';

export interface LocationRef {
  locationId: string;
}

/** The virtual locations every organization has: the other side of receipts, shipments, production, adjustments and scrap. */
export const VIRTUAL_LOCATIONS: { type: Exclude<LocationType, 'INTERNAL'>; name: string }[] = [
  { type: 'SUPPLIER', name: 'Suppliers' },
  { type: 'CUSTOMER', name: 'Customers' },
  { type: 'PRODUCTION', name: 'Production' },
  { type: 'ADJUSTMENT', name: 'Inventory adjustments' },
  { type: 'SCRAP', name: 'Scrap' },
];

/** Creates the organization's virtual locations (run by the organization initializer). */
export async function setUpVirtualLocations(tx: TenantTx, actor: Actor): Promise<void> {
  await tx.location.createMany({
    data: VIRTUAL_LOCATIONS.map(({ type, name }) => {
      const id = randomUUID();
      return { id, organizationId: actor.organizationId, path: id, code: type, name, type };
    }),
  });
}

/** The id of the organization's virtual location of this type. */
export async function virtualLocationId(tx: TenantTx, type: Exclude<LocationType, 'INTERNAL'>): Promise<string> {
  const location = await tx.location.findFirstOrThrow({ where: { type, warehouseId: null }, select: { id: true } });
  return location.id;
}

export function codeTaken(code: string, field = 'code'): DomainError {
  return new DomainError(fieldError('CODE_TAKEN', `Code "${code}" is already used there`, field));
}

/** A concurrent insert of the same code passes the pre-check and loses at the unique index; report it the same way. */
export async function guardCode<T>(code: string | undefined, write: () => Promise<T>, field = 'code'): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (code && isUniqueViolation(error)) throw codeTaken(code, field);
    throw error;
  }
}

async function checkCodeFree(tx: TenantTx, warehouseId: string, code: string, exceptId?: string): Promise<void> {
  const taken = await tx.location.findFirst({
    where: { warehouseId, code: { equals: likeLiteral(code), mode: 'insensitive' }, NOT: { id: exceptId } },
    select: { id: true },
  });
  if (taken) throw codeTaken(code);
}

/** The parent a bin goes under: an internal location of the organization. */
async function loadParent(tx: TenantTx, parentId: string): Promise<Location> {
  const parent = await tx.location.findUnique({ where: { id: parentId } });
  if (!parent)
    throw new DomainError(fieldError('NOT_FOUND', 'No location with this id in your organization', 'parentId'));
  if (parent.type !== 'INTERNAL')
    throw new DomainError(fieldError('VIRTUAL_LOCATION', 'Bins can only go under a warehouse location', 'parentId'));
  return parent;
}

export interface LocationCreateInput {
  parentId: string;
  code: string;
  name?: string | null;
}

/** Creates a bin under an internal location; it belongs to the parent's warehouse. */
export async function createLocation(tx: TenantTx, actor: Actor, input: LocationCreateInput): Promise<LocationRef> {
  const problems = new Problems();
  const code = checkCode(problems, 'code', input.code, true) as string;
  const name = checkName(problems, 'name', input.name, false);
  problems.throwIfAny();
  const parent = await loadParent(tx, input.parentId);
  const warehouseId = parent.warehouseId as string;
  await checkCodeFree(tx, warehouseId, code);
  const id = randomUUID();
  const location = await guardCode(code, () =>
    tx.location.create({
      data: {
        id,
        organizationId: actor.organizationId,
        warehouseId,
        parentId: parent.id,
        path: `${parent.path}/${id}`,
        code,
        name: name ?? code,
        type: 'INTERNAL',
      },
    }),
  );
  await recordAudit(tx, actor, { action: 'locationCreate', entityType: 'Location', entityId: id, after: location });
  await appendEvent(tx, actor, {
    type: 'location.created',
    aggregateType: 'Location',
    aggregateId: id,
    payload: { code, warehouseId },
  });
  return { locationId: id };
}

async function loadForChange(
  tx: TenantTx,
  actor: Actor,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<Location> {
  const locked = await lockRows(tx, actor.organizationId, 'Location', [id]);
  if (!locked.has(id))
    throw new DomainError(fieldError('NOT_FOUND', 'No location with this id in your organization', 'id'));
  const location = await tx.location.findUniqueOrThrow({ where: { id } });
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== location.version) {
    throw new DomainError(
      fieldError(
        'STALE_VERSION',
        `Location ${location.code} is at version ${location.version}, not ${expectedVersion}`,
        'expectedVersion',
      ),
    );
  }
  if (location.type !== 'INTERNAL') {
    throw new DomainError(fieldError('VIRTUAL_LOCATION', `The ${location.type} location is fixed`, 'id'));
  }
  return location;
}

export interface LocationUpdateInput {
  id: string;
  expectedVersion?: number | null;
  code?: string | null;
  name?: string | null;
  /** A new parent in the same warehouse; undefined keeps the parent. */
  parentId?: string | null;
}

/** Renames a location or moves it (with its bins) under another location of the same warehouse. */
export async function updateLocation(tx: TenantTx, actor: Actor, input: LocationUpdateInput): Promise<LocationRef> {
  const before = await loadForChange(tx, actor, input.id, input.expectedVersion);
  const problems = new Problems();
  const code = checkCode(problems, 'code', input.code, false);
  const name = checkName(problems, 'name', input.name, false);
  if (input.parentId === null)
    problems.add('ROOT_LOCATION', 'A location cannot become a root; every warehouse has exactly one', 'parentId');
  problems.throwIfAny();
  let path = before.path;
  let parentId = before.parentId;
  if (input.parentId && input.parentId !== before.parentId) {
    if (before.parentId === null)
      throw new DomainError(fieldError('ROOT_LOCATION', 'The root stock location cannot be moved', 'parentId'));
    const parent = await loadParent(tx, input.parentId);
    if (parent.warehouseId !== before.warehouseId) {
      throw new DomainError(
        fieldError('WRONG_WAREHOUSE', 'A location can only move within its own warehouse', 'parentId'),
      );
    }
    if (parent.id === before.id || parent.path.startsWith(`${before.path}/`)) {
      throw new DomainError(
        fieldError('LOCATION_CYCLE', 'A location cannot move under itself or one of its bins', 'parentId'),
      );
    }
    parentId = parent.id;
    path = `${parent.path}/${before.id}`;
  }
  if (code && code.toLowerCase() !== before.code.toLowerCase())
    await checkCodeFree(tx, before.warehouseId as string, code, before.id);
  const after = await guardCode(code, () =>
    tx.location.update({ where: { id: before.id }, data: { code, name, parentId, path, version: { increment: 1 } } }),
  );
  if (path !== before.path) {
    // Every bin below moves along: its path keeps the part below the moved location.
    await tx.$executeRaw`
      UPDATE "Location" SET "path" = ${path}::text || substr("path", ${before.path.length + 1}::int)
      WHERE "organizationId" = ${actor.organizationId}::uuid AND "path" LIKE ${`${before.path}/%`}::text`;
  }
  await recordAudit(tx, actor, {
    action: 'locationUpdate',
    entityType: 'Location',
    entityId: before.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'location.updated',
    aggregateType: 'Location',
    aggregateId: before.id,
    payload: { code: after.code, parentId: after.parentId, version: after.version },
  });
  return { locationId: before.id };
}

/** Deletes a bin without bins of its own; refused with IN_USE while stock moves or levels reference it. */
export async function deleteLocation(
  tx: TenantTx,
  actor: Actor,
  input: { id: string; expectedVersion?: number | null },
): Promise<LocationRef> {
  const before = await loadForChange(tx, actor, input.id, input.expectedVersion);
  if (before.parentId === null) {
    throw new DomainError(
      fieldError('ROOT_LOCATION', 'The root stock location goes only with its warehouse (warehouseDelete)', 'id'),
    );
  }
  try {
    await tx.location.delete({ where: { id: before.id } });
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new DomainError(
        fieldError('IN_USE', `Location ${before.code} has bins or stock records; it cannot be deleted`, 'id'),
      );
    }
    throw error;
  }
  await recordAudit(tx, actor, { action: 'locationDelete', entityType: 'Location', entityId: before.id, before });
  await appendEvent(tx, actor, {
    type: 'location.deleted',
    aggregateType: 'Location',
    aggregateId: before.id,
    payload: { code: before.code },
  });
  return { locationId: before.id };
}
