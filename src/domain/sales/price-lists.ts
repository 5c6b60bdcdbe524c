import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import type { PriceList } from '../../generated/prisma/client.js';
import {
  DomainError,
  Problems,
  appendEvent,
  checkCurrency,
  checkDate,
  checkLength,
  checkRequired,
  cleanText,
  fieldError,
  fromDbDate,
  isUuid,
  parseDecimal,
  recordAudit,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { existingProductIds } from '../inventory/index.js';
import { activeCustomer, checkVersion, lockOne } from './refs.js';

const MAX_ITEMS = 5000;

export interface PriceListCreateInput {
  name: string;
  currency: string;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface PriceListUpdateInput {
  id: string;
  expectedVersion?: number | null;
  name?: string | null;
  /** null keeps the date; send clearValidFrom / clearValidTo to remove it. */
  validFrom?: string | null;
  validTo?: string | null;
  clearValidFrom?: boolean | null;
  clearValidTo?: boolean | null;
  isActive?: boolean | null;
}

export interface PriceListItemInput {
  productId: string;
  /** The price applies from this quantity on (default 0). */
  minQuantity?: string | Prisma.Decimal | null;
  unitPrice: string | Prisma.Decimal;
}

export interface PriceListRef {
  priceListId: string;
}

function checkValidity(problems: Problems, validFrom: Date | null, validTo: Date | null): void {
  if (validFrom && validTo && validTo < validFrom)
    problems.add('INVALID_DATE', 'validTo is before validFrom', 'validTo');
}

function auditSummary(list: PriceList) {
  return {
    name: list.name,
    currency: list.currency.trim(),
    validFrom: list.validFrom ? fromDbDate(list.validFrom) : null,
    validTo: list.validTo ? fromDbDate(list.validTo) : null,
    isActive: list.isActive,
  };
}

export async function createPriceList(tx: TenantTx, actor: Actor, input: PriceListCreateInput): Promise<PriceListRef> {
  const problems = new Problems();
  const name = cleanText(input.name);
  checkRequired(problems, 'name', name);
  checkLength(problems, 'name', name, 200);
  const currency = checkCurrency(problems, 'currency', input.currency);
  const validFrom = checkDate(problems, 'validFrom', input.validFrom, false) ?? null;
  const validTo = checkDate(problems, 'validTo', input.validTo, false) ?? null;
  checkValidity(problems, validFrom, validTo);
  problems.throwIfAny();
  const id = randomUUID();
  const after = await tx.priceList.create({
    data: { id, organizationId: actor.organizationId, name: name!, currency: currency!, validFrom, validTo },
  });
  await recordAudit(tx, actor, { action: 'priceListCreate', entityType: 'PriceList', entityId: id, after });
  await appendEvent(tx, actor, {
    type: 'priceList.created',
    aggregateType: 'PriceList',
    aggregateId: id,
    payload: auditSummary(after),
  });
  return { priceListId: id };
}

async function lockPriceList(tx: TenantTx, actor: Actor, id: string, field = 'id'): Promise<PriceList> {
  return lockOne(tx, actor, 'PriceList', id, 'price list', field);
}

/** Renames, re-dates, deactivates or reactivates a price list. Its currency is fixed: customers are assigned per currency. */
export async function updatePriceList(tx: TenantTx, actor: Actor, input: PriceListUpdateInput): Promise<PriceListRef> {
  const before = await lockPriceList(tx, actor, input.id);
  checkVersion(before, `Price list ${before.name}`, input.expectedVersion);
  const problems = new Problems();
  const name = input.name === undefined || input.name === null ? before.name : cleanText(input.name);
  checkRequired(problems, 'name', name);
  checkLength(problems, 'name', name, 200);
  const validFrom = input.clearValidFrom
    ? null
    : (checkDate(problems, 'validFrom', input.validFrom, false) ?? before.validFrom);
  const validTo = input.clearValidTo ? null : (checkDate(problems, 'validTo', input.validTo, false) ?? before.validTo);
  checkValidity(problems, validFrom, validTo);
  problems.throwIfAny();
  const after = await tx.priceList.update({
    where: { id: before.id },
    data: { name: name!, validFrom, validTo, isActive: input.isActive ?? before.isActive, version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'priceListUpdate',
    entityType: 'PriceList',
    entityId: before.id,
    before,
    after,
  });
  await appendEvent(tx, actor, {
    type: 'priceList.updated',
    aggregateType: 'PriceList',
    aggregateId: before.id,
    payload: { ...auditSummary(after), version: after.version },
  });
  return { priceListId: before.id };
}

/** Replaces all items of a price list (quantity breaks per product); quotes already priced keep their prices. */
export async function setPriceListItems(
  tx: TenantTx,
  actor: Actor,
  input: { id: string; expectedVersion?: number | null; items: PriceListItemInput[] },
): Promise<PriceListRef> {
  const list = await lockPriceList(tx, actor, input.id);
  checkVersion(list, `Price list ${list.name}`, input.expectedVersion);
  const problems = new Problems();
  const items = Array.isArray(input.items) ? input.items : [];
  if (items.length > MAX_ITEMS)
    problems.add('OUT_OF_RANGE', `A price list may have at most ${MAX_ITEMS} items`, 'items');
  const productIds = [...new Set(items.map((item) => item.productId).filter(isUuid))];
  const known = await existingProductIds(tx, productIds);
  const seen = new Map<string, number>();
  const rows: { productId: string; minQuantity: Prisma.Decimal; unitPrice: Prisma.Decimal }[] = [];
  for (const [index, item] of items.slice(0, MAX_ITEMS).entries()) {
    const at = (field: string) => `items.${index}.${field}`;
    if (!known.has(item.productId))
      problems.add('NOT_FOUND', 'No product with this id in your organization', at('productId'));
    const minQuantity =
      parseDecimal(problems, at('minQuantity'), item.minQuantity, { scale: 4 }) ?? new Prisma.Decimal(0);
    const unitPrice = parseDecimal(problems, at('unitPrice'), item.unitPrice, { scale: 6, required: true });
    const key = `${item.productId}:${minQuantity.toFixed()}`;
    if (seen.has(key))
      problems.add('DUPLICATE_ITEM', `Same product and minimum quantity as items.${seen.get(key)}`, at('minQuantity'));
    seen.set(key, index);
    if (known.has(item.productId) && unitPrice) rows.push({ productId: item.productId, minQuantity, unitPrice });
  }
  problems.throwIfAny();
  const before = await tx.priceListItem.count({ where: { priceListId: list.id } });
  await tx.priceListItem.deleteMany({ where: { priceListId: list.id } });
  await tx.priceListItem.createMany({
    data: rows.map((row) => ({ ...row, id: randomUUID(), organizationId: actor.organizationId, priceListId: list.id })),
  });
  const after = await tx.priceList.update({ where: { id: list.id }, data: { version: { increment: 1 } } });
  const payload = { name: list.name, items: rows.length, version: after.version };
  await recordAudit(tx, actor, {
    action: 'priceListItemsSet',
    entityType: 'PriceList',
    entityId: list.id,
    before: { items: before },
    after: payload,
  });
  await appendEvent(tx, actor, {
    type: 'priceList.itemsSet',
    aggregateType: 'PriceList',
    aggregateId: list.id,
    payload,
  });
  return { priceListId: list.id };
}

export interface PriceListAssignInput {
  customerId: string;
  /** The list to use for the customer in the list's currency; null removes the customer's list in `currency`. */
  priceListId?: string | null;
  /** Needed only to remove an assignment (priceListId null). */
  currency?: string | null;
}

export interface PriceListAssignRef {
  customerId: string;
  priceListId: string | null;
}

/**
 * Gives a customer a price list in the list's currency, replacing the one they had in that currency:
 * a customer has at most one price list per currency, so the choice is never ambiguous.
 */
export async function assignPriceList(
  tx: TenantTx,
  actor: Actor,
  input: PriceListAssignInput,
): Promise<PriceListAssignRef> {
  const customer = await activeCustomer(tx, input.customerId);
  let currency: string;
  let list: PriceList | null = null;
  if (input.priceListId) {
    list = isUuid(input.priceListId) ? await tx.priceList.findUnique({ where: { id: input.priceListId } }) : null;
    if (!list)
      throw new DomainError(fieldError('NOT_FOUND', 'No price list with this id in your organization', 'priceListId'));
    currency = list.currency.trim();
    if (input.currency && input.currency !== currency) {
      throw new DomainError(
        fieldError('CURRENCY_MISMATCH', `The price list is in ${currency}, not ${input.currency}`, 'currency'),
      );
    }
  } else {
    const problems = new Problems();
    if (!input.currency) problems.add('REQUIRED', 'currency is required to remove an assignment', 'currency');
    const checked = checkCurrency(problems, 'currency', input.currency);
    problems.throwIfAny();
    currency = checked!;
  }
  const before = await tx.customerPriceList.findFirst({ where: { customerId: customer.id, currency } });
  if (list) {
    // One statement, so two first-time assigners of the same customer and currency cannot both insert.
    await tx.$executeRaw`
      INSERT INTO "CustomerPriceList" ("id", "organizationId", "customerId", "currency", "priceListId")
      VALUES (${randomUUID()}::uuid, ${actor.organizationId}::uuid, ${customer.id}::uuid, ${currency}, ${list.id}::uuid)
      ON CONFLICT ("organizationId", "customerId", "currency") DO UPDATE SET "priceListId" = EXCLUDED."priceListId"`;
  } else if (before) {
    await tx.customerPriceList.delete({ where: { id: before.id } });
  }
  const payload = {
    customerCode: customer.code,
    currency,
    priceListId: list?.id ?? null,
    previousPriceListId: before?.priceListId ?? null,
  };
  await recordAudit(tx, actor, {
    action: 'priceListAssign',
    entityType: 'CustomerPriceList',
    entityId: `${customer.id}:${currency}`,
    before,
    after: payload,
  });
  await appendEvent(tx, actor, {
    type: 'priceList.assigned',
    aggregateType: 'Customer',
    aggregateId: customer.id,
    payload,
  });
  return { customerId: customer.id, priceListId: list?.id ?? null };
}
