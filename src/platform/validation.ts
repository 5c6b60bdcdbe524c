import { Prisma } from '../generated/prisma/client.js';
import type { Problems } from './errors.js';
import { currencyScale, isCurrencyCode } from './currency.js';
import { MONEY, fitsColumn } from './decimals.js';

// Shared input checks. Each records a field error and returns the cleaned value (or undefined).

const EMAIL = /^[^\s@"(),:;<>[\\\]]+@[^\s@"(),:;<>[\\\]]+\.[A-Za-z]{2,}$/;

/** Trims; empty strings become null so "clear this field" has one spelling. */
export function cleanText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function checkLength(problems: Problems, field: string, value: string | null | undefined, max: number): void {
  if (value && value.length > max) problems.add('TOO_LONG', `${field} must be at most ${max} characters`, field);
}

export function checkRequired(problems: Problems, field: string, value: string | null | undefined): value is string {
  if (!value) {
    problems.add('REQUIRED', `${field} is required`, field);
    return false;
  }
  return true;
}

export function checkEmail(problems: Problems, field: string, value: string | null | undefined): void {
  if (value && (value.length > 254 || !EMAIL.test(value))) {
    problems.add('INVALID_EMAIL', `${field} "${value}" is not a valid email address`, field);
  }
}

export function checkUrl(problems: Problems, field: string, value: string | null | undefined): void {
  if (!value) return;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(value) ? value : `https://${value}`);
    if (!['http:', 'https:'].includes(url.protocol) || !url.hostname.includes('.'))
      throw new Error('not a web address');
  } catch {
    problems.add('INVALID_URL', `${field} "${value}" is not a valid web address`, field);
  }
}

export function checkCurrency(problems: Problems, field: string, value: string | null | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  const code = value.trim().toUpperCase();
  if (!isCurrencyCode(code)) {
    problems.add('INVALID_CURRENCY', `${field} "${value}" is not an ISO 4217 currency code`, field);
    return undefined;
  }
  return code;
}

/** Money must not carry more decimals than its currency has (the database would round silently), nor more digits than DECIMAL(20,4) holds. */
export function checkMoneyAmount(
  problems: Problems,
  field: string,
  amount: Prisma.Decimal | null | undefined,
  currency: string | undefined,
  options: { allowNegative?: boolean } = {},
): void {
  if (amount === undefined || amount === null) return;
  if (!options.allowNegative && amount.isNegative()) {
    problems.add('NEGATIVE_AMOUNT', `${field} must not be negative`, field);
  }
  if (currency && isCurrencyCode(currency) && amount.decimalPlaces() > currencyScale(currency)) {
    problems.add(
      'INVALID_SCALE',
      `${field} has more than ${currencyScale(currency)} decimal places for ${currency}`,
      field,
    );
  }
  if (!fitsColumn(amount, MONEY))
    problems.add('OUT_OF_RANGE', `${field} is too large to store: at most 16 digits before the decimal point`, field);
}

export function checkIntRange(
  problems: Problems,
  field: string,
  value: number | null | undefined,
  min: number,
  max: number,
): void {
  if (value === undefined || value === null) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.add('OUT_OF_RANGE', `${field} must be a whole number from ${min} to ${max}`, field);
  }
}
