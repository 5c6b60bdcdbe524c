import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../support/app.js';
import {
  SUPPLIER_CREATE,
  SUPPLIER_UPDATE,
  createSupplier,
  errorsOf,
  onPostgres,
  payload,
  type SupplierData,
} from './support.js';

// PGlite runs one transaction at a time, so races only happen on PostgreSQL.
describe.skipIf(!onPostgres)('concurrent supplier mutations (PostgreSQL)', () => {
  const PARALLEL = 20;
  let t: TestApp;
  let org: TestOrg;
  let buyer: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.newOrg('Supplier Concurrency Org');
    buyer = await org.key('PURCHASING');
  });
  afterAll(() => t.close());

  const creates = (inputs: Record<string, unknown>[]) =>
    Promise.all(
      inputs.map(async (input) =>
        payload<{ supplier: SupplierData | null }>(await t.gql(buyer, SUPPLIER_CREATE, { input }), 'supplierCreate'),
      ),
    );

  it('gives one of two simultaneous creates with the same code the code, the other CODE_TAKEN', async () => {
    const results = await creates([
      { name: 'First Claimant', code: 'RACE-1' },
      { name: 'Second Claimant', code: 'RACE-1' },
    ]);
    expect(results.filter((result) => result.errors.length === 0)).toHaveLength(1);
    expect(results.filter((result) => result.errors.length > 0).map(errorsOf)).toEqual([
      [['CODE_TAKEN', ['input', 'code']]],
    ]);
    expect(await t.db.prisma.supplier.count({ where: { organizationId: org.organizationId, code: 'RACE-1' } })).toBe(1);
  });

  it('treats codes differing only in case as the same code among 20 simultaneous creates', async () => {
    const spellings = ['race-case', 'RACE-CASE', 'Race-Case', 'rAcE-cAsE'];
    const results = await creates(
      Array.from({ length: PARALLEL }, (_, i) => ({ name: `Case ${i}`, code: spellings[i % spellings.length] })),
    );
    expect(results.filter((result) => result.errors.length === 0)).toHaveLength(1);
    for (const result of results.filter((entry) => entry.errors.length > 0))
      expect(errorsOf(result)).toEqual([['CODE_TAKEN', ['input', 'code']]]);
    const rows = await t.db.prisma.supplier.count({
      where: { organizationId: org.organizationId, code: { equals: 'race-case', mode: 'insensitive' } },
    });
    expect(rows).toBe(1);
  });

  it('generates 20 distinct codes for 20 simultaneous creates without a code', async () => {
    const fresh = await t.newOrg('Supplier Concurrent Codes Org');
    const key = await fresh.key('PURCHASING');
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, async (_, i) =>
        payload<{ supplier: SupplierData }>(
          await t.gql(key, SUPPLIER_CREATE, { input: { name: `Parallel ${i}` } }),
          'supplierCreate',
        ),
      ),
    );
    for (const result of results) expect(result.errors).toEqual([]);
    const expected = Array.from({ length: PARALLEL }, (_, i) => `SUP-${String(i + 1).padStart(5, '0')}`);
    expect(results.map((result) => result.supplier.code).sort()).toEqual(expected);
  });

  it('lets exactly one of 20 simultaneous updates with the same expectedVersion win', async () => {
    const supplier = await createSupplier(t, buyer, { name: 'Version Race' });
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, async (_, i) =>
        payload<{ supplier: SupplierData | null }>(
          await t.gql(buyer, SUPPLIER_UPDATE, { input: { id: supplier.id, expectedVersion: 1, name: `Winner ${i}` } }),
          'supplierUpdate',
        ),
      ),
    );
    expect(results.filter((result) => result.errors.length === 0)).toHaveLength(1);
    for (const loser of results.filter((result) => result.errors.length > 0)) {
      expect(errorsOf(loser)).toEqual([['STALE_VERSION', ['input', 'expectedVersion']]]);
    }
  });
});
