import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { encodeGlobalId } from '../../../src/schema/global-id.js';

/**
 * Arbitraries for GraphQL input values, driven by the schema's input types.
 *
 * A case is generated in one of two modes: `valid` produces values that look right (real IDs of the
 * calling organization, short strings, small decimals, real dates) so that execution goes past
 * validation into the resolvers; `hostile` mixes hostile leaves into such values (huge and 40-place
 * decimals, NaN, impossible dates, other organizations' IDs, control characters, 100 KB strings,
 * deep and wide filters).
 */
export type Mode = 'valid' | 'hostile';

/** Real records the fuzzer points at, by GraphQL type name; `own` are the calling organization's, `foreign` another's. */
export interface IdPool {
  own: Map<string, string[]>;
  foreign: Map<string, string[]>;
  /** Every Node type name of the schema. */
  nodeTypes: string[];
}

// ---- hostile values (exported so the driver can tell which category a failing case falls in) ----

// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const HUGE_STRING = 'x'.repeat(100 * 1024);
const HOSTILE_STRINGS = [
  '',
  ' ',
  '   \t  ',
  HUGE_STRING,
  'nul\u0000inside',
  '\u0000',
  'bell\u0007',
  'esc\u001b[31m',
  '😀👍🏽🇪🇺👨‍👩‍👧',
  'RTL \u202e override',
  'lone \ud800 surrogate',
  "' OR 1=1 --",
  '%_\\',
  '<script>alert(1)</script>',
  'Ünïcödé ßтрока 中文',
];

/** Decimals past any column's precision or scale. */
export const OVERFLOW_DECIMALS = new Set([
  '9'.repeat(40),
  `-${'9'.repeat(40)}`,
  `0.${'1'.repeat(40)}`,
  `1.${'0'.repeat(39)}1`,
  `${'9'.repeat(30)}.${'9'.repeat(10)}`,
  '1e400',
  '-1e400',
  '1e-50',
  '123456789012345678901234567890',
]);
/** Decimals that are not numbers at all. */
export const SPECIAL_DECIMALS = new Set([
  'NaN',
  'Infinity',
  '-Infinity',
  '+Infinity',
  '',
  ' ',
  '1,5',
  '0x10',
  '--1',
  'abc',
  '1.2.3',
]);
const SMALL_HOSTILE_DECIMALS = ['-1', '0', '-0', '-0.01', '0.001', '0.0000001'];

export const HOSTILE_DATES = new Set([
  '0000-01-01',
  '99999-12-31',
  '+099999-12-31',
  '2026-02-31',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
]);
const OTHER_BAD_DATES = ['', 'today', '2026-01-15T10:00:00Z'];
export const HOSTILE_DATETIMES = new Set([
  '2026-02-31T10:00:00Z',
  '2026-01-15T24:00:00Z',
  '2026-01-15T24:00',
  '2026-01-15T10:60:00Z',
  '0000-01-01T00:00:00Z',
  '99999-01-01T00:00:00Z',
  '+099999-01-01T00:00:00Z',
  '2026-01-15T10:00:00+99:00',
]);
const OTHER_BAD_DATETIMES = ['', 'now', '2026-01-15', '1e10'];

export const HUGE_INTS = new Set([2147483647, -2147483648, 1_000_000_000, -1_000_000_000]);

export const WIDE = 300;
export const DEEP = 60;
export const HUGE_LIST = 2000;

/** A well-formed UUID no record has: fixed, so a seed always generates the same cases. */
const NO_SUCH_UUID = '6f1c2a9e-0d3b-4c7a-9e21-5b8d4f0a7c13';

// ---- helpers ----

function leaf<T>(mode: Mode, valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>): fc.Arbitrary<T> {
  if (mode === 'valid') return valid;
  return fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: hostile });
}

const pick = <T>(values: Iterable<T>): fc.Arbitrary<T> => fc.constantFrom(...values);
const word = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  minLength: 1,
  maxLength: 10,
});

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const EMPLOYEE_ROLES = new Set([
  'head',
  'owner',
  'manager',
  'approver',
  'delegator',
  'delegate',
  'requester',
  'fromEmployee',
  'toEmployee',
  'assignee',
]);
const ALIASES: Record<string, string> = {
  bill: 'Invoice',
  document: 'Invoice',
  entry: 'JournalEntry',
  delegation: 'ApprovalDelegation',
  return: 'SalesReturn',
};

/**
 * The Node type an ID field most likely points at: `customerId` → Customer, `bankAccountId` → Account,
 * `managerId` → Employee, `id` and `parentId` → the operation's own type (`entityType`, from what it returns).
 */
export function idHint(
  fieldName: string,
  ctx: { operationName: string; entityType?: string; pool: IdPool },
): string | undefined {
  const { pool } = ctx;
  const base = fieldName.replace(/Ids?$/, '');
  const fromOperation = () => {
    const op = upperFirst(ctx.operationName);
    return ctx.entityType ?? pool.nodeTypes.filter((t) => op.startsWith(t)).sort((a, b) => b.length - a.length)[0];
  };
  if (base === '' || base === 'parent' || base === fieldName) return fromOperation();
  const exact = upperFirst(base);
  if (pool.nodeTypes.includes(exact)) return exact;
  if (EMPLOYEE_ROLES.has(base)) return 'Employee';
  if (ALIASES[base]) return ALIASES[base];
  // `preferredSupplierId`, `toLocationId`, `fromPeriodId`: the longest type name the field ends with.
  const ending = pool.nodeTypes.filter((t) => exact.endsWith(t)).sort((a, b) => b.length - a.length)[0];
  return ending ?? fromOperation();
}

// ---- scalars ----

function idArb(mode: Mode, hint: string | undefined, pool: IdPool): fc.Arbitrary<string> {
  const ownAll = [...pool.own.values()].flat();
  const own = hint && pool.own.get(hint)?.length ? pool.own.get(hint)! : ownAll;
  const valid = own.length > 0 ? pick(own) : fc.constant(encodeGlobalId(hint ?? 'Customer', NO_SUCH_UUID));
  const foreign = hint && pool.foreign.get(hint)?.length ? pool.foreign.get(hint)! : [...pool.foreign.values()].flat();
  const otherType = [...pool.own.entries()].filter(([t]) => t !== hint).flatMap(([, ids]) => ids.slice(0, 1));
  const hostile = fc.oneof(
    foreign.length > 0 ? pick(foreign) : fc.constant(''),
    otherType.length > 0 ? pick(otherType) : fc.constant(''),
    fc.uuid().map((u) => encodeGlobalId(hint ?? 'Customer', u)),
    fc.uuid(),
    pick([
      '',
      'not-an-id',
      encodeGlobalId('Customer', '123'),
      encodeGlobalId('customer', NO_SUCH_UUID),
      Buffer.from(`Customer:${NO_SUCH_UUID}'; --`).toString('base64url'),
      'Q3VzdG9tZXI6\u0000',
      HUGE_STRING,
    ]),
  );
  return leaf(mode, valid, hostile);
}

function stringArb(mode: Mode, fieldName: string): fc.Arbitrary<string> {
  const name = fieldName.toLowerCase();
  let valid: fc.Arbitrary<string>;
  if (name.includes('email')) valid = word.map((w) => `fuzz.${w}@example.com`);
  else if (name === 'code' || name.endsWith('code') || name === 'sku' || name.endsWith('number'))
    valid = word.map((w) => `FZ-${w.toUpperCase()}`);
  else if (name.includes('country')) valid = pick(['DE', 'FR', 'US']);
  else if (name.includes('currency')) valid = pick(['EUR', 'USD']);
  else if (name.includes('phone')) valid = pick(['+49 30 1234567', '+1 555 0100']);
  else if (name.includes('url') || name.includes('website')) valid = word.map((w) => `https://example.com/${w}`);
  else valid = word.map((w) => `Fuzz ${w}`);
  return leaf(
    mode,
    valid,
    fc.oneof(
      { weight: 3, arbitrary: pick(HOSTILE_STRINGS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    ),
  );
}

function intArb(mode: Mode, fieldName: string): fc.Arbitrary<number> {
  const paging = fieldName === 'first' || fieldName === 'last';
  const valid = paging
    ? fc.integer({ min: 1, max: 50 })
    : /year/i.test(fieldName)
      ? fc.integer({ min: 2024, max: 2027 })
      : /version/i.test(fieldName)
        ? fc.integer({ min: 1, max: 2 }) // most records are at their first version or two
        : fc.integer({ min: 1, max: 12 });
  return leaf(mode, valid, pick([0, -1, 101, 1000, ...HUGE_INTS]));
}

function decimalArb(mode: Mode): fc.Arbitrary<string> {
  const valid = fc.oneof(
    fc.integer({ min: 1, max: 500 }).map(String),
    fc.integer({ min: 1, max: 99999 }).map((n) => (n / 100).toFixed(2)),
  );
  return leaf(mode, valid, fc.oneof(pick(OVERFLOW_DECIMALS), pick(SPECIAL_DECIMALS), pick(SMALL_HOSTILE_DECIMALS)));
}

const validDate = fc.date({
  min: new Date('2025-01-01T00:00:00Z'),
  max: new Date('2027-12-31T00:00:00Z'),
  noInvalidDate: true,
});

function dateArb(mode: Mode): fc.Arbitrary<string> {
  return leaf(
    mode,
    validDate.map((d) => d.toISOString().slice(0, 10)),
    fc.oneof(pick(HOSTILE_DATES), pick(OTHER_BAD_DATES)),
  );
}

function dateTimeArb(mode: Mode): fc.Arbitrary<string> {
  return leaf(
    mode,
    validDate.map((d) => d.toISOString()),
    fc.oneof(pick(HOSTILE_DATETIMES), pick(OTHER_BAD_DATETIMES)),
  );
}

function jsonArb(mode: Mode): fc.Arbitrary<unknown> {
  let deep: unknown = 1;
  for (let i = 0; i < 200; i++) deep = { d: deep };
  return leaf(
    mode,
    fc.oneof(fc.constant({}), fc.dictionary(word, fc.oneof(word, fc.integer()), { maxKeys: 3 })),
    pick([deep, 'string', [1, 2, 3], null, { '\u0000': 1 }, 1e308]),
  );
}

function scalarArb(type: GraphQLNamedType, mode: Mode, ctx: Context, fieldName: string): fc.Arbitrary<unknown> {
  switch (type.name) {
    case 'ID':
      return idArb(mode, idHint(fieldName, ctx), ctx.pool);
    case 'String':
      return stringArb(mode, fieldName);
    case 'Int':
      return intArb(mode, fieldName);
    case 'Float':
      return leaf(mode, fc.double({ min: 0, max: 1000, noNaN: true }), pick([-1, 1e308, -1e308, 0]));
    case 'Boolean':
      return fc.boolean();
    case 'Decimal':
      return decimalArb(mode);
    case 'Date':
      return dateArb(mode);
    case 'DateTime':
      return dateTimeArb(mode);
    case 'CurrencyCode':
      return leaf(mode, pick(['EUR', 'USD', 'GBP']), pick(['XXX', 'eur', '', 'EURO', '€', 'ZZZ']));
    case 'JSON':
      return jsonArb(mode);
    default:
      return leaf(mode, word, pick(HOSTILE_STRINGS));
  }
}

// ---- composite types ----

interface Context {
  operationName: string;
  /** The Node type the operation is about (what its payload or its answer holds). */
  entityType?: string;
  pool: IdPool;
}

function isFilterType(type: GraphQLNamedType): boolean {
  return isInputObjectType(type) && 'AND' in type.getFields() && 'OR' in type.getFields();
}

const MAX_DEPTH = 4;

/** An arbitrary for a value of `type`; `fieldName` hints at what a String or ID should look like. */
export function valueArb(
  type: GraphQLInputType,
  mode: Mode,
  ctx: Context,
  fieldName: string,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueArb(type.ofType, mode, ctx, fieldName, depth);
  if (isListType(type)) {
    const item = valueArb(type.ofType, mode, ctx, fieldName, depth + 1);
    const normal = fc.array(item, { minLength: 1, maxLength: 3 });
    if (mode === 'valid') return normal;
    const itemNamed = getNamedType(type.ofType);
    // Huge lists of scalars (`in:` filters, id lists); a few hundred inputs would only test the body limit.
    const huge = isInputObjectType(itemNamed)
      ? fc.array(item, { minLength: 30, maxLength: 40 })
      : fc.array(item, { minLength: HUGE_LIST, maxLength: HUGE_LIST, size: 'max' });
    return fc.oneof(
      { weight: 8, arbitrary: normal },
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: huge },
    );
  }
  const named = type as GraphQLNamedType;
  if (isScalarType(named)) return scalarArb(named, mode, ctx, fieldName);
  if (isEnumType(named)) {
    const values = named.getValues().map((v) => v.name);
    return leaf(mode, pick(values), fc.constant('NOT_A_VALUE'));
  }
  if (isInputObjectType(named)) {
    const obj = objectArb(named.getFields(), mode, ctx, depth, isFilterType(named));
    if (mode === 'hostile' && isFilterType(named) && depth === 0) {
      return fc.oneof(
        { weight: 6, arbitrary: obj },
        { weight: 1, arbitrary: obj.map(deepFilter) },
        { weight: 1, arbitrary: obj.map(wideFilter) },
      );
    }
    return obj;
  }
  throw new Error(`No arbitrary for ${String(type)}`);
}

function objectArb(
  fields: Record<string, GraphQLInputField>,
  mode: Mode,
  ctx: Context,
  depth: number,
  filter: boolean,
): fc.Arbitrary<Record<string, unknown>> {
  const required: Record<string, fc.Arbitrary<unknown>> = {};
  const optional: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of Object.values(fields)) {
    if (filter && depth >= 2 && ['AND', 'OR', 'NOT'].includes(field.name)) continue;
    if (isNonNullType(field.type)) {
      required[field.name] = valueArb(field.type, mode, ctx, field.name, depth + 1);
    } else if (depth < MAX_DEPTH) {
      const value = valueArb(field.type, mode, ctx, field.name, depth + 1);
      optional[field.name] =
        mode === 'hostile'
          ? fc.oneof({ weight: 8, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) })
          : value;
    }
  }
  const names = Object.keys(optional);
  return fc
    .record({
      req: fc.record(required),
      opt: fc.record(optional, { requiredKeys: [] }),
      keep: fc.subarray(names, { minLength: 0, maxLength: Math.min(names.length, filter ? 2 : names.length) }),
    })
    .map(({ req, opt, keep }) => {
      const out: Record<string, unknown> = { ...req };
      if (!filter) return { ...opt, ...req };
      for (const name of keep) if (name in opt) out[name] = opt[name];
      return out;
    });
}

function deepFilter(leaf: Record<string, unknown>): Record<string, unknown> {
  let where: Record<string, unknown> = leaf;
  for (let i = 0; i < DEEP; i++)
    where = i % 3 === 0 ? { AND: [where] } : i % 3 === 1 ? { OR: [where, leaf] } : { NOT: where };
  return where;
}

function wideFilter(leaf: Record<string, unknown>): Record<string, unknown> {
  return { OR: Array.from({ length: WIDE }, () => leaf), AND: Array.from({ length: WIDE }, () => ({ ...leaf })) };
}

/** Variables for every argument of a root field. */
export function argsArb(
  args: readonly GraphQLArgument[],
  operationName: string,
  pool: IdPool,
  entityType?: string,
): fc.Arbitrary<{ mode: Mode; variables: Record<string, unknown> }> {
  const ctx: Context = { operationName, entityType, pool };
  const forMode = (mode: Mode) => {
    const required: Record<string, fc.Arbitrary<unknown>> = {};
    const optional: Record<string, fc.Arbitrary<unknown>> = {};
    for (const arg of args) {
      const value = valueArb(arg.type, mode, ctx, arg.name);
      if (isNonNullType(arg.type)) required[arg.name] = value;
      else optional[arg.name] = value;
    }
    return fc
      .record({ req: fc.record(required), opt: fc.record(optional, { requiredKeys: [] }) })
      .map(({ req, opt }) => ({ mode, variables: { ...opt, ...req } }));
  };
  return fc.oneof({ weight: 1, arbitrary: forMode('valid') }, { weight: 2, arbitrary: forMode('hostile') });
}
