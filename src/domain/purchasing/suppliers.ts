import { randomUUID } from 'node:crypto';
import type { Supplier } from '../../generated/prisma/client.js';
import {
  DomainError,
  appendEvent,
  fieldError,
  isForeignKeyViolation,
  isUniqueViolation,
  lockRows,
  generateCode,
  recordAudit,
  type Actor,
  type TenantTx,
  likeLiteral,
} from '../../platform/index.js';
import { cleanSupplierFields, jsonColumn, type CleanSupplierFields, type SupplierFields } from './supplier-input.js';

const CODE_SEQUENCE = 'supplier.code';
const CODE_PREFIX = 'SUP-';

export interface SupplierRef {
  supplierId: string;
}

function notFound(field = 'id'): DomainError {
  return new DomainError(fieldError('NOT_FOUND', 'No supplier with this id in your organization', field));
}

/** Locks the supplier row so the read that follows is the state this transaction changes. */
async function loadForChange(tx: TenantTx, actor: Actor, id: string, field = 'id'): Promise<Supplier> {
  const locked = await lockRows(tx, actor.organizationId, 'Supplier', [id]);
  if (!locked.has(id)) throw notFound(field);
  return tx.supplier.findUniqueOrThrow({ where: { id } });
}

function checkVersion(supplier: Supplier, expectedVersion: number | null | undefined, field = 'expectedVersion'): void {
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== supplier.version) {
    throw new DomainError(
      fieldError(
        'STALE_VERSION',
        `Supplier ${supplier.code} is at version ${supplier.version}, not ${expectedVersion}`,
        field,
      ),
    );
  }
}

async function checkCodeFree(tx: TenantTx, code: string, exceptId?: string): Promise<void> {
  const taken = await tx.supplier.findFirst({
    where: { code: { equals: likeLiteral(code), mode: 'insensitive' }, NOT: { id: exceptId } },
  });
  if (taken)
    throw new DomainError(fieldError('CODE_TAKEN', `Supplier code "${code}" is already used by ${taken.name}`, 'code'));
}

function nextCode(tx: TenantTx, actor: Actor): Promise<string> {
  return generateCode(tx, actor, {
    prefix: CODE_PREFIX,
    sequence: CODE_SEQUENCE,
    taken: async (code) =>
      (await tx.supplier.findFirst({
        where: { code: { equals: likeLiteral(code), mode: 'insensitive' } },
        select: { id: true },
      })) !== null,
  });
}

/**
 * A concurrent insert of the same code (in any case) passes the pre-check and loses at the
 * unique index on (organizationId, lower(code)); report it like the pre-check does.
 */
async function guardCode<T>(code: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (code && isUniqueViolation(error)) {
      throw new DomainError(fieldError('CODE_TAKEN', `Supplier code "${code}" is already used`, 'code'));
    }
    throw error;
  }
}

function writableColumns(fields: CleanSupplierFields) {
  return {
    name: fields.name,
    code: fields.code,
    email: fields.email,
    phone: fields.phone,
    taxId: fields.taxId,
    address: jsonColumn(fields.address),
    currency: fields.currency,
    paymentTermsDays: fields.paymentTermsDays,
  };
}

export interface SupplierCreateInput extends SupplierFields {
  /** Currency when none is given: the organization's base currency. */
  defaultCurrency: string;
}

export async function createSupplier(tx: TenantTx, actor: Actor, input: SupplierCreateInput): Promise<SupplierRef> {
  const fields = cleanSupplierFields(input, { creating: true });
  if (fields.code) await checkCodeFree(tx, fields.code);
  const code = fields.code ?? (await nextCode(tx, actor));
  const id = randomUUID();
  const supplier = await guardCode(fields.code, () =>
    tx.supplier.create({
      data: {
        ...writableColumns(fields),
        id,
        organizationId: actor.organizationId,
        code,
        name: fields.name as string,
        currency: fields.currency ?? input.defaultCurrency,
      },
    }),
  );
  await recordAudit(tx, actor, { action: 'supplierCreate', entityType: 'Supplier', entityId: id, after: supplier });
  await appendEvent(tx, actor, {
    type: 'supplier.created',
    aggregateType: 'Supplier',
    aggregateId: id,
    payload: { code, name: supplier.name },
  });
  return { supplierId: id };
}

export interface SupplierUpdateInput extends SupplierFields {
  id: string;
  expectedVersion?: number | null;
}

export async function updateSupplier(tx: TenantTx, actor: Actor, input: SupplierUpdateInput): Promise<SupplierRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion);
  const fields = cleanSupplierFields(input, { creating: false });
  if (fields.code && fields.code !== before.code) await checkCodeFree(tx, fields.code, before.id);
  const after = await guardCode(fields.code, () =>
    tx.supplier.update({ where: { id: before.id }, data: { ...writableColumns(fields), version: { increment: 1 } } }),
  );
  await recordAudit(tx, actor, {
    action: 'supplierUpdate',
    entityType: 'Supplier',
    entityId: before.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'supplier.updated',
    aggregateType: 'Supplier',
    aggregateId: before.id,
    payload: { changed: changedFields(before, after), version: after.version },
  });
  return { supplierId: before.id };
}

function changedFields(before: Supplier, after: Supplier): string[] {
  return (Object.keys(after) as (keyof Supplier)[]).filter(
    (key) => !['version', 'updatedAt'].includes(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

export interface SupplierTransitionInput {
  id: string;
  expectedVersion?: number | null;
}

async function transition(
  tx: TenantTx,
  actor: Actor,
  input: SupplierTransitionInput,
  action: 'supplierDeactivate' | 'supplierActivate',
): Promise<SupplierRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion);
  const isActive = action === 'supplierActivate';
  if (before.isActive === isActive) {
    throw new DomainError(
      fieldError(
        isActive ? 'ALREADY_ACTIVE' : 'ALREADY_INACTIVE',
        `Supplier ${before.code} is already ${isActive ? 'active' : 'inactive'}`,
        'id',
      ),
    );
  }
  const after = await tx.supplier.update({ where: { id: before.id }, data: { isActive, version: { increment: 1 } } });
  await recordAudit(tx, actor, { action, entityType: 'Supplier', entityId: before.id, before, after });
  await appendEvent(tx, actor, {
    type: isActive ? 'supplier.activated' : 'supplier.deactivated',
    aggregateType: 'Supplier',
    aggregateId: before.id,
    payload: { code: before.code, version: after.version },
  });
  return { supplierId: before.id };
}

export const deactivateSupplier = (tx: TenantTx, actor: Actor, input: SupplierTransitionInput) =>
  transition(tx, actor, input, 'supplierDeactivate');
export const activateSupplier = (tx: TenantTx, actor: Actor, input: SupplierTransitionInput) =>
  transition(tx, actor, input, 'supplierActivate');

export async function deleteSupplier(tx: TenantTx, actor: Actor, input: SupplierTransitionInput): Promise<SupplierRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion);
  try {
    await tx.supplier.delete({ where: { id: before.id } });
  } catch (error) {
    // Bills and payments reference suppliers with RESTRICT foreign keys; the database is the one complete list.
    if (isForeignKeyViolation(error)) {
      throw new DomainError(
        fieldError(
          'SUPPLIER_IN_USE',
          `Supplier ${before.code} is referenced by other records; deactivate it instead`,
          'id',
        ),
      );
    }
    throw error;
  }
  await recordAudit(tx, actor, { action: 'supplierDelete', entityType: 'Supplier', entityId: before.id, before });
  await appendEvent(tx, actor, {
    type: 'supplier.deleted',
    aggregateType: 'Supplier',
    aggregateId: before.id,
    payload: { code: before.code },
  });
  return { supplierId: before.id };
}
