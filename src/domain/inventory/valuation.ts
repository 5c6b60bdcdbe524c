import { Prisma } from '../../generated/prisma/client.js';
import { currencyScale, isUuid, DomainError, fieldError, type Actor, type TenantTx } from '../../platform/index.js';

export interface ValuationRow {
  productId: string;
  warehouseId: string;
  quantity: Prisma.Decimal;
  /** In the base currency, rounded half-up to its minor unit. */
  value: Prisma.Decimal;
  currency: string;
  /** The unrounded value over the quantity, to 6 decimals; null when the quantity is zero. */
  unitCost: Prisma.Decimal | null;
}

export interface InventoryValuation {
  asOf: Date;
  currency: string;
  rows: ValuationRow[];
  totalValue: Prisma.Decimal;
}

interface Row {
  productId: string;
  warehouseId: string;
  quantity: string | Prisma.Decimal;
  value: string | Prisma.Decimal;
}

/**
 * Stock value per product and warehouse at a moment, replayed from the DONE moves: every move into a
 * warehouse location adds quantity x its unit cost, every move out subtracts it. Receipts carry their
 * cost and stock leaving carries the average cost of its moment, so the sum is the moving-average
 * value without rereading any cost history. One statement.
 */
export async function inventoryValuation(
  tx: TenantTx,
  actor: Actor,
  input: { asOf?: Date | null; warehouseId?: string | null },
): Promise<InventoryValuation> {
  if (input.warehouseId && !isUuid(input.warehouseId)) throw new DomainError(fieldError('NOT_FOUND', 'No such warehouse', 'warehouseId'));
  const asOf = input.asOf ?? new Date();
  const organization = await tx.organization.findFirstOrThrow({ select: { baseCurrency: true } });
  const currency = organization.baseCurrency.trim();
  const warehouse = input.warehouseId ? Prisma.sql`AND l."warehouseId" = ${input.warehouseId}::uuid` : Prisma.empty;
  const rows = await tx.$queryRaw<Row[]>`
    WITH flows AS (
      SELECT m."productId", l."warehouseId", m."quantity" AS quantity, m."quantity" * m."unitCost" AS value
        FROM "StockMove" m
        JOIN "Location" l ON l."organizationId" = m."organizationId" AND l."id" = m."toLocationId" AND l."type" = 'INTERNAL' ${warehouse}
       WHERE m."organizationId" = ${actor.organizationId}::uuid AND m."state" = 'DONE' AND m."doneAt" <= ${asOf}
      UNION ALL
      SELECT m."productId", l."warehouseId", -m."quantity", -(m."quantity" * m."unitCost")
        FROM "StockMove" m
        JOIN "Location" l ON l."organizationId" = m."organizationId" AND l."id" = m."fromLocationId" AND l."type" = 'INTERNAL' ${warehouse}
       WHERE m."organizationId" = ${actor.organizationId}::uuid AND m."state" = 'DONE' AND m."doneAt" <= ${asOf}
    )
    SELECT f."productId"::text AS "productId", f."warehouseId"::text AS "warehouseId", sum(f.quantity) AS quantity, sum(f.value) AS value
      FROM flows f
      JOIN "Product" p ON p."organizationId" = ${actor.organizationId}::uuid AND p."id" = f."productId"
      JOIN "Warehouse" w ON w."organizationId" = ${actor.organizationId}::uuid AND w."id" = f."warehouseId"
     GROUP BY f."productId", f."warehouseId", p."sku", w."code"
    HAVING sum(f.quantity) <> 0 OR sum(f.value) <> 0
     ORDER BY p."sku", w."code", f."warehouseId"`;
  const scale = currencyScale(currency);
  const valued = rows.map((row) => {
    const quantity = new Prisma.Decimal(row.quantity);
    const exact = new Prisma.Decimal(row.value);
    return {
      productId: row.productId,
      warehouseId: row.warehouseId,
      quantity,
      value: exact.toDecimalPlaces(scale, Prisma.Decimal.ROUND_HALF_UP),
      currency,
      unitCost: quantity.isZero() ? null : exact.dividedBy(quantity).toDecimalPlaces(6, Prisma.Decimal.ROUND_HALF_UP),
    };
  });
  const totalValue = valued.reduce((sum, row) => sum.plus(row.value), new Prisma.Decimal(0));
  return { asOf, currency, rows: valued, totalValue };
}
