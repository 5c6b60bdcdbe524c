import { expectData, send } from './graphql.js';
import type { BenchContext, LoadRequest, Scenario } from './scenario.js';

const QUERY = `query MyApprovals($first: Int!) {
  myApprovals(first: $first) {
    totalCount
    counts { pendingOnMe decidedByMe requestedByMe }
    pageInfo { hasNextPage endCursor }
    nodes { id title status submittedAt requester { code name department { name } } currentStep { name position dueAt } }
  }
}`;

interface MyApprovalsData {
  myApprovals: { totalCount: number; counts: { pendingOnMe: number }; nodes: { status: string }[] };
}

function approvalsOf(ctx: BenchContext) {
  if (!ctx.approvals) throw new Error('my-approvals needs the approvals data set');
  return ctx.approvals;
}

const inboxRequest = (ctx: BenchContext, first: number): LoadRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${approvalsOf(ctx).approverKey}` },
  body: JSON.stringify({ query: QUERY, variables: { first } }),
});

export const myApprovals: Scenario = {
  name: 'my-approvals',
  description: 'GraphQL: myApprovals(first: 50) with counts for an approver with 10,000 pending requests',
  needsApprovals: true,
  request: (ctx) => inboxRequest(ctx, 50),
  async preflight(ctx) {
    const { myApprovals: inbox } = expectData(await send(ctx, inboxRequest(ctx, 50)), this.name) as MyApprovalsData;
    const expected = approvalsOf(ctx).pending;
    if (inbox.totalCount !== expected || inbox.counts.pendingOnMe !== expected) {
      throw new Error(
        `${this.name}: expected ${expected} pending, got totalCount ${inbox.totalCount} and pendingOnMe ${inbox.counts.pendingOnMe}`,
      );
    }
    if (inbox.nodes.length !== 50 || inbox.nodes.some((node) => node.status !== 'PENDING'))
      throw new Error(`${this.name}: the page is not 50 pending requests`);
  },
  statementProbes: (ctx) => [
    { label: 'first: 5', request: inboxRequest(ctx, 5) },
    { label: 'first: 50', request: inboxRequest(ctx, 50) },
  ],
};
