// Year arguments out of range are the caller's mistake, not a masked internal error (holidays(year: -1) was found by the schema fuzzer, issue 21).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { HOLIDAY_SET, mutate } from './helpers.js';

describe('year arguments of HR reads', () => {
  let t: TestApp;
  let hrKey: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.newOrg('Year Args Org');
    hrKey = await org.key('HR');
    await mutate(t, hrKey, HOLIDAY_SET, 'holidaySet', {
      year: 2026,
      holidays: [{ date: '2026-12-25', name: 'Christmas Day' }],
    });
  });
  afterAll(() => t.close());

  it.each([-1, 0, 50, 1899, 3000, 2147483647])('holidays(year: %i) is BAD_USER_INPUT', async (year) => {
    const res = await t.gql(hrKey, `query($year: Int!) { holidays(year: $year) { date } }`, { year });
    expect(res.status).toBe(200);
    expect(res.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'year' }) }),
    ]);
  });

  it('holidays of a year in range still answer, by date', async () => {
    const res = await t.gql(hrKey, `{ holidays(year: 2026) { date name } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.holidays).toEqual([{ date: '2026-12-25', name: 'Christmas Day' }]);
  });

  it.each([-1, 0, 99999])('leaveRequests(where: { year: %i }) is BAD_USER_INPUT', async (year) => {
    const res = await t.gql(hrKey, `query($year: Int) { leaveRequests(where: { year: $year }) { nodes { id } } }`, {
      year,
    });
    expect(res.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'where.year' }),
      }),
    ]);
  });
});
