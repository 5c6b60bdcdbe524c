import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { movingAverageOut, shareOf, valueOf } from '../../src/domain/inventory/index.js';

const d = (value: string) => new Prisma.Decimal(value);

describe('valueOf (a move value from quantity and unit cost)', () => {
  it('rounds quantity × unit cost half-up to the currency scale', () => {
    expect(valueOf(d('10'), d('5'), 2).toFixed(2)).toBe('50.00');
    // 3 × 0.335 = 1.005 → 1.01 (half-up, not banker's)
    expect(valueOf(d('3'), d('0.335'), 2).toFixed(2)).toBe('1.01');
    // 0.0001 × 0.000001 = 1e-10 → 0.00
    expect(valueOf(d('0.0001'), d('0.000001'), 2).toFixed(2)).toBe('0.00');
    // JPY has no decimals: 7 × 12.5 = 87.5 → 88
    expect(valueOf(d('7'), d('12.5'), 0).toFixed(0)).toBe('88');
    // large figures stay exact: 99999999.9999 × 123456.123456 = 12345612345600 − 12.3456123456 = 12345612345587.6543876544
    expect(valueOf(d('99999999.9999'), d('123456.123456'), 2).toFixed(2)).toBe('12345612345587.65');
  });
});

describe('shareOf (the value going with part of the units)', () => {
  it('takes value × part / total, and exactly the rest with the last units', () => {
    // 100.00 over 3 units: 33.33, 33.33 (of what is left: 66.67 × 1/2 = 33.335 → 33.34!), then the rest
    expect(shareOf(d('100'), d('3'), d('1'), 2).toFixed(2)).toBe('33.33');
    expect(shareOf(d('66.67'), d('2'), d('1'), 2).toFixed(2)).toBe('33.34');
    expect(shareOf(d('33.33'), d('1'), d('1'), 2).toFixed(2)).toBe('33.33');
    // taking more than there is (negative stock elsewhere) still takes exactly the value
    expect(shareOf(d('12.34'), d('2'), d('5'), 2).toFixed(2)).toBe('12.34');
  });
});

describe('movingAverageOut (the value a moving-average issue takes)', () => {
  it('takes its share while stock covers it, the whole value with the last unit', () => {
    // 20 on hand worth 120.00: 5 take 120 × 5 / 20 = 30.00
    expect(movingAverageOut(d('120'), d('20'), d('6'), d('5'), 2).toFixed(2)).toBe('30.00');
    // 3 on hand worth 10.00 (average 3.333333): 1 takes 3.33, all 3 take 10.00
    expect(movingAverageOut(d('10'), d('3'), d('3.333333'), d('1'), 2).toFixed(2)).toBe('3.33');
    expect(movingAverageOut(d('10'), d('3'), d('3.333333'), d('3'), 2).toFixed(2)).toBe('10.00');
  });

  it('values units beyond on hand (negative stock) at the last average cost', () => {
    // 2 on hand worth 9.00, 5 issued: 9.00 + 3 × 4.5 = 22.50
    expect(movingAverageOut(d('9'), d('2'), d('4.5'), d('5'), 2).toFixed(2)).toBe('22.50');
    // nothing on hand: 2 × 4.5 = 9.00
    expect(movingAverageOut(d('0'), d('0'), d('4.5'), d('2'), 2).toFixed(2)).toBe('9.00');
    expect(movingAverageOut(d('-9'), d('-2'), d('4.5'), d('1'), 2).toFixed(2)).toBe('4.50');
  });
});
