import { randomUUID } from 'node:crypto';
import { Prisma, type PurchaseRequest } from '../../generated/prisma/client.js';
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
  hasRole,
  isUuid,
  lockRows,
  nextDocumentNumber,
  recordAudit,
  toDbDate,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { MONEY, checkFits, parseDecimal } from '../../platform/index.js';
import { findEmployee } from '../hr/index.js';
import { productsByIds } from '../inventory/index.js';
import { RateBook, baseAmount, bestSupplierPrice } from './purchase-request-prices.js';

const MAX_LINES = 100;

export interface PurchaseRequestLineInput {
  productId: string;
  description?: string | null;
  quantity: string | Prisma.Decimal;
  /** When the goods are needed (today or later). */
  neededBy: string;
  preferredSupplierId?: string | null;
  /** Per unit; the best applicable supplier price for the quantity when left out. */
  estimatedUnitPrice?: string | Prisma.Decimal | null;
  /** Currency of estimatedUnitPrice; the base currency when left out. Ignored when the price is left out. */
  currency?: string | null;
}

export interface PurchaseRequestFields {
  description: string;
  notes?: string | null;
  lines: PurchaseRequestLineInput[];
}

export interface PurchaseRequestCreateInput extends PurchaseRequestFields {
  /** Default: the employee the calling key is linked to. Someone else (or a key without employee) needs PURCHASING. */
  requesterId?: string | null;
}

export interface PurchaseRequestUpdateInput extends PurchaseRequestFields {
  id: string;
  expectedVersion?: number | null;
}

export interface PurchaseRequestRef {
  purchaseRequestId: string;
}

export const fail = (code: string, message: string, field?: string) =>
  new DomainError(fieldError(code, message, field));

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The requester acts on their own requests; PURCHASING (and ADMIN) on anyone's. */
export function checkMayActFor(actor: Actor, requesterId: string, field = 'id'): void {
  if (actor.employeeId !== requesterId && !hasRole(actor, 'PURCHASING')) {
    throw fail('NOT_ALLOWED', "You may only act on your own purchase requests (PURCHASING may act on anyone's)", field);
  }
}

export async function lockRequest(tx: TenantTx, actor: Actor, id: string, field = 'id'): Promise<PurchaseRequest> {
  if (!isUuid(id) || !(await lockRows(tx, actor.organizationId, 'PurchaseRequest', [id])).has(id)) {
    throw fail('NOT_FOUND', 'No purchase request with this id in your organization', field);
  }
  return tx.purchaseRequest.findUniqueOrThrow({ where: { id } });
}

export function checkVersion(request: PurchaseRequest, expected: number | null | undefined): void {
  if (expected !== undefined && expected !== null && expected !== request.version) {
    throw fail(
      'STALE_VERSION',
      `${request.number} is at version ${request.version}, not ${expected}`,
      'expectedVersion',
    );
  }
}

interface PreparedLine {
  lineNo: number;
  productId: string;
  description: string | null;
  quantity: Prisma.Decimal;
  neededBy: Date;
  preferredSupplierId: string | null;
  estimatedUnitPrice: Prisma.Decimal;
  currency: string;
  estimatedTotal: Prisma.Decimal;
}

/** Validates header and lines (every problem at once, with lines.N paths) and prices the estimates in the base currency at today's rates. */
async function prepare(tx: TenantTx, input: PurchaseRequestFields) {
  const problems = new Problems();
  const description = cleanText(input.description);
  if (checkRequired(problems, 'description', description)) checkLength(problems, 'description', description, 500);
  const notes = cleanText(input.notes) ?? null;
  checkLength(problems, 'notes', notes, 2000);
  const lines = Array.isArray(input.lines) ? input.lines : [];
  if (lines.length === 0) problems.add('REQUIRED', 'A request needs at least one line', 'lines');
  if (lines.length > MAX_LINES) problems.add('TOO_MANY', `A request may have at most ${MAX_LINES} lines`, 'lines');
  const productIds = [...new Set(lines.map((line) => line.productId).filter(isUuid))];
  const supplierIds = [
    ...new Set(lines.map((line) => line.preferredSupplierId).filter((id): id is string => !!id && isUuid(id))),
  ];
  const products = new Map((await productsByIds(tx, productIds)).map((row) => [row.id, row]));
  const suppliers = new Map(
    (await tx.supplier.findMany({ where: { id: { in: supplierIds } } })).map((row) => [row.id, row]),
  );
  const rates = new RateBook(tx, today());
  const base = await rates.baseCurrency();
  const todayDate = toDbDate(today());
  const prepared: PreparedLine[] = [];
  for (const [index, line] of lines.slice(0, MAX_LINES).entries()) {
    const at = (field: string) => `lines.${index}.${field}`;
    const product = products.get(line.productId);
    if (!product) problems.add('NOT_FOUND', 'No product with this id in your organization', at('productId'));
    else if (!product.isActive)
      problems.add('PRODUCT_INACTIVE', `Product ${product.sku} is deactivated`, at('productId'));
    const lineDescription = cleanText(line.description) ?? null;
    checkLength(problems, at('description'), lineDescription, 500);
    const quantity = parseDecimal(problems, at('quantity'), line.quantity, {
      scale: 4,
      required: true,
      positive: true,
    });
    const neededBy = checkDate(problems, at('neededBy'), line.neededBy);
    if (neededBy && neededBy < todayDate)
      problems.add('INVALID_DATE', `${at('neededBy')} is in the past`, at('neededBy'));
    let supplierId: string | null = null;
    if (line.preferredSupplierId) {
      const supplier = suppliers.get(line.preferredSupplierId);
      if (!supplier)
        problems.add('NOT_FOUND', 'No supplier with this id in your organization', at('preferredSupplierId'));
      else if (!supplier.isActive)
        problems.add('SUPPLIER_INACTIVE', `Supplier ${supplier.code} is deactivated`, at('preferredSupplierId'));
      else supplierId = supplier.id;
    }
    const given = parseDecimal(problems, at('estimatedUnitPrice'), line.estimatedUnitPrice, { scale: 6 });
    const givenPrice =
      line.estimatedUnitPrice !== undefined && line.estimatedUnitPrice !== null && line.estimatedUnitPrice !== '';
    let price: { unitPrice: Prisma.Decimal; currency: string } | null = null;
    if (givenPrice && given) {
      const currency = line.currency ? checkCurrency(problems, at('currency'), line.currency) : base;
      if (currency) price = { unitPrice: given, currency };
    } else if (!givenPrice && product && quantity && (supplierId || !line.preferredSupplierId)) {
      const best = await bestSupplierPrice(tx, rates, { productId: product.id, quantity, supplierId });
      if (best) price = { unitPrice: best.price, currency: best.currency };
      else {
        const whose = supplierId ? 'The preferred supplier has' : 'No supplier has';
        problems.add(
          'PRICE_REQUIRED',
          `${whose} no price for ${product.sku} at quantity ${quantity.toFixed()} (in a currency with an exchange rate); give estimatedUnitPrice`,
          at('estimatedUnitPrice'),
        );
      }
    }
    let rate: Prisma.Decimal | null = null;
    if (price) {
      rate = await rates.rate(price.currency);
      if (!rate)
        problems.add('NO_EXCHANGE_RATE', `No ${price.currency} exchange rate on or before ${today()}`, at('currency'));
    }
    if (product && quantity && neededBy && price && rate) {
      prepared.push({
        lineNo: index + 1,
        productId: product.id,
        description: lineDescription,
        quantity,
        neededBy,
        preferredSupplierId: supplierId,
        estimatedUnitPrice: price.unitPrice,
        currency: price.currency,
        estimatedTotal: baseAmount(quantity, price.unitPrice, rate, base),
      });
    }
  }
  problems.throwIfAny();
  for (const line of prepared) {
    checkFits(
      problems,
      `lines.${line.lineNo - 1}.quantity`,
      line.estimatedTotal,
      MONEY,
      `The estimated total of line ${line.lineNo}`,
    );
  }
  problems.throwIfAny();
  const estimatedTotal = prepared.reduce((sum, line) => sum.plus(line.estimatedTotal), new Prisma.Decimal(0));
  checkFits(problems, 'lines', estimatedTotal, MONEY, 'The estimated total of the request');
  problems.throwIfAny();
  return { header: { description: description as string, notes, currency: base, estimatedTotal }, lines: prepared };
}

async function requesterFor(tx: TenantTx, actor: Actor, requested: string | null | undefined): Promise<string> {
  const requesterId = requested ?? actor.employeeId;
  if (!requesterId)
    throw fail(
      'NOT_AN_EMPLOYEE',
      'The calling API key is not linked to an employee; name the requesterId',
      'requesterId',
    );
  checkMayActFor(actor, requesterId, 'requesterId');
  const employee = await findEmployee(tx, requesterId);
  if (!employee) throw fail('NOT_FOUND', 'No employee with this id in your organization', 'requesterId');
  if (employee.status === 'TERMINATED')
    throw fail('EMPLOYEE_TERMINATED', `${employee.name} is terminated`, 'requesterId');
  return requesterId;
}

function lineRows(actor: Actor, requestId: string, lines: PreparedLine[]) {
  return lines.map((line) => ({ ...line, id: randomUUID(), organizationId: actor.organizationId, requestId }));
}

/** A draft request, numbered PR-00001; estimates default to the best supplier prices, totalled in the base currency. */
export async function createPurchaseRequest(
  tx: TenantTx,
  actor: Actor,
  input: PurchaseRequestCreateInput,
): Promise<PurchaseRequestRef> {
  const requesterId = await requesterFor(tx, actor, input.requesterId);
  const { header, lines } = await prepare(tx, input);
  const id = randomUUID();
  const number = `PR-${String(await nextDocumentNumber(tx, actor, 'purchasing.request')).padStart(5, '0')}`;
  const created = await tx.purchaseRequest.create({
    data: { id, organizationId: actor.organizationId, number, requesterId, createdById: actor.keyId, ...header },
  });
  await tx.purchaseRequestLine.createMany({ data: lineRows(actor, id, lines) });
  await recordAudit(tx, actor, {
    action: 'purchaseRequestCreate',
    entityType: 'PurchaseRequest',
    entityId: id,
    after: { ...created, lines },
  });
  await appendEvent(tx, actor, {
    type: 'purchaseRequest.created',
    aggregateType: 'PurchaseRequest',
    aggregateId: id,
    payload: {
      number,
      requesterId,
      estimatedTotal: header.estimatedTotal.toFixed(),
      currency: header.currency,
      lines: lines.length,
    },
  });
  return { purchaseRequestId: id };
}

/** Replaces a draft's description, notes and lines (estimates priced again). */
export async function updatePurchaseRequest(
  tx: TenantTx,
  actor: Actor,
  input: PurchaseRequestUpdateInput,
): Promise<PurchaseRequestRef> {
  const request = await lockRequest(tx, actor, input.id);
  checkMayActFor(actor, request.requesterId);
  checkVersion(request, input.expectedVersion);
  if (request.status !== 'DRAFT')
    throw fail(
      'NOT_DRAFT',
      `${request.number} is ${request.status.toLowerCase().replace(/_/g, ' ')}; only drafts change`,
      'id',
    );
  const { header, lines } = await prepare(tx, input);
  await tx.purchaseRequestLine.deleteMany({ where: { requestId: request.id } });
  await tx.purchaseRequestLine.createMany({ data: lineRows(actor, request.id, lines) });
  const after = await tx.purchaseRequest.update({
    where: { id: request.id },
    data: { ...header, version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: 'purchaseRequestUpdate',
    entityType: 'PurchaseRequest',
    entityId: request.id,
    before: request,
    after: { ...after, lines },
  });
  await appendEvent(tx, actor, {
    type: 'purchaseRequest.updated',
    aggregateType: 'PurchaseRequest',
    aggregateId: request.id,
    payload: { number: request.number, estimatedTotal: after.estimatedTotal.toFixed(), version: after.version },
  });
  return { purchaseRequestId: request.id };
}
