import { Prisma } from '../../generated/prisma/client.js';
import { perUnit } from './costing.js';
import { currencyScale, type Actor, type TenantTx } from '../../platform/index.js';
import { requireWarehouse } from './warehouses.js';

export interface ValuationRow {
  productId: string;
  warehouseId: string;
  quantity: Prisma.Decimal;
  /** In the base currency: the signed sum of the move values (each already in the currency's minor unit). */
  value: Prisma.Decimal;
  currency: string;
  /** The value over the quantity, to 6 decimals; null when the quantity is zero. */
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
 * warehouse location adds its value, every move out subtracts it. Every move's value is what it posted
 * to the ledger's INVENTORY account (transfers carry theirs between warehouses and post nothing), so
 * the total equals that account's balance at any moment, to the cent. One statement.
 */
export async function inventoryValuation(
  tx: TenantTx,
  actor: Actor,
  input: { asOf?: Date | null; warehouseId?: string | null },
): Promise<InventoryValuation> {
  if (input.warehouseId) await requireWarehouse(tx, input.warehouseId);
  const asOf = input.asOf ?? new Date();
  const organization = await tx.organization.findFirstOrThrow({ select: { baseCurrency: true } });
  const currency = organization.baseCurrency.trim();
  const warehouse = input.warehouseId ? Prisma.sql`AND l."warehouseId" = ${input.warehouseId}::uuid` : Prisma.empty;
  const rows = await tx.$queryRaw<Row[]>`
    WITH flows AS (
      SELECT m."productId", l."warehouseId", m."quantity" AS quantity, m."value" AS value
        FROM "StockMove" m
        JOIN "Location" l ON l."organizationId" = m."organizationId" AND l."id" = m."toLocationId" AND l."type" = 'INTERNAL' ${warehouse}
       WHERE m."organizationId" = ${actor.organizationId}::uuid AND m."state" = 'DONE' AND m."doneAt" <= ${asOf}
      UNION ALL
      SELECT m."productId", l."warehouseId", -m."quantity", -m."value"
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
    const value = new Prisma.Decimal(row.value).toDecimalPlaces(scale);
    return {
      productId: row.productId,
      warehouseId: row.warehouseId,
      quantity,
      value,
      currency,
      unitCost: perUnit(value, quantity),
    };
  });
  const totalValue = valued.reduce((sum, row) => sum.plus(row.value), new Prisma.Decimal(0));
  return { asOf, currency, rows: valued, totalValue };
}
