import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { lineFigures } from '../../src/domain/ledger/index.js';
import {
  NO_TAX,
  convertListPrice,
  effectiveQuoteStatus,
  isWithin,
  pickQuantityBreak,
  priceSalesLines,
  quoteStatusWhere,
  type LineTax,
} from '../../src/domain/sales/index.js';

const d = (value: string) => new Prisma.Decimal(value);
const day = (value: string) => new Date(`${value}T00:00:00Z`);
const tax = (percent: string, priceIncludesTax: boolean): LineTax => ({
  taxRateId: 'rate',
  percent: d(percent),
  priceIncludesTax,
});
const figures = (quantity: string, unitPrice: string, discount: string, lineTax: LineTax, currency = 'EUR') => {
  const [line] = priceSalesLines(
    [{ quantity: d(quantity), unitPrice: d(unitPrice), discountPercent: d(discount), tax: lineTax }],
    currency,
  ).lines;
  return Object.fromEntries(Object.entries(line!).map(([key, value]) => [key, value.toFixed(2)]));
};

describe('quantity breaks', () => {
  const items = [
    { minQuantity: d('0'), unitPrice: '10.00' },
    { minQuantity: d('10'), unitPrice: '9.00' },
    { minQuantity: d('50'), unitPrice: '8.00' },
  ];
  it('takes the largest minimum quantity the quantity reaches, at and just below each boundary', () => {
    expect(pickQuantityBreak(items, d('9.9999'))?.unitPrice).toBe('10.00');
    expect(pickQuantityBreak(items, d('10'))?.unitPrice).toBe('9.00');
    expect(pickQuantityBreak(items, d('49.9999'))?.unitPrice).toBe('9.00');
    expect(pickQuantityBreak(items, d('50'))?.unitPrice).toBe('8.00');
    expect(pickQuantityBreak(items, d('1000'))?.unitPrice).toBe('8.00');
  });
  it('finds nothing below the smallest break or in an empty list', () => {
    expect(pickQuantityBreak([{ minQuantity: d('5') }], d('4.9'))).toBeUndefined();
    expect(pickQuantityBreak([], d('1'))).toBeUndefined();
  });
});

describe('list price conversion', () => {
  it('divides the base price by the rate (base units per foreign unit) and rounds half-up to the currency', () => {
    // 100 EUR at 0.90 EUR per USD = 111.1111... USD -> 111.11
    expect(convertListPrice(d('100'), d('0.9'), 'USD').toFixed()).toBe('111.11');
    // 10.01 / 2 = 5.005 -> 5.01 (half-up, not banker's 5.00)
    expect(convertListPrice(d('10.01'), d('2'), 'USD').toFixed()).toBe('5.01');
    // 1000 EUR at 0.0062 EUR per JPY = 161290.32... JPY -> 161290 (no minor unit)
    expect(convertListPrice(d('1000'), d('0.0062'), 'JPY').toFixed()).toBe('161290');
  });
});

describe('sales line figures', () => {
  it('adds tax to a tax-excluded price after the discount', () => {
    // gross 3 x 19.99 = 59.97; discount 10% = 5.997 -> 6.00; net 53.97; tax 19% = 10.2543 -> 10.25; total 64.22
    expect(figures('3', '19.99', '10', tax('19', false))).toEqual({
      gross: '59.97',
      discount: '6.00',
      subtotal: '53.97',
      tax: '10.25',
      total: '64.22',
    });
  });
  it('rounds half-up at .005', () => {
    // gross 1 x 0.105 = 0.105 -> 0.11
    expect(figures('1', '0.105', '0', NO_TAX).gross).toBe('0.11');
    // net 10.50 x 19% = 1.995 -> 2.00; total 12.50
    expect(figures('1', '10.50', '0', tax('19', false))).toEqual({
      gross: '10.50',
      discount: '0.00',
      subtotal: '10.50',
      tax: '2.00',
      total: '12.50',
    });
    // included at 100%: 12.35 x 100 / 200 = 6.175 -> tax 6.18; net 12.35 - 6.18 = 6.17
    expect(figures('1', '12.35', '0', tax('100', true))).toEqual({
      gross: '12.35',
      discount: '0.00',
      subtotal: '6.17',
      tax: '6.18',
      total: '12.35',
    });
  });
  it('takes the tax out of a tax-included price, so the customer pays exactly the shown gross', () => {
    // 119.00 incl. 19%: tax = 119 x 19 / 119 = 19.00; net 100.00; total 119.00
    expect(figures('1', '119', '0', tax('19', true))).toEqual({
      gross: '119.00',
      discount: '0.00',
      subtotal: '100.00',
      tax: '19.00',
      total: '119.00',
    });
    // 2 x 10.00 = 20.00; 5% off = 1.00; pays 19.00; tax 19 x 7 / 107 = 1.24299 -> 1.24; net 17.76
    expect(figures('2', '10', '5', tax('7', true))).toEqual({
      gross: '20.00',
      discount: '1.00',
      subtotal: '17.76',
      tax: '1.24',
      total: '19.00',
    });
  });
  it('charges no tax without a rate (an exempt customer), whatever the price basis', () => {
    expect(figures('4', '2.50', '0', NO_TAX)).toEqual({
      gross: '10.00',
      discount: '0.00',
      subtotal: '10.00',
      tax: '0.00',
      total: '10.00',
    });
  });
  it('sums the rounded lines into the document totals', () => {
    const { totals } = priceSalesLines(
      [
        { quantity: d('3'), unitPrice: d('19.99'), discountPercent: d('10'), tax: tax('19', false) },
        { quantity: d('1'), unitPrice: d('119'), discountPercent: d('0'), tax: tax('19', true) },
      ],
      'EUR',
    );
    // subtotal 53.97 + 100.00; discount 6.00 + 0; tax 10.25 + 19.00; total 64.22 + 119.00
    expect([totals.subtotal, totals.discountTotal, totals.taxTotal, totals.total].map((v) => v.toFixed(2))).toEqual([
      '153.97',
      '6.00',
      '29.25',
      '183.22',
    ]);
  });
  it('keeps the ledger default (tax excluded) for invoices', () => {
    expect(lineFigures(d('1'), d('100'), d('0'), d('19'), 'EUR').total.toFixed(2)).toBe('119.00');
    expect(lineFigures(d('1'), d('119'), d('0'), d('19'), 'EUR', { taxIncluded: true }).subtotal.toFixed(2)).toBe(
      '100.00',
    );
  });
});

describe('validity and quote expiry', () => {
  it('treats validity ranges as inclusive and open-ended when a bound is missing', () => {
    expect(isWithin(day('2026-03-01'), day('2026-03-01'), day('2026-03-31'))).toBe(true);
    expect(isWithin(day('2026-03-31'), day('2026-03-01'), day('2026-03-31'))).toBe(true);
    expect(isWithin(day('2026-04-01'), day('2026-03-01'), day('2026-03-31'))).toBe(false);
    expect(isWithin(day('2020-01-01'), null, null)).toBe(true);
  });
  it('sees a sent quote as expired from the day after its valid-until date', () => {
    expect(effectiveQuoteStatus('SENT', day('2026-01-10'), day('2026-01-10'))).toBe('SENT');
    expect(effectiveQuoteStatus('SENT', day('2026-01-10'), day('2026-01-11'))).toBe('EXPIRED');
    expect(effectiveQuoteStatus('DRAFT', day('2026-01-10'), day('2026-02-01'))).toBe('DRAFT');
    expect(effectiveQuoteStatus('ACCEPTED', day('2026-01-10'), day('2026-02-01'))).toBe('ACCEPTED');
  });
  it('filters on the same rule', () => {
    const today = day('2026-01-11');
    expect(quoteStatusWhere(['EXPIRED'], today)).toEqual({ status: 'SENT', validUntil: { lt: today } });
    expect(quoteStatusWhere(['SENT', 'DRAFT'], today)).toEqual({
      OR: [{ status: 'SENT', validUntil: { gte: today } }, { status: 'DRAFT' }],
    });
  });
});
