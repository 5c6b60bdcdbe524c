import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import type { TaxRate } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkDate,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  isUniqueViolation,
  isUuid,
  parseDecimal,
  recordAudit,
  type Actor,
  type TenantTx,
  likeLiteral,
} from '../../platform/index.js';
import { findProduct, findProductCategory } from '../inventory/index.js';
import { activeCustomer, checkVersion, lockOne } from './refs.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface TaxRateCreateInput {
  code: string;
  name: string;
  /** Percent, 0 to 100, at most 4 decimals. */
  rate: string | Prisma.Decimal;
  priceIncludesTax?: boolean | null;
  isDefault?: boolean | null;
}

export interface TaxRateUpdateInput {
  id: string;
  expectedVersion?: number | null;
  name?: string | null;
  rate?: string | Prisma.Decimal | null;
  priceIncludesTax?: boolean | null;
  isActive?: boolean | null;
  isDefault?: boolean | null;
}

export interface TaxRateRef {
  taxRateId: string;
}

function checkRate(problems: Problems, value: string | Prisma.Decimal | null | undefined, required: boolean) {
  const rate = parseDecimal(problems, 'rate', value, { scale: 4, required });
  if (rate && rate.greaterThan(100)) problems.add('OUT_OF_RANGE', 'rate must be from 0 to 100 percent', 'rate');
  return rate;
}

/**
 * At most one default rate: making one the default takes the mark off the others in the same
 * transaction. The advisory lock queues two simultaneous new defaults, so the second clears the first
 * instead of colliding with it on the one-default index.
 */
async function clearOtherDefaults(tx: TenantTx, actor: Actor, keepId: string): Promise<void> {
  await tx.$executeRawUnsafe(
    'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
    `sales.tax-default:${actor.organizationId}`,
  );
  await tx.taxRate.updateMany({
    where: { isDefault: true, NOT: { id: keepId } },
    data: { isDefault: false, version: { increment: 1 } },
  });
}

function codeTaken(code: string): DomainError {
  return new DomainError(fieldError('CODE_TAKEN', `Tax rate code "${code}" is already used`, 'code'));
}

export async function createTaxRate(tx: TenantTx, actor: Actor, input: TaxRateCreateInput): Promise<TaxRateRef> {
  const problems = new Problems();
  const code = cleanText(input.code);
  const name = cleanText(input.name);
  if (checkRequired(problems, 'code', code) && !CODE.test(code)) {
    problems.add('INVALID_CODE', 'code may contain only letters, digits, ".", "_" and "-"', 'code');
  }
  checkLength(problems, 'code', code, 30);
  checkRequired(problems, 'name', name);
  checkLength(problems, 'name', name, 200);
  const rate = checkRate(problems, input.rate, true);
  problems.throwIfAny();
  const taken = await tx.taxRate.findFirst({
    where: { code: { equals: likeLiteral(code!), mode: 'insensitive' } },
    select: { id: true },
  });
  if (taken) throw codeTaken(code!);
  const id = randomUUID();
  if (input.isDefault) await clearOtherDefaults(tx, actor, id);
  let after: TaxRate;
  try {
    after = await tx.taxRate.create({
      data: {
        id,
        organizationId: actor.organizationId,
        code: code!,
        name: name!,
        rate: rate!,
        priceIncludesTax: input.priceIncludesTax ?? false,
        isDefault: input.isDefault ?? false,
      },
    });
  } catch (error) {
    // Two creators of the same code at once: the case-insensitive unique index decides.
    if (isUniqueViolation(error)) throw codeTaken(code!);
    throw error;
  }
  await recordAudit(tx, actor, { action: 'taxRateCreate', entityType: 'TaxRate', entityId: id, after });
  await appendEvent(tx, actor, {
    type: 'taxRate.created',
    aggregateType: 'TaxRate',
    aggregateId: id,
    payload: {
      code: after.code,
      rate: after.rate.toFixed(),
      priceIncludesTax: after.priceIncludesTax,
      isDefault: after.isDefault,
    },
  });
  return { taxRateId: id };
}

async function lockTaxRate(tx: TenantTx, actor: Actor, id: string, field = 'id'): Promise<TaxRate> {
  return lockOne(tx, actor, 'TaxRate', id, 'tax rate', field);
}

/** Changes a rate; quotes already priced keep the percent they were priced with. */
export async function updateTaxRate(tx: TenantTx, actor: Actor, input: TaxRateUpdateInput): Promise<TaxRateRef> {
  const before = await lockTaxRate(tx, actor, input.id);
  checkVersion(before, `Tax rate ${before.code}`, input.expectedVersion);
  const problems = new Problems();
  const name = input.name === undefined || input.name === null ? undefined : cleanText(input.name);
  if (input.name !== undefined && input.name !== null) checkRequired(problems, 'name', name);
  checkLength(problems, 'name', name, 200);
  const rate = checkRate(problems, input.rate, false);
  const isActive = input.isActive ?? before.isActive;
  const isDefault = input.isDefault ?? (isActive ? before.isDefault : false);
  if (isDefault && !isActive)
    problems.add('TAX_RATE_INACTIVE', 'A deactivated tax rate cannot be the default', 'isDefault');
  problems.throwIfAny();
  if (isDefault && !before.isDefault) await clearOtherDefaults(tx, actor, before.id);
  const after = await tx.taxRate.update({
    where: { id: before.id },
    data: {
      ...(name ? { name } : {}),
      ...(rate ? { rate } : {}),
      priceIncludesTax: input.priceIncludesTax ?? before.priceIncludesTax,
      isActive,
      isDefault,
      version: { increment: 1 },
    },
  });
  await recordAudit(tx, actor, { action: 'taxRateUpdate', entityType: 'TaxRate', entityId: before.id, before, after });
  await appendEvent(tx, actor, {
    type: 'taxRate.updated',
    aggregateType: 'TaxRate',
    aggregateId: before.id,
    payload: {
      code: after.code,
      rate: after.rate.toFixed(),
      isActive: after.isActive,
      isDefault: after.isDefault,
      version: after.version,
    },
  });
  return { taxRateId: before.id };
}

export interface ProductTaxRateSetInput {
  /** Exactly one of productId and categoryId. */
  productId?: string | null;
  categoryId?: string | null;
  /** The rate to sell with; null removes the assignment. */
  taxRateId?: string | null;
}

export interface ProductTaxRateRef {
  taxRateId: string | null;
  productId: string | null;
  categoryId: string | null;
}

/** Assigns (or with taxRateId null removes) the tax rate a product or a product category sells with. */
export async function setProductTaxRate(
  tx: TenantTx,
  actor: Actor,
  input: ProductTaxRateSetInput,
): Promise<ProductTaxRateRef> {
  if (!input.productId === !input.categoryId) {
    throw new DomainError(
      fieldError(
        'INVALID_INPUT',
        'Give exactly one of productId and categoryId',
        input.productId ? 'categoryId' : 'productId',
      ),
    );
  }
  const target = input.productId
    ? { productId: (await findOr(findProduct(tx, input.productId), input.productId, 'product', 'productId')).id }
    : {
        categoryId: (
          await findOr(findProductCategory(tx, input.categoryId!), input.categoryId!, 'product category', 'categoryId')
        ).id,
      };
  let taxRate: TaxRate | null = null;
  if (input.taxRateId) {
    taxRate = isUuid(input.taxRateId) ? await tx.taxRate.findUnique({ where: { id: input.taxRateId } }) : null;
    if (!taxRate)
      throw new DomainError(fieldError('NOT_FOUND', 'No tax rate with this id in your organization', 'taxRateId'));
    if (!taxRate.isActive)
      throw new DomainError(fieldError('TAX_RATE_INACTIVE', `Tax rate ${taxRate.code} is deactivated`, 'taxRateId'));
  }
  const before = await tx.productTaxRate.findFirst({ where: target });
  let after = null;
  if (!taxRate) {
    if (before) await tx.productTaxRate.delete({ where: { id: before.id } });
  } else {
    const column = target.productId ? Prisma.raw('"productId"') : Prisma.raw('"categoryId"');
    const targetId = target.productId ?? target.categoryId;
    // One statement, so two first-time assigners of the same product cannot both insert.
    await tx.$executeRaw`
      INSERT INTO "ProductTaxRate" ("id", "organizationId", ${column}, "taxRateId", "updatedAt")
      VALUES (${randomUUID()}::uuid, ${actor.organizationId}::uuid, ${targetId}::uuid, ${taxRate.id}::uuid, now())
      ON CONFLICT ("organizationId", ${column}) DO UPDATE SET "taxRateId" = EXCLUDED."taxRateId", "updatedAt" = EXCLUDED."updatedAt"`;
    after = await tx.productTaxRate.findFirstOrThrow({ where: target });
  }
  const entityId = (target.productId ?? target.categoryId)!;
  const payload = { ...target, taxRateCode: taxRate?.code ?? null };
  await recordAudit(tx, actor, { action: 'productTaxRateSet', entityType: 'ProductTaxRate', entityId, before, after });
  await appendEvent(tx, actor, {
    type: 'productTaxRate.set',
    aggregateType: 'ProductTaxRate',
    aggregateId: entityId,
    payload,
  });
  return { taxRateId: taxRate?.id ?? null, productId: target.productId ?? null, categoryId: target.categoryId ?? null };
}

async function findOr<T>(found: Promise<T | null>, id: string, what: string, field: string): Promise<T> {
  const row = isUuid(id) ? await found : null;
  if (!row) throw new DomainError(fieldError('NOT_FOUND', `No ${what} with this id in your organization`, field));
  return row;
}

export interface CustomerTaxExemptionSetInput {
  customerId: string;
  reason: string;
  certificateNumber?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface CustomerTaxExemptionRef {
  customerId: string;
}

/** Records (or replaces) a customer's tax exemption: within its validity their documents carry no tax. */
export async function setCustomerTaxExemption(
  tx: TenantTx,
  actor: Actor,
  input: CustomerTaxExemptionSetInput,
): Promise<CustomerTaxExemptionRef> {
  const customer = await activeCustomer(tx, input.customerId);
  const problems = new Problems();
  const reason = cleanText(input.reason);
  checkRequired(problems, 'reason', reason);
  checkLength(problems, 'reason', reason, 500);
  const certificateNumber = cleanText(input.certificateNumber) ?? null;
  checkLength(problems, 'certificateNumber', certificateNumber, 100);
  const validFrom = checkDate(problems, 'validFrom', input.validFrom, false) ?? null;
  const validTo = checkDate(problems, 'validTo', input.validTo, false) ?? null;
  if (validFrom && validTo && validTo < validFrom)
    problems.add('INVALID_DATE', 'validTo is before validFrom', 'validTo');
  problems.throwIfAny();
  const before = await tx.customerTaxExemption.findFirst({ where: { customerId: customer.id } });
  const values = { reason: reason!, certificateNumber, validFrom, validTo };
  await tx.$executeRaw`
    INSERT INTO "CustomerTaxExemption" ("id", "organizationId", "customerId", "reason", "certificateNumber", "validFrom", "validTo", "updatedAt")
    VALUES (${randomUUID()}::uuid, ${actor.organizationId}::uuid, ${customer.id}::uuid, ${values.reason}, ${certificateNumber}, ${validFrom}::date, ${validTo}::date, now())
    ON CONFLICT ("organizationId", "customerId") DO UPDATE SET "reason" = EXCLUDED."reason", "certificateNumber" = EXCLUDED."certificateNumber",
      "validFrom" = EXCLUDED."validFrom", "validTo" = EXCLUDED."validTo", "updatedAt" = EXCLUDED."updatedAt"`;
  const after = await tx.customerTaxExemption.findFirstOrThrow({ where: { customerId: customer.id } });
  await recordAudit(tx, actor, {
    action: 'customerTaxExemptionSet',
    entityType: 'CustomerTaxExemption',
    entityId: after.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'customerTaxExemption.set',
    aggregateType: 'Customer',
    aggregateId: customer.id,
    payload: {
      customerCode: customer.code,
      reason: values.reason,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
    },
  });
  return { customerId: customer.id };
}

export async function deleteCustomerTaxExemption(
  tx: TenantTx,
  actor: Actor,
  input: { customerId: string },
): Promise<CustomerTaxExemptionRef> {
  const before = isUuid(input.customerId)
    ? await tx.customerTaxExemption.findFirst({ where: { customerId: input.customerId } })
    : null;
  if (!before) throw new DomainError(fieldError('NOT_FOUND', 'This customer has no tax exemption', 'customerId'));
  await tx.customerTaxExemption.delete({ where: { id: before.id } });
  await recordAudit(tx, actor, {
    action: 'customerTaxExemptionDelete',
    entityType: 'CustomerTaxExemption',
    entityId: before.id,
    before,
  });
  await appendEvent(tx, actor, {
    type: 'customerTaxExemption.deleted',
    aggregateType: 'Customer',
    aggregateId: before.customerId,
    payload: {},
  });
  return { customerId: before.customerId };
}
