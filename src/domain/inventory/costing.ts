import { Prisma } from '../../generated/prisma/client.js';
import { COST_SCALE } from './numbers.js';

type Decimal = Prisma.Decimal;

// Exact intermediate arithmetic (Prisma's Decimal keeps 20 significant digits), rounded once at the end.
const Exact = Prisma.Decimal.clone({ precision: 80 });

const exact = (value: Decimal | string | number) => new Exact(typeof value === 'object' ? value.toFixed() : value);

/** An exact amount rounded half-up to `scale` decimals (the base currency's minor unit for values). */
function rounded(value: InstanceType<typeof Exact>, scale: number): Decimal {
  return new Prisma.Decimal(value.toFixed(scale, Exact.ROUND_HALF_UP));
}

/** A move's value from its quantity and unit cost: round_half_up(quantity × unitCost, scale). */
export function valueOf(quantity: Decimal, unitCost: Decimal, scale: number): Decimal {
  return rounded(exact(quantity).times(exact(unitCost)), scale);
}

/**
 * The part of a value that goes with `quantity` out of `total` units: round_half_up(value × quantity / total).
 * Taking all (or more than all) of the units takes exactly the value, so repeated shares leave no residue.
 */
export function shareOf(value: Decimal, total: Decimal, quantity: Decimal, scale: number): Decimal {
  if (quantity.greaterThanOrEqualTo(total)) return new Prisma.Decimal(value);
  return rounded(exact(value).times(exact(quantity)).dividedBy(exact(total)), scale);
}

/**
 * The value a moving-average product's outgoing move of `quantity` takes from its stock value:
 * its share of the value while stock covers it; all of the value when it takes all on hand; units
 * beyond on hand (negative stock) at the last average cost.
 */
export function movingAverageOut(
  stockValue: Decimal,
  onHand: Decimal,
  averageCost: Decimal,
  quantity: Decimal,
  scale: number,
): Decimal {
  if (onHand.lessThanOrEqualTo(0)) return valueOf(quantity, averageCost, scale);
  if (quantity.lessThanOrEqualTo(onHand)) return shareOf(stockValue, onHand, quantity, scale);
  return stockValue.plus(valueOf(quantity.minus(onHand), averageCost, scale));
}

/** Value per unit at the cost scale (6 decimals), half-up; null when there are no units. */
export function perUnit(value: Decimal, quantity: Decimal): Decimal | null {
  if (quantity.isZero()) return null;
  return rounded(exact(value).dividedBy(exact(quantity)), COST_SCALE);
}
