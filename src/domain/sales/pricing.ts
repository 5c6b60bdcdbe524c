// Pricing and tax resolution against the database: which price and which tax rate a customer gets
// for products at a quantity, currency and date. Sales orders reuse priceLines with quotes.
import { Prisma } from '../../generated/prisma/client.js';
import type { PriceList, Product, TaxRate } from '../../generated/prisma/client.js';
import { categoryChainsSql, findProduct } from '../inventory/index.js';
import { rateFor } from '../ledger/index.js';
import {
  DomainError,
  Problems,
  checkCurrency,
  checkDate,
  fieldError,
  parseDecimal,
  type Actor,
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
    ? await tx.priceListItem.findMany({
        where: { priceListId: list.id, productId: { in: [...new Set(wanted.map((w) => w.product.id))] } },
      })
    : [];
  let baseCurrency: string | undefined;
  let rate: Decimal | undefined;
  const result: (ResolvedPrice | null)[] = [];
  for (const [index, { product, quantity }] of wanted.entries()) {
    const item = pickQuantityBreak(
      items.filter((candidate) => candidate.productId === product.id),
      quantity,
    );
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
    result.push({
      unitPrice: convertListPrice(product.listPrice, rate, context.currency),
      source: 'LIST_PRICE',
      priceListId: null,
    });
  }
  return result;
}

type RateColumns = Pick<TaxRate, 'id' | 'rate' | 'priceIncludesTax'>;

function lineTax(rate: RateColumns): LineTax {
  return { taxRateId: rate.id, percent: new Prisma.Decimal(rate.rate), priceIncludesTax: rate.priceIncludesTax };
}

/** One row of resolveTaxes' statement: the customer's exemption, or an active rate found at one level. */
interface TaxRow {
  kind: 'EXEMPTION' | 'PRODUCT' | 'CATEGORY' | 'DEFAULT';
  /** The product (PRODUCT), or the category whose walk up the tree found the rate (CATEGORY). */
  key: string | null;
  id: string;
  rate: Decimal;
  priceIncludesTax: boolean;
  validFrom: Date | null;
  validTo: Date | null;
}

/**
 * The tax each product sells with: an exempt customer pays none; otherwise the product's own rate,
 * else the rate of its category or, failing that, of the nearest ancestor category that has one,
 * else the organization's default rate, else none. A deactivated rate counts as not assigned, so the
 * next level applies. One statement whatever the depth of the category tree (none without products):
 * it reads every level's candidate at once and the order of precedence is applied here.
 */
export async function resolveTaxes(
  tx: TenantTx,
  actor: Actor,
  context: Pick<PricingContext, 'customerId' | 'date'>,
  products: readonly PricedProduct[],
): Promise<TaxDecision[]> {
  if (products.length === 0) return [];
  const organizationId = actor.organizationId;
  const productIds = [...new Set(products.map((p) => p.id))];
  const categoryIds = [...new Set(products.flatMap((p) => (p.categoryId ? [p.categoryId] : [])))];
  const activeRate = Prisma.sql`JOIN "TaxRate" t ON t."organizationId" = a."organizationId" AND t."id" = a."taxRateId" AND t."isActive"`;
  const rows = await tx.$queryRaw<TaxRow[]>`
    SELECT 'EXEMPTION' AS kind, NULL::text AS key, NULL::text AS id, NULL::numeric AS rate, NULL::boolean AS "priceIncludesTax",
           e."validFrom", e."validTo"
      FROM "CustomerTaxExemption" e
     WHERE e."organizationId" = ${organizationId}::uuid AND e."customerId" = ${context.customerId}::uuid
    UNION ALL
    SELECT 'PRODUCT', a."productId"::text, t."id"::text, t."rate", t."priceIncludesTax", NULL::date, NULL::date
      FROM "ProductTaxRate" a ${activeRate}
     WHERE a."organizationId" = ${organizationId}::uuid AND a."productId" = ANY(${productIds}::uuid[])
    UNION ALL
    (SELECT DISTINCT ON (chain."categoryId") 'CATEGORY', chain."categoryId"::text, t."id"::text, t."rate", t."priceIncludesTax", NULL::date, NULL::date
       FROM (${categoryChainsSql(actor, categoryIds)}) chain
       JOIN "ProductTaxRate" a ON a."organizationId" = ${organizationId}::uuid AND a."categoryId" = chain."ancestorId"
       ${activeRate}
      ORDER BY chain."categoryId", chain."depth")
    UNION ALL
    SELECT 'DEFAULT', NULL, t."id"::text, t."rate", t."priceIncludesTax", NULL::date, NULL::date
      FROM "TaxRate" t
     WHERE t."organizationId" = ${organizationId}::uuid AND t."isDefault" AND t."isActive"`;
  const found = new Map(rows.map((row) => [`${row.kind} ${row.key}`, row]));
  const exemption = found.get('EXEMPTION null');
  if (exemption && isWithin(context.date, exemption.validFrom, exemption.validTo))
    return products.map(() => ({ ...NO_TAX, exempt: true }));
  const fallback = found.get('DEFAULT null');
  return products.map((product) => {
    const rate =
      found.get(`PRODUCT ${product.id}`) ??
      (product.categoryId ? found.get(`CATEGORY ${product.categoryId}`) : undefined) ??
      fallback;
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
export async function productPrice(tx: TenantTx, actor: Actor, input: ProductPriceInput): Promise<ProductPriceResult> {
  const problems = new Problems();
  const quantity = parseDecimal(problems, 'quantity', input.quantity ?? '1', { scale: 4, positive: true });
  const date = input.date ? checkDate(problems, 'date', input.date) : todayUtc();
  const explicitCurrency = input.currency ? checkCurrency(problems, 'currency', input.currency) : undefined;
  problems.throwIfAny();
  const product = await findProduct(tx, input.productId);
  if (!product)
    throw new DomainError(fieldError('NOT_FOUND', 'No product with this id in your organization', 'productId'));
  const customer = input.customerId ? await activeCustomer(tx, input.customerId) : null;
  const currency =
    explicitCurrency ??
    customer?.currency.trim() ??
    (await tx.organization.findFirstOrThrow({ select: { baseCurrency: true } })).baseCurrency.trim();
  const context = { customerId: customer?.id ?? null, currency, date: date! };
  const [price] = await resolvePrices(tx, context, [{ product, quantity: quantity! }]);
  const [tax] = await resolveTaxes(tx, actor, context, [product]);
  return { productId: product.id, currency, quantity: quantity!, tax: tax!, ...(price ?? {}) };
}
