import { randomUUID } from 'node:crypto';
import {
  DomainError,
  appendEvent,
  checkCurrency,
  fieldError,
  recordAudit,
  Problems,
  type Actor,
  type TenantTx,
} from '../../platform/index.js';
import { SUBTYPE_TYPE } from './account-types.js';
import { DEFAULT_CHART, DEFAULT_JOURNALS } from './default-chart.js';
import { baseCurrencyOf } from './settings.js';

export interface SetUpLedgerInput {
  baseCurrency: string;
}

export interface SetUpLedgerResult {
  /** False when everything was already in place and nothing changed. */
  created: boolean;
  accountsCreated: number;
  journalsCreated: number;
  postingRulesCreated: number;
}

interface KnownAccount {
  id: string;
  type: string;
  isActive: boolean;
}

/**
 * Fills in whatever is missing of the default chart, journals, posting rules and rounding setting,
 * and never changes what exists: an organization that renamed, re-pointed or added accounts keeps
 * them. The advisory lock makes two simultaneous calls queue instead of both inserting the chart.
 */
export async function setUpLedger(tx: TenantTx, actor: Actor, input: SetUpLedgerInput): Promise<SetUpLedgerResult> {
  const problems = new Problems();
  const baseCurrency = checkCurrency(problems, 'baseCurrency', input.baseCurrency);
  problems.throwIfAny();
  const organizationBase = await baseCurrencyOf(tx);
  if (baseCurrency !== organizationBase) {
    throw new DomainError(
      fieldError(
        'BASE_CURRENCY_MISMATCH',
        `The organization's base currency is ${organizationBase}, not ${baseCurrency}`,
        'baseCurrency',
      ),
    );
  }
  await tx.$executeRawUnsafe(
    'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
    `ledger.setup:${actor.organizationId}`,
  );

  const byCode = new Map<string, KnownAccount>(
    (await tx.account.findMany({ select: { id: true, code: true, type: true, isActive: true } })).map((account) => [
      account.code,
      account,
    ]),
  );
  const newAccounts = [];
  for (const account of DEFAULT_CHART) {
    if (byCode.has(account.code)) continue;
    const parent = account.parentCode ? byCode.get(account.parentCode) : undefined;
    const row = {
      id: randomUUID(),
      organizationId: actor.organizationId,
      code: account.code,
      name: account.name,
      type: account.type,
      subtype: account.subtype,
      // An existing account of another type under the default parent code cannot be a parent.
      parentId: parent && parent.type === account.type ? parent.id : null,
    };
    newAccounts.push(row);
    byCode.set(account.code, { id: row.id, type: row.type, isActive: true });
  }
  // Parents come before children in DEFAULT_CHART, and the tree's foreign key is checked per statement.
  if (newAccounts.length > 0) await tx.account.createMany({ data: newAccounts });

  const journalCodes = new Set((await tx.journal.findMany({ select: { code: true } })).map((journal) => journal.code));
  const newJournals = DEFAULT_JOURNALS.filter((journal) => !journalCodes.has(journal.code));
  if (newJournals.length > 0) {
    await tx.journal.createMany({
      data: newJournals.map((journal) => ({ ...journal, id: randomUUID(), organizationId: actor.organizationId })),
    });
  }

  const roles = new Set((await tx.postingRule.findMany({ select: { role: true } })).map((rule) => rule.role));
  const newRules = DEFAULT_CHART.flatMap((chart) => {
    const account = byCode.get(chart.code);
    if (
      !chart.subtype ||
      roles.has(chart.subtype) ||
      !account?.isActive ||
      account.type !== SUBTYPE_TYPE[chart.subtype]
    )
      return [];
    return [{ organizationId: actor.organizationId, role: chart.subtype, accountId: account.id }];
  });
  if (newRules.length > 0) await tx.postingRule.createMany({ data: newRules });

  const settings = await tx.ledgerSettings.findFirst();
  const rounding = byCode.get('6900');
  const setRounding = !settings?.roundingAccountId && rounding?.isActive === true && rounding.type === 'EXPENSE';
  if (setRounding) {
    await tx.ledgerSettings.upsert({
      where: { organizationId: actor.organizationId },
      create: { organizationId: actor.organizationId, roundingAccountId: rounding.id },
      update: { roundingAccountId: rounding.id },
    });
  }

  const result = {
    created: newAccounts.length + newJournals.length + newRules.length > 0 || setRounding,
    accountsCreated: newAccounts.length,
    journalsCreated: newJournals.length,
    postingRulesCreated: newRules.length,
  };
  if (result.created) {
    const summary = { baseCurrency, ...result, roundingAccountSet: setRounding };
    await recordAudit(tx, actor, {
      action: 'ledgerSetUp',
      entityType: 'Ledger',
      entityId: actor.organizationId,
      after: summary,
    });
    await appendEvent(tx, actor, {
      type: 'ledger.setUp',
      aggregateType: 'Ledger',
      aggregateId: actor.organizationId,
      payload: summary,
    });
  }
  return result;
}
