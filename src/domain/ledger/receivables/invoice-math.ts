import { Prisma } from '../../../generated/prisma/client.js';
import { MONEY, checkFits, currencyScale, fitsColumn, type Problems } from '../../../platform/index.js';

type Decimal = Prisma.Decimal;
// Exact intermediate arithmetic: quantity x price x percentages needs more than Decimal's 20 digits.
const Exact = Prisma.Decimal.clone({ precision: 80 });

export interface LineFigures {
  /** quantity x unit price, rounded to the currency */
  gross: Decimal;
  discount: Decimal;
  subtotal: Decimal;
  tax: Decimal;
  total: Decimal;
}

export interface DocumentFigures {
  subtotal: Decimal;
  discountTotal: Decimal;
  taxTotal: Decimal;
  total: Decimal;
}

function round(value: InstanceType<typeof Exact>, scale: number): Decimal {
  return new Prisma.Decimal(value.toFixed(scale, Exact.ROUND_HALF_UP));
}

/** How a line's unit price relates to its tax. */
export interface LineTaxMode {
  /**
   * True when the unit price already contains the tax (a gross, consumer price): the tax is taken out
   * of the discounted amount instead of added to it, so the total is exactly what was shown.
   */
  taxIncluded?: boolean;
}

/**
 * The rounding rule, per line and half-up to the currency's minor unit: gross = round(quantity x unit
 * price); discount = round(gross x discount%); then
 * - tax excluded (default): subtotal = gross - discount; tax = round(subtotal x tax%); total = subtotal + tax;
 * - tax included: total = gross - discount; tax = round(total x tax% / (100 + tax%)); subtotal = total - tax.
 * Document totals are sums of the rounded line figures, so they always agree with the lines.
 */
export function lineFigures(
  quantity: Decimal,
  unitPrice: Decimal,
  discountPercent: Decimal,
  taxRate: Decimal,
  currency: string,
  mode: LineTaxMode = {},
): LineFigures {
  const scale = currencyScale(currency);
  const gross = round(new Exact(quantity.toFixed()).times(unitPrice.toFixed()), scale);
  const discount = round(new Exact(gross.toFixed()).times(discountPercent.toFixed()).dividedBy(100), scale);
  const afterDiscount = gross.minus(discount);
  if (mode.taxIncluded) {
    const rate = new Exact(taxRate.toFixed());
    const tax = round(new Exact(afterDiscount.toFixed()).times(rate).dividedBy(rate.plus(100)), scale);
    return { gross, discount, subtotal: afterDiscount.minus(tax), tax, total: afterDiscount };
  }
  const tax = round(new Exact(afterDiscount.toFixed()).times(taxRate.toFixed()).dividedBy(100), scale);
  return { gross, discount, subtotal: afterDiscount, tax, total: afterDiscount.plus(tax) };
}

export function documentFigures(lines: LineFigures[]): DocumentFigures {
  const zero = new Prisma.Decimal(0);
  return lines.reduce<DocumentFigures>(
    (acc, line) => ({
      subtotal: acc.subtotal.plus(line.subtotal),
      discountTotal: acc.discountTotal.plus(line.discount),
      taxTotal: acc.taxTotal.plus(line.tax),
      total: acc.total.plus(line.total),
    }),
    { subtotal: zero, discountTotal: zero, taxTotal: zero, total: zero },
  );
}

/**
 * Records OUT_OF_RANGE when a line's figures or the document's totals would not fit their DECIMAL(20,4)
 * columns: a line on `lineField(i)` (its quantity, by default: quantity x unit price is what grew too
 * large), totals whose lines each fit on `totalsField`. Returns whether everything fits.
 */
export function checkFiguresFit(
  problems: Problems,
  lines: readonly Partial<LineFigures>[],
  totals: Partial<DocumentFigures>,
  options: { lineField?: (index: number) => string; totalsField?: string } = {},
): boolean {
  const lineField = options.lineField ?? ((index: number) => `lines.${index}.quantity`);
  const tooLarge = (values: (Decimal | undefined)[]) =>
    values.find((value) => value !== undefined && !fitsColumn(value, MONEY));
  let fits = true;
  lines.forEach((line, index) => {
    const figure = tooLarge([line.gross, line.discount, line.subtotal, line.tax, line.total]);
    if (figure) fits = checkFits(problems, lineField(index), figure, MONEY, `The total of line ${index + 1}`) && fits;
  });
  if (!fits) return false;
  const total = tooLarge([totals.subtotal, totals.discountTotal, totals.taxTotal, totals.total]);
  return checkFits(problems, options.totalsField ?? 'lines', total, MONEY, 'The document total');
}

/**
 * The base-currency value of part of a document: the rest of its base value when the part settles it
 * completely (so a document never keeps a stray cent), otherwise the part at the document's own rate.
 */
export function baseShare(
  part: Decimal,
  open: Decimal,
  total: Decimal,
  totalBase: Decimal,
  baseSoFar: Decimal,
  baseCurrency: string,
): Decimal {
  if (part.equals(open)) return totalBase.minus(baseSoFar);
  if (total.equals(totalBase)) return part;
  const exact = new Exact(part.toFixed()).times(totalBase.toFixed()).dividedBy(total.toFixed());
  return round(exact, currencyScale(baseCurrency));
}

export type InvoiceState = 'POSTED' | 'PARTIALLY_PAID' | 'PAID';

/** The state of a posted document from what has been allocated against its total. */
export function settlementState(total: Decimal, allocated: Decimal): InvoiceState {
  if (allocated.isZero()) return 'POSTED';
  return allocated.greaterThanOrEqualTo(total) ? 'PAID' : 'PARTIALLY_PAID';
}

export type AgingBucket = 'CURRENT' | 'DAYS_1_30' | 'DAYS_31_60' | 'DAYS_61_90' | 'OVER_90';

/** Days past due as of a date: 0 or less is current; the due day itself is still current. */
export function agingBucket(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return 'CURRENT';
  if (daysPastDue <= 30) return 'DAYS_1_30';
  if (daysPastDue <= 60) return 'DAYS_31_60';
  if (daysPastDue <= 90) return 'DAYS_61_90';
  return 'OVER_90';
}
