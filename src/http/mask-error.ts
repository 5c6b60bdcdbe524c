import { GraphQLError } from 'graphql';
import type { Logger } from '../platform/logger.js';
import { currentRequestId } from '../platform/request-scope.js';

/**
 * Decides what a caller sees of an error. GraphQL errors are about the request (bad variables,
 * unsupported argument combinations, our own coded errors) and pass through, with BAD_USER_INPUT
 * when they carry no code. Anything else is a bug or an outage: logged in full, answered with
 * INTERNAL_SERVER_ERROR, HTTP 500 and the request id; the message only when debugging is asked for
 * (it can hold SQL, file paths and source lines).
 */
export function createErrorMasker(logger: Logger, debugErrors: boolean) {
  return (error: unknown): Error => {
    const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (cause instanceof GraphQLError) {
      const outer = error as GraphQLError;
      const code = cause.extensions?.code ?? outer.extensions?.code ?? 'BAD_USER_INPUT';
      return new GraphQLError(cause.message, {
        nodes: outer.nodes,
        source: outer.source,
        positions: outer.positions,
        path: outer.path,
        extensions: { ...outer.extensions, ...cause.extensions, code },
      });
    }
    const requestId = currentRequestId();
    logger.error('unexpected error', { requestId, error: (cause as Error)?.message, stack: (cause as Error)?.stack });
    return new GraphQLError('Internal server error', {
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        ...(requestId ? { requestId } : {}),
        ...(debugErrors ? { detail: (cause as Error)?.message } : {}),
        http: { status: 500 },
      },
    });
  };
}
