import { randomUUID } from 'node:crypto';
import { DomainError, appendEvent, checkCurrency, fieldError, recordAudit, Problems, type Actor, type TenantTx } from '../../platform/index.js';
import { DEFAULT_CHART, DEFAULT_JOURNALS } from './default-chart.js';
import { baseCurrencyOf } from './settings.js';

export interface SetUpLedgerInput {
  baseCurrency: string;
}

export interface SetUpLedgerResult {
  /** False when the ledger was already set up and nothing changed. */
  created: boolean;
}

/**
 * Creates the default chart, journals, posting rules and rounding setting once. Idempotent: an
 * organization that already has accounts keeps its own chart untouched. The advisory lock makes two
 * simultaneous calls queue instead of both seeing an empty chart.
 */
export async function setUpLedger(tx: TenantTx, actor: Actor, input: SetUpLedgerInput): Promise<SetUpLedgerResult> {
  const problems = new Problems();
  const baseCurrency = checkCurrency(problems, 'baseCurrency', input.baseCurrency);
  problems.throwIfAny();
  const organizationBase = await baseCurrencyOf(tx);
  if (baseCurrency !== organizationBase) {
    throw new DomainError(
      fieldError('BASE_CURRENCY_MISMATCH', `The organization's base currency is ${organizationBase}, not ${baseCurrency}`, 'baseCurrency'),
    );
  }
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', `ledger.setup:${actor.organizationId}`);
  if ((await tx.account.count()) > 0) return { created: false };

  const ids = new Map<string, string>();
  for (const account of DEFAULT_CHART) ids.set(account.code, randomUUID());
  // Parents come before children in DEFAULT_CHART, so one ordered insert satisfies the tree's foreign key.
  await tx.account.createMany({
    data: DEFAULT_CHART.map((account) => ({
      id: ids.get(account.code) as string,
      organizationId: actor.organizationId,
      code: account.code,
      name: account.name,
      type: account.type,
      subtype: account.subtype,
      parentId: account.parentCode ? (ids.get(account.parentCode) as string) : null,
    })),
  });
  await tx.journal.createMany({
    data: DEFAULT_JOURNALS.map((journal) => ({ ...journal, id: randomUUID(), organizationId: actor.organizationId })),
  });
  await tx.postingRule.createMany({
    data: DEFAULT_CHART.filter((account) => account.subtype).map((account) => ({
      organizationId: actor.organizationId,
      role: account.subtype!,
      accountId: ids.get(account.code) as string,
    })),
  });
  const roundingAccountId = ids.get('6900') as string;
  await tx.ledgerSettings.upsert({
    where: { organizationId: actor.organizationId },
    create: { organizationId: actor.organizationId, roundingAccountId },
    update: { roundingAccountId },
  });
  const summary = { baseCurrency, accounts: DEFAULT_CHART.length, journals: DEFAULT_JOURNALS.map((journal) => journal.code) };
  await recordAudit(tx, actor, { action: 'ledgerSetUp', entityType: 'Ledger', entityId: actor.organizationId, after: summary });
  await appendEvent(tx, actor, { type: 'ledger.setUp', aggregateType: 'Ledger', aggregateId: actor.organizationId, payload: summary });
  return { created: true };
}
