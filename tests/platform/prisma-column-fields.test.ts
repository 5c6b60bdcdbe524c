import { randomUUID } from 'node:crypto';
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { execute, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import type PrismaTypes from '../../src/generated/pothos-types.js';
import { getDatamodel } from '../../src/generated/pothos-types.js';
import { decodeGlobalId, encodeGlobalId } from '../../src/schema/global-id.js';
import PrismaColumnFieldsPlugin from '../../src/schema/prisma-column-fields.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let schema: GraphQLSchema;
let customerId: string;

/** The plugin in the same place as in the API's builder, on a schema small enough to reason about. */
function buildSchema(): GraphQLSchema {
  const builder = new SchemaBuilder<{
    PrismaTypes: PrismaTypes;
    Context: { db: PrismaClient };
    AuthScopes: { reader: boolean; nobody: boolean };
  }>({
    plugins: [ScopeAuthPlugin, RelayPlugin, PrismaColumnFieldsPlugin, PrismaPlugin],
    scopeAuth: { authScopes: () => ({ reader: true, nobody: false }), runScopesOnType: true },
    relay: { encodeGlobalID: encodeGlobalId, decodeGlobalID: decodeGlobalId },
    prisma: { client: (ctx) => ctx.db, dmmf: getDatamodel(), onUnusedQuery: null },
  });
  const Customer = builder.prismaNode('Customer', {
    select: { id: true },
    authScopes: { reader: true },
    id: { field: 'id' },
    fields: (t) => ({
      code: t.exposeString('code'),
      guardedCode: t.exposeString('code', { nullable: true, authScopes: { nobody: true } }),
      creditLimit: t.string({
        nullable: true,
        select: { creditLimit: true, currency: true },
        resolve: (customer) => (customer.creditLimit === null ? null : `${customer.creditLimit} ${customer.currency}`),
      }),
    }),
  });
  builder.queryType({
    fields: (t) => ({
      planned: t.prismaField({
        type: 'Customer',
        resolve: (query, _root, _args, ctx) =>
          ctx.db.customer.findUniqueOrThrow({ ...query, where: { id: customerId } }),
      }),
      // Rows the planner never saw: only what the resolver put on them.
      idOnly: t.field({ type: Customer, resolve: () => ({ id: customerId }) as never }),
      withCode: t.field({ type: Customer, resolve: () => ({ id: customerId, code: 'FROM-THE-ROW' }) as never }),
    }),
  });
  return builder.toSchema();
}

async function run(query: string) {
  let result: Awaited<ReturnType<typeof execute>> | undefined;
  const statements = await t.countStatements(async () => {
    result = await execute({ schema, document: parse(query), contextValue: { db: t.db.prisma } });
  });
  return { result: result!, statements };
}

beforeAll(async () => {
  t = await createTestApp();
  const org = await t.newOrg('Column fields');
  customerId = randomUUID();
  await t.db.prisma.customer.create({
    data: {
      id: customerId,
      organizationId: org.organizationId,
      code: 'C-1',
      kind: 'COMPANY',
      name: 'Acme',
      currency: 'EUR',
      creditLimit: '1000',
    },
  });
  schema = buildSchema();
});
afterAll(() => t.close());

describe('column fields of a prisma object in select mode', () => {
  it('resolve from a planned row without another query', async () => {
    const { result, statements } = await run('{ planned { id code creditLimit } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      planned: { id: encodeGlobalId('Customer', customerId), code: 'C-1', creditLimit: '1000 EUR' },
    });
    expect(statements).toBe(1);
  });

  it('load what a row does not carry, through plugin-prisma', async () => {
    const { result, statements } = await run('{ idOnly { id code creditLimit } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      idOnly: { id: encodeGlobalId('Customer', customerId), code: 'C-1', creditLimit: '1000 EUR' },
    });
    expect(statements).toBeGreaterThan(0);
  });

  it('answer from the row when it carries the column, and load only the columns it lacks', async () => {
    const { result } = await run('{ withCode { code creditLimit } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ withCode: { code: 'FROM-THE-ROW', creditLimit: '1000 EUR' } });
  });

  it("still run the field's auth scopes, which wrap the fast path", async () => {
    const { result } = await run('{ withCode { code guardedCode } }');
    expect(result.data).toEqual({ withCode: { code: 'FROM-THE-ROW', guardedCode: null } });
    expect(result.errors?.map((error) => error.path?.join('.'))).toEqual(['withCode.guardedCode']);
  });

  it('encode node ids synchronously, as plugin-relay would', async () => {
    const { result } = await run('{ withCode { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ withCode: { id: encodeGlobalId('Customer', customerId) } });
    // Not a promise: the executor completes the object without its promise path.
    const customer = schema.getType('Customer') as GraphQLObjectType;
    const id = customer.getFields().id.resolve!({ id: customerId }, {}, { db: t.db.prisma }, {
      parentType: customer,
      fieldName: 'id',
    } as never);
    expect(id).toBe(encodeGlobalId('Customer', customerId));
  });
});
