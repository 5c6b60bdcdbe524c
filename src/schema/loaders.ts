import DataLoader from 'dataloader';
import type { GraphQLContext } from './context.js';

const loaders = new WeakMap<GraphQLContext, Map<string, DataLoader<string, unknown>>>();

/**
 * A per-request loader of rows by id for objects that did not come from a Prisma query (report rows,
 * suggestions): every row of a list asks, one statement answers. `key` names the model and the
 * selection, so rows selected differently are loaded separately.
 */
export function rowsById<T extends { id: string }>(
  ctx: GraphQLContext,
  key: string,
  fetch: (ids: string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  let perRequest = loaders.get(ctx);
  if (!perRequest) loaders.set(ctx, (perRequest = new Map()));
  let loader = perRequest.get(key) as DataLoader<string, T | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, T | null>(async (ids) => {
      const rows = await fetch([...ids]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    perRequest.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}
