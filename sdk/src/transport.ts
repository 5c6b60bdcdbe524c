import { errorFromGraphQL, errorFromStatus, NetworkError, UnisonError, type GraphQLErrorEntry } from './errors.js';

/** The part of the platform `fetch` the SDK uses; pass any compatible implementation. */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<ResponseLike>;

export interface ResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface TransportConfig {
  url: string;
  apiKey: string;
  fetch: FetchLike;
  retries: number;
  headers: Record<string, string>;
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** False for mutations without an idempotency key: a retry could apply them twice. */
  retryable: boolean;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** "Try again later": rate limited, or a gateway or the server is briefly unavailable. */
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const BASE_DELAY_MS = 250;
/** Longest wait between attempts; a longer Retry-After is handed to the caller instead of blocking the call. */
const MAX_DELAY_MS = 30_000;

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: GraphQLErrorEntry[];
}

/** Sends one GraphQL request, retrying transient failures, and returns `data` or throws a UnisonError. */
export async function execute(config: TransportConfig, request: GraphQLRequest): Promise<Record<string, unknown>> {
  const init = {
    method: 'POST' as const,
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...lowerCaseNames(config.headers),
      ...lowerCaseNames(request.headers),
      authorization: `Bearer ${config.apiKey}`,
    },
    body: JSON.stringify({
      query: request.query,
      variables: request.variables ?? {},
      operationName: request.operationName,
    }),
    signal: request.signal,
  };
  const retries = request.retryable ? config.retries : 0;
  for (let attempt = 0; ; attempt += 1) {
    const { outcome, retryAfter } = await attemptOnce(config, init);
    if (!(outcome instanceof UnisonError)) return outcome;
    const transient = outcome instanceof NetworkError || RETRY_STATUSES.has(outcome.status ?? 0);
    const serverDelay = (retryAfter ?? 0) * 1000;
    if (!transient || attempt >= retries || serverDelay > MAX_DELAY_MS) throw outcome;
    await sleep(Math.max(backoff(attempt), serverDelay), request.signal);
  }
}

type Outcome = Record<string, unknown> | UnisonError;

async function attemptOnce(
  config: TransportConfig,
  init: Parameters<FetchLike>[1],
): Promise<{ outcome: Outcome; retryAfter?: number }> {
  try {
    const response = await config.fetch(config.url, init);
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    return { outcome: await readResponse(response, retryAfter), retryAfter };
  } catch (error) {
    // The caller's abort is not a network failure: let its own reason through.
    if (init.signal?.aborted) throw error;
    return {
      outcome: new NetworkError(`Could not reach ${config.url}: ${describe(error)}`, {
        code: 'NETWORK_ERROR',
        cause: error,
      }),
    };
  }
}

async function readResponse(
  response: ResponseLike,
  retryAfter: number | undefined,
): Promise<Record<string, unknown> | UnisonError> {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const text = await response.text();
  const parsed = parseBody(text);
  if (!parsed) return errorFromStatus(response.status, { requestId, retryAfter });
  if (parsed.errors && parsed.errors.length > 0) {
    return errorFromGraphQL(parsed.errors, {
      status: response.status,
      requestId,
      data: parsed.data ?? undefined,
      retryAfter,
    });
  }
  if (!parsed.data) return errorFromStatus(response.status, { requestId, retryAfter });
  return parsed.data;
}

function parseBody(text: string): GraphQLBody | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && ('data' in value || 'errors' in value)) return value as GraphQLBody;
  } catch {
    // Not JSON: a proxy's error page or a truncated body; the status decides the error.
  }
  return undefined;
}

/** Retry-After in seconds, from either of its two forms (delta-seconds or an HTTP date). */
function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Exponential with jitter, so many clients failing together do not retry in lockstep. */
function backoff(attempt: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_DELAY_MS) * (0.5 + Math.random() / 2);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** Header names are case-insensitive; one spelling keeps a caller's header from doubling ours. */
function lowerCaseNames(headers: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const message = error instanceof Error ? error.message : String(error);
  return cause?.code ? `${message} (${cause.code})` : message;
}
