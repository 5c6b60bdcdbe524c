import SchemaBuilder, { BasePlugin, isThenable, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { getDatamodel } from '../generated/pothos-types.js';

const pluginName = 'prismaColumnFields';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      prismaColumnFields: PrismaColumnFieldsPlugin<Types>;
    }
  }
}

/** Scalar and enum columns of every model: the only selections this plugin answers by itself. */
const columnsByModel = new Map(
  Object.entries(getDatamodel().datamodel.models).map(([name, model]) => [
    name,
    new Set(
      model.fields.filter((field) => field.kind === 'scalar' || field.kind === 'enum').map((field) => field.name),
    ),
  ]),
);

/** The columns of a field's static `select`, when it selects nothing but columns of `model`. */
function selectedColumns(select: unknown, model: string): string[] | null {
  if (!select || typeof select !== 'object') return null;
  const columns = columnsByModel.get(model);
  if (!columns) return null;
  const entries = Object.entries(select as Record<string, unknown>);
  if (entries.length === 0 || entries.some(([name, value]) => value !== true || !columns.has(name))) return null;
  return entries.map(([name]) => name);
}

/**
 * In select mode plugin-prisma wraps every field that selects something, exposed columns
 * included: per field and row it builds the response-path key, looks up the plan's mapping and
 * records a scope for the field's (nonexistent) descendants. For a field that reads only columns
 * of its parent row that work answers one question, whether the row was loaded with those
 * columns, and the row itself answers it: a column Prisma selected is present (null when empty),
 * one it did not select is absent. So when every column is on the row, the field resolves from it
 * directly; otherwise plugin-prisma's wrapper runs and loads what is missing, as before.
 *
 * Registered before the Prisma plugin, so it wraps plugin-prisma's resolver and is itself wrapped
 * by scope-auth and relay: authorization and everything else around the field are unchanged.
 */
export class PrismaColumnFieldsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const nodeId = this.wrapNodeId(resolver, fieldConfig);
    if (nodeId) return nodeId;
    if (fieldConfig.kind !== 'PrismaObject' || !fieldConfig.resolve) return resolver;
    const extensions = fieldConfig.extensions ?? {};
    if (extensions.pothosPrismaLoaded || extensions.pothosPrismaFallback) return resolver;
    const model = this.buildCache.getTypeConfig(fieldConfig.parentType).extensions?.pothosPrismaModel as
      string | undefined;
    const columns = model ? selectedColumns(extensions.pothosPrismaSelect, model) : null;
    if (!columns) return resolver;
    const direct = fieldConfig.resolve as GraphQLFieldResolver<unknown, Types['Context'], object>;
    if (columns.length === 1) {
      const [column] = columns;
      return (parent, args, context, info) =>
        (parent as Record<string, unknown>)[column] !== undefined
          ? direct(parent, args, context, info)
          : resolver(parent, args, context, info);
    }
    return (parent, args, context, info) =>
      columns.every((column) => (parent as Record<string, unknown>)[column] !== undefined)
        ? direct(parent, args, context, info)
        : resolver(parent, args, context, info);
  }

  /**
   * A Relay node's `id` resolves through plugin-relay's `globalID`, an async function: every
   * object of a page pays a promise, and graphql-js then settles each object's fields as a
   * promise too. The node's own id serializer (prismaNode's reads the id column) is synchronous,
   * so when it returns a value the global ID is encoded right away with the same encoder;
   * anything else (a missing id, an async serializer) goes through the original resolver.
   */
  private wrapNodeId(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | null {
    const relay = this.builder.options.relay;
    if (fieldConfig.kind !== 'Object' || fieldConfig.name !== (relay?.idFieldName ?? 'id') || !relay?.encodeGlobalID)
      return null;
    const typeConfig = this.buildCache.getTypeConfig(fieldConfig.parentType);
    if (typeConfig.kind !== 'Object') return null;
    const serialize = (typeConfig.pothosOptions as { id?: { resolve?: unknown } }).id?.resolve;
    if (typeof serialize !== 'function') return null;
    const encode = relay.encodeGlobalID;
    const typename = typeConfig.name;
    return (parent, args, context, info) => {
      const id = (serialize as GraphQLFieldResolver<unknown, Types['Context'], object>)(parent, args, context, info);
      return id === null || id === undefined || isThenable(id)
        ? resolver(parent, args, context, info)
        : encode(typename, String(id), context);
    };
  }
}

SchemaBuilder.registerPlugin(pluginName, PrismaColumnFieldsPlugin);

export default pluginName;
