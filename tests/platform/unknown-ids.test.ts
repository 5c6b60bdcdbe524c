// Issue 21 item 9: a query argument naming an employee or warehouse that does not exist in your
// organization is BAD_USER_INPUT with a NOT_FOUND field error (as generalLedger's accountId is),
// not a made-up balance or an empty report.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { createTestApp, type GraphQLResponse, type TestApp, type TestOrg } from '../support/app.js';
import { createEmployee } from '../hr/helpers.js';
import { createWarehouse } from '../inventory/helpers.js';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let hrKey: string;
let stockKey: string;
let employeeId: string;
let foreignEmployeeId: string;
let warehouseId: string;
let foreignWarehouseId: string;

const BALANCES = `query($employeeId: ID) { leaveBalances(year: 2031, employeeId: $employeeId) { leaveTypeCode entitled remaining } }`;
const VALUATION = `query($w: ID) { inventoryValuation(warehouseId: $w) { currency } }`;
const SUGGESTIONS = `query($w: ID) { replenishmentSuggestions(warehouseId: $w) { quantity } }`;

/** The convention of a query's unknown ID argument: one BAD_USER_INPUT error carrying the field error. */
function notFound(res: GraphQLResponse, field: string) {
  expect(res.data).toBeNull();
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  // fieldError paths start at "input", also for a query's own arguments (as every report's do).
  expect(res.errors![0].extensions?.errors).toEqual([
    expect.objectContaining({ code: 'NOT_FOUND', field: ['input', field] }),
  ]);
}

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Unknown Ids Org');
  other = await t.newOrg('Unknown Ids Other Org');
  hrKey = await org.key('HR');
  stockKey = await org.key('WAREHOUSE', 'PURCHASING');
  employeeId = (await createEmployee(t, hrKey, { name: 'Known Employee' })).id;
  foreignEmployeeId = (await createEmployee(t, await other.key('HR'), { name: 'Foreign Employee' })).id;
  warehouseId = (await createWarehouse(t, stockKey, { code: 'WH', name: 'Main' })).id;
  foreignWarehouseId = (await createWarehouse(t, await other.key('WAREHOUSE'), { code: 'WH', name: 'Theirs' })).id;
});

describe('unknown ID arguments of queries', () => {
  it('answers leaveBalances of an unknown or foreign employee with NOT_FOUND, not a full entitlement', async () => {
    const known = await t.gql(hrKey, BALANCES, { employeeId });
    expect(known.errors).toBeUndefined();
    expect(known.data.leaveBalances).toContainEqual({ leaveTypeCode: 'ANNUAL', entitled: '25', remaining: '25' });
    for (const id of [encodeGlobalId('Employee', randomUUID()), foreignEmployeeId]) {
      notFound(await t.gql(hrKey, BALANCES, { employeeId: id }), 'employeeId');
      notFound(await t.gql(org.adminKey, BALANCES, { employeeId: id }), 'employeeId');
    }
  });

  it('answers inventoryValuation and replenishmentSuggestions of an unknown or foreign warehouse with NOT_FOUND, not an empty report', async () => {
    for (const query of [VALUATION, SUGGESTIONS]) {
      const known = await t.gql(stockKey, query, { w: warehouseId });
      expect(known.errors).toBeUndefined();
      for (const id of [encodeGlobalId('Warehouse', randomUUID()), foreignWarehouseId])
        notFound(await t.gql(stockKey, query, { w: id }), 'warehouseId');
      // A malformed ID or one of another type stays the caller's mistake in the ID itself.
      const wrongType = await t.gql(stockKey, query, { w: employeeId });
      expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
