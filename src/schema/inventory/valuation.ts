import type { InventoryValuation, ValuationRow } from '../../domain/inventory/index.js';
import { currencyScale } from '../../platform/index.js';
import { builder } from '../builder.js';
import { rowsById } from '../loaders.js';

export const InventoryValuationRowType = builder.objectRef<ValuationRow>('InventoryValuationRow').implement({
  description: 'The stock of one product in one warehouse and its value.',
  fields: (t) => ({
    product: t.prismaField({
      type: 'Product',
      description: 'The product.',
      resolve: async (query, row, _args, ctx) =>
        (await rowsById(
          ctx,
          `Product:${JSON.stringify(query)}`,
          (ids) => ctx.db.product.findMany({ ...query, where: { id: { in: ids } } }) as Promise<{ id: string }[]>,
        ).load(row.productId)) as never,
    }),
    warehouse: t.prismaField({
      type: 'Warehouse',
      description: 'The warehouse (all its locations together).',
      resolve: async (query, row, _args, ctx) =>
        (await rowsById(
          ctx,
          `Warehouse:${JSON.stringify(query)}`,
          (ids) => ctx.db.warehouse.findMany({ ...query, where: { id: { in: ids } } }) as Promise<{ id: string }[]>,
        ).load(row.warehouseId)) as never,
    }),
    quantity: t.field({
      type: 'Decimal',
      description: "On hand at the moment, in the product's unit.",
      resolve: (row) => row.quantity,
    }),
    value: t.field({
      type: 'Decimal',
      description:
        'Value in the base currency: the signed sum of the values of the moves into and out of the warehouse\'s locations (with all the currency\'s decimals, e.g. "65.00").',
      resolve: (row) => row.value.toFixed(currencyScale(row.currency)),
    }),
    unitCost: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'The value over the quantity, to 6 decimals; null when the quantity is zero.',
      resolve: (row) => row.unitCost,
    }),
  }),
});

export const InventoryValuationType = builder.objectRef<InventoryValuation>('InventoryValuation').implement({
  description:
    "Stock value per product and warehouse at a moment, replayed from the values of the done stock moves. The total equals the balance of the ledger's INVENTORY account for moves posted since valuation existed (moves before it posted nothing). Per warehouse, values follow the moves: costs are per product (moving average or FIFO layers), so a warehouse's value is what its moves brought in minus what they took out.",
  fields: (t) => ({
    asOf: t.field({ type: 'DateTime', description: 'The moment valued.', resolve: (valuation) => valuation.asOf }),
    currency: t.field({
      type: 'CurrencyCode',
      description: 'The base currency all values are in.',
      resolve: (valuation) => valuation.currency,
    }),
    rows: t.field({
      type: [InventoryValuationRowType],
      description: 'One row per product and warehouse with stock or value, by SKU, then warehouse code.',
      resolve: (valuation) => valuation.rows,
    }),
    totalValue: t.field({
      type: 'Decimal',
      description: "Sum of the rows' values, with all the currency's decimals.",
      resolve: (valuation) => valuation.totalValue.toFixed(currencyScale(valuation.currency)),
    }),
  }),
});
