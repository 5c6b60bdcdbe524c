import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../schema/context.js';

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

function onlyIntrospection(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  return (
    !!operation &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))
  );
}

/**
 * Requests without a key may only introspect (so GraphiQL and codegen can load the schema);
 * anything else gets HTTP 401 before a resolver runs. Bad or revoked keys are refused earlier,
 * when the context is built.
 */
export function useRequireAuthentication(): Plugin<GraphQLContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as GraphQLContext;
      if (ctx.actor || onlyIntrospection(args.document as DocumentNode, args.operationName)) return;
      setResultAndStopExecution({
        errors: [unauthenticated('Authentication required: send "Authorization: Bearer <API key>"')],
      });
    },
  };
}
