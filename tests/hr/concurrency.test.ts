import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import { onPostgres } from '../crm/helpers.js';
import { EMPLOYEE_UPDATE, createEmployee, payload } from './helpers.js';

// PGlite runs one transaction at a time, so races only happen on PostgreSQL.
describe.skipIf(!onPostgres)('concurrent reporting-line changes (PostgreSQL)', () => {
  let t: TestApp;
  let org: TestOrg;
  let hrKey: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.newOrg('HR Race Org');
    hrKey = await org.key('HR');
  });
  afterAll(() => t.close());

  it('never closes a manager loop when two employees are put under each other at once', async () => {
    for (let round = 0; round < 5; round += 1) {
      const a = await createEmployee(t, hrKey, { name: `Loop A${round}` });
      const b = await createEmployee(t, hrKey, { name: `Loop B${round}` });
      const [ab, ba] = await Promise.all([
        t.gql(hrKey, EMPLOYEE_UPDATE, { input: { id: a.id, managerId: b.id } }),
        t.gql(hrKey, EMPLOYEE_UPDATE, { input: { id: b.id, managerId: a.id } }),
      ]);
      const codes = [payload(ab, 'employeeUpdate'), payload(ba, 'employeeUpdate')].map((p) => p.errors.map((e: { code: string }) => e.code).join() || 'OK');
      expect(codes.sort()).toEqual(['MANAGER_CYCLE', 'OK']);
    }
    void org;
  });
});
