import { Prisma } from '../../generated/prisma/client.js';

type Decimal = Prisma.Decimal;
// Exact intermediate arithmetic: quantity x unit cost and value x quantity / quantity need more than Decimal's 20 digits.
const Exact = Prisma.Decimal.clone({ precision: 80 });

function roundHalfUp(value: InstanceType<typeof Exact>, scale: number): Decimal {
  return new Prisma.Decimal(value.toFixed(scale, Exact.ROUND_HALF_UP));
}

/** A bill line's subtotal in the base currency at the bill date's rate, rounded as the ledger converts a foreign line. */
export function billedBase(subtotal: Decimal, rate: Decimal, baseScale: number): Decimal {
  return roundHalfUp(new Exact(subtotal.toFixed()).times(rate.toFixed()), baseScale);
}

export interface ClearingState {
  /** Sum of the line's receipt move values. */
  receivedValue: Decimal;
  /** Value already cleared by the line's bills. */
  clearedValue: Decimal;
  quantityReceived: Decimal;
  quantityBilled: Decimal;
}

/**
 * The value billing `quantity` of a line takes off goods received not invoiced: the uncleared value's
 * share for the quantity, (received value - cleared value) x quantity / (received - billed) rounded
 * half-up, and exactly the remainder when the quantity is all that is received and not billed, so a
 * fully billed line clears exactly what its receipts credited.
 */
export function clearingValue(state: ClearingState, quantity: Decimal, baseScale: number): Decimal {
  const open = state.quantityReceived.minus(state.quantityBilled);
  const uncleared = state.receivedValue.minus(state.clearedValue);
  if (quantity.equals(open)) return uncleared;
  const share = new Exact(uncleared.toFixed()).times(quantity.toFixed()).dividedBy(open.toFixed());
  return roundHalfUp(share, baseScale);
}

export type MatchStatus =
  'NOT_RECEIVED' | 'PARTIALLY_RECEIVED' | 'RECEIVED_NOT_BILLED' | 'PARTIALLY_BILLED' | 'FULLY_BILLED';

/**
 * A purchase order line's three-way match: nothing received; partly received and nothing billed;
 * fully received and nothing billed; something billed but not all that was ordered and received;
 * everything ordered received and everything received billed.
 */
export function matchStatus(ordered: Decimal, received: Decimal, billed: Decimal): MatchStatus {
  if (billed.isZero()) {
    if (received.isZero()) return 'NOT_RECEIVED';
    return received.lessThan(ordered) ? 'PARTIALLY_RECEIVED' : 'RECEIVED_NOT_BILLED';
  }
  return received.greaterThanOrEqualTo(ordered) && billed.greaterThanOrEqualTo(received)
    ? 'FULLY_BILLED'
    : 'PARTIALLY_BILLED';
}
