import { randomUUID } from 'node:crypto';
import { expect, inject } from 'vitest';
import type { Role } from '../../src/generated/prisma/enums.js';
import { DomainError, systemActor, type Actor, type TenantTx } from '../../src/platform/index.js';
import { tenantClient } from '../../src/platform/db/tenant-client.js';
import { createFiscalYear, setUpLedger, type EntryLineInput } from '../../src/domain/ledger/index.js';
import type { TestApp } from '../support/app.js';

/** The tests that need real concurrent connections skip on PGlite, which runs one transaction at a time. */
export const onPostgres = Boolean(inject('testDatabaseUrl'));

export interface LedgerOrg {
  organizationId: string;
  actor: Actor;
  /** Account ids by code, from the default chart. */
  account: Record<string, string>;
  /** Journal ids by code. */
  journal: Record<string, string>;
  /** Period ids of fiscal year 2026, January first. */
  periods: string[];
  /** Runs `work` in its own transaction of this organization; a thrown error rolls it back. */
  tx<T>(work: (tx: TenantTx) => Promise<T>): Promise<T>;
  as(...roles: Role[]): Actor;
}

/** A new organization (base currency EUR) with the default ledger and fiscal year 2026 set up. */
export async function ledgerOrg(t: TestApp, name = 'Ledger Org'): Promise<LedgerOrg> {
  const org = await t.newOrg(name);
  const actor = systemActor(org.organizationId);
  const client = tenantClient(t.db.prisma, org.organizationId);
  const tx = <T>(work: (tx: TenantTx) => Promise<T>) => client.$transaction(work, { maxWait: 60_000, timeout: 60_000 });
  const periods = await tx(async (inner) => {
    await setUpLedger(inner, actor, { baseCurrency: 'EUR' });
    return (await createFiscalYear(inner, actor, { name: '2026', startDate: '2026-01-01' })).periodIds;
  });
  const accounts = await t.db.prisma.account.findMany({ where: { organizationId: org.organizationId } });
  const journals = await t.db.prisma.journal.findMany({ where: { organizationId: org.organizationId } });
  return {
    organizationId: org.organizationId,
    actor,
    account: Object.fromEntries(accounts.map((account) => [account.code, account.id])),
    journal: Object.fromEntries(journals.map((journal) => [journal.code, journal.id])),
    periods,
    tx,
    as: (...roles: Role[]) => ({ ...actor, name: roles.join('+'), roles }),
  };
}

/**
 * An organization row without the ledger that organization creation sets up, for the tests of
 * setUpLedger itself (filling in an existing chart, racing set-ups).
 */
export async function orgWithoutLedger(t: TestApp, name: string): Promise<{ organizationId: string }> {
  const organization = await t.db.prisma.organization.create({ data: { id: randomUUID(), name, baseCurrency: 'EUR' } });
  return { organizationId: organization.id };
}

/** Debit `debitAccount`, credit `creditAccount` with the same base-currency amount. */
export function pair(debitAccount: string, creditAccount: string, amount: string): EntryLineInput[] {
  return [
    { accountId: debitAccount, debit: amount },
    { accountId: creditAccount, credit: amount },
  ];
}

/** Expects the promise to fail with a DomainError carrying `code` (and, when given, that field path under input). */
export async function expectCode(promise: Promise<unknown>, code: string, field?: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(DomainError);
  const errors = (error as DomainError).errors;
  const match = errors.find((candidate) => candidate.code === code);
  expect(match, `expected ${code}, got ${JSON.stringify(errors)}`).toBeDefined();
  if (field) expect(match!.field).toEqual(['input', ...field.split('.')]);
}
