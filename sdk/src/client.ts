import { operationKind, type ResultOf, type TypedDocument, type VariablesOf } from './document.js';
import { operations } from './generated/operations.js';
import { paginate, type Connection, type PageVariables, type PaginateOptions } from './paginate.js';
import { execute, type FetchLike, type TransportConfig } from './transport.js';

export interface ClientOptions {
  /** The GraphQL endpoint, for example "https://unison.example.com/graphql". */
  url: string;
  /** An API key ("unison_..."); it is sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** A fetch implementation; default the platform's global `fetch`. */
  fetch?: FetchLike;
  /**
   * How often to retry after a network failure or HTTP 429/502/503/504, with exponential
   * backoff; default 2. Mutations are retried only when `input.idempotencyKey` is set.
   */
  retries?: number;
  /**
   * Give each mutation method call without an `input.idempotencyKey` a new random one (default
   * true), so its retries are safe: the API applies a key once and replays its first result.
   * `apiKeyCreate` takes no key (its secret is shown once) and is never retried. `request()`
   * sends what it is given.
   */
  autoIdempotencyKeys?: boolean;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Extra headers for this call, for example your own `x-request-id`. */
  headers?: Record<string, string>;
}

type Operations = typeof operations;

/** Name of every SDK operation; each is a method of the client. */
export type OperationName = keyof Operations;

type DocumentOf<TName extends OperationName> = Operations[TName]['document'];

/** Variables of an SDK operation: `OperationVariables<'customers'>`. */
export type OperationVariables<TName extends OperationName> = VariablesOf<DocumentOf<TName>>;

/** What an SDK method resolves to: the value of its root field, e.g. `OperationResult<'customerCreate'>`. */
export type OperationResult<TName extends OperationName> =
  ResultOf<DocumentOf<TName>> extends { [field in TName]: infer TField } ? TField : never;

/** Variables may be omitted when the operation has no required ones. */
// `{}` here means "no required variable": every variables type with only optional fields extends it.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type MethodArguments<TVariables> = {} extends TVariables
  ? [variables?: TVariables, options?: CallOptions]
  : [variables: TVariables, options?: CallOptions];

export type OperationMethod<TName extends OperationName> = (
  ...args: MethodArguments<OperationVariables<TName>>
) => Promise<OperationResult<TName>>;

/** Operations whose root field is a connection, which `client.paginate` can walk. */
export type ConnectionOperationName = {
  [TName in OperationName]: OperationResult<TName> extends Connection<unknown> ? TName : never;
}[OperationName];

/** The node type of a connection operation: `NodeOf<'customers'>`. */
export type NodeOf<TName extends ConnectionOperationName> =
  OperationResult<TName> extends Connection<infer TNode> ? TNode : never;

export type OperationMethods = { [TName in OperationName]: OperationMethod<TName> };

export interface UnisonClient extends OperationMethods {
  /** Runs any document: a typed document (its types flow through) or a plain string. Resolves to `data`. */
  request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables?: TVariables,
    options?: CallOptions,
  ): Promise<TResult>;
  request<TResult = Record<string, unknown>>(
    document: string,
    variables?: Record<string, unknown>,
    options?: CallOptions,
  ): Promise<TResult>;
  /** Iterates over all nodes of a connection operation: `for await (const c of client.paginate('customers'))`. */
  paginate<TName extends ConnectionOperationName>(
    name: TName,
    variables?: PageVariables<OperationVariables<TName>>,
    options?: PaginateOptions,
  ): AsyncGenerator<NodeOf<TName>, void, undefined>;
}

const DEFAULT_RETRIES = 2;

/** A client for the Unison GraphQL API with one typed method per root field. */
export function createClient(options: ClientOptions): UnisonClient {
  // Fails here rather than as a confusing 401 or URL error on the first call (e.g. an unset env variable).
  if (!options.url) throw new TypeError('createClient: url is required');
  if (!options.apiKey) throw new TypeError('createClient: apiKey is required');
  const retries = options.retries ?? DEFAULT_RETRIES;
  if (!Number.isInteger(retries) || retries < 0)
    throw new RangeError(`retries must be a non-negative integer, got ${retries}`);
  const autoKeys = options.autoIdempotencyKeys ?? true;
  const config: TransportConfig = {
    url: options.url,
    apiKey: options.apiKey,
    // Called through a wrapper: browsers refuse a `fetch` detached from globalThis.
    fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    retries,
    headers: options.headers ?? {},
  };

  const methods = {} as Record<
    OperationName,
    (variables?: Record<string, unknown>, call?: CallOptions) => Promise<unknown>
  >;
  for (const name of Object.keys(operations) as OperationName[]) {
    const { kind, document } = operations[name];
    const query = document.toString();
    methods[name] = async (given, call) => {
      const variables =
        kind === 'mutation' && autoKeys && !NO_IDEMPOTENCY_KEY.has(name) ? withIdempotencyKey(given) : given;
      const data = await execute(config, {
        query,
        variables,
        operationName: name,
        retryable: kind !== 'mutation' || hasIdempotencyKey(variables),
        signal: call?.signal,
        headers: call?.headers,
      });
      return data[name];
    };
  }

  const request = (
    document: string | TypedDocument<unknown, unknown>,
    variables?: Record<string, unknown>,
    call?: CallOptions,
  ) => {
    const query = document.toString();
    const retryable = operationKind(query) !== 'mutation' || hasIdempotencyKey(variables);
    return execute(config, { query, variables, retryable, signal: call?.signal, headers: call?.headers });
  };

  const paginateOperation = (
    name: ConnectionOperationName,
    variables?: Record<string, unknown>,
    paging?: PaginateOptions,
  ) =>
    paginate(
      (pageVariables: Record<string, unknown>) => methods[name](pageVariables) as Promise<Connection<unknown>>,
      variables,
      paging,
    );

  return { ...methods, request, paginate: paginateOperation } as unknown as UnisonClient;
}

/** The mutations whose input has no idempotencyKey (a test checks this against the schema). */
export const NO_IDEMPOTENCY_KEY: ReadonlySet<string> = new Set(['apiKeyCreate']);

function withIdempotencyKey(variables: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const input = variables?.input;
  if (!input || typeof input !== 'object' || hasIdempotencyKey(variables)) return variables;
  return { ...variables, input: { ...input, idempotencyKey: globalThis.crypto.randomUUID() } };
}

/** The API stores the first result per key, so repeating such a mutation cannot apply it twice. */
function hasIdempotencyKey(variables: Record<string, unknown> | undefined): boolean {
  const input = variables?.input as { idempotencyKey?: unknown } | undefined;
  return typeof input?.idempotencyKey === 'string' && input.idempotencyKey.length > 0;
}
