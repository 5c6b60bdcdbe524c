export {
  createClient,
  NO_IDEMPOTENCY_KEY,
  type CallOptions,
  type ClientOptions,
  type ConnectionOperationName,
  type NodeOf,
  type OperationMethod,
  type OperationMethods,
  type OperationName,
  type OperationResult,
  type OperationVariables,
  type UnisonClient,
} from './client.js';
export type { ResultOf, TypedDocument, VariablesOf } from './document.js';
export {
  AuthenticationError,
  BadUserInputError,
  InvalidTextError,
  ForbiddenError,
  InternalServerError,
  NetworkError,
  QueryTooComplexError,
  RateLimitedError,
  UnisonError,
  type ErrorCode,
  type GraphQLErrorEntry,
  type UnisonErrorDetails,
} from './errors.js';
export { paginate, type Connection, type PageArguments, type PageVariables, type PaginateOptions } from './paginate.js';
export type { FetchLike, ResponseLike } from './transport.js';
export { operations } from './generated/operations.js';
// Schema types (inputs, enums, operation results, fragments) and the typed documents, for `request()`.
export * from './generated/graphql.js';
