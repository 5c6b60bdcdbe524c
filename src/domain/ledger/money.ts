import { Prisma } from '../../generated/prisma/client.js';
import { currencyScale, type Problems } from '../../platform/index.js';

export const Decimal = Prisma.Decimal;
export type Decimal = Prisma.Decimal;

/** Amounts arrive as strings (from GraphQL) or decimals (from other domains); never as floats. */
export type Amount = string | Prisma.Decimal;

const ZERO = new Prisma.Decimal(0);
export const zero = (): Decimal => ZERO;

/** Parses an amount; records INVALID_AMOUNT and returns undefined for anything that is not a finite decimal. */
export function parseAmount(problems: Problems, field: string, value: Amount | null | undefined): Decimal | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  try {
    const amount = new Prisma.Decimal(value);
    if (!amount.isFinite()) throw new Error('not finite');
    if (amount.abs().greaterThanOrEqualTo('1e15')) {
      problems.add('OUT_OF_RANGE', `${field} is too large`, field);
      return undefined;
    }
    return amount;
  } catch {
    problems.add('INVALID_AMOUNT', `${field} "${String(value)}" is not a decimal number`, field);
    return undefined;
  }
}

export function checkScale(problems: Problems, field: string, amount: Decimal, currency: string): boolean {
  const scale = currencyScale(currency);
  if (amount.decimalPlaces() > scale) {
    problems.add('INVALID_SCALE', `${field} has more than ${scale} decimal places for ${currency}`, field);
    return false;
  }
  return true;
}

/** Base-currency amounts computed from a rate round half-up to the currency's minor unit. */
export function roundTo(amount: Decimal, currency: string): Decimal {
  return amount.toDecimalPlaces(currencyScale(currency), Prisma.Decimal.ROUND_HALF_UP);
}

export function minorUnit(currency: string): Decimal {
  return new Prisma.Decimal(1).dividedBy(new Prisma.Decimal(10).pow(currencyScale(currency)));
}

/** Money as a string with exactly the currency's decimals: PostgreSQL returns 1.10 as 1.1. */
export function formatMoney(amount: Decimal | string | number | null | undefined, currency: string): string {
  return new Prisma.Decimal(amount ?? 0).toFixed(currencyScale(currency));
}
