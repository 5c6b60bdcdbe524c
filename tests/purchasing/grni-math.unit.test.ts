import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { billedBase, clearingValue, matchStatus } from '../../src/domain/purchasing/grni-math.js';

const d = (value: string) => new Prisma.Decimal(value);

describe('GRNI arithmetic', () => {
  it('converts a bill line at the bill rate the way the ledger converts a foreign line', () => {
    expect(billedBase(d('22.50'), d('0.93'), 2).toFixed()).toBe('20.93');
    expect(billedBase(d('74.07'), d('0.92'), 2).toFixed()).toBe('68.14');
  });

  it('clears the uncleared value pro rata, and exactly the remainder for the last received units', () => {
    const state = { receivedValue: d('28.13'), clearedValue: d('0'), quantityReceived: d('4'), quantityBilled: d('0') };
    expect(clearingValue(state, d('1'), 2).toFixed()).toBe('7.03');
    expect(clearingValue({ ...state, clearedValue: d('7.03'), quantityBilled: d('1') }, d('3'), 2).toFixed()).toBe(
      '21.1',
    );
    // Three bills of a third: 0.33 + 0.34 (0.67 x 1/2 = 0.335 half-up) + the remainder 0.33 = 1.00 exactly.
    const third = { receivedValue: d('1.00'), clearedValue: d('0'), quantityReceived: d('3'), quantityBilled: d('0') };
    expect(clearingValue(third, d('1'), 2).toFixed()).toBe('0.33');
    expect(clearingValue({ ...third, clearedValue: d('0.33'), quantityBilled: d('1') }, d('1'), 2).toFixed()).toBe(
      '0.34',
    );
    expect(clearingValue({ ...third, clearedValue: d('0.67'), quantityBilled: d('2') }, d('1'), 2).toFixed()).toBe(
      '0.33',
    );
  });

  it('names the three-way match of a line', () => {
    expect(matchStatus(d('10'), d('0'), d('0'))).toBe('NOT_RECEIVED');
    expect(matchStatus(d('10'), d('4'), d('0'))).toBe('PARTIALLY_RECEIVED');
    expect(matchStatus(d('10'), d('10'), d('0'))).toBe('RECEIVED_NOT_BILLED');
    expect(matchStatus(d('10'), d('4'), d('4'))).toBe('PARTIALLY_BILLED');
    expect(matchStatus(d('10'), d('10'), d('6'))).toBe('PARTIALLY_BILLED');
    expect(matchStatus(d('10'), d('11'), d('10'))).toBe('PARTIALLY_BILLED');
    expect(matchStatus(d('10'), d('11'), d('11'))).toBe('FULLY_BILLED');
  });
});
