// The pure arithmetic of selling: which quantity break applies, how a base-currency list price becomes
// a price in another currency, and the figures of a priced line. No database here, so sales orders
// and invoices can reuse it and unit tests can pin it down.
import { Prisma } from '../../generated/prisma/client.js';
import { documentFigures, lineFigures, type DocumentFigures, type LineFigures } from '../ledger/index.js';
import { currencyScale } from '../../platform/index.js';

type Decimal = Prisma.Decimal;
const Exact = Prisma.Decimal.clone({ precision: 80 });

/** The tax a line carries: no rate (none assigned, or an exempt customer) is zero tax on the price as given. */
export interface LineTax {
  taxRateId: string | null;
  /** Percent, for example 19. */
  percent: Decimal;
  /** True when the unit price contains the tax. */
  priceIncludesTax: boolean;
}

export const NO_TAX: LineTax = { taxRateId: null, percent: new Prisma.Decimal(0), priceIncludesTax: false };

export interface SalesLineInput {
  quantity: Decimal;
  unitPrice: Decimal;
  discountPercent: Decimal;
  tax: LineTax;
}

/** Quantity breaks: the item with the largest minimum quantity the quantity reaches, if any. */
export function pickQuantityBreak<T extends { minQuantity: Decimal }>(
  items: readonly T[],
  quantity: Decimal,
): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (item.minQuantity.greaterThan(quantity)) continue;
    if (!best || item.minQuantity.greaterThan(best.minQuantity)) best = item;
  }
  return best;
}

/**
 * A base-currency list price in another currency: the ledger's rate is units of base currency for one
 * unit of the other, so price = list price / rate, rounded once, half-up, to the currency's minor unit.
 */
export function convertListPrice(listPrice: Decimal, rate: Decimal, currency: string): Decimal {
  const exact = new Exact(listPrice.toFixed()).dividedBy(rate.toFixed());
  return new Prisma.Decimal(exact.toFixed(currencyScale(currency), Exact.ROUND_HALF_UP));
}

/** Whether a calendar date lies in an optional, inclusive validity range. */
export function isWithin(date: Date, from: Date | null, to: Date | null): boolean {
  return (!from || from.getTime() <= date.getTime()) && (!to || date.getTime() <= to.getTime());
}

/**
 * Prices and taxes sales lines with the ledger's invoice arithmetic (per line, half-up to the
 * currency's minor unit; see lineFigures), so a quote, the order made from it and the invoice for
 * that order agree to the cent. Totals are sums of the rounded lines.
 */
export function priceSalesLines(
  lines: readonly SalesLineInput[],
  currency: string,
): { lines: LineFigures[]; totals: DocumentFigures } {
  const figures = lines.map((line) =>
    lineFigures(line.quantity, line.unitPrice, line.discountPercent, line.tax.percent, currency, {
      taxIncluded: line.tax.priceIncludesTax,
    }),
  );
  return { lines: figures, totals: documentFigures(figures) };
}
