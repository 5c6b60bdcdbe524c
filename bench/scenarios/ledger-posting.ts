import { LEDGER_POST_PATH, ledgerPostRoute, type LedgerPostBody } from '../ledger-post-route.js';
import { expectData, send } from './graphql.js';
import { ledgerOf } from './ledger.js';
import { checkLedger } from './ledger-checks.js';
import { UNIQUE_PLACEHOLDER, type BenchContext, type LoadRequest, type Scenario } from './scenario.js';

function postRequest(ctx: BenchContext, unique: string): LoadRequest {
  const ledger = ledgerOf(ctx);
  const body: LedgerPostBody = {
    journalId: ledger.journalId,
    // Inside the generated fiscal year, whose periods are open.
    date: ledger.yearEnd,
    debitAccountId: ledger.accountIds[0],
    creditAccountId: ledger.accountIds[ledger.accountIds.length - 1],
    amount: '125.50',
    memo: `Load test entry ${unique}`,
  };
  return {
    method: 'POST',
    path: LEDGER_POST_PATH,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.apiKey}` },
    body: JSON.stringify(body),
  };
}

interface PostData {
  journalEntryPost: {
    journalEntry: { number: string; status: string } | null;
    errors: { code: string; message: string }[];
  };
}

export const ledgerPosting: Scenario = {
  name: 'ledger-posting',
  description:
    'GraphQL: journalEntryCreate then journalEntryPost of a balanced 2-line entry; one response = one posted entry',
  needsLedger: true,
  routes: { [LEDGER_POST_PATH]: ledgerPostRoute },
  request: (ctx) => postRequest(ctx, UNIQUE_PLACEHOLDER),
  async preflight(ctx) {
    const data = expectData(await send(ctx, postRequest(ctx, `preflight-${Date.now()}`)), this.name) as PostData;
    const { journalEntry, errors } = data.journalEntryPost ?? { journalEntry: null, errors: [] };
    if (errors.length > 0 || journalEntry?.status !== 'POSTED') {
      throw new Error(`${this.name} failed: ${JSON.stringify(data)}`);
    }
  },
  // Counts both mutations: the SQL of one posted entry.
  statementProbes: (ctx) => [{ label: 'create + post one entry', request: postRequest(ctx, `probe-${Date.now()}`) }],
  verify: (ctx) => checkLedger(ctx),
};
