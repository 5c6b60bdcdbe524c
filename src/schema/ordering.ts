import { builder } from './builder.js';

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: {
    ASC: { description: 'Smallest, earliest or A first.' },
    DESC: { description: 'Largest, latest or Z first.' },
  },
});

/**
 * Builds a Prisma orderBy from `[{ field, direction }]`, always ending with the id so
 * rows with equal sort keys keep one order and cursors never skip or repeat a row.
 */
export function orderByWithTiebreaker<F extends string>(
  orderBy: { field: F; direction?: 'ASC' | 'DESC' | null }[] | null | undefined,
  columns: Record<F, string>,
  fallback: Record<string, 'asc' | 'desc'>[],
): Record<string, 'asc' | 'desc'>[] {
  const order = orderBy?.length
    ? orderBy.map(({ field, direction }) => ({
        [columns[field]]: direction === 'DESC' ? ('desc' as const) : ('asc' as const),
      }))
    : fallback;
  return [...order, { id: 'asc' }];
}
