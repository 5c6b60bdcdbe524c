import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLBody } from './scenarios/graphql.js';

export const LEDGER_POST_PATH = '/bench/ledger-post';

const CREATE = `mutation Create($input: JournalEntryCreateInput!) {
  journalEntryCreate(input: $input) { journalEntry { id } errors { code message } }
}`;

const POST = `mutation Post($input: JournalEntryIdInput!) {
  journalEntryPost(input: $input) { journalEntry { id number status } errors { code message } }
}`;

export interface LedgerPostBody {
  journalId: string;
  date: string;
  debitAccountId: string;
  creditAccountId: string;
  amount: string;
  memo: string;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Creating and posting an entry are two mutations, the second needing the first's id, and the load
 * generator repeats one fixed request. This route is that client: it sends both to the app over
 * HTTP, as an API client would, so each response is one entry created and posted.
 */
export async function ledgerPostRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const input = JSON.parse(await readBody(req)) as LedgerPostBody;
  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`http://${req.headers.host}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: req.headers.authorization ?? '' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLBody;
  };
  const reply = (body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const lines = [
    { accountId: input.debitAccountId, debit: input.amount, description: 'Benchmark debit' },
    { accountId: input.creditAccountId, credit: input.amount, description: 'Benchmark credit' },
  ];
  const created = await graphql(CREATE, {
    input: { journalId: input.journalId, date: input.date, memo: input.memo, lines },
  });
  const payload = (created.data as { journalEntryCreate?: { journalEntry: { id: string } | null } } | null)
    ?.journalEntryCreate;
  if (!payload?.journalEntry) return reply(created);
  reply(await graphql(POST, { input: { id: payload.journalEntry.id } }));
}
