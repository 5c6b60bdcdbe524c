import { expectData, graphqlRequest, send } from './graphql.js';
import { ledgerOf } from './ledger.js';
import type { BenchContext, Scenario } from './scenario.js';

const QUERY = `query TrialBalance($asOf: Date!) {
  trialBalance(asOf: $asOf) {
    currency
    rows { accountId code debit credit balance }
    totalDebit
    totalCredit
  }
}`;

interface TrialBalanceData {
  trialBalance: { rows: { debit: string; credit: string }[]; totalDebit: string; totalCredit: string };
}

const trialBalanceRequest = (ctx: BenchContext) => graphqlRequest(ctx, QUERY, { asOf: ledgerOf(ctx).yearEnd });

export const ledgerTrialBalance: Scenario = {
  name: 'ledger-trial-balance',
  description: 'GraphQL: trialBalance as of the fiscal year end, over every generated journal line',
  needsLedger: true,
  request: trialBalanceRequest,
  async preflight(ctx) {
    const { trialBalance } = expectData(await send(ctx, trialBalanceRequest(ctx)), this.name) as TrialBalanceData;
    if (trialBalance.rows.length === 0) throw new Error(`${this.name}: the trial balance has no rows`);
    if (trialBalance.totalDebit !== trialBalance.totalCredit) {
      throw new Error(
        `${this.name}: debits ${trialBalance.totalDebit} differ from credits ${trialBalance.totalCredit}`,
      );
    }
  },
  statementProbes: (ctx) => [{ label: `asOf ${ledgerOf(ctx).yearEnd}`, request: trialBalanceRequest(ctx) }],
};
