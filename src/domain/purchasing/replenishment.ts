import { Prisma } from '../../generated/prisma/client.js';
import type { Actor, TenantTx } from '../../platform/index.js';
import { requireWarehouse } from '../inventory/index.js';
import { quantityToOrder, type LotSizeRule } from './replenishment-rules.js';

export interface ReplenishmentSuggestion {
  productId: string;
  available: Prisma.Decimal;
  /** Ordered from suppliers (sent, not yet received). */
  incoming: Prisma.Decimal;
  reorderPoint: Prisma.Decimal;
  quantity: Prisma.Decimal;
  /** The cheapest supplier price in the base currency reached by the quantity (or any currency when none is). */
  supplierPriceId: string | null;
}

interface Row {
  id: string;
  reorderPoint: Prisma.Decimal;
  minOrderQuantity: Prisma.Decimal;
  orderMultiple: Prisma.Decimal;
  lotSizeRule: LotSizeRule;
  lotSizeQuantity: Prisma.Decimal | null;
  available: Prisma.Decimal;
  incoming: Prisma.Decimal;
}

const MAX_RESULTS = 500;

/**
 * Stocked, active, bought products whose available quantity (in all warehouses, or one) plus what is
 * on sent purchase orders is below their reorder point, with the quantity to order by their rules
 * and the supplier price to order at. Two statements, whatever the number of products.
 */
export async function replenishmentSuggestions(
  tx: TenantTx,
  actor: Actor,
  input: { warehouseId?: string | null },
): Promise<ReplenishmentSuggestion[]> {
  if (input.warehouseId) await requireWarehouse(tx, input.warehouseId);
  const warehouse = input.warehouseId ? Prisma.sql`AND l."warehouseId" = ${input.warehouseId}::uuid` : Prisma.empty;
  const rows = await tx.$queryRaw<Row[]>`
    WITH stock AS (
      SELECT s."productId", sum(s."onHand" - s."reserved") AS available
        FROM "StockLevel" s
        JOIN "Location" l ON l."organizationId" = s."organizationId" AND l."id" = s."locationId" AND l."type" = 'INTERNAL' ${warehouse}
       WHERE s."organizationId" = ${actor.organizationId}::uuid
       GROUP BY s."productId"
    ), incoming AS (
      SELECT pl."productId", sum(greatest(pl."quantity" - pl."quantityReceived", 0)) AS incoming
        FROM "PurchaseOrderLine" pl
        JOIN "PurchaseOrder" po ON po."organizationId" = pl."organizationId" AND po."id" = pl."orderId"
       WHERE pl."organizationId" = ${actor.organizationId}::uuid AND po."status" IN ('SENT', 'PARTIALLY_RECEIVED')
       GROUP BY pl."productId"
    )
    SELECT p."id"::text AS id, p."reorderPoint", p."minOrderQuantity", p."orderMultiple", p."lotSizeRule"::text AS "lotSizeRule",
           p."lotSizeQuantity", coalesce(s.available, 0) AS available, coalesce(i.incoming, 0) AS incoming
      FROM "Product" p
      LEFT JOIN stock s ON s."productId" = p."id"
      LEFT JOIN incoming i ON i."productId" = p."id"
     WHERE p."organizationId" = ${actor.organizationId}::uuid AND p."isActive" AND p."type" = 'STOCKED' AND p."procurement" = 'BUY'
       AND p."reorderPoint" > 0 AND coalesce(s.available, 0) + coalesce(i.incoming, 0) < p."reorderPoint"
     ORDER BY p."sku", p."id"
     LIMIT ${MAX_RESULTS}`;
  const suggestions = rows.map((row) => {
    const decimal = (value: Prisma.Decimal | null) => (value === null ? null : new Prisma.Decimal(value));
    const available = decimal(row.available)!;
    const incoming = decimal(row.incoming)!;
    const quantity = quantityToOrder(
      {
        reorderPoint: decimal(row.reorderPoint)!,
        minOrderQuantity: decimal(row.minOrderQuantity)!,
        orderMultiple: decimal(row.orderMultiple)!,
        lotSizeRule: row.lotSizeRule,
        lotSizeQuantity: decimal(row.lotSizeQuantity),
      },
      available,
      incoming,
    );
    return {
      productId: row.id,
      available,
      incoming,
      reorderPoint: decimal(row.reorderPoint)!,
      quantity,
      supplierPriceId: null as string | null,
    };
  });
  if (suggestions.length === 0) return suggestions;
  const organization = await tx.organization.findFirstOrThrow({ select: { baseCurrency: true } });
  const baseCurrency = organization.baseCurrency.trim();
  const prices = await tx.supplierPrice.findMany({
    where: { productId: { in: suggestions.map((suggestion) => suggestion.productId) }, supplier: { isActive: true } },
    orderBy: [{ price: 'asc' }, { minQuantity: 'desc' }, { id: 'asc' }],
  });
  for (const suggestion of suggestions) {
    const reachable = prices.filter(
      (price) => price.productId === suggestion.productId && price.minQuantity.lessThanOrEqualTo(suggestion.quantity),
    );
    const best = reachable.find((price) => price.currency.trim() === baseCurrency) ?? reachable[0];
    suggestion.supplierPriceId = best?.id ?? null;
  }
  return suggestions;
}
