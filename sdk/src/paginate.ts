import { UnisonError } from './errors.js';

/** What paginate needs from a Relay connection; every SDK connection operation selects it. */
export interface Connection<TNode> {
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The cursor arguments paginate sets itself. */
export interface PageArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PaginateOptions {
  /** Items per request, 1 to 100 (the API's maximum); default 50. */
  pageSize?: number;
}

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 100;

/** The variables of a page-fetching function, without the cursor arguments paginate fills in. */
export type PageVariables<TVariables> = Omit<NonNullable<TVariables>, keyof PageArguments>;

/**
 * Iterates over every node of a connection, fetching page after page forward.
 *
 *   for await (const customer of paginate(client.customers, { where: { status: { equals: 'ACTIVE' } } })) { ... }
 *
 * `fetchPage` is any function that takes `first`/`after` variables and resolves to a connection:
 * an SDK method, or a wrapper around `client.request` with a custom selection.
 */
export async function* paginate<TNode, TVariables>(
  fetchPage: (variables: TVariables) => Promise<Connection<TNode>>,
  variables?: PageVariables<TVariables>,
  options: PaginateOptions = {},
): AsyncGenerator<TNode, void, undefined> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage({ ...variables, first: pageSize, after } as TVariables);
    if (!page || !Array.isArray(page.nodes) || !page.pageInfo) {
      throw new TypeError('paginate: the function did not return a connection with nodes and pageInfo');
    }
    yield* page.nodes;
    const next = page.pageInfo.endCursor ?? null;
    if (!page.pageInfo.hasNextPage || next === null) return;
    // A server that repeats a cursor would otherwise make this loop forever.
    if (next === after)
      throw new UnisonError('paginate: the server returned the same cursor twice', { code: 'PAGINATION_STALLED' });
    after = next;
  }
}
