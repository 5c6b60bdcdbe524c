import { randomUUID } from 'node:crypto';
import type { Customer } from '../../generated/prisma/client.js';
import {
  DomainError,
  appendEvent,
  currencyScale,
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
import { cleanCustomerFields, jsonColumn, type CleanCustomerFields, type CustomerFields } from './customer-input.js';

const CODE_SEQUENCE = 'customer.code';
const CODE_PREFIX = 'CUS-';

export interface CustomerRef {
  customerId: string;
}

function notFound(field = 'id'): DomainError {
  return new DomainError(fieldError('NOT_FOUND', 'No customer with this id in your organization', field));
}

/** Locks the customer row so the read that follows is the state this transaction changes. */
async function loadForChange(tx: TenantTx, actor: Actor, id: string, field = 'id'): Promise<Customer> {
  const locked = await lockRows(tx, actor.organizationId, 'Customer', [id]);
  if (!locked.has(id)) throw notFound(field);
  return tx.customer.findUniqueOrThrow({ where: { id } });
}

function checkVersion(customer: Customer, expectedVersion: number | null | undefined, field = 'expectedVersion'): void {
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== customer.version) {
    throw new DomainError(
      fieldError(
        'STALE_VERSION',
        `Customer ${customer.code} is at version ${customer.version}, not ${expectedVersion}`,
        field,
      ),
    );
  }
}

async function checkOwner(tx: TenantTx, ownerId: string | null | undefined): Promise<void> {
  if (!ownerId) return;
  const owner = await tx.apiKey.findUnique({ where: { id: ownerId } });
  if (!owner) throw new DomainError(fieldError('NOT_FOUND', 'No API key with this id in your organization', 'ownerId'));
}

async function checkCodeFree(tx: TenantTx, code: string, exceptId?: string): Promise<void> {
  const taken = await tx.customer.findFirst({
    where: { code: { equals: likeLiteral(code), mode: 'insensitive' }, NOT: { id: exceptId } },
  });
  if (taken)
    throw new DomainError(fieldError('CODE_TAKEN', `Customer code "${code}" is already used by ${taken.name}`, 'code'));
}

function nextCode(tx: TenantTx, actor: Actor): Promise<string> {
  return generateCode(tx, actor, {
    prefix: CODE_PREFIX,
    sequence: CODE_SEQUENCE,
    taken: async (code) =>
      (await tx.customer.findFirst({
        where: { code: { equals: likeLiteral(code), mode: 'insensitive' } },
        select: { id: true },
      })) !== null,
  });
}

/** A concurrent insert of the same code loses at the unique index; report it like the pre-check does. */
async function guardCode<T>(code: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (code && isUniqueViolation(error)) {
      throw new DomainError(fieldError('CODE_TAKEN', `Customer code "${code}" is already used`, 'code'));
    }
    throw error;
  }
}

function writableColumns(fields: CleanCustomerFields) {
  return {
    kind: fields.kind,
    name: fields.name,
    code: fields.code,
    email: fields.email,
    phone: fields.phone,
    website: fields.website,
    taxId: fields.taxId,
    billingAddress: jsonColumn(fields.billingAddress),
    shippingAddress: jsonColumn(fields.shippingAddress),
    tags: fields.tags,
    currency: fields.currency,
    paymentTermsDays: fields.paymentTermsDays,
    creditLimit: fields.creditLimit,
    ownerId: fields.ownerId,
  };
}

export interface CustomerCreateInput extends CustomerFields {
  /** Currency when none is given: the organization's base currency. */
  defaultCurrency: string;
}

export async function createCustomer(tx: TenantTx, actor: Actor, input: CustomerCreateInput): Promise<CustomerRef> {
  const fields = cleanCustomerFields(input, { creating: true, currentCurrency: input.defaultCurrency });
  await checkOwner(tx, fields.ownerId);
  if (fields.code) await checkCodeFree(tx, fields.code);
  const code = fields.code ?? (await nextCode(tx, actor));
  const id = randomUUID();
  const columns = writableColumns(fields);
  const customer = await guardCode(fields.code, () =>
    tx.customer.create({
      data: {
        ...columns,
        id,
        organizationId: actor.organizationId,
        code,
        kind: fields.kind ?? 'COMPANY',
        name: fields.name as string,
        tags: fields.tags ?? [],
        currency: fields.currency ?? input.defaultCurrency,
        ownerId: fields.ownerId === undefined ? actor.keyId : fields.ownerId,
      },
    }),
  );
  await recordAudit(tx, actor, { action: 'customerCreate', entityType: 'Customer', entityId: id, after: customer });
  await appendEvent(tx, actor, {
    type: 'customer.created',
    aggregateType: 'Customer',
    aggregateId: id,
    payload: { code, name: customer.name },
  });
  return { customerId: id };
}

/** A new currency keeps the stored credit limit; Money output would silently round one with too many decimals. */
function checkStoredLimitFits(before: Customer, fields: CleanCustomerFields): void {
  const currency = fields.currency;
  if (!currency || currency === before.currency || fields.creditLimit !== undefined || before.creditLimit === null)
    return;
  const scale = currencyScale(currency);
  if (before.creditLimit.decimalPlaces() > scale) {
    throw new DomainError(
      fieldError(
        'INVALID_SCALE',
        `The credit limit ${before.creditLimit.toFixed()} has more than ${scale} decimal places for ${currency}; send a new creditLimit with the currency`,
        'currency',
      ),
    );
  }
}

export interface CustomerUpdateInput extends CustomerFields {
  id: string;
  expectedVersion?: number | null;
}

export async function updateCustomer(tx: TenantTx, actor: Actor, input: CustomerUpdateInput): Promise<CustomerRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion);
  const fields = cleanCustomerFields(input, { creating: false, currentCurrency: before.currency });
  checkStoredLimitFits(before, fields);
  await checkOwner(tx, fields.ownerId);
  if (fields.code && fields.code !== before.code) await checkCodeFree(tx, fields.code, before.id);
  const after = await guardCode(fields.code, () =>
    tx.customer.update({ where: { id: before.id }, data: { ...writableColumns(fields), version: { increment: 1 } } }),
  );
  await recordAudit(tx, actor, {
    action: 'customerUpdate',
    entityType: 'Customer',
    entityId: before.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'customer.updated',
    aggregateType: 'Customer',
    aggregateId: before.id,
    payload: { changed: changedFields(before, after), version: after.version },
  });
  return { customerId: before.id };
}

function changedFields(before: Customer, after: Customer): string[] {
  return (Object.keys(after) as (keyof Customer)[]).filter(
    (key) => !['version', 'updatedAt'].includes(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

export interface CustomerTransitionInput {
  id: string;
  expectedVersion?: number | null;
}

async function transition(
  tx: TenantTx,
  actor: Actor,
  input: CustomerTransitionInput,
  action: 'customerArchive' | 'customerRestore',
): Promise<CustomerRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion);
  if (action === 'customerArchive' && before.status === 'ARCHIVED') {
    throw new DomainError(fieldError('ALREADY_ARCHIVED', `Customer ${before.code} is already archived`, 'id'));
  }
  if (action === 'customerRestore') {
    if (before.status !== 'ARCHIVED')
      throw new DomainError(fieldError('NOT_ARCHIVED', `Customer ${before.code} is not archived`, 'id'));
    if (before.mergedIntoId) {
      throw new DomainError(
        fieldError(
          'CUSTOMER_MERGED',
          `Customer ${before.code} was merged into another customer and cannot be restored`,
          'id',
        ),
      );
    }
  }
  const status = action === 'customerArchive' ? 'ARCHIVED' : 'ACTIVE';
  const after = await tx.customer.update({ where: { id: before.id }, data: { status, version: { increment: 1 } } });
  await recordAudit(tx, actor, { action, entityType: 'Customer', entityId: before.id, before, after });
  await appendEvent(tx, actor, {
    type: action === 'customerArchive' ? 'customer.archived' : 'customer.restored',
    aggregateType: 'Customer',
    aggregateId: before.id,
    payload: { code: before.code, version: after.version },
  });
  return { customerId: before.id };
}

export const archiveCustomer = (tx: TenantTx, actor: Actor, input: CustomerTransitionInput) =>
  transition(tx, actor, input, 'customerArchive');
export const restoreCustomer = (tx: TenantTx, actor: Actor, input: CustomerTransitionInput) =>
  transition(tx, actor, input, 'customerRestore');

export async function deleteCustomer(tx: TenantTx, actor: Actor, input: CustomerTransitionInput): Promise<CustomerRef> {
  const before = await loadForChange(tx, actor, input.id);
  checkVersion(before, input.expectedVersion);
  const mergedFrom = await tx.customer.count({ where: { mergedIntoId: before.id } });
  if (mergedFrom > 0) {
    throw new DomainError(
      fieldError(
        'CUSTOMER_IN_USE',
        `Customer ${before.code} is the target of ${mergedFrom} merged customer(s); archive it instead`,
        'id',
      ),
    );
  }
  const contacts = await tx.contact.findMany({ where: { customerId: before.id } });
  try {
    await tx.customer.delete({ where: { id: before.id } });
  } catch (error) {
    // Other domains reference customers with RESTRICT foreign keys; the database is the one complete list.
    if (isForeignKeyViolation(error)) {
      throw new DomainError(
        fieldError(
          'CUSTOMER_IN_USE',
          `Customer ${before.code} is referenced by other records; archive it instead`,
          'id',
        ),
      );
    }
    throw error;
  }
  await recordAudit(tx, actor, {
    action: 'customerDelete',
    entityType: 'Customer',
    entityId: before.id,
    before: { ...before, contacts },
  });
  await appendEvent(tx, actor, {
    type: 'customer.deleted',
    aggregateType: 'Customer',
    aggregateId: before.id,
    payload: { code: before.code },
  });
  return { customerId: before.id };
}
