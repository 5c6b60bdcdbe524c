import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closePeriod,
  createDraftEntry,
  createFiscalYear,
  lockPeriod,
  postEntry,
  reopenPeriod,
} from '../../src/domain/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectCode, ledgerOrg, pair, type LedgerOrg } from './helpers.js';

describe('fiscal years and periods', () => {
  let t: TestApp;
  let org: LedgerOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await ledgerOrg(t, 'Periods Org');
  });
  afterAll(() => t.close());

  const post = (date: string) =>
    org.tx(async (tx) => {
      const { entryId } = await createDraftEntry(tx, org.actor, {
        journalId: org.journal.GEN,
        date,
        lines: pair(org.account['1000'], org.account['3000'], '10.00'),
      });
      return postEntry(tx, org.actor, { id: entryId });
    });

  it('creates twelve open monthly periods and refuses overlaps', async () => {
    const periods = await t.db.prisma.period.findMany({
      where: { organizationId: org.organizationId },
      orderBy: { number: 'asc' },
    });
    expect(periods).toHaveLength(12);
    expect(periods.every((period) => period.status === 'OPEN')).toBe(true);
    const day = (date: Date) => date.toISOString().slice(0, 10);
    expect([day(periods[1].startDate), day(periods[1].endDate), day(periods[11].endDate)]).toEqual([
      '2026-02-01',
      '2026-02-28',
      '2026-12-31',
    ]);
    await expectCode(
      org.tx((tx) => createFiscalYear(tx, org.actor, { name: '2026b', startDate: '2026-07-01' })),
      'FISCAL_YEAR_OVERLAP',
      'startDate',
    );
    await expectCode(
      org.tx((tx) => createFiscalYear(tx, org.actor, { name: '2025', startDate: '2025-02-01' })),
      'FISCAL_YEAR_OVERLAP',
      'startDate',
    );
    await expectCode(
      org.tx((tx) => createFiscalYear(tx, org.actor, { name: '2026', startDate: '2030-01-01' })),
      'NAME_TAKEN',
      'name',
    );
    await expectCode(
      org.tx((tx) => createFiscalYear(tx, org.actor, { name: '2027', startDate: '2027-01-15' })),
      'INVALID_DATE',
      'startDate',
    );
    // A year may start in any month: July to June.
    await org.tx((tx) => createFiscalYear(tx, org.actor, { name: '2027-28', startDate: '2027-07-01' }));
  });

  it('refuses posts into a closed period until an administrator reopens it', async () => {
    const january = org.periods[0];
    await org.tx((tx) => closePeriod(tx, org.as('ACCOUNTING'), { id: january }));
    await expectCode(post('2026-01-15'), 'PERIOD_CLOSED', 'date');
    await expectCode(
      org.tx((tx) => closePeriod(tx, org.actor, { id: january })),
      'PERIOD_NOT_OPEN',
      'id',
    );
    await expectCode(
      org.tx((tx) => reopenPeriod(tx, org.as('ACCOUNTING'), { id: january })),
      'FORBIDDEN',
    );
    await expectCode(
      org.tx((tx) => closePeriod(tx, org.as('SALES'), { id: org.periods[1] })),
      'FORBIDDEN',
    );
    await org.tx((tx) => reopenPeriod(tx, org.actor, { id: january }));
    await expectCode(
      org.tx((tx) => reopenPeriod(tx, org.actor, { id: january })),
      'PERIOD_NOT_CLOSED',
      'id',
    );
    expect((await post('2026-01-15')).number).toBe('GEN/2026/00001');
  });

  it('treats a lock as final', async () => {
    const february = org.periods[1];
    await expectCode(
      org.tx((tx) => lockPeriod(tx, org.as('ACCOUNTING'), { id: february })),
      'FORBIDDEN',
    );
    await org.tx((tx) => lockPeriod(tx, org.actor, { id: february }));
    await expectCode(post('2026-02-10'), 'PERIOD_CLOSED', 'date');
    await expectCode(
      org.tx((tx) => reopenPeriod(tx, org.actor, { id: february })),
      'PERIOD_LOCKED',
      'id',
    );
    await expectCode(
      org.tx((tx) => closePeriod(tx, org.actor, { id: february })),
      'PERIOD_LOCKED',
      'id',
    );
    await expectCode(
      org.tx((tx) => lockPeriod(tx, org.actor, { id: february })),
      'PERIOD_LOCKED',
      'id',
    );
    const stored = await t.db.prisma.period.findUniqueOrThrow({ where: { id: february } });
    expect(stored.status).toBe('LOCKED');
  });
});
