// Validating, pricing and taxing the lines of a sales document (quote, sales order) in one place, so
// both price alike: resolvePrices unless a unit price is given (then MANUAL), resolveTaxes, and the
// figures of priceSalesLines.
import { Prisma } from '../../generated/prisma/client.js';
import { checkFiguresFit } from '../ledger/index.js';
import { productsByIds } from '../inventory/index.js';
import {
  Problems,
  UNIT_PRICE,
  checkFits,
  checkLength,
  cleanText,
  isUuid,
  parseDecimal,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { priceSalesLines } from './pricing-rules.js';
import { resolvePrices, resolveTaxes, type PricedProduct, type ResolvedPrice } from './pricing.js';

export const MAX_LINES = 200;

export interface SalesDocumentLineInput {
  productId: string;
  /** The product's name when left out. */
  description?: string | null;
  quantity: string | Prisma.Decimal;
  /** From pricing (price list, else list price) when left out; recorded as overridden (MANUAL) when given. */
  unitPrice?: string | Prisma.Decimal | null;
  /** Percent off the line, 0 to 100. */
  discountPercent?: string | Prisma.Decimal | null;
}

export interface PricedLineRow {
  lineNo: number;
  productId: string;
  description: string;
  quantity: Prisma.Decimal;
  unitPrice: Prisma.Decimal;
  priceSource: 'PRICE_LIST' | 'LIST_PRICE' | 'MANUAL';
  priceListId: string | null;
  discountPercent: Prisma.Decimal;
  taxRateId: string | null;
  taxPercent: Prisma.Decimal;
  priceIncludesTax: boolean;
  gross: Prisma.Decimal;
  discount: Prisma.Decimal;
  subtotal: Prisma.Decimal;
  tax: Prisma.Decimal;
  total: Prisma.Decimal;
}

export interface PricedDocument {
  lines: PricedLineRow[];
  totals: { subtotal: Prisma.Decimal; discountTotal: Prisma.Decimal; taxTotal: Prisma.Decimal; total: Prisma.Decimal };
}

export interface LinePricingOptions {
  customerId: string;
  /** Undefined when the header's currency or date was invalid: the lines are still validated, `problems` then throws. */
  currency: string | undefined;
  date: Date | undefined;
  /** The code and message for a document without lines. */
  empty: { code: string; message: string };
}

/**
 * Validates the lines (every problem at once, collected with the header's in `problems`, paths
 * lines.N.field), then prices and taxes them and computes the figures. Throws the collected problems.
 */
export async function priceDocumentLines(
  tx: TenantTx,
  actor: Actor,
  problems: Problems,
  options: LinePricingOptions,
  input: readonly SalesDocumentLineInput[] | null | undefined,
): Promise<PricedDocument> {
  const lines = Array.isArray(input) ? input : [];
  if (lines.length === 0) problems.add(options.empty.code, options.empty.message, 'lines');
  if (lines.length > MAX_LINES) problems.add('OUT_OF_RANGE', `At most ${MAX_LINES} lines are allowed`, 'lines');
  const productIds = [...new Set(lines.map((line) => line.productId).filter(isUuid))];
  const products = new Map((await productsByIds(tx, productIds)).map((product) => [product.id, product]));

  const parsed: {
    index: number;
    product: PricedProduct & { name: string };
    quantity: Prisma.Decimal;
    unitPrice?: Prisma.Decimal;
    discountPercent: Prisma.Decimal;
    description: string;
  }[] = [];
  for (const [index, line] of lines.slice(0, MAX_LINES).entries()) {
    const at = (field: string) => `lines.${index}.${field}`;
    const product = products.get(line.productId);
    if (!product) problems.add('NOT_FOUND', 'No product with this id in your organization', at('productId'));
    else if (!product.isActive)
      problems.add('PRODUCT_INACTIVE', `Product ${product.sku} is deactivated`, at('productId'));
    const quantity = parseDecimal(problems, at('quantity'), line.quantity, {
      scale: 4,
      required: true,
      positive: true,
    });
    const unitPrice = parseDecimal(problems, at('unitPrice'), line.unitPrice, { scale: 6 });
    const discountPercent =
      parseDecimal(problems, at('discountPercent'), line.discountPercent, { scale: 4 }) ?? new Prisma.Decimal(0);
    if (discountPercent.greaterThan(100))
      problems.add('OUT_OF_RANGE', `${at('discountPercent')} must be from 0 to 100`, at('discountPercent'));
    const description = cleanText(line.description) ?? product?.name ?? '';
    checkLength(problems, at('description'), description, 500);
    if (product && product.isActive && quantity)
      parsed.push({ index, product, quantity, unitPrice, discountPercent, description });
  }
  problems.throwIfAny();

  const currency = options.currency!;
  const context = { customerId: options.customerId, currency, date: options.date! };
  const toPrice = parsed.filter((line) => !line.unitPrice);
  const resolved = await resolvePrices(tx, context, toPrice, (i) => `lines.${toPrice[i]!.index}.unitPrice`);
  const prices = new Map<number, ResolvedPrice | null>(toPrice.map((line, i) => [line.index, resolved[i]!]));
  for (const line of toPrice) {
    if (!prices.get(line.index)) {
      problems.add(
        'PRICE_REQUIRED',
        `No ${currency} price for this product: no price list item and no list price; give unitPrice`,
        `lines.${line.index}.unitPrice`,
      );
    }
  }
  problems.throwIfAny();
  const taxes = await resolveTaxes(
    tx,
    actor,
    context,
    parsed.map((line) => line.product),
  );
  const priced = parsed.map((line, i) => {
    const price = prices.get(line.index);
    return {
      line,
      price: price ?? { unitPrice: line.unitPrice!, source: 'MANUAL' as const, priceListId: null },
      tax: taxes[i]!,
    };
  });
  const { lines: figures, totals } = priceSalesLines(
    priced.map(({ line, price, tax }) => ({
      quantity: line.quantity,
      unitPrice: price.unitPrice,
      discountPercent: line.discountPercent,
      tax,
    })),
    currency,
  );
  // A price from a list price in another currency (list price / rate) can outgrow its column too.
  priced.forEach(({ line, price }) =>
    checkFits(problems, `lines.${line.index}.unitPrice`, price.unitPrice, UNIT_PRICE),
  );
  checkFiguresFit(problems, figures, totals, { lineField: (i) => `lines.${priced[i]!.line.index}.quantity` });
  problems.throwIfAny();
  return {
    totals: {
      subtotal: totals.subtotal,
      discountTotal: totals.discountTotal,
      taxTotal: totals.taxTotal,
      total: totals.total,
    },
    lines: priced.map(({ line, price, tax }, i) => ({
      lineNo: line.index + 1,
      productId: line.product.id,
      description: line.description,
      quantity: line.quantity,
      unitPrice: price.unitPrice,
      priceSource: price.source,
      priceListId: price.priceListId,
      discountPercent: line.discountPercent,
      taxRateId: tax.taxRateId,
      taxPercent: tax.percent,
      priceIncludesTax: tax.priceIncludesTax,
      ...figures[i]!,
    })),
  };
}
