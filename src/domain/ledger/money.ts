import { Prisma } from '../../generated/prisma/client.js';
import { MONEY, checkFits, currencyScale, type DecimalColumn, type Problems } from '../../platform/index.js';

type Decimal = Prisma.Decimal;

/** Amounts arrive as strings (from GraphQL) or decimals (from other domains); never as floats. */
export type Amount = string | Prisma.Decimal;

/**
 * Parses an amount; records INVALID_AMOUNT and returns undefined for anything that is not a finite decimal,
 * OUT_OF_RANGE for 10^15 and more or for what its column (MONEY unless told) cannot hold.
 */
export function parseAmount(
  problems: Problems,
  field: string,
  value: Amount | null | undefined,
  column: DecimalColumn = MONEY,
): Decimal | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let amount: Decimal;
  try {
    amount = new Prisma.Decimal(value);
    if (!amount.isFinite()) throw new Error('not finite');
  } catch {
    problems.add('INVALID_AMOUNT', `${field} "${String(value)}" is not a decimal number`, field);
    return undefined;
  }
  if (amount.abs().greaterThanOrEqualTo('1e15')) {
    problems.add('OUT_OF_RANGE', `${field} is too large`, field);
    return undefined;
  }
  return checkFits(problems, field, amount, column) ? amount : undefined;
}

export function checkScale(problems: Problems, field: string, amount: Decimal, currency: string): boolean {
  const scale = currencyScale(currency);
  if (amount.decimalPlaces() > scale) {
    problems.add('INVALID_SCALE', `${field} has more than ${scale} decimal places for ${currency}`, field);
    return false;
  }
  return true;
}

// Prisma's Decimal keeps 20 significant digits; an amount times a 10-decimal rate needs more, and
// rounding twice (to 20 digits, then to cents) can turn ...4999 into ...5. Arithmetic here is exact.
const Exact = Prisma.Decimal.clone({ precision: 80 });

/** Base-currency value of a foreign amount, rounded once, half-up, to the base currency's minor unit. */
export function convert(amount: Decimal, rate: Decimal, currency: string): Decimal {
  const exact = new Exact(amount.toFixed()).times(rate.toFixed());
  return new Prisma.Decimal(exact.toFixed(currencyScale(currency), Exact.ROUND_HALF_UP));
}

/** Exact sum, however many and however large the amounts. */
export function sum(amounts: Decimal[]): Decimal {
  const total = amounts.reduce((acc, amount) => acc.plus(amount.toFixed()), new Exact(0));
  return new Prisma.Decimal(total.toFixed());
}

export function minorUnit(currency: string): Decimal {
  return new Prisma.Decimal(1).dividedBy(new Prisma.Decimal(10).pow(currencyScale(currency)));
}

/** Money as a string with exactly the currency's decimals: PostgreSQL returns 1.10 as 1.1. */
export function formatMoney(amount: Decimal | string | number | null | undefined, currency: string): string {
  return new Prisma.Decimal(amount ?? 0).toFixed(currencyScale(currency));
}
