import { Prisma } from '../generated/prisma/client.js';
import type { Problems } from './errors.js';

/** Parses a non-negative decimal (a string from GraphQL or a Decimal), recording a problem on its field. */
export function parseDecimal(
  problems: Problems,
  field: string,
  value: string | Prisma.Decimal | null | undefined,
  options: { scale: number; required?: boolean; positive?: boolean },
): Prisma.Decimal | undefined {
  if (value === undefined || value === null || value === '') {
    if (options.required) problems.add('REQUIRED', `${field} is required`, field);
    return undefined;
  }
  let parsed: Prisma.Decimal;
  try {
    parsed = new Prisma.Decimal(value);
    if (!parsed.isFinite()) throw new Error('not finite');
  } catch {
    problems.add('INVALID_AMOUNT', `${field} "${String(value)}" is not a decimal number`, field);
    return undefined;
  }
  if (parsed.isNegative() || (options.positive && parsed.isZero()) || parsed.abs().greaterThanOrEqualTo('1e15')) {
    problems.add('INVALID_AMOUNT', `${field} must be ${options.positive ? 'above zero' : 'zero or more'} and below 10^15`, field);
    return undefined;
  }
  if (parsed.decimalPlaces() > options.scale) {
    problems.add('INVALID_SCALE', `${field} has more than ${options.scale} decimal places`, field);
    return undefined;
  }
  return parsed;
}
