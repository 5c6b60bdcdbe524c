import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { Prisma } from '../generated/prisma/client.js';
import { currencyScale } from '../platform/currency.js';
import { builder } from './builder.js';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return ast.value;
  throw badInput(`${scalar} must be given as a string`);
}

function parseDecimal(value: unknown): Prisma.Decimal {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text.trim())) {
    throw badInput(`Decimal must be a string such as "1234.50", got ${JSON.stringify(value)}`);
  }
  return new Prisma.Decimal(text.trim());
}

builder.scalarType('Decimal', {
  description:
    'Exact decimal number, serialised as a string ("1234.50") so no precision is lost. Used for money and quantities. Inputs also accept JSON numbers without exponent.',
  serialize: (value) => (Prisma.Decimal.isDecimal(value) ? (value as Prisma.Decimal).toFixed() : String(value)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(literalString(ast, 'Decimal')),
});

// RFC 3339: date, time to the second (fractions optional), and a Z or ±hh:mm offset. Date.parse alone
// rolls 2026-02-31 over to March 3, reads T24:00 as the next day and takes a missing offset as local time.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/i;

function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  const [hour, minute, second, offsetHours, offsetMinutes] = match
    ? [match[4], match[5], match[6] ?? '0', match[9] ?? '0', match[10] ?? '0'].map(Number)
    : [];
  const instant = match ? new Date(value as string) : null;
  if (
    !match ||
    !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offsetHours > 23 ||
    offsetMinutes > 59 ||
    !instant ||
    Number.isNaN(instant.getTime()) ||
    instant.getUTCFullYear() < 1 ||
    instant.getUTCFullYear() > 9999
  ) {
    throw badInput(
      `DateTime must be an ISO 8601 date and time with offset such as "2026-01-31T09:30:00Z", got ${JSON.stringify(value)}`,
    );
  }
  return instant;
}

builder.scalarType('DateTime', {
  description: 'A point in time, ISO 8601 with offset (for example "2026-01-31T09:30:00.000Z"); always UTC on output.',
  serialize: (value) => (value instanceof Date ? value : new Date(value)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literalString(ast, 'DateTime')),
});

/** Year 0001 to 9999 (PostgreSQL has no year 0) and a day that exists in its month. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  // Date.UTC would read years 0-99 as 1900-1999; setUTCFullYear takes the year as given.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseDate(value: unknown): string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw badInput(
      `Date must be a calendar date "YYYY-MM-DD" from 0001-01-01 to 9999-12-31, got ${JSON.stringify(value)}`,
    );
  }
  return value as string;
}

builder.scalarType('Date', {
  description:
    'A calendar date without time zone, "YYYY-MM-DD"; used for business dates such as posting and due dates.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literalString(ast, 'Date')),
});

builder.scalarType('CurrencyCode', {
  description: 'ISO 4217 three-letter currency code, for example "EUR".',
  serialize: (value) => String(value),
  parseValue: (value) => String(value).toUpperCase(),
  parseLiteral: (ast) => literalString(ast, 'CurrencyCode').toUpperCase(),
});

export interface MoneyValue {
  amount: Prisma.Decimal;
  currency: string;
}

export const Money = builder.objectRef<MoneyValue>('Money').implement({
  description: 'An amount of money in a currency.',
  fields: (t) => ({
    amount: t.field({
      type: 'Decimal',
      description:
        'The amount, formatted to the currency\'s number of decimal places (for example "100.00" EUR, "100" JPY).',
      resolve: (money) => money.amount.toFixed(currencyScale(money.currency)),
    }),
    currency: t.field({
      type: 'CurrencyCode',
      description: 'Currency of the amount.',
      resolve: (money) => money.currency,
    }),
  }),
});

export function money(amount: Prisma.Decimal | null | undefined, currency: string): MoneyValue | null {
  return amount === null || amount === undefined ? null : { amount: new Prisma.Decimal(amount), currency };
}

builder.scalarType('JSON', {
  description: 'Arbitrary JSON value (used for audit snapshots and event payloads).',
  serialize: (value) => value,
  parseValue: (value) => value,
});
