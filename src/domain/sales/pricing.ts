// Pricing and tax resolution against the database: which price and which tax rate a customer gets
// for products at a quantity, currency and date. Sales orders reuse priceLines with quotes.
import { Prisma } from '../../generated/prisma/client.js';
import type { PriceList, Product, TaxRate } from '../../generated/prisma/client.js';
import { categoryParents, findProduct } from '../inventory/index.js';
import { rateFor } from '../ledger/index.js';
import {
  DomainError,
  Problems,
  checkCurrency,
  checkDate,
  fieldError,
  parseDecimal,
  type TenantTx,
} from '../../platform/index.js';
import { activeCustomer, todayUtc } from './refs.js';
import { NO_TAX, convertListPrice, isWithin, pickQuantityBreak, type LineTax } from './pricing-rules.js';

type Decimal = Prisma.Decimal;

export type PriceSourceKind = 'PRICE_LIST' | 'LIST_PRICE';

export interface ResolvedPrice {
  unitPrice: Decimal;
  source: PriceSourceKind;
  priceListId: string | null;
}

export interface PricingContext {
  customerId: string | null;
  currency: string;
  /** The document date: decides price list and exemption validity and the exchange rate. */
  date: Date;
}

/** What sales knows about a product for pricing: inventory's row plus sales' own tax assignment. */
export type PricedProduct = Pick<Product, 'id' | 'listPrice' | 'categoryId'>;

export interface TaxDecision extends LineTax {
  /** True when the customer's exemption removed the tax. */
  exempt: boolean;
}

/** The customer's price list in the currency, if it is active and valid on the date. */
export async function validPriceList(tx: TenantTx, context: PricingContext): Promise<PriceList | null> {
  if (!context.customerId) return null;
  const assigned = await tx.customerPriceList.findFirst({
    where: { customerId: context.customerId, currency: context.currency },
    include: { priceList: true },
  });
  const list = assigned?.priceList;
  return list && list.isActive && isWithin(context.date, list.validFrom, list.validTo) ? list : null;
}

/**
 * Unit prices for (product, quantity) pairs: the customer's valid price list in the currency, its item
 * with the largest minimum quantity not above the quantity; otherwise the product's list price, which
 * is in the base currency and is converted at the ledger's rate on the date (rounded half-up to the
 * currency). null where neither gives a price. Throws NO_EXCHANGE_RATE (on `rateField(index)`) when a
 * list price needs a rate that does not exist.
 */
export async function resolvePrices(
  tx: TenantTx,
  context: PricingContext,
  wanted: readonly { product: PricedProduct; quantity: Decimal }[],
  rateField: (index: number) => string = () => 'currency',
): Promise<(ResolvedPrice | null)[]> {
  // Every line of a document may come with its unit price: then there is nothing to look up.
  if (wanted.length === 0) return [];
  const list = await validPriceList(tx, context);
  const items = list
    ? await tx.priceListItem.findMany({ where: { priceListId: list.id, productId: { in: [...new Set(wanted.map((w) => w.product.id))] } } })
    : [];
  let baseCurrency: string | undefined;
  let rate: Decimal | undefined;
  const result: (ResolvedPrice | null)[] = [];
  for (const [index, { product, quantity }] of wanted.entries()) {
    const item = pickQuantityBreak(items.filter((candidate) => candidate.productId === product.id), quantity);
    if (item) {
      result.push({ unitPrice: item.unitPrice, source: 'PRICE_LIST', priceListId: list!.id });
      continue;
    }
    if (product.listPrice === null) {
      result.push(null);
      continue;
    }
    baseCurrency ??= (await tx.organization.findFirstOrThrow({ select: { baseCurrency: true } })).baseCurrency.trim();
    if (context.currency === baseCurrency) {
      result.push({ unitPrice: product.listPrice, source: 'LIST_PRICE', priceListId: null });
      continue;
    }
    rate ??= await rateFor(tx, context.currency, context.date, rateField(index));
    result.push({ unitPrice: convertListPrice(product.listPrice, rate, context.currency), source: 'LIST_PRICE', priceListId: null });
  }
  return result;
}

/** Whether the customer has a tax exemption valid on the date. */
export async function isTaxExempt(tx: TenantTx, customerId: string | null, date: Date): Promise<boolean> {
  if (!customerId) return false;
  const exemption = await tx.customerTaxExemption.findFirst({ where: { customerId } });
  return exemption !== null && isWithin(date, exemption.validFrom, exemption.validTo);
}

function lineTax(rate: TaxRate): LineTax {
  return { taxRateId: rate.id, percent: rate.rate, priceIncludesTax: rate.priceIncludesTax };
}

/** Category trees are shallow; the bound only guards against a corrupt (cyclic) tree. */
const MAX_CATEGORY_DEPTH = 50;

/**
 * For each category, the active rate of the nearest category on its way up to the root that has
 * one (the category itself first). One pair of queries per tree level, for all categories at once.
 */
async function categoryRates(tx: TenantTx, categoryIds: readonly string[]): Promise<Map<string, TaxRate>> {
  const result = new Map<string, TaxRate>();
  // category reached at this level -> the categories whose search reached it
  let frontier = new Map(categoryIds.map((id) => [id, [id]]));
  for (let depth = 0; frontier.size > 0 && depth < MAX_CATEGORY_DEPTH; depth++) {
    const assignments = await tx.productTaxRate.findMany({
      where: { categoryId: { in: [...frontier.keys()] }, taxRate: { isActive: true } },
      include: { taxRate: true },
    });
    for (const assignment of assignments) {
      for (const start of frontier.get(assignment.categoryId!) ?? []) result.set(start, assignment.taxRate);
      frontier.delete(assignment.categoryId!);
    }
    if (frontier.size === 0) break;
    const parents = await categoryParents(tx, [...frontier.keys()]);
    const next = new Map<string, string[]>();
    for (const { id, parentId } of parents) next.set(parentId, [...(next.get(parentId) ?? []), ...frontier.get(id)!]);
    frontier = next;
  }
  return result;
}

/**
 * The tax each product sells with: an exempt customer pays none; otherwise the product's own rate,
 * else the rate of its category or, failing that, of the nearest ancestor category that has one,
 * else the organization's default rate, else none. A deactivated rate counts as not assigned, so the
 * next level applies.
 */
export async function resolveTaxes(
  tx: TenantTx,
  context: Pick<PricingContext, 'customerId' | 'date'>,
  products: readonly PricedProduct[],
): Promise<TaxDecision[]> {
  if (await isTaxExempt(tx, context.customerId, context.date)) return products.map(() => ({ ...NO_TAX, exempt: true }));
  const productIds = [...new Set(products.map((p) => p.id))];
  const own = await tx.productTaxRate.findMany({ where: { productId: { in: productIds }, taxRate: { isActive: true } }, include: { taxRate: true } });
  const byProduct = new Map(own.map((a) => [a.productId!, a.taxRate]));
  const categoryIds = [...new Set(products.filter((p) => !byProduct.has(p.id) && p.categoryId).map((p) => p.categoryId!))];
  const byCategory = categoryIds.length > 0 ? await categoryRates(tx, categoryIds) : new Map<string, TaxRate>();
  const needsDefault = products.some((p) => !byProduct.has(p.id) && !(p.categoryId && byCategory.has(p.categoryId)));
  const fallback = needsDefault ? await tx.taxRate.findFirst({ where: { isDefault: true, isActive: true } }) : null;
  return products.map((product) => {
    const rate = byProduct.get(product.id) ?? (product.categoryId ? byCategory.get(product.categoryId) : undefined) ?? fallback;
    return { ...(rate ? lineTax(rate) : NO_TAX), exempt: false };
  });
}

export interface ProductPriceQuery {
  productId: string;
  customerId: string | null;
  quantity: Decimal;
  currency: string;
  date: Date;
}

export interface ProductPriceResult extends Partial<ResolvedPrice> {
  productId: string;
  currency: string;
  quantity: Decimal;
  tax: TaxDecision;
}

export interface ProductPriceInput {
  productId: string;
  customerId?: string | null;
  quantity?: string | Decimal | null;
  /** The customer's currency (or the base currency without a customer) when left out. */
  currency?: string | null;
  /** Today when left out. */
  date?: string | null;
}

/** What a customer would pay for a product: the unit price, where it comes from, and the tax that applies. */
export async function productPrice(tx: TenantTx, input: ProductPriceInput): Promise<ProductPriceResult> {
  const problems = new Problems();
  const quantity = parseDecimal(problems, 'quantity', input.quantity ?? '1', { scale: 4, positive: true });
  const date = input.date ? checkDate(problems, 'date', input.date) : todayUtc();
  const explicitCurrency = input.currency ? checkCurrency(problems, 'currency', input.currency) : undefined;
  problems.throwIfAny();
  const product = await findProduct(tx, input.productId);
  if (!product) throw new DomainError(fieldError('NOT_FOUND', 'No product with this id in your organization', 'productId'));
  const customer = input.customerId ? await activeCustomer(tx, input.customerId) : null;
  const currency =
    explicitCurrency ?? customer?.currency.trim() ?? (await tx.organization.findFirstOrThrow({ select: { baseCurrency: true } })).baseCurrency.trim();
  const context = { customerId: customer?.id ?? null, currency, date: date! };
  const [price] = await resolvePrices(tx, context, [{ product, quantity: quantity! }]);
  const [tax] = await resolveTaxes(tx, context, [product]);
  return { productId: product.id, currency, quantity: quantity!, tax: tax!, ...(price ?? {}) };
}
