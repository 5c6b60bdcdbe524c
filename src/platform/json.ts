import { Prisma } from '../generated/prisma/client.js';

/**
 * Converts a value into JSON for a Json column (idempotency results) or, as text, for audit and event payloads:
 * decimals become strings (never floats), dates ISO strings.
 */
export function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  const text = toJsonText(value);
  return text === null ? Prisma.DbNull : (JSON.parse(text) as Prisma.InputJsonValue);
}

/** The same conversion as JSON text, for raw SQL; null for none. */
export function toJsonText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (_key, inner) => (Prisma.Decimal.isDecimal(inner) ? inner.toString() : inner));
}
