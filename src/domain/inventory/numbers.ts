import { Prisma } from '../../generated/prisma/client.js';
import type { Problems } from '../../platform/index.js';

type Decimal = Prisma.Decimal;

/** Decimal places the database keeps: quantities DECIMAL(20,4), prices and costs DECIMAL(20,6). */
export const QUANTITY_SCALE = 4;
export const COST_SCALE = 6;

/**
 * Checks a decimal input: scale (the database would round silently), sign and size.
 * Returns the value when it is valid, undefined otherwise (with a problem recorded).
 */
export function checkDecimal(
  problems: Problems,
  field: string,
  value: Decimal | null | undefined,
  options: { scale: number; positive?: boolean },
): Decimal | undefined {
  if (value === undefined || value === null) return undefined;
  if (!value.isFinite()) {
    problems.add('INVALID_AMOUNT', `${field} is not a finite number`, field);
    return undefined;
  }
  if (value.decimalPlaces() > options.scale) {
    problems.add('INVALID_SCALE', `${field} has more than ${options.scale} decimal places`, field);
    return undefined;
  }
  if (options.positive ? value.lessThanOrEqualTo(0) : value.isNegative()) {
    problems.add('OUT_OF_RANGE', `${field} must be ${options.positive ? 'above zero' : 'zero or more'}`, field);
    return undefined;
  }
  if (value.abs().greaterThanOrEqualTo('1e14')) {
    problems.add('OUT_OF_RANGE', `${field} is too large`, field);
    return undefined;
  }
  return value;
}
