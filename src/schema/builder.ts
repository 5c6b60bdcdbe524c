import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type { Prisma } from '../generated/prisma/client.js';
import type { Role } from '../generated/prisma/enums.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import { hasRole } from '../platform/actor.js';
import type { GraphQLContext } from './context.js';
import { decodeGlobalId, encodeGlobalId } from './global-id.js';
import PrismaColumnFieldsPlugin from './prisma-column-fields.js';
import ReadRulesPlugin from './read-rules.js';

export const builder = new SchemaBuilder<{
  PrismaTypes: PrismaTypes;
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    Decimal: { Input: Prisma.Decimal; Output: Prisma.Decimal | string | number };
    DateTime: { Input: Date; Output: Date | string };
    Date: { Input: string; Output: Date | string };
    CurrencyCode: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
    ID: { Input: string; Output: string | number };
  };
  AuthScopes: {
    authenticated: boolean;
    /** Holds the role, or ADMIN. */
    role: Role;
    /** Holds at least one of the roles, or ADMIN. */
    anyRole: Role[];
  };
}>({
  // PrismaColumnFieldsPlugin before PrismaPlugin: it wraps plugin-prisma's resolvers, not the other way round.
  // ReadRulesPlugin after ScopeAuthPlugin: a field's own scopes run first, then its result meets the type's readRule.
  plugins: [ScopeAuthPlugin, ReadRulesPlugin, RelayPlugin, PrismaColumnFieldsPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      authenticated: ctx.actor !== null,
      role: (role: Role) => ctx.actor !== null && hasRole(ctx.actor, role),
      anyRole: (roles: Role[]) => ctx.actor !== null && roles.some((role) => hasRole(ctx.actor!, role)),
    }),
    runScopesOnType: true,
    unauthorizedError: (_parent, ctx, info) =>
      ctx.actor
        ? new GraphQLError(
            `Not allowed: ${info.parentType.name}.${info.fieldName} needs a role this API key does not have`,
            {
              extensions: { code: 'FORBIDDEN' },
            },
          )
        : new GraphQLError('Authentication required', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          }),
  },
  relay: {
    clientMutationId: 'omit',
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    cursorType: 'String',
    nodesOnConnection: { description: 'The nodes of this page, without cursors (shortcut for edges { node }).' },
    cursorFieldOptions: {
      description: 'Opaque cursor of this item; pass it as `after` or `before` to page from here.',
    },
    nodeFieldOptions: { description: 'The item.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page; null when the page is empty.' },
    firstArgOptions: { description: 'Page size from the start (or after `after`); default 20, at most 100.' },
    lastArgOptions: { description: 'Page size from the end (or before `before`); at most 100.' },
    afterArgOptions: { description: "Return items after this cursor (from a previous page's endCursor)." },
    beforeArgOptions: { description: "Return items before this cursor (from a previous page's startCursor)." },
    nodeTypeOptions: { description: 'An object with a globally unique, opaque ID.' },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    idFieldOptions: { description: "Opaque global ID; pass it to `node(id:)` or any field that takes this type's ID." },
    nodeQueryOptions: {
      description:
        'Fetches any object by its global ID, if it belongs to your organization and your roles may read it.',
      args: { id: { description: 'A global ID returned by this API.' } },
    } as never,
    nodesQueryOptions: {
      description: 'Fetches several objects by global ID; unknown IDs or IDs of other organizations give null.',
      args: { ids: { description: 'Global IDs returned by this API (at most 100).' } },
    } as never,
    defaultConnectionTypeOptions: {},
    defaultEdgeTypeOptions: {},
    edgesFieldOptions: { description: 'The page of results, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Pagination state of this page.' },
  },
  prisma: {
    client: (ctx) => ctx.db as never,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    maxConnectionSize: 100,
    defaultConnectionSize: 20,
    // A payload's object field skips its query when the mutation failed; that is not a missed selection.
    onUnusedQuery:
      process.env.NODE_ENV === 'production'
        ? null
        : (info) => {
            if (!info.parentType.name.endsWith('Payload')) {
              process.emitWarning(`Prisma query was unused in resolver for ${info.parentType.name}.${info.fieldName}`);
            }
          },
  },
});

/** The builder's resolved SchemaTypes, for helpers that take typed refs. */
export type SchemaTypesOf = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The field builder of an input type, for field groups shared by several inputs (create and update). */
export type InputFieldsBuilder = PothosSchemaTypes.InputFieldBuilder<SchemaTypesOf, 'InputObject'>;
