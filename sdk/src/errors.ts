/** One entry of a GraphQL response's top-level `errors`. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

/** `extensions.code` values the Unison API sends, plus NETWORK_ERROR for failures before a GraphQL answer. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'INVALID_TEXT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | (string & {});

export interface UnisonErrorDetails {
  code: ErrorCode;
  /** The `x-request-id` response header; quote it when reporting a problem. */
  requestId?: string;
  /** The raw top-level GraphQL errors; empty when there was no GraphQL answer. */
  errors?: GraphQLErrorEntry[];
  /** HTTP status of the response, when there was one. */
  status?: number;
  /** Partial data the server returned alongside the errors, if any. */
  data?: unknown;
  cause?: unknown;
}

/**
 * A request the API refused or could not answer. Payload errors of mutations (`errors` in the
 * result) are not thrown: they are typed data the caller is expected to handle.
 */
export class UnisonError extends Error {
  override name = 'UnisonError';
  readonly code: ErrorCode;
  readonly requestId: string | undefined;
  readonly errors: GraphQLErrorEntry[];
  readonly status: number | undefined;
  readonly data: unknown;

  constructor(message: string, details: UnisonErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = details.code;
    this.requestId = details.requestId;
    this.errors = details.errors ?? [];
    this.status = details.status;
    this.data = details.data;
  }
}

/** UNAUTHENTICATED: the API key is missing, unknown, malformed or revoked. */
export class AuthenticationError extends UnisonError {
  override name = 'AuthenticationError';
}

/** FORBIDDEN: the API key is valid but lacks a role the operation needs. */
export class ForbiddenError extends UnisonError {
  override name = 'ForbiddenError';
}

/** BAD_USER_INPUT: the document or its variables are invalid (syntax, types, page size above 100). */
export class BadUserInputError extends UnisonError {
  override name = 'BadUserInputError';
}

/**
 * INVALID_TEXT: a string holds a control character other than tab and newline (NUL, for one) or a
 * broken UTF-16 surrogate. `field` is the path: `$input.name` in a variable, `customerCreate.input.name`
 * in the document.
 */
export class InvalidTextError extends BadUserInputError {
  override name = 'InvalidTextError';
  readonly field: string | undefined;

  constructor(message: string, details: UnisonErrorDetails) {
    super(message, details);
    const field = details.errors?.find((error) => error.extensions?.code === 'INVALID_TEXT')?.extensions?.field;
    this.field = typeof field === 'string' ? field : undefined;
  }
}

/** RATE_LIMITED: too many requests; wait `retryAfter` seconds (when the server says) before trying again. */
export class RateLimitedError extends UnisonError {
  override name = 'RateLimitedError';
  readonly retryAfter: number | undefined;

  constructor(message: string, details: UnisonErrorDetails & { retryAfter?: number }) {
    super(message, details);
    this.retryAfter = details.retryAfter;
  }
}

/** QUERY_TOO_COMPLEX: depth, cost, alias, token, introspection, input depth, list size, filter size or body-size limit exceeded; `limit` names which. */
export class QueryTooComplexError extends UnisonError {
  override name = 'QueryTooComplexError';
  readonly limit: string | undefined;
  readonly max: number | undefined;
  readonly actual: number | undefined;

  constructor(message: string, details: UnisonErrorDetails) {
    super(message, details);
    const extensions =
      details.errors?.find((error) => error.extensions?.code === 'QUERY_TOO_COMPLEX')?.extensions ?? {};
    this.limit = typeof extensions.limit === 'string' ? extensions.limit : undefined;
    this.max = typeof extensions.max === 'number' ? extensions.max : undefined;
    this.actual = typeof extensions.actual === 'number' ? extensions.actual : undefined;
  }
}

/** INTERNAL_SERVER_ERROR: a bug or outage on the server; the details are in its log under `requestId`. */
export class InternalServerError extends UnisonError {
  override name = 'InternalServerError';
}

/** The request did not get a GraphQL answer: connection refused, DNS, TLS, or a gateway error page. */
export class NetworkError extends UnisonError {
  override name = 'NetworkError';
}

const CLASS_BY_CODE: Record<string, new (message: string, details: UnisonErrorDetails) => UnisonError> = {
  UNAUTHENTICATED: AuthenticationError,
  FORBIDDEN: ForbiddenError,
  BAD_USER_INPUT: BadUserInputError,
  INVALID_TEXT: InvalidTextError,
  RATE_LIMITED: RateLimitedError,
  QUERY_TOO_COMPLEX: QueryTooComplexError,
  INTERNAL_SERVER_ERROR: InternalServerError,
};

/** The error for a GraphQL response with top-level errors; the first error's code decides the class. */
export function errorFromGraphQL(
  errors: GraphQLErrorEntry[],
  context: { status: number; requestId?: string; data?: unknown; retryAfter?: number },
): UnisonError {
  const code = errors[0]?.extensions?.code;
  const details: UnisonErrorDetails & { retryAfter?: number } = {
    code: typeof code === 'string' ? code : 'UNKNOWN',
    requestId: context.requestId ?? stringExtension(errors, 'requestId'),
    errors,
    status: context.status,
    data: context.data,
    retryAfter: context.retryAfter ?? numberExtension(errors, 'retryAfterSeconds'),
  };
  const message = errors.map((error) => error.message).join('; ');
  const ErrorClass = CLASS_BY_CODE[details.code] ?? UnisonError;
  return new ErrorClass(message, details);
}

/** The error for an HTTP response that carries no GraphQL errors (a proxy page, an empty body). */
export function errorFromStatus(status: number, context: { requestId?: string; retryAfter?: number }): UnisonError {
  const message = `HTTP ${status} without a GraphQL response`;
  const details = { status, requestId: context.requestId };
  if (status === 401) return new AuthenticationError(message, { ...details, code: 'UNAUTHENTICATED' });
  if (status === 403) return new ForbiddenError(message, { ...details, code: 'FORBIDDEN' });
  if (status === 429)
    return new RateLimitedError(message, { ...details, code: 'RATE_LIMITED', retryAfter: context.retryAfter });
  if (status === 500) return new InternalServerError(message, { ...details, code: 'INTERNAL_SERVER_ERROR' });
  if (status >= 502) return new NetworkError(message, { ...details, code: 'NETWORK_ERROR' });
  return new UnisonError(message, { ...details, code: 'UNKNOWN' });
}

function stringExtension(errors: GraphQLErrorEntry[], key: string): string | undefined {
  const value = errors.find((error) => typeof error.extensions?.[key] === 'string')?.extensions?.[key];
  return value as string | undefined;
}

function numberExtension(errors: GraphQLErrorEntry[], key: string): number | undefined {
  const value = errors.find((error) => typeof error.extensions?.[key] === 'number')?.extensions?.[key];
  return value as number | undefined;
}
