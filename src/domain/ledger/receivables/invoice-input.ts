import { Prisma } from '../../../generated/prisma/client.js';
import type { AccountSubtype } from '../../../generated/prisma/enums.js';
import {
  QUANTITY,
  UNIT_PRICE,
  checkCurrency,
  checkLength,
  cleanText,
  isUuid,
  type Problems,
  type TenantTx,
} from '../../../platform/index.js';
import { accountForRole } from '../posting-rules.js';
import { addDays, checkDate } from '../dates.js';
import { checkScale, parseAmount, type Amount } from '../money.js';
import {
  checkFiguresFit,
  lineFigures,
  documentFigures,
  type LineFigures,
  type DocumentFigures,
} from './invoice-math.js';
import type { Partner } from './partners.js';

const MAX_LINES = 200;

export interface InvoiceLineInput {
  /** The product's name when left out and a product is given. */
  description?: string | null;
  /** The product invoiced, if the line is for one. */
  productId?: string | null;
  /** Revenue account for customer documents, expense account for supplier documents; the posting rule's when left out. */
  accountId?: string | null;
  quantity?: Amount | null;
  unitPrice: Amount;
  discountPercent?: Amount | null;
  taxRate?: Amount | null;
  /** True when the unit price includes the tax (a consumer price, as on tax-included quotes); false when left out. */
  priceIncludesTax?: boolean | null;
  /** The purchase order line a supplier bill line bills; set by purchasing, which checked it (GraphQL bill inputs never carry it). */
  purchaseOrderLineId?: string | null;
}

export interface InvoiceHeaderInput {
  currency?: string | null;
  /** 'YYYY-MM-DD' */
  issueDate: string;
  /** 'YYYY-MM-DD'; the issue date plus the partner's payment terms when left out. */
  dueDate?: string | null;
  reference?: string | null;
  memo?: string | null;
  lines: InvoiceLineInput[];
}

export interface PreparedLine extends LineFigures {
  lineNo: number;
  description: string;
  productId: string | null;
  accountId: string;
  quantity: Prisma.Decimal;
  unitPrice: Prisma.Decimal;
  discountPercent: Prisma.Decimal;
  taxRate: Prisma.Decimal;
  priceIncludesTax: boolean;
  purchaseOrderLineId: string | null;
}

export interface PreparedInvoice extends DocumentFigures {
  currency: string;
  issueDate: Date;
  dueDate: Date;
  reference: string | null;
  memo: string | null;
  lines: PreparedLine[];
}

function percent(problems: Problems, field: string, value: Amount | null | undefined): Prisma.Decimal {
  const parsed = parseAmount(problems, field, value) ?? new Prisma.Decimal(0);
  if (parsed.isNegative() || parsed.greaterThan(100))
    problems.add('OUT_OF_RANGE', `${field} must be from 0 to 100`, field);
  else if (parsed.decimalPlaces() > 4) problems.add('INVALID_SCALE', `${field} has more than 4 decimal places`, field);
  return parsed;
}

/** Validates a document's header and lines (every problem at once, with its lines.N path) and computes its figures. */
export async function prepareInvoice(
  tx: TenantTx,
  problems: Problems,
  partner: Partner,
  input: InvoiceHeaderInput,
  defaultLineRole: AccountSubtype,
): Promise<PreparedInvoice> {
  const currency = input.currency ? checkCurrency(problems, 'currency', input.currency) : partner.currency;
  const issueDate = checkDate(problems, 'issueDate', input.issueDate);
  const dueDate = input.dueDate
    ? checkDate(problems, 'dueDate', input.dueDate)
    : issueDate && addDays(issueDate, partner.paymentTermsDays);
  if (issueDate && dueDate && dueDate < issueDate)
    problems.add('INVALID_DUE_DATE', 'dueDate is before issueDate', 'dueDate');
  const reference = cleanText(input.reference) ?? null;
  const memo = cleanText(input.memo) ?? null;
  checkLength(problems, 'reference', reference, 100);
  checkLength(problems, 'memo', memo, 1000);
  const lines = Array.isArray(input.lines) ? input.lines : [];
  if (lines.length === 0) problems.add('EMPTY_DOCUMENT', 'A document needs at least one line', 'lines');
  if (lines.length > MAX_LINES) problems.add('OUT_OF_RANGE', `A document may have at most ${MAX_LINES} lines`, 'lines');

  const explicitAccounts = [...new Set(lines.map((line) => line.accountId).filter((id): id is string => !!id))];
  const accounts = new Map(
    (await tx.account.findMany({ where: { id: { in: explicitAccounts.filter(isUuid) } } })).map((account) => [
      account.id,
      account,
    ]),
  );
  const productIds = [...new Set(lines.map((line) => line.productId).filter((id): id is string => !!id))];
  const products = new Map(
    (
      await tx.product.findMany({ where: { id: { in: productIds.filter(isUuid) } }, select: { id: true, name: true } })
    ).map((product) => [product.id, product]),
  );
  const needsDefault = lines.some((line) => !line.accountId);
  const defaultAccount = needsDefault ? await accountForRole(tx, defaultLineRole) : null;
  const expectedTypes = partner.side === 'CUSTOMER' ? ['REVENUE'] : ['EXPENSE', 'ASSET'];

  const checked = lines.slice(0, MAX_LINES).map((line, index) => {
    const at = (field: string) => `lines.${index}.${field}`;
    const product = line.productId ? products.get(line.productId) : undefined;
    if (line.productId && !product)
      problems.add('NOT_FOUND', 'No product with this id in your organization', at('productId'));
    const description = cleanText(line.description) ?? product?.name ?? '';
    if (!description) problems.add('REQUIRED', `${at('description')} is required`, at('description'));
    checkLength(problems, at('description'), description, 500);
    let accountId = defaultAccount?.id ?? '';
    if (line.accountId) {
      const account = accounts.get(line.accountId);
      if (!account) problems.add('NOT_FOUND', 'No account with this id in your organization', at('accountId'));
      else if (!account.isActive)
        problems.add('ACCOUNT_INACTIVE', `Account ${account.code} is inactive`, at('accountId'));
      // A supplier line for goods already received clears goods received not invoiced, a liability.
      else if (
        !expectedTypes.includes(account.type) &&
        !(partner.side === 'SUPPLIER' && account.subtype === 'GOODS_RECEIVED_NOT_INVOICED')
      )
        problems.add(
          'INVALID_LINE_ACCOUNT',
          `Account ${account.code} is ${account.type}; expected ${expectedTypes.join(' or ')}`,
          at('accountId'),
        );
      accountId = line.accountId;
    }
    const quantity = parseAmount(problems, at('quantity'), line.quantity, QUANTITY) ?? new Prisma.Decimal(1);
    if (!quantity.isPositive() || quantity.isZero())
      problems.add('INVALID_AMOUNT', `${at('quantity')} must be above zero`, at('quantity'));
    else if (quantity.decimalPlaces() > 4)
      problems.add('INVALID_SCALE', `${at('quantity')} has more than 4 decimal places`, at('quantity'));
    const unitPrice = parseAmount(problems, at('unitPrice'), line.unitPrice, UNIT_PRICE);
    if (unitPrice === undefined) {
      if (line.unitPrice === undefined || line.unitPrice === null || line.unitPrice === '')
        problems.add('REQUIRED', `${at('unitPrice')} is required`, at('unitPrice'));
    } else if (unitPrice.isNegative())
      problems.add('INVALID_AMOUNT', `${at('unitPrice')} must not be negative`, at('unitPrice'));
    else if (unitPrice.decimalPlaces() > 6)
      problems.add('INVALID_SCALE', `${at('unitPrice')} has more than 6 decimal places`, at('unitPrice'));
    const discountPercent = percent(problems, at('discountPercent'), line.discountPercent);
    const taxRate = percent(problems, at('taxRate'), line.taxRate);
    const price = unitPrice ?? new Prisma.Decimal(0);
    const purchaseOrderLineId = partner.side === 'SUPPLIER' ? (line.purchaseOrderLineId ?? null) : null;
    const priceIncludesTax = line.priceIncludesTax === true;
    return {
      lineNo: index + 1,
      description,
      productId: product?.id ?? null,
      accountId,
      quantity,
      unitPrice: price,
      discountPercent,
      taxRate,
      priceIncludesTax,
      purchaseOrderLineId,
    };
  });
  // Figures round to the currency's minor unit; without a valid currency (already a problem) there is nothing to round to.
  if (!currency) problems.throwIfAny();
  const prepared: PreparedLine[] = checked.map((line) => ({
    ...line,
    ...lineFigures(line.quantity, line.unitPrice, line.discountPercent, line.taxRate, currency as string, {
      taxIncluded: line.priceIncludesTax,
    }),
  }));
  const totals = documentFigures(prepared);
  checkFiguresFit(problems, prepared, totals);
  checkScale(problems, 'total', totals.total, currency as string);
  if (prepared.length > 0 && totals.total.lessThanOrEqualTo(0))
    problems.add('EMPTY_DOCUMENT', 'The document total must be above zero', 'lines');
  problems.throwIfAny();
  return {
    currency: currency as string,
    issueDate: issueDate as Date,
    dueDate: dueDate as Date,
    reference,
    memo,
    lines: prepared,
    ...totals,
  };
}
