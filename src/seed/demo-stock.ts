import { Prisma } from '../generated/prisma/client.js';
import * as inventory from '../domain/inventory/index.js';
import * as purchasing from '../domain/purchasing/index.js';
import type { Actor, TenantTx } from '../platform/index.js';
import type { Progress } from '../platform/progress.js';

const d = (value: string) => new Prisma.Decimal(value);

/** Product categories; demo sales taxes the Packaging category at the reduced rate. */
export const DEMO_CATEGORIES = ['Hardware', 'Packaging', 'Sensors'] as const;

// [sku, name, category, unit, list price, cost, on hand, reorder point, lot size (multiple of)]
const DEMO_PRODUCTS: [
  string,
  string,
  (typeof DEMO_CATEGORIES)[number],
  string,
  string,
  string,
  string,
  string,
  string,
][] = [
  ['BRK-100', 'Steel bracket 100 mm', 'Hardware', 'pc', '2.40', '1.10', '1200', '500', '250'],
  ['BRK-150', 'Steel bracket 150 mm', 'Hardware', 'pc', '3.10', '1.45', '180', '400', '250'],
  ['BOX-S', 'Shipping box, small', 'Packaging', 'pc', '0.90', '0.38', '2600', '1000', '500'],
  ['BOX-L', 'Shipping box, large', 'Packaging', 'pc', '1.60', '0.72', '350', '800', '500'],
  ['TAPE-50', 'Packing tape 50 m', 'Packaging', 'roll', '3.50', '1.20', '90', '60', '24'],
  ['SENS-T1', 'Temperature sensor T1', 'Sensors', 'pc', '39.00', '17.50', '42', '25', '10'],
  ['CBL-2M', 'Sensor cable 2 m', 'Sensors', 'pc', '6.50', '2.10', '15', '40', '20'],
  ['GAS-12', 'Gasket 12 mm', 'Hardware', 'pc', '0.45', '0.12', '5000', '2000', '1000'],
];

/**
 * A warehouse with bins, three product categories, eight stocked products (some below their reorder point, so
 * replenishmentSuggestions has answers) and the demo suppliers' prices for them. Runs through the
 * inventory and purchasing domains' own commands in the caller's transaction.
 */
export async function seedDemoStock(
  tx: TenantTx,
  actor: Actor,
  progress: Progress,
  offset: number,
): Promise<{ products: number }> {
  const { warehouseId } = await inventory.createWarehouse(tx, actor, {
    code: 'HAM',
    name: 'Hamburg central warehouse',
  });
  const root = await tx.location.findFirstOrThrow({ where: { warehouseId, parentId: null } });
  const suppliers = await tx.supplier.findMany({ where: { currency: 'EUR' }, orderBy: { name: 'asc' } });
  const categories = new Map<string, string>();
  for (const name of DEMO_CATEGORIES)
    categories.set(name, (await inventory.createProductCategory(tx, actor, { name })).productCategoryId);
  for (const [
    index,
    [sku, name, category, unit, listPrice, cost, onHand, reorderPoint, lot],
  ] of DEMO_PRODUCTS.entries()) {
    await progress.step(offset + index);
    const { productId } = await inventory.createProduct(tx, actor, {
      sku,
      name,
      categoryId: categories.get(category),
      unitOfMeasure: unit,
      type: 'STOCKED',
      procurement: 'BUY',
      listPrice: d(listPrice),
      standardCost: d(cost),
      leadTimeDays: 7 + index,
      reorderPoint: d(reorderPoint),
      lotSizeRule: 'MULTIPLE_OF',
      lotSizeQuantity: d(lot),
    });
    await inventory.receiveStock(tx, actor, { productId, locationId: root.id, quantity: d(onHand), unitCost: d(cost) });
    for (const [n, supplier] of suppliers.slice(0, 2).entries()) {
      await purchasing.setSupplierPrice(tx, actor, {
        supplierId: supplier.id,
        productId,
        price: d(cost)
          .times(n === 0 ? '1' : '1.08')
          .toDecimalPlaces(4),
        leadTimeDays: 5 + n * 5,
      });
    }
  }
  return { products: DEMO_PRODUCTS.length };
}

export const DEMO_PRODUCT_COUNT = DEMO_PRODUCTS.length;
