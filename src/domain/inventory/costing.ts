import { Prisma } from '../../generated/prisma/client.js';
import { COST_SCALE } from './numbers.js';

type Decimal = Prisma.Decimal;

// Exact intermediate arithmetic (Prisma's Decimal keeps 20 significant digits), rounded once at the end.
const Exact = Prisma.Decimal.clone({ precision: 80 });

/**
 * Moving-average cost after a receipt: (on hand × average + quantity × cost) / (on hand + quantity),
 * rounded half-up to 6 decimals. With nothing (or less than nothing) on hand before, the receipt's cost
 * becomes the average: value carried by negative stock is not averaged in.
 */
export function movingAverage(onHand: Decimal, average: Decimal, quantity: Decimal, unitCost: Decimal): Decimal {
  if (onHand.lessThanOrEqualTo(0)) return new Prisma.Decimal(unitCost.toFixed(COST_SCALE, Prisma.Decimal.ROUND_HALF_UP));
  const value = new Exact(onHand.toFixed()).times(average.toFixed()).plus(new Exact(quantity.toFixed()).times(unitCost.toFixed()));
  const total = new Exact(onHand.toFixed()).plus(quantity.toFixed());
  return new Prisma.Decimal(value.dividedBy(total).toFixed(COST_SCALE, Exact.ROUND_HALF_UP));
}
