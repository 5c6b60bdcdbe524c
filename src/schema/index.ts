import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './platform.js';
import './crm.js';
import '../resolvers/platform.js';
import '../resolvers/crm.js';

builder.queryType({ description: 'Everything you can read. Every field checks your API key\'s organization and roles.' });
builder.mutationType({
  description: 'Everything you can change. Each mutation runs in one transaction, writes an audit record and emits domain events.',
});

let schema: GraphQLSchema | undefined;

export function getSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: false });
  return schema;
}

/** The SDL committed as schema.graphql, sorted so diffs show real changes only. */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
