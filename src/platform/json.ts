import { Prisma } from '../generated/prisma/client.js';

/**
 * Converts a row snapshot into a JSON value for audit and event payloads:
 * decimals become strings (never floats), dates ISO strings.
 */
export function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  return JSON.parse(
    JSON.stringify(value, (_key, inner) => (Prisma.Decimal.isDecimal(inner) ? inner.toString() : inner)),
  ) as Prisma.InputJsonValue;
}

/** The same conversion as `toJson`, as JSON text for raw SQL; null for none. */
export function toJsonText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (_key, inner) => (Prisma.Decimal.isDecimal(inner) ? inner.toString() : inner));
}
