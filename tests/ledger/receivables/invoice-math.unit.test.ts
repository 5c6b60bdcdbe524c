import { describe, expect, it } from 'vitest';
import { Prisma } from '../../../src/generated/prisma/client.js';
import {
  agingBucket,
  baseShare,
  documentFigures,
  lineFigures,
  settlementState,
} from '../../../src/domain/ledger/receivables/invoice-math.js';

const d = (value: string) => new Prisma.Decimal(value);
const figures = (...values: Parameters<typeof lineFigures>) =>
  Object.fromEntries(Object.entries(lineFigures(...values)).map(([key, value]) => [key, value.toFixed()]));

describe('invoice arithmetic', () => {
  it('rounds each step half-up to the currency', () => {
    expect(figures(d('3'), d('3.333'), d('0'), d('10'), 'EUR')).toEqual({
      gross: '10',
      discount: '0',
      subtotal: '10',
      tax: '1',
      total: '11',
    });
    // 0.125 rounds up to 0.13, never to 0.12.
    expect(figures(d('1'), d('0.125'), d('0'), d('0'), 'EUR').gross).toBe('0.13');
    expect(figures(d('1'), d('10.05'), d('5'), d('19'), 'EUR')).toEqual({
      gross: '10.05',
      discount: '0.5',
      subtotal: '9.55',
      tax: '1.81',
      total: '11.36',
    });
    // Yen have no minor unit.
    expect(figures(d('3'), d('333.5'), d('0'), d('8'), 'JPY')).toEqual({
      gross: '1001',
      discount: '0',
      subtotal: '1001',
      tax: '80',
      total: '1081',
    });
  });

  it('keeps document totals equal to the sums of the rounded lines', () => {
    const lines = [
      lineFigures(d('1'), d('0.333'), d('0'), d('20'), 'EUR'),
      lineFigures(d('1'), d('0.333'), d('0'), d('20'), 'EUR'),
    ];
    const totals = documentFigures(lines);
    expect([totals.subtotal.toFixed(), totals.taxTotal.toFixed(), totals.total.toFixed()]).toEqual([
      '0.66',
      '0.14',
      '0.8',
    ]);
  });

  it('shares base values so a settled document keeps no stray cent', () => {
    // 100.00 USD booked at 90.01 EUR: a third at the document's rate, and the rest exactly on the last part.
    expect(baseShare(d('33.33'), d('100'), d('100'), d('90.01'), d('0'), 'EUR').toFixed()).toBe('30');
    expect(baseShare(d('66.67'), d('66.67'), d('100'), d('90.01'), d('30'), 'EUR').toFixed()).toBe('60.01');
    expect(baseShare(d('5'), d('10'), d('10'), d('10'), d('0'), 'EUR').toFixed()).toBe('5');
  });

  it('derives the settlement state from what is allocated', () => {
    expect(settlementState(d('10'), d('0'))).toBe('POSTED');
    expect(settlementState(d('10'), d('9.99'))).toBe('PARTIALLY_PAID');
    expect(settlementState(d('10'), d('10'))).toBe('PAID');
  });

  it('buckets days past due at the boundaries', () => {
    expect([-5, 0, 1, 30, 31, 60, 61, 90, 91].map(agingBucket)).toEqual([
      'CURRENT',
      'CURRENT',
      'DAYS_1_30',
      'DAYS_1_30',
      'DAYS_31_60',
      'DAYS_31_60',
      'DAYS_61_90',
      'DAYS_61_90',
      'OVER_90',
    ]);
  });
});
