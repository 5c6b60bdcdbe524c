import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { currencyScale, isCurrencyCode } from '../../src/platform/currency.js';
import { fingerprint } from '../../src/platform/idempotency.js';
import { decodeGlobalId, encodeGlobalId } from '../../src/schema/global-id.js';
import { orderByWithTiebreaker } from '../../src/schema/ordering.js';

describe('idempotency fingerprint', () => {
  it('ignores key order and the idempotency key itself, but not values', () => {
    const a = fingerprint({ name: 'A', tags: ['x'], idempotencyKey: 'k1', address: { city: 'B', line1: 'C' } });
    const b = fingerprint({ address: { line1: 'C', city: 'B' }, tags: ['x'], name: 'A', idempotencyKey: 'k2' });
    expect(a).toBe(b);
    expect(fingerprint({ name: 'A', tags: ['x'] })).not.toBe(fingerprint({ name: 'A', tags: ['y'] }));
    expect(fingerprint({ amount: new Prisma.Decimal('1.50') })).toBe(
      fingerprint({ amount: new Prisma.Decimal('1.5') }),
    );
    expect(fingerprint({ amount: new Prisma.Decimal('1.50') })).not.toBe(
      fingerprint({ amount: new Prisma.Decimal('1.51') }),
    );
  });
});

describe('currencies', () => {
  it('knows ISO 4217 codes and their minor units', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('XYZ')).toBe(false);
    expect(currencyScale('EUR')).toBe(2);
    expect(currencyScale('JPY')).toBe(0);
    expect(currencyScale('KWD')).toBe(3);
  });
});

describe('global IDs', () => {
  it('round-trip and refuse malformed input', () => {
    const id = encodeGlobalId('Customer', '0b6f1f4e-3c1a-4d2a-9a43-6c1f0d2b9e11');
    expect(decodeGlobalId(id)).toEqual({ typename: 'Customer', id: '0b6f1f4e-3c1a-4d2a-9a43-6c1f0d2b9e11' });
    expect(() => decodeGlobalId('garbage')).toThrow(/not a valid ID/);
    expect(() => decodeGlobalId(encodeGlobalId('Customer', '1; drop table'))).toThrow(/not a valid ID/);
  });
});

describe('ordering', () => {
  it('always ends with the id tiebreaker', () => {
    const columns = { NAME: 'name', CODE: 'code' } as const;
    expect(orderByWithTiebreaker([{ field: 'NAME', direction: 'DESC' }], columns, [{ code: 'asc' }])).toEqual([
      { name: 'desc' },
      { id: 'asc' },
    ]);
    expect(orderByWithTiebreaker(undefined, columns, [{ code: 'asc' }])).toEqual([{ code: 'asc' }, { id: 'asc' }]);
  });
});
