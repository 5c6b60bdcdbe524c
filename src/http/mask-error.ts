import { GraphQLError } from 'graphql';
import type { Logger } from '../platform/logger.js';
import { currentRequestId } from '../platform/request-scope.js';

/**
 * Decides what a caller sees of an error. GraphQL errors are about the request (bad variables,
 * unsupported argument combinations, our own coded errors) and pass through, with BAD_USER_INPUT
 * when they carry no code. Anything else is a bug or an outage: logged in full, answered with
 * INTERNAL_SERVER_ERROR and the request id, and with the message only outside production.
 */
export function createErrorMasker(logger: Logger, production: boolean) {
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
        ...(production ? {} : { detail: (cause as Error)?.message }),
      },
    });
  };
}
