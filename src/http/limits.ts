import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  /** Cost: 1 per field; a connection multiplies what it selects by its page size (`first`/`last`, default 20). */
  maxCost: number;
  maxPageSize: number;
  defaultPageSize: number;
  /**
   * `__schema` and `__type` fields per operation. Each answers with a large part of the schema
   * whatever it selects, so without a cap a few aliased copies multiply one request into megabytes.
   */
  maxIntrospectionFields: number;
  /** Levels of objects and lists in one input value (a filter's AND/OR takes two: the list and the object in it). */
  maxInputDepth: number;
  /** Items in one input list: an `in:` filter, the lines of a document, the items of a price list. */
  maxListItems: number;
  /**
   * Conditions and values in one `where` argument. Each is also charged 1 in the cost: a wide OR
   * costs the database time per branch however small its page.
   */
  maxFilterTerms: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5_000,
  maxCost: 50_000,
  maxPageSize: 100,
  defaultPageSize: 20,
  maxIntrospectionFields: 3,
  maxInputDepth: 20,
  maxListItems: 5_000,
  maxFilterTerms: 5_000,
};

export function limitError(limit: string, message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, ...details, http: { status: 400 } },
  });
}

function pageSizeError(field: string, argument: string, value: number, max: number): GraphQLError {
  const what =
    argument === 'ids'
      ? `${argument} may hold at most ${max} IDs, got ${value}`
      : `${argument} must be between 0 and ${max}, got ${value}`;
  return new GraphQLError(`${field}: ${what}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, max, http: { status: 400 } },
  });
}

function filterSizeError(field: string, terms: number, max: number): GraphQLError {
  return limitError(
    'filterSize',
    `${field}: the where filter has ${terms} conditions and values; at most ${max} are allowed`,
    { max, actual: terms },
  );
}

/** Conditions and values in a filter: every object and every leaf value counts once. Input depth is bounded before this runs. */
function filterTerms(where: unknown): number {
  let terms = 0;
  const pending: unknown[] = [where];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) pending.push(...value);
    else if (typeof value === 'object' && !(value instanceof Date) && !('toFixed' in value)) {
      terms += 1;
      pending.push(...Object.values(value));
    } else terms += 1;
  }
  return terms;
}

interface Measure {
  cost: number;
  depth: number;
  aliases: number;
  introspection: number;
}

/** Walks an operation with its variables, charging connections by the page size they ask for. */
function measure(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): Measure {
  const totals = { aliases: 0, introspection: 0 };
  // Under __schema / __type only aliases are counted: their depth is the schema's own (the standard
  // introspection query nests ofType nine levels) and their size is bounded by maxIntrospectionFields.
  const countAliases = (selectionSet: SelectionSetNode, seen: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) totals.aliases += 1;
        if (selection.selectionSet) countAliases(selection.selectionSet, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        countAliases(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
        countAliases(fragments[selection.name.value].selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  // Cost and depth belong to a subtree; aliases and introspection fields are totals of the whole operation.
  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType,
    depth: number,
    seen: Set<string>,
  ): { cost: number; depth: number } => {
    let cost = 0;
    let maxDepth = depth;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) totals.aliases += 1;
        if (selection.name.value === '__typename') continue;
        if (selection.name.value.startsWith('__')) {
          totals.introspection += 1;
          cost += 1;
          if (selection.selectionSet) countAliases(selection.selectionSet, seen);
          continue;
        }
        const field =
          isObjectType(parent) || isInterfaceType(parent)
            ? (parent.getFields()[selection.name.value] as GraphQLField<unknown, unknown> | undefined)
            : undefined;
        if (!field) continue;
        const type = getNamedType(field.type);
        let multiplier = 1;
        if (field.args.some((arg) => arg.name === 'ids')) {
          const ids = getArgumentValues(field, selection, variables).ids as unknown[] | undefined;
          if (ids && ids.length > limits.maxPageSize)
            throw pageSizeError(`${parent.name}.${field.name}`, 'ids', ids.length, limits.maxPageSize);
          multiplier = ids?.length ?? 1;
        }
        if (type.name.endsWith('Connection')) {
          const args = getArgumentValues(field, selection, variables);
          for (const argument of ['first', 'last'] as const) {
            const value = args[argument] as number | undefined;
            if (value !== undefined && value !== null && (value < 0 || value > limits.maxPageSize)) {
              throw pageSizeError(`${parent.name}.${field.name}`, argument, value, limits.maxPageSize);
            }
          }
          multiplier =
            (args.first as number | undefined) ?? (args.last as number | undefined) ?? limits.defaultPageSize;
        }
        let filterCost = 0;
        if (field.args.some((arg) => arg.name === 'where')) {
          const terms = filterTerms(getArgumentValues(field, selection, variables).where);
          if (terms > limits.maxFilterTerms)
            throw filterSizeError(`${parent.name}.${field.name}`, terms, limits.maxFilterTerms);
          filterCost = terms;
        }
        const inner = selection.selectionSet ? walk(selection.selectionSet, type, depth + 1, seen) : { cost: 0, depth };
        cost += 1 + filterCost + multiplier * inner.cost;
        maxDepth = Math.max(maxDepth, inner.depth);
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
        if (!fragment) continue;
        const key = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : '';
        if (key && seen.has(key)) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        const inner = walk(fragment.selectionSet, condition ?? parent, depth, key ? new Set([...seen, key]) : seen);
        cost += inner.cost;
        maxDepth = Math.max(maxDepth, inner.depth);
      }
    }
    return { cost, depth: maxDepth };
  };
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, depth: 0, ...totals };
  return { ...walk(operation.selectionSet, root, 0, new Set()), ...totals };
}

function operationOf(document: DocumentNode, name: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return name ? operations.find((o) => o.name?.value === name) : operations[0];
}

/**
 * Depth, alias, token, cost and page-size limits. Each refusal names the limit, its maximum
 * and what the request asked for; the measured cost is reported in `extensions.cost`.
 */
export function useQueryLimits(limits: QueryLimits = DEFAULT_LIMITS): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: limits.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && /tokens/.test(error.message)) {
            throw limitError('tokens', `The document has more than ${limits.maxTokens} tokens`, {
              max: limits.maxTokens,
            });
          }
          if (error instanceof GraphQLError) {
            throw new GraphQLError(error.message, {
              source: error.source,
              positions: error.positions,
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          throw error;
        }
      });
    },
    onExecute({ args, setResultAndStopExecution }) {
      const operation = operationOf(args.document as DocumentNode, args.operationName);
      if (!operation) return;
      const document = args.document as DocumentNode;
      const fragments = Object.fromEntries(
        document.definitions
          .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      );
      let measured: Measure;
      try {
        measured = measure(
          args.schema,
          operation,
          fragments,
          (args.variableValues ?? {}) as Record<string, unknown>,
          limits,
        );
      } catch (error) {
        setResultAndStopExecution({ errors: [error as GraphQLError] });
        return;
      }
      const over =
        measured.depth > limits.maxDepth
          ? limitError(
              'depth',
              `The query is nested ${measured.depth} levels deep; at most ${limits.maxDepth} are allowed`,
              { max: limits.maxDepth, actual: measured.depth },
            )
          : measured.aliases > limits.maxAliases
            ? limitError(
                'aliases',
                `The query uses ${measured.aliases} aliases; at most ${limits.maxAliases} are allowed`,
                { max: limits.maxAliases, actual: measured.aliases },
              )
            : measured.introspection > limits.maxIntrospectionFields
              ? limitError(
                  'introspection',
                  `The query has ${measured.introspection} __schema/__type fields; at most ${limits.maxIntrospectionFields} are allowed`,
                  { max: limits.maxIntrospectionFields, actual: measured.introspection },
                )
              : measured.cost > limits.maxCost
                ? limitError(
                    'cost',
                    `The query costs ${measured.cost}; at most ${limits.maxCost} is allowed (connections cost their page size times what they select)`,
                    { max: limits.maxCost, actual: measured.cost },
                  )
                : null;
      if (over) {
        setResultAndStopExecution({ errors: [over] });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if ('data' in result || 'errors' in result) {
            setResult({
              ...result,
              extensions: { ...(result.extensions ?? {}), cost: { requested: measured.cost, limit: limits.maxCost } },
            });
          }
        },
      };
    },
  };
}
