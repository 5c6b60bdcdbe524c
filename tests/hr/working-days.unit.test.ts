import { describe, expect, it } from 'vitest';
import { countWorkingDays, isWorkingDay } from '../../src/domain/hr/working-days.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const count = (start: string, end: string, holidays: string[] = [], halfDayStart = false, halfDayEnd = false) =>
  countWorkingDays({ start: d(start), end: d(end), halfDayStart, halfDayEnd }, new Set(holidays)).toFixed(1);

describe('working days', () => {
  it('skips weekends', () => {
    // 2026-03-02 is a Monday.
    expect(count('2026-03-02', '2026-03-06')).toBe('5.0');
    expect(count('2026-03-02', '2026-03-09')).toBe('6.0');
    expect(count('2026-03-07', '2026-03-08')).toBe('0.0');
    expect(isWorkingDay(d('2026-03-07'), new Set())).toBe(false);
  });

  it('skips public holidays', () => {
    expect(count('2026-03-02', '2026-03-06', ['2026-03-04'])).toBe('4.0');
    // A holiday on a Saturday changes nothing.
    expect(count('2026-03-02', '2026-03-08', ['2026-03-07'])).toBe('5.0');
  });

  it('counts half days at either end, and a single half day as 0.5', () => {
    expect(count('2026-03-02', '2026-03-06', [], true, false)).toBe('4.5');
    expect(count('2026-03-02', '2026-03-06', [], true, true)).toBe('4.0');
    expect(count('2026-03-03', '2026-03-03', [], true, false)).toBe('0.5');
    expect(count('2026-03-03', '2026-03-03', [], true, true)).toBe('0.5');
    // A half day that falls on a weekend or holiday counts nothing anyway.
    expect(count('2026-03-07', '2026-03-10', ['2026-03-10'], true, true)).toBe('1.0');
  });

  it('crosses months and leap days', () => {
    // 2028-02-28 is a Monday; 2028 is a leap year.
    expect(count('2028-02-28', '2028-03-03')).toBe('5.0');
  });
});
