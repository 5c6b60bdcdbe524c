import { BREAK, GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError, type QueryLimits } from './limits.js';

// C0 controls other than tab, newline and carriage return, DEL, C1 controls, and unpaired UTF-16
// surrogates: none of them is text, PostgreSQL refuses NUL and lone surrogates outright, and the rest
// end up invisible in documents, exports and logs.
const NOT_TEXT =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function invalidTextError(field: string, text: string): GraphQLError | null {
  const match = NOT_TEXT.exec(text);
  if (!match) return null;
  const char = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return new GraphQLError(
    `${field} contains ${char} at position ${match.index}; text may hold no control characters other than tab and newline`,
    {
      extensions: { code: 'INVALID_TEXT', field, character: char, http: { status: 400 } },
    },
  );
}

function depthError(field: string, limits: QueryLimits): GraphQLError {
  return limitError('inputDepth', `${field} nests more than ${limits.maxInputDepth} levels of objects and lists`, {
    max: limits.maxInputDepth,
    field,
  });
}

function listError(field: string, size: number, limits: QueryLimits): GraphQLError {
  return limitError('listSize', `${field} has ${size} items; a list may have at most ${limits.maxListItems}`, {
    max: limits.maxListItems,
    actual: size,
    field,
  });
}

/**
 * Checks request variables before graphql-js coerces them, which it does recursively: a deep enough
 * value would overflow the stack there. Walks with its own stack; paths read `$input.lines.0.notes`.
 */
export function checkVariables(variables: Record<string, unknown>, limits: QueryLimits): GraphQLError | null {
  const pending: [value: unknown, path: string, depth: number][] = Object.entries(variables).map(([name, value]) => [
    value,
    `$${name}`,
    0,
  ]);
  while (pending.length > 0) {
    const [value, path, depth] = pending.pop()!;
    if (typeof value === 'string') {
      const error = invalidTextError(path, value);
      if (error) return error;
    } else if (value !== null && typeof value === 'object') {
      if (depth >= limits.maxInputDepth) return depthError(path, limits);
      if (Array.isArray(value)) {
        if (value.length > limits.maxListItems) return listError(path, value.length, limits);
        value.forEach((item, index) => pending.push([item, `${path}.${index}`, depth + 1]));
      } else {
        for (const [key, item] of Object.entries(value)) pending.push([item, `${path}.${key}`, depth + 1]);
      }
    }
  }
  return null;
}

/** `customerCreate.input.lines.0.notes` for a value in a literal argument; `path` is the visitor's key path. */
function literalPath(document: DocumentNode, path: readonly (string | number)[]): string {
  const segments: string[] = [];
  let node: unknown = document;
  let parent: unknown = null;
  for (const key of path) {
    const container = node;
    node = (node as Record<string | number, unknown>)[key];
    if (Array.isArray(container) && (parent as ASTNode | null)?.kind === Kind.LIST) segments.push(String(key));
    if (!Array.isArray(node) && node && typeof node === 'object') {
      const ast = node as ASTNode;
      if (ast.kind === Kind.FIELD) segments.splice(0, segments.length, (ast.alias ?? ast.name).value);
      else if (ast.kind === Kind.VARIABLE_DEFINITION)
        segments.splice(0, segments.length, `$${ast.variable.name.value}`);
      else if (ast.kind === Kind.ARGUMENT || ast.kind === Kind.OBJECT_FIELD) segments.push(ast.name.value);
      parent = ast;
    }
  }
  return segments.join('.');
}

/** The same rules for values written into the document itself (arguments, defaults, directives). */
export function checkDocumentValues(document: DocumentNode, limits: QueryLimits): GraphQLError | null {
  let found: GraphQLError | null = null;
  let depth = 0;
  const nested = {
    enter(node: ASTNode, _key: unknown, _parent: unknown, path: readonly (string | number)[]) {
      depth += 1;
      if (depth > limits.maxInputDepth) found = depthError(literalPath(document, path), limits);
      else if (node.kind === Kind.LIST && node.values.length > limits.maxListItems)
        found = listError(literalPath(document, path), node.values.length, limits);
      return found ? BREAK : undefined;
    },
    leave() {
      depth -= 1;
    },
  };
  // graphql-js visits with its own stack, so a deep literal cannot overflow ours.
  visit(document, {
    ObjectValue: nested,
    ListValue: nested,
    StringValue(node, _key, _parent, path) {
      found = invalidTextError(literalPath(document, path), node.value);
      return found ? BREAK : undefined;
    },
  });
  return found;
}

/**
 * One rule for every text input, whatever the field: no control characters (INVALID_TEXT naming
 * the field), and input values nested at most `maxInputDepth` levels with lists of at most
 * `maxListItems` items (QUERY_TOO_COMPLEX), checked before anything parses or coerces them.
 */
export function useInputRules(limits: QueryLimits): Plugin {
  return {
    onParams({ params, setResult }) {
      const variables = params.variables;
      if (variables && typeof variables === 'object') {
        const error = checkVariables(variables as Record<string, unknown>, limits);
        if (error) return setResult({ errors: [error] });
      }
      if (typeof params.operationName === 'string') {
        const error = invalidTextError('operationName', params.operationName);
        if (error) return setResult({ errors: [error] });
      }
    },
    // At execution rather than validation: graphql-yoga answers validation errors with HTTP 200,
    // and these are limits like the others (400).
    onExecute({ args, setResultAndStopExecution }) {
      const error = checkDocumentValues(args.document as DocumentNode, limits);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
