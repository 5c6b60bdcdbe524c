import { Prisma } from '../../generated/prisma/client.js';
import type { Location, Product, ProductCategory } from '../../generated/prisma/client.js';
import { isUuid, type Actor, type TenantTx } from '../../platform/index.js';

// Reads of inventory's rows for other domains, so they never name inventory's tables themselves.
// Each is one statement, except categoryChainsSql, which runs inside the caller's; an id that is not a
// UUID matches nothing without a query.

/** The organization's products among `ids` (any order; unknown ids are left out). */
export async function productsByIds(tx: TenantTx, ids: readonly string[]): Promise<Product[]> {
  return tx.product.findMany({ where: { id: { in: ids.filter(isUuid) } } });
}

/** Which of `ids` are products of the organization, read without the rest of the row. */
export async function existingProductIds(tx: TenantTx, ids: readonly string[]): Promise<Set<string>> {
  const rows = await tx.product.findMany({ where: { id: { in: ids.filter(isUuid) } }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

export async function findProduct(tx: TenantTx, id: string): Promise<Product | null> {
  return isUuid(id) ? tx.product.findUnique({ where: { id } }) : null;
}

export async function findProductCategory(tx: TenantTx, id: string): Promise<ProductCategory | null> {
  return isUuid(id) ? tx.productCategory.findUnique({ where: { id } }) : null;
}

/** Category trees are shallow; the bound only stops the walk up a corrupt (cyclic) tree. */
const MAX_CATEGORY_DEPTH = 50;

/**
 * The ancestor chains of the categories `ids`, as SQL for another domain to embed in its own statement
 * (a subquery: `FROM (${categoryChainsSql(...)}) chain`), so a walk up the tree costs that statement no
 * extra round trip and inventory alone knows how the tree is stored. Rows ("categoryId", "ancestorId",
 * "depth"), both ids uuid: the category itself at depth 0, its parent at 1, and so on to the root, at
 * most MAX_CATEGORY_DEPTH levels. Ids that are not the organization's categories have no rows.
 */
export function categoryChainsSql(actor: Actor, ids: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE up ("categoryId", "ancestorId", "parentId", "depth") AS (
      SELECT c."id", c."id", c."parentId", 0 FROM "ProductCategory" c
       WHERE c."organizationId" = ${actor.organizationId}::uuid AND c."id" = ANY(${ids.filter(isUuid)}::uuid[])
      UNION ALL
      SELECT up."categoryId", c."id", c."parentId", up."depth" + 1 FROM up
        JOIN "ProductCategory" c ON c."organizationId" = ${actor.organizationId}::uuid AND c."id" = up."parentId"
       WHERE up."depth" + 1 < ${MAX_CATEGORY_DEPTH}
    )
    SELECT "categoryId", "ancestorId", "depth" FROM up`;
}

/** A location's kind and state, for a domain that applies its own rule to them (inventory's is loadInternalLocation). */
export async function findLocation(
  tx: TenantTx,
  id: string,
): Promise<Pick<Location, 'id' | 'type' | 'isActive'> | null> {
  return isUuid(id)
    ? tx.location.findUnique({ where: { id }, select: { id: true, type: true, isActive: true } })
    : null;
}

/**
 * `lines` each with its product's row, read in one statement for all of them (none without lines), so a
 * caller's statement count does not grow with its lines. A line's product always exists: the foreign key
 * keeps it.
 */
export async function withProducts<L extends { productId: string }>(
  tx: TenantTx,
  lines: readonly L[],
): Promise<(L & { product: Product })[]> {
  if (lines.length === 0) return [];
  const products = new Map(
    (await productsByIds(tx, [...new Set(lines.map((line) => line.productId))])).map((product) => [
      product.id,
      product,
    ]),
  );
  return lines.map((line) => {
    const product = products.get(line.productId);
    if (!product) throw new Error(`Product ${line.productId} of a document line is missing`);
    return { ...line, product };
  });
}
