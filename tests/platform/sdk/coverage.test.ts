import { describe, expect, it } from 'vitest';
import {
  Kind,
  getNamedType,
  isInterfaceType,
  validate,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getSchema } from '../../../src/schema/index.js';
import { operations as generatedOperations } from '../../../sdk/src/generated/operations.js';
import { loadOperationDocuments, operationsOf } from './operations.js';

const schema = getSchema();
const document = loadOperationDocuments();
const operations = operationsOf(document);
const fragments = new Map(
  document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((fragment) => [fragment.name.value, fragment]),
);
const byName = new Map(operations.map((operation) => [operation.name?.value, operation]));

/** Fields selected at one level, looking through fragment spreads and inline fragments. */
function fieldsAt(selectionSet: SelectionSetNode | undefined): FieldNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsAt(selection.selectionSet);
    return fieldsAt(fragments.get(selection.name.value)?.selectionSet);
  });
}

function field(selectionSet: SelectionSetNode | undefined, name: string): FieldNode | undefined {
  return fieldsAt(selectionSet).find((f) => f.name.value === name);
}

/** Type conditions of the inline fragments and spreads directly under a field. */
function typeConditions(selectionSet: SelectionSetNode | undefined): Set<string> {
  const names = new Set<string>();
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) continue;
    const target = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
    if (target?.typeCondition) names.add(target.typeCondition.name.value);
    for (const name of typeConditions(target?.selectionSet)) names.add(name);
  }
  return names;
}

function rootFieldOf(operation: OperationDefinitionNode): FieldNode {
  return operation.selectionSet.selections[0] as FieldNode;
}

describe('SDK operations', () => {
  it('cover every root Query and Mutation field', () => {
    const missing = [schema.getQueryType(), schema.getMutationType()]
      .flatMap((type) => (type ? Object.keys(type.getFields()).map((name) => ({ type: type.name, name })) : []))
      .filter(({ name }) => !byName.has(name))
      .map(({ type, name }) => `${type}.${name}`);
    expect(missing, `root fields without an operation in sdk/operations: ${missing.join(', ')}`).toEqual([]);
  });

  it('are valid against the server schema', () => {
    const errors = validate(schema, document).map((error) => `${error.source?.name ?? ''}: ${error.message}`);
    expect(errors).toEqual([]);
  });

  it('each select exactly the root field they are named after', () => {
    const wrong = operations
      .filter((operation) => {
        const [root, ...others] = operation.selectionSet.selections;
        return (
          others.length > 0 || root?.kind !== Kind.FIELD || root.alias || root.name.value !== operation.name?.value
        );
      })
      .map((operation) => operation.name?.value ?? '(anonymous)');
    expect(wrong).toEqual([]);
  });

  it('page connections by $first/$after and select totalCount, pageInfo and nodes', () => {
    const problems: string[] = [];
    for (const operation of operations) {
      const root = rootFieldOf(operation);
      const rootType = operation.operation === 'query' ? schema.getQueryType() : schema.getMutationType();
      const type = rootType?.getFields()[root.name.value]?.type;
      if (!type || !getNamedType(type).name.endsWith('Connection')) continue;
      const name = root.name.value;
      for (const argument of ['first', 'after']) {
        const passed = root.arguments?.find((a) => a.name.value === argument);
        if (passed?.value.kind !== Kind.VARIABLE || passed.value.name.value !== argument)
          problems.push(`${name}: pass $${argument}`);
      }
      for (const selected of ['totalCount', 'pageInfo', 'nodes']) {
        if (!field(root.selectionSet, selected)) problems.push(`${name}: select ${selected}`);
      }
      for (const selected of ['hasNextPage', 'endCursor']) {
        if (!field(field(root.selectionSet, 'pageInfo')?.selectionSet, selected))
          problems.push(`${name}: select pageInfo.${selected}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('select errors { code message field } on every mutation payload', () => {
    const problems = operations
      .filter((operation) => operation.operation === 'mutation')
      .filter((operation) => {
        const errors = field(rootFieldOf(operation).selectionSet, 'errors');
        return !['code', 'message', 'field'].every((name) => field(errors?.selectionSet, name));
      })
      .map((operation) => operation.name?.value);
    expect(problems).toEqual([]);
  });

  it('select every Node type in node and nodes', () => {
    const nodeInterface = schema.getType('Node');
    if (!isInterfaceType(nodeInterface)) throw new Error('the schema has no Node interface');
    const nodeTypes = schema.getImplementations(nodeInterface).objects.map((type) => type.name);
    for (const name of ['node', 'nodes']) {
      const operation = byName.get(name);
      const covered = operation ? typeConditions(rootFieldOf(operation).selectionSet) : new Set<string>();
      const missing = nodeTypes.filter((type) => !covered.has(type));
      expect(missing, `${name}: add \`... on <Type>\` for ${missing.join(', ')}`).toEqual([]);
    }
  });

  it('match the generated operations map (run `npm run codegen` after editing them)', () => {
    expect(Object.keys(generatedOperations).sort()).toEqual([...byName.keys()].sort());
  });
});
