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

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput(`DateTime must be an ISO 8601 string such as "2026-01-31T09:30:00Z", got ${JSON.stringify(value)}`);
  }
  return new Date(value);
}

builder.scalarType('DateTime', {
  description: 'A point in time, ISO 8601 with offset (for example "2026-01-31T09:30:00.000Z"); always UTC on output.',
  serialize: (value) => (value instanceof Date ? value : new Date(value)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literalString(ast, 'DateTime')),
});

function parseDate(value: unknown): string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.getUTCDate() !== Number(match[3])) {
    throw badInput(`Date must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  }
  return value as string;
}

builder.scalarType('Date', {
  description: 'A calendar date without time zone, "YYYY-MM-DD"; used for business dates such as posting and due dates.',
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
      description: 'The amount, formatted to the currency\'s number of decimal places (for example "100.00" EUR, "100" JPY).',
      resolve: (money) => money.amount.toFixed(currencyScale(money.currency)),
    }),
    currency: t.field({ type: 'CurrencyCode', description: 'Currency of the amount.', resolve: (money) => money.currency }),
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
