import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { Database } from '../../../src/platform/db/database.js';
import { encodeGlobalId } from '../../../src/schema/global-id.js';
import type { GraphQLResponse } from '../../support/app.js';
import {
  CONTROL_CHARS,
  HOSTILE_DATES,
  HOSTILE_DATETIMES,
  HUGE_INTS,
  OVERFLOW_DECIMALS,
  type IdPool,
} from './arbitraries.js';

export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(path.resolve('schema.graphql'), 'utf8'));
}

export interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  document: string;
  /** The Node type it is about: the first Node in its payload, its answer, or its connection's nodes. */
  entityType?: string;
}

const isNode = (type: GraphQLNamedType) =>
  (isObjectType(type) || isInterfaceType(type)) && type.getInterfaces().some((i) => i.name === 'Node');

function entityTypeOf(field: GraphQLField<unknown, unknown>): string | undefined {
  const named = getNamedType(field.type);
  if (isNode(named)) return named.name;
  if (!isObjectType(named)) return undefined;
  for (const inner of Object.values(named.getFields())) {
    const innerNamed = getNamedType(inner.type);
    if (inner.name !== 'errors' && isNode(innerNamed)) return innerNamed.name;
  }
  return undefined;
}

/** Every mutation, and every query field that takes arguments. */
export function operations(schema: GraphQLSchema): Operation[] {
  const list: Operation[] = [];
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    list.push({ kind: 'mutation', field, document: document('mutation', field), entityType: entityTypeOf(field) });
  }
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    if (field.args.length > 0)
      list.push({ kind: 'query', field, document: document('query', field), entityType: entityTypeOf(field) });
  }
  return list;
}

function document(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = selectionOf(getNamedType(field.type), 0);
  return `${kind} Fuzz${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection ? ` ${selection}` : ''} }`;
}

const takesNoRequiredArgs = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => !isNonNullType(a.type));

/** Scalars of the type; at the top, `errors { code message field }`, `id` of related objects and a connection's `nodes { id }`. */
function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (isUnionType(type)) return '{ __typename }';
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const parts: string[] = ['__typename'];
  for (const f of Object.values(type.getFields())) {
    if (!takesNoRequiredArgs(f)) continue;
    const named = getNamedType(f.type);
    if (isScalarType(named) || isEnumType(named)) {
      parts.push(f.name);
    } else if (depth === 0 && (isObjectType(named) || isInterfaceType(named))) {
      const sub = named.getFields();
      if (f.name === 'errors' && 'message' in sub)
        parts.push(`errors { ${'code' in sub ? 'code ' : ''}message field }`);
      else if ('id' in sub) parts.push(`${f.name} { id }`);
      else if (f.name === 'nodes' && 'nodes' in type.getFields()) parts.push(`${f.name} { __typename }`);
    } else if (depth === 0 && isUnionType(named)) {
      parts.push(`${f.name} { __typename }`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

// ---- the database ----

/** Tables of the application (every one but Organization has organizationId). */
export async function tenantTables(db: Database): Promise<string[]> {
  const rows = await db.prisma.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = current_schema() AND c.column_name = 'organizationId' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

/** Row counts of every table, restricted to the fuzzed organizations (on PostgreSQL other test files write at the same time). */
export async function countRows(
  db: Database,
  tables: string[],
  organizationIds: string[],
): Promise<Record<string, number>> {
  const sql = tables
    .map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}" WHERE "organizationId"::text IN ($1, $2)`)
    .join(' UNION ALL ');
  const rows = await db.prisma.$queryRawUnsafe<{ t: string; n: number }[]>(
    sql,
    organizationIds[0],
    organizationIds[1] ?? organizationIds[0],
  );
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

export function diffCounts(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((t) => (before[t] ?? 0) !== (after[t] ?? 0))
    .map((t) => `${t}: ${before[t] ?? 0} → ${after[t] ?? 0}`);
}

/** Node types stored in a table of another name. */
const TABLE_OF: Record<string, string> = { AuditLogEntry: 'AuditLog' };

/** Real IDs of both organizations, for every Node type stored in a table of the same name. */
export async function buildIdPool(
  db: Database,
  schema: GraphQLSchema,
  own: string,
  foreign: string,
  exclude: string[],
): Promise<IdPool> {
  const node = schema.getType('Node');
  const nodeTypes = Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && node && t.getInterfaces().some((i) => i.name === 'Node'))
    .map((t) => t.name);
  const tables = new Set(await tenantTables(db));
  const pool: IdPool = { own: new Map(), foreign: new Map(), nodeTypes };
  for (const type of nodeTypes) {
    const table = TABLE_OF[type] ?? type;
    if (!tables.has(table)) continue;
    for (const [org, into, limit] of [
      [own, pool.own, 6],
      [foreign, pool.foreign, 3],
    ] as const) {
      const rows = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id::text AS id FROM "${table}" WHERE "organizationId"::text = $1 ORDER BY id LIMIT ${limit}`,
        org,
      );
      const ids = rows.map((r) => r.id).filter((id) => !exclude.includes(id));
      if (ids.length > 0)
        into.set(
          type,
          ids.map((id) => encodeGlobalId(type, id)),
        );
    }
  }
  return pool;
}

// ---- checking a response ----

export interface PayloadError {
  code?: string;
  message: string;
  field?: string[] | null;
}

export function payloadErrors(op: Operation, response: GraphQLResponse): PayloadError[] {
  if (op.kind !== 'mutation') return [];
  const payload = response.data?.[op.field.name] as { errors?: PayloadError[] } | null | undefined;
  return payload?.errors ?? [];
}

export function isInternal(response: GraphQLResponse): boolean {
  return response.status >= 500 || (response.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
}

/** Why the `field` path of a payload error does not name the operation's input, or null if it does. */
export function badFieldPath(op: Operation, field: string[]): string | null {
  const [first, ...rest] = field;
  const arg = op.field.args.find((a) => a.name === first);
  if (!arg)
    return `first segment "${first}" is not an argument of ${op.field.name} (${op.field.args.map((a) => a.name).join(', ')})`;
  let type: GraphQLInputType = arg.type;
  const walked = [first];
  for (const segment of rest) {
    if (isNonNullType(type)) type = type.ofType;
    if (isListType(type)) {
      if (!/^\d+$/.test(segment)) return `"${segment}" after ${walked.join('.')} is not a list index`;
      type = type.ofType;
    } else if (isInputObjectType(type)) {
      const f = type.getFields()[segment];
      if (!f) return `"${segment}" is not a field of ${type.name} (at ${walked.join('.')})`;
      type = f.type;
    } else {
      // Past a scalar: only JSON has inner paths.
      if (getNamedType(type).name === 'JSON') return null;
      return `"${segment}" goes past the scalar ${String(type)} at ${walked.join('.')}`;
    }
    walked.push(segment);
  }
  return null;
}

// ---- triage: which hostile category a failing case falls in ----

export type Category = 'control-chars' | 'lone-surrogates' | 'dates' | 'numeric-overflow' | 'filter-complexity';
export const CATEGORIES: Category[] = [
  'control-chars',
  'lone-surrogates',
  'dates',
  'numeric-overflow',
  'filter-complexity',
];

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const BIG_LIST = 100;
const FILTER_KEYS = ['AND', 'OR', 'NOT'];

function filterDepth(value: unknown): number {
  if (Array.isArray(value)) return Math.max(0, ...value.map(filterDepth));
  if (!value || typeof value !== 'object') return 0;
  let max = 0;
  for (const key of FILTER_KEYS)
    if (key in value) max = Math.max(max, 1 + filterDepth((value as Record<string, unknown>)[key]));
  return max;
}

/**
 * Walks `value` of `type` and replaces, in the given category, each hostile part with a harmless one.
 * Returns the new value and whether anything was replaced.
 */
export function sanitize(
  value: unknown,
  type: GraphQLInputType,
  category: Category,
): { value: unknown; changed: boolean } {
  let changed = false;
  const walk = (v: unknown, t: GraphQLInputType): unknown => {
    if (v === null || v === undefined) return v;
    if (isNonNullType(t)) return walk(v, t.ofType);
    if (isListType(t)) {
      let list = Array.isArray(v) ? v : [v];
      if (category === 'filter-complexity' && list.length > BIG_LIST) {
        list = list.slice(0, 2);
        changed = true;
      }
      return list.map((item) => walk(item, t.ofType));
    }
    const named = t as GraphQLNamedType;
    if (isInputObjectType(named) && typeof v === 'object') {
      const fields = named.getFields();
      const out: Record<string, unknown> = {};
      for (const [k, fv] of Object.entries(v as Record<string, unknown>)) {
        if (
          category === 'filter-complexity' &&
          FILTER_KEYS.includes(k) &&
          (filterDepth(fv) > 2 || (Array.isArray(fv) && fv.length > 10))
        ) {
          changed = true;
          continue;
        }
        out[k] = fields[k] ? walk(fv, fields[k].type) : fv;
      }
      return out;
    }
    if (typeof v === 'string') {
      if (category === 'control-chars' && CONTROL_CHARS.test(v)) {
        changed = true;
        return v.replace(new RegExp(CONTROL_CHARS.source, 'g'), '');
      }
      if (category === 'lone-surrogates' && v.replace(LONE_SURROGATE, '') !== v) {
        changed = true;
        return v.replace(LONE_SURROGATE, '');
      }
      if (category === 'dates' && named.name === 'Date' && HOSTILE_DATES.has(v)) {
        changed = true;
        return '2026-01-15';
      }
      if (category === 'dates' && named.name === 'DateTime' && HOSTILE_DATETIMES.has(v)) {
        changed = true;
        return '2026-01-15T10:00:00.000Z';
      }
      if (category === 'numeric-overflow' && named.name === 'Decimal' && OVERFLOW_DECIMALS.has(v)) {
        changed = true;
        return '1';
      }
    }
    if (typeof v === 'number' && category === 'numeric-overflow' && named.name === 'Int' && HUGE_INTS.has(v)) {
      changed = true;
      return 1;
    }
    return v;
  };
  const out = walk(value, type);
  return { value: out, changed };
}

export function sanitizeVariables(
  op: Operation,
  variables: Record<string, unknown>,
  categories: Category[],
): { variables: Record<string, unknown>; changed: boolean } {
  let changed = false;
  const out: Record<string, unknown> = { ...variables };
  for (const arg of op.field.args) {
    if (!(arg.name in out)) continue;
    for (const category of categories) {
      const result = sanitize(out[arg.name], arg.type, category);
      out[arg.name] = result.value;
      changed ||= result.changed;
    }
  }
  return { variables: out, changed };
}

// ---- reporting ----

/** JSON with long strings and lists cut, so a failure message stays readable. */
export function truncate(value: unknown, max = 3000): string {
  const text = JSON.stringify(value, (_k, v) => {
    if (typeof v === 'string' && v.length > 120) return `${v.slice(0, 40)}…<${v.length} chars>`;
    if (Array.isArray(v) && v.length > 8) return [...v.slice(0, 3), `…<${v.length} items>`];
    return v;
  });
  return text && text.length > max ? `${text.slice(0, max)}…` : text;
}

export function describeCase(
  op: Operation,
  variables: Record<string, unknown>,
  response: GraphQLResponse,
  problem: string,
): string {
  return [
    `${op.kind} ${op.field.name}: ${problem}`,
    `  document:  ${op.document}`,
    `  variables: ${truncate(variables)}`,
    `  response:  HTTP ${response.status} ${truncate({ data: response.data, errors: response.errors })}`,
  ].join('\n');
}
