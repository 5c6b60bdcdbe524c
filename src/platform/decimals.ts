import { Prisma } from '../generated/prisma/client.js';
import type { Problems } from './errors.js';

type Decimal = Prisma.Decimal;

/** The shape of a DECIMAL(precision, scale) column: it holds precision - scale digits before the point. */
export interface DecimalColumn {
  readonly precision: number;
  readonly scale: number;
}

// The column kinds of prisma/schema/*.prisma. A value that does not fit its column makes PostgreSQL
// fail the statement with "numeric field overflow" (22003); inputs and computed figures are checked
// against these first so the caller gets OUT_OF_RANGE on the field at fault.
/** Money amounts, line and document totals, values and balances: DECIMAL(20,4), below 10^16. */
export const MONEY: DecimalColumn = { precision: 20, scale: 4 };
/** Quantities, on hand and reserved stock: DECIMAL(20,4), below 10^16. */
export const QUANTITY: DecimalColumn = { precision: 20, scale: 4 };
/** Unit prices and unit costs: DECIMAL(20,6), below 10^14. */
export const UNIT_PRICE: DecimalColumn = { precision: 20, scale: 6 };
/** Exchange rates: DECIMAL(20,10), below 10^10. */
export const RATE: DecimalColumn = { precision: 20, scale: 10 };
/** Tax and discount percentages: DECIMAL(7,4), below 1000 (the rules allow 0 to 100). */
export const PERCENT: DecimalColumn = { precision: 7, scale: 4 };
/** Leave days: DECIMAL(6,1), below 10^5. */
export const DAYS: DecimalColumn = { precision: 6, scale: 1 };

/** The smallest magnitude the column cannot hold: 10^(precision - scale). */
export function columnLimit(column: DecimalColumn): Decimal {
  return new Prisma.Decimal(10).pow(column.precision - column.scale);
}

/** Whether the value, rounded to the column's scale as PostgreSQL rounds it on write, fits the column. */
export function fitsColumn(value: Decimal, column: DecimalColumn): boolean {
  if (!value.isFinite()) return false;
  return value.abs().toDecimalPlaces(column.scale, Prisma.Decimal.ROUND_HALF_UP).lessThan(columnLimit(column));
}

/** Records OUT_OF_RANGE on the field when the value would not fit its column; returns whether it fits. */
export function checkFits(
  problems: Problems,
  field: string,
  value: Decimal | null | undefined,
  column: DecimalColumn,
  what?: string,
): boolean {
  if (value === undefined || value === null || fitsColumn(value, column)) return true;
  const digits = column.precision - column.scale;
  problems.add(
    'OUT_OF_RANGE',
    `${what ?? field} is too large to store: at most ${digits} digits before the decimal point`,
    field,
  );
  return false;
}

/** Inputs stay below 10^15 even where their column holds more: a single figure past that is a typo, not a business value. */
const MAX_INPUT = new Prisma.Decimal('1e15');

/** Parses a non-negative decimal (a string from GraphQL or a Decimal), recording a problem on its field. */
export function parseDecimal(
  problems: Problems,
  field: string,
  value: string | Prisma.Decimal | null | undefined,
  options: { scale: number; required?: boolean; positive?: boolean; column?: DecimalColumn },
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
  if (parsed.isNegative() || (options.positive && parsed.isZero())) {
    problems.add('INVALID_AMOUNT', `${field} must be ${options.positive ? 'above zero' : 'zero or more'}`, field);
    return undefined;
  }
  if (parsed.decimalPlaces() > options.scale) {
    problems.add('INVALID_SCALE', `${field} has more than ${options.scale} decimal places`, field);
    return undefined;
  }
  // The column defaults to the usual DECIMAL(20, scale): quantities (4) and unit prices (6).
  const column = options.column ?? { precision: 20, scale: options.scale };
  if (parsed.greaterThanOrEqualTo(MAX_INPUT)) {
    problems.add('OUT_OF_RANGE', `${field} must be below 10^15`, field);
    return undefined;
  }
  if (!checkFits(problems, field, parsed, column)) return undefined;
  return parsed;
}
