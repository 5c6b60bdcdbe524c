import { Prisma } from '../../generated/prisma/client.js';

type Decimal = Prisma.Decimal;
const zero = new Prisma.Decimal(0);

export type LotSizeRule = 'LOT_FOR_LOT' | 'FIXED_QUANTITY' | 'MULTIPLE_OF' | 'MINIMUM_QUANTITY';

export interface PlanningParameters {
  reorderPoint: Decimal;
  minOrderQuantity: Decimal;
  orderMultiple: Decimal;
  lotSizeRule: LotSizeRule;
  lotSizeQuantity: Decimal | null;
}

function roundUpTo(quantity: Decimal, step: Decimal): Decimal {
  return step.greaterThan(0) ? quantity.dividedBy(step).ceil().times(step) : quantity;
}

/**
 * How much to order when available plus incoming is below the reorder point, or zero when it is not.
 * The need is what brings the projected quantity back to the reorder point; the lot-size rule shapes
 * it (LOT_FOR_LOT: the need; FIXED_QUANTITY: whole lots of the lot size; MULTIPLE_OF: rounded up to a
 * multiple; MINIMUM_QUANTITY: at least the lot size); then the product's minimum order quantity and
 * order multiple apply.
 */
export function quantityToOrder(parameters: PlanningParameters, available: Decimal, incoming: Decimal): Decimal {
  const need = parameters.reorderPoint.minus(available).minus(incoming);
  if (need.lessThanOrEqualTo(0)) return zero;
  const lot = parameters.lotSizeQuantity ?? zero;
  let quantity = need;
  switch (parameters.lotSizeRule) {
    case 'FIXED_QUANTITY':
    case 'MULTIPLE_OF':
      quantity = roundUpTo(need, lot);
      break;
    case 'MINIMUM_QUANTITY':
      quantity = Prisma.Decimal.max(need, lot);
      break;
    case 'LOT_FOR_LOT':
      break;
  }
  quantity = Prisma.Decimal.max(quantity, parameters.minOrderQuantity);
  return roundUpTo(quantity, parameters.orderMultiple);
}
