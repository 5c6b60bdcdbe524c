import type { BenchContext, LoadRequest } from './scenario.js';

export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string }[];
}

export function graphqlRequest(ctx: BenchContext, query: string, variables: Record<string, unknown> = {}): LoadRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.apiKey}` },
    body: JSON.stringify({ query, variables }),
  };
}

/** Sends a request once (outside the load) and returns the parsed JSON body; throws on a non-2xx status. */
export async function send(ctx: BenchContext, request: LoadRequest): Promise<GraphQLBody> {
  const response = await fetch(ctx.baseUrl + request.path, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${request.method} ${request.path} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as GraphQLBody;
}

/** Throws when a GraphQL answer carries top-level errors or no data. */
export function expectData(body: GraphQLBody, what: string): unknown {
  if (body.errors?.length) throw new Error(`${what} returned errors: ${body.errors.map((e) => e.message).join('; ')}`);
  if (body.data == null) throw new Error(`${what} returned no data`);
  return body.data;
}
