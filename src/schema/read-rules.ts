import SchemaBuilder, {
  BasePlugin,
  getTypeBrand,
  isThenable,
  type PothosOutputFieldConfig,
  type PothosOutputFieldType,
  type PothosTypeConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { Actor } from '../platform/actor.js';
import type { TenantClient } from '../platform/db/tenant-client.js';
import type { GraphQLContext } from './context.js';
import { rowsById } from './loaders.js';

const pluginName = 'readRules';

/**
 * Who may read the rows of one object type, wherever the type appears: a relation of another
 * type, a mutation payload, `node(id:)`, `nodes(ids:)`. Set it as the type's `readRule`.
 */
export interface ReadRule {
  /** Names the rule in the per-request cache, e.g. the model "approvalRequest". */
  model: string;
  /** Of these ids, the rows `where` matches (only their ids): `db.<model>.findMany` on the tenant-bound client. */
  visible(db: TenantClient, ids: string[], where: object): Promise<{ id: string }[]>;
  /** The rows the actor may read as a Prisma where clause; EVERY_ROW and NO_ROW decide without a query. */
  where(actor: Actor | null): object;
  /** Decides a loaded row without a query when its own columns tell (true or false); undefined asks the database. */
  quick?(row: Record<string, unknown>, actor: Actor): boolean | undefined;
}

/** `where` of an actor who may read every row (of its organization). */
export const EVERY_ROW: object = Object.freeze({});
/** `where` of an actor who may read no row. */
export const NO_ROW: object = Object.freeze({ id: '00000000-0000-0000-0000-000000000000' });

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      readRules: ReadRulesPlugin<Types>;
    }
    // Declaration merging needs Pothos's own type parameters, used or not.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    interface ObjectTypeOptions<Types extends SchemaTypes, Shape> {
      /**
       * Who may read this type's rows. A field returning the type (or a list of it) answers null
       * (or leaves the row out) for anyone else, without an error; so do `node` and `nodes`. Any
       * other path that reaches a hidden row (a connection whose query forgot the rule's `where`)
       * fails with FORBIDDEN instead of showing it.
       */
      readRule?: ReadRule;
    }
  }
}

/**
 * The field extension naming the restricted types a field can return: on a nullable field or a list
 * (outside connections) the plugin answers null or leaves hidden rows out; elsewhere (a non-null
 * field, a connection's page) the type's authScopes refuses a hidden row with FORBIDDEN.
 */
export const READ_RULE_EXTENSION = 'readRule';

/** The ids among a batch of rows of `rule` that `where` lets the actor read: one statement per request, type and level. */
function visibleRows(rule: ReadRule, ctx: GraphQLContext, where: object) {
  return rowsById(ctx, `readRule:${rule.model}`, (ids) => rule.visible(ctx.db, ids, where));
}

/** Whether the caller may read this row of a type with `rule`: at most one batched statement per request and type. */
export function canRead(rule: ReadRule, row: unknown, ctx: GraphQLContext): boolean | Promise<boolean> {
  if (!ctx.actor || typeof row !== 'object' || row === null) return false;
  const where = rule.where(ctx.actor);
  if (where === EVERY_ROW) return true;
  if (where === NO_ROW) return false;
  const decided = rule.quick?.(row as Record<string, unknown>, ctx.actor);
  if (decided !== undefined) return decided;
  const id = (row as { id?: unknown }).id;
  if (typeof id !== 'string') return false;
  return visibleRows(rule, ctx, where)
    .load(id)
    .then((row) => row !== null);
}

type Check = (value: unknown, ctx: GraphQLContext) => boolean | Promise<boolean>;

/** Keeps a value if `check` allows it, else null; a list keeps the allowed items. */
function filterValue(value: unknown, ctx: GraphQLContext, check: Check, list: boolean): unknown {
  if (value === null || value === undefined) return value;
  if (list) {
    if (!Array.isArray(value)) return value;
    const verdicts = value.map((item) => (item === null || item === undefined ? true : check(item, ctx)));
    const keep = (settled: boolean[]) => value.filter((_, i) => settled[i]);
    return verdicts.some(isThenable) ? Promise.all(verdicts).then(keep) : keep(verdicts as boolean[]);
  }
  const verdict = check(value, ctx);
  return isThenable(verdict) ? verdict.then((ok) => (ok ? value : null)) : verdict ? value : null;
}

/** Items of a list of nullable items (`nodes(ids:)`) become null instead of leaving the list. */
function nullItems(value: unknown, ctx: GraphQLContext, check: Check): unknown {
  if (!Array.isArray(value)) return value;
  const items = value.map((item) =>
    item === null || item === undefined ? item : filterValue(item, ctx, check, false),
  );
  return items.some(isThenable) ? Promise.all(items) : items;
}

/**
 * Applies every type's `readRule` to every field that can return the type: fields of the type
 * itself, lists of it, and fields of an interface it implements (`node`, `nodes`), whose rows
 * carry their type as a Pothos brand. A nullable field answers null, a list leaves hidden rows
 * out (a list of nullable items: null in their place); a non-null field is left to the type's
 * own check, which the plugin also installs as the type's authScopes: reaching a hidden row there
 * is FORBIDDEN. Registered after scope-auth, so field scopes run first and this sees the data.
 */
export class ReadRulesPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    if (typeConfig.kind !== 'Object') return typeConfig;
    const rule = (typeConfig.pothosOptions as { readRule?: ReadRule }).readRule;
    if (!rule) return typeConfig;
    if ((typeConfig.pothosOptions as { authScopes?: unknown }).authScopes) {
      throw new Error(
        `${typeConfig.name}: a type with a readRule gets its authScopes from the rule; remove authScopes`,
      );
    }
    return {
      ...typeConfig,
      pothosOptions: {
        ...typeConfig.pothosOptions,
        authScopes: (row: unknown, ctx: GraphQLContext) => canRead(rule, row, ctx),
      } as never,
    };
  }

  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const restricted = this.restrictedTypes(fieldConfig.type);
    if (restricted.length === 0) return fieldConfig;
    return {
      ...fieldConfig,
      extensions: { ...fieldConfig.extensions, [READ_RULE_EXTENSION]: restricted.map((type) => type.name) },
    };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const restricted = this.restrictedTypes(fieldConfig.type);
    if (restricted.length === 0) return resolver;
    const named = fieldConfig.type.kind === 'List' ? fieldConfig.type.type : fieldConfig.type;
    const list = fieldConfig.type.kind === 'List';
    let check: Check;
    if (named.kind === 'Object') {
      const rule = restricted[0].rule;
      check = (value, ctx) => canRead(rule, value, ctx);
    } else {
      const byName = new Map(restricted.map((type) => [type.name, type.rule]));
      check = (value, ctx) => {
        const brand = getTypeBrand(value) as string | { name?: string } | null;
        const rule = byName.get(typeof brand === 'string' ? brand : (brand?.name ?? ''));
        return rule ? canRead(rule, value, ctx) : true;
      };
    }
    if (!list && !fieldConfig.type.nullable) return resolver;
    // A connection's page comes from its query, which applies the rule's where (and counts with it):
    // leaving rows out of `nodes` would hide a forgotten where behind a wrong totalCount.
    if (fieldConfig.parentType.endsWith('Connection')) return resolver;
    const itemsNullable = list && (named as { nullable?: boolean }).nullable === true;
    return (parent, args, context, info) => {
      const result = resolver(parent, args, context, info);
      const apply = (value: unknown) =>
        itemsNullable
          ? nullItems(value, context as GraphQLContext, check)
          : filterValue(value, context as GraphQLContext, check, list);
      return isThenable(result) ? result.then(apply) : apply(result);
    };
  }

  /** The types with a read rule a field of this type can return: the type itself, or the implementers of its interface. */
  private restrictedTypes(type: PothosOutputFieldType<Types>): { name: string; rule: ReadRule }[] {
    const named = type.kind === 'List' ? type.type : type;
    if (named.kind !== 'Object' && named.kind !== 'Interface') return [];
    const config = this.buildCache.getTypeConfig(named.ref);
    // getImplementers is typed for a built interface but reads only its name.
    const candidates = config.kind === 'Interface' ? this.buildCache.getImplementers(config as never) : [config];
    return candidates.flatMap((candidate) => {
      const rule = (candidate.pothosOptions as { readRule?: ReadRule }).readRule;
      return rule ? [{ name: candidate.name, rule }] : [];
    });
  }
}

SchemaBuilder.registerPlugin(pluginName, ReadRulesPlugin);

export default pluginName;
