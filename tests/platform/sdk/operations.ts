import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, Source, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';

const OPERATIONS_DIR = fileURLToPath(new URL('../../../sdk/operations/', import.meta.url));

/** All SDK operation documents as one document, since fragments are shared across files. */
export function loadOperationDocuments(): DocumentNode {
  const files = readdirSync(OPERATIONS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.graphql'))
    .sort();
  const definitions = files.flatMap(
    (name) => parse(new Source(readFileSync(join(OPERATIONS_DIR, name), 'utf8'), `sdk/operations/${name}`)).definitions,
  );
  return { kind: Kind.DOCUMENT, definitions };
}

export function operationsOf(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}
