import type { EnumRef } from '@pothos/core';
import type { SchemaTypesOf } from './builder.js';
import { builder } from './builder.js';
import { likeLiteral } from '../platform/index.js';

// Typed filter inputs shared by every list, and their translation into Prisma `where` clauses.
// Each operator given narrows the result (they combine with AND).

export interface StringFilterValue {
  equals?: string | null;
  in?: string[] | null;
  contains?: string | null;
  startsWith?: string | null;
}

export const StringFilter = builder.inputRef<StringFilterValue>('StringFilter').implement({
  description: 'Conditions on a text field. `contains` and `startsWith` ignore case; `equals` and `in` are exact.',
  fields: (t) => ({
    equals: t.string({ description: 'Exactly this value.' }),
    in: t.stringList({ description: 'Any of these values.' }),
    contains: t.string({ description: 'Contains this text, ignoring case.' }),
    startsWith: t.string({ description: 'Starts with this text, ignoring case.' }),
  }),
});

export interface RangeFilterValue<T> {
  equals?: T | null;
  gt?: T | null;
  gte?: T | null;
  lt?: T | null;
  lte?: T | null;
}

function rangeFilter<T extends 'DateTime' | 'Decimal' | 'Int'>(name: string, type: T, what: string) {
  const [after, before] = type === 'DateTime' ? ['Later than', 'Earlier than'] : ['Greater than', 'Less than'];
  return builder.inputType(name, {
    description: `Conditions on ${what}; each given bound narrows the result.`,
    fields: (t) => ({
      equals: t.field({ type, description: 'Exactly this value.' }),
      gt: t.field({ type, description: `${after} this value.` }),
      gte: t.field({ type, description: `${after} or equal to this value.` }),
      lt: t.field({ type, description: `${before} this value.` }),
      lte: t.field({ type, description: `${before} or equal to this value.` }),
    }),
  });
}

export const DateTimeFilter = rangeFilter('DateTimeFilter', 'DateTime', 'a point in time');
export const DecimalFilter = rangeFilter('DecimalFilter', 'Decimal', 'a decimal number');
export const IntFilter = rangeFilter('IntFilter', 'Int', 'a whole number');

export interface ListFilterValue {
  has?: string | null;
  hasSome?: string[] | null;
  hasEvery?: string[] | null;
}

export const StringListFilter = builder.inputRef<ListFilterValue>('StringListFilter').implement({
  description: 'Conditions on a list of texts such as tags (exact, case-sensitive values).',
  fields: (t) => ({
    has: t.string({ description: 'The list contains this value.' }),
    hasSome: t.stringList({ description: 'The list contains at least one of these values.' }),
    hasEvery: t.stringList({ description: 'The list contains all of these values.' }),
  }),
});

/** An `{ equals, in }` filter for a GraphQL enum. */
export function enumFilter<T extends string>(name: string, enumRef: EnumRef<SchemaTypesOf, T, T>, what: string) {
  return builder.inputType(name, {
    description: `Conditions on ${what}.`,
    fields: (t) => ({
      equals: t.field({ type: enumRef, description: 'Exactly this value.' }),
      in: t.field({ type: [enumRef], description: 'Any of these values.' }),
    }),
  });
}

const defined = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

export function stringWhere(field: string, filter: StringFilterValue | null | undefined): object[] {
  if (!filter) return [];
  const clauses: object[] = [];
  if (defined(filter.equals)) clauses.push({ [field]: { equals: filter.equals } });
  if (defined(filter.in)) clauses.push({ [field]: { in: filter.in } });
  if (defined(filter.contains))
    clauses.push({ [field]: { contains: likeLiteral(filter.contains), mode: 'insensitive' } });
  if (defined(filter.startsWith))
    clauses.push({ [field]: { startsWith: likeLiteral(filter.startsWith), mode: 'insensitive' } });
  return clauses;
}

export function rangeWhere<T>(field: string, filter: RangeFilterValue<T> | null | undefined): object[] {
  if (!filter) return [];
  const bounds = Object.fromEntries(Object.entries(filter).filter(([, value]) => defined(value)));
  return Object.keys(bounds).length > 0 ? [{ [field]: bounds }] : [];
}

export function enumWhere(
  field: string,
  filter: { equals?: string | null; in?: string[] | null } | null | undefined,
): object[] {
  if (!filter) return [];
  const clauses: object[] = [];
  if (defined(filter.equals)) clauses.push({ [field]: filter.equals });
  if (defined(filter.in)) clauses.push({ [field]: { in: filter.in } });
  return clauses;
}

export function listWhere(field: string, filter: ListFilterValue | null | undefined): object[] {
  if (!filter) return [];
  const clauses: object[] = [];
  if (defined(filter.has)) clauses.push({ [field]: { has: filter.has } });
  if (defined(filter.hasSome)) clauses.push({ [field]: { hasSome: filter.hasSome } });
  if (defined(filter.hasEvery)) clauses.push({ [field]: { hasEvery: filter.hasEvery } });
  return clauses;
}

/** Combines a where input's own conditions with its AND / OR / NOT branches. */
export function combineWhere<W extends { AND?: W[] | null; OR?: W[] | null; NOT?: W | null }>(
  where: W | null | undefined,
  own: (where: W) => object[],
): object {
  if (!where) return {};
  const clauses = own(where);
  if (where.AND?.length) clauses.push(...where.AND.map((inner) => combineWhere(inner, own)));
  if (where.OR?.length) clauses.push({ OR: where.OR.map((inner) => combineWhere(inner, own)) });
  if (where.NOT) clauses.push({ NOT: combineWhere(where.NOT, own) });
  return clauses.length > 0 ? { AND: clauses } : {};
}

/** A calendar-date range on a DATE column, as Prisma conditions. */
export interface DateRange {
  equals?: string | null;
  gte?: string | null;
  lte?: string | null;
}

// Business dates are stored as SQL dates; Prisma takes them as UTC midnight.
const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

export function dateWhere(range: DateRange | null | undefined, column = 'date'): object[] {
  if (!range) return [];
  const bounds: Record<string, Date> = {};
  if (range.equals) bounds.equals = day(range.equals);
  if (range.gte) bounds.gte = day(range.gte);
  if (range.lte) bounds.lte = day(range.lte);
  return Object.keys(bounds).length > 0 ? [{ [column]: bounds }] : [];
}
