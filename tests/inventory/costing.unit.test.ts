import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { movingAverage } from '../../src/domain/inventory/index.js';

const d = (value: string) => new Prisma.Decimal(value);
const avg = (onHand: string, average: string, quantity: string, cost: string) => movingAverage(d(onHand), d(average), d(quantity), d(cost)).toFixed();

describe('movingAverage', () => {
  it('takes the receipt cost when nothing is on hand', () => {
    expect(avg('0', '0', '10', '5')).toBe('5');
    expect(avg('0', '7.5', '3', '4.25')).toBe('4.25');
  });

  it('weights the old average by on hand and the receipt by its quantity', () => {
    // (10 × 5 + 10 × 7) / 20 = 6
    expect(avg('10', '5', '10', '7')).toBe('6');
    // (13 × 6 + 4 × 9) / 17 = 114 / 17 = 6.70588235… → 6.705882
    expect(avg('13', '6', '4', '9')).toBe('6.705882');
    // (2 × 1 + 1 × 2) / 3 = 1.3333333… → 1.333333; 2/3 rounds half up to 0.666667
    expect(avg('2', '1', '1', '2')).toBe('1.333333');
    expect(avg('1', '0', '2', '1')).toBe('0.666667');
  });

  it('ignores the value of negative stock: the receipt cost becomes the average', () => {
    expect(avg('-5', '10', '8', '3')).toBe('3');
  });

  it('stays exact for large quantities and costs with many decimals', () => {
    // (99999999.9999 × 123456.123456 + 0.0001 × 0.000001) / 100000000
    expect(avg('99999999.9999', '123456.123456', '0.0001', '0.000001')).toBe('123456.123456');
  });
});
