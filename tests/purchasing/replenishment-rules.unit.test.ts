import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { quantityToOrder, type PlanningParameters } from '../../src/domain/purchasing/replenishment-rules.js';

const d = (value: string) => new Prisma.Decimal(value);
const plan = (overrides: Partial<PlanningParameters> = {}): PlanningParameters => ({
  reorderPoint: d('100'),
  minOrderQuantity: d('0'),
  orderMultiple: d('0'),
  lotSizeRule: 'LOT_FOR_LOT',
  lotSizeQuantity: null,
  ...overrides,
});
const order = (parameters: PlanningParameters, available: string, incoming = '0') =>
  quantityToOrder(parameters, d(available), d(incoming)).toFixed();

describe('quantity to order', () => {
  it('orders nothing at or above the reorder point, counting incoming', () => {
    expect(order(plan(), '100')).toBe('0');
    expect(order(plan(), '60', '40')).toBe('0');
    expect(order(plan(), '60', '39.5')).toBe('0.5');
  });

  it('shapes the need by the lot-size rule', () => {
    // Need: 100 - 30 - 0 = 70.
    expect(order(plan(), '30')).toBe('70');
    expect(order(plan({ lotSizeRule: 'FIXED_QUANTITY', lotSizeQuantity: d('50') }), '30')).toBe('100');
    expect(order(plan({ lotSizeRule: 'MULTIPLE_OF', lotSizeQuantity: d('24') }), '30')).toBe('72');
    expect(order(plan({ lotSizeRule: 'MINIMUM_QUANTITY', lotSizeQuantity: d('80') }), '30')).toBe('80');
    expect(order(plan({ lotSizeRule: 'MINIMUM_QUANTITY', lotSizeQuantity: d('60') }), '30')).toBe('70');
  });

  it('then applies the minimum order quantity and the order multiple', () => {
    expect(order(plan({ minOrderQuantity: d('150') }), '30')).toBe('150');
    expect(order(plan({ orderMultiple: d('12') }), '30')).toBe('72');
    expect(order(plan({ minOrderQuantity: d('75'), orderMultiple: d('10') }), '30')).toBe('80');
    // Negative available (allowed for some products) raises the need.
    expect(order(plan(), '-5')).toBe('105');
  });
});
