import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Every top-level error carries `extensions.code`. graphql-js leaves syntax, validation and
 * variable-coercion errors without one; they are all input the caller can fix.
 */
export function useErrorCodes(): Plugin {
  const withCode = (errors: readonly GraphQLError[]) =>
    errors.map((error) =>
      error.extensions?.code
        ? error
        : new GraphQLError(error.message, {
            nodes: error.nodes,
            source: error.source,
            positions: error.positions,
            path: error.path,
            originalError: error.originalError,
            extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
          }),
    );
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(withCode(result as GraphQLError[]));
      };
    },
  };
}
