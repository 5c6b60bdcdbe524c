import { randomUUID } from 'node:crypto';
import { createWarehouse, virtualLocationId } from '../src/domain/inventory/index.js';
import { createFiscalYear } from '../src/domain/ledger/index.js';
import { systemActor } from '../src/platform/actor.js';
import type { Database } from '../src/platform/db/database.js';
import type { SqlDriver } from '../src/platform/db/sql-driver.js';
import { tenantClient } from '../src/platform/db/tenant-client.js';
import { startProgress } from '../src/platform/progress.js';
import { encodeGlobalId } from '../src/schema/global-id.js';
import { insertRows } from './generate.js';

export interface StockDataSet {
  warehouseCode: string;
  /** Global ID of the warehouse's root STOCK location, where every product's stock is. */
  locationId: string;
  /** Global IDs of the first products (SKU order), for scenarios that spread writes over a few of them. */
  productIds: string[];
  products: number;
  /** On hand of every product, as generated. */
  onHandEach: string;
}

const PRODUCTS_PER_BATCH = 2_000;
// The first products, by SKU, that the reservation scenario cycles through.
const HOT_PRODUCTS = 100;
// Far more than a run reserves, so reservations never run short.
const ON_HAND = '1000000';
const UNIT_COST = '4.25';
const WAREHOUSE = { code: 'BENCH', name: 'Bench warehouse' };

const WORDS = ['Bolt', 'Nut', 'Washer', 'Bracket', 'Hinge', 'Gasket', 'Valve', 'Bearing', 'Spring', 'Clamp', 'Rivet'];
const SIZES = ['M4', 'M5', 'M6', 'M8', 'M10', 'M12', 'M16'];
const FINISHES = ['zinc', 'steel', 'brass', 'nylon', 'stainless'];

const sku = (index: number) => `BENCH-${String(index + 1).padStart(6, '0')}`;
const productName = (index: number) =>
  `${WORDS[(index * 7) % WORDS.length]} ${SIZES[(index * 5) % SIZES.length]} ${FINISHES[(index * 3) % FINISHES.length]} ${index + 1}`;

/**
 * The warehouse, its virtual counterpart for receipts, and a fiscal year covering today (stock moves
 * are dated today, and moves are valued into the ledger by date), all through the domain.
 */
async function setUp(db: Database, organizationId: string) {
  const actor = systemActor(organizationId, 'benchmark');
  return tenantClient(db.prisma, organizationId).$transaction(async (tx) => {
    const year = new Date().getUTCFullYear();
    const hasYear = await tx.fiscalYear.findFirst({
      where: { startDate: { lte: new Date() }, endDate: { gte: new Date() } },
      select: { id: true },
    });
    if (!hasYear) await createFiscalYear(tx, actor, { name: String(year), startDate: `${year}-01-01` });
    const { warehouseId } = await createWarehouse(tx, actor, WAREHOUSE);
    const warehouse = await tx.warehouse.findUniqueOrThrow({
      where: { id: warehouseId },
      select: { rootLocationId: true },
    });
    return { locationId: warehouse.rootLocationId as string, supplierId: await virtualLocationId(tx, 'SUPPLIER') };
  });
}

async function insertBatch(
  conn: SqlDriver,
  organizationId: string,
  where: { locationId: string; supplierId: string },
  from: number,
  to: number,
): Promise<string[]> {
  const products: unknown[][] = [];
  const levels: unknown[][] = [];
  const moves: unknown[][] = [];
  for (let index = from; index < to; index += 1) {
    const id = randomUUID();
    products.push([id, organizationId, sku(index), productName(index)]);
    levels.push([randomUUID(), organizationId, id, where.locationId]);
    moves.push([randomUUID(), organizationId, id]);
  }
  const now = { updatedAt: 'now()' };
  // Only named columns: defaults fill in whatever columns the tables gain later.
  await insertRows(conn, 'Product', ['id', 'organizationId', 'sku', 'name'], products, {
    type: `'STOCKED'`,
    unitOfMeasure: `'pcs'`,
    averageCost: `${UNIT_COST}::numeric`,
    createdAt: 'now()',
    ...now,
  });
  // The receipt that explains each level, so the levels equal the replay of the moves.
  await insertRows(conn, 'StockMove', ['id', 'organizationId', 'productId'], moves, {
    quantity: `${ON_HAND}::numeric`,
    fromLocationId: `'${where.supplierId}'::uuid`,
    toLocationId: `'${where.locationId}'::uuid`,
    unitCost: `${UNIT_COST}::numeric`,
    kind: `'RECEIPT'`,
    state: `'DONE'`,
    doneAt: 'now()',
    createdAt: 'now()',
  });
  await insertRows(conn, 'StockLevel', ['id', 'organizationId', 'productId', 'locationId'], levels, {
    onHand: `${ON_HAND}::numeric`,
    reserved: '0',
    ...now,
  });
  return products.map((row) => row[0] as string);
}

/**
 * `products` stocked products, each with 1,000,000 on hand in the root location of one warehouse,
 * received by one DONE receipt move. Bulk-inserted with multi-row INSERTs in one transaction on one
 * connection, then ANALYZE: Ctrl-C rolls the whole data set back.
 */
export async function generateStock(db: Database, organizationId: string, products: number): Promise<StockDataSet> {
  const started = Date.now();
  const where = await setUp(db, organizationId);
  const hot: string[] = [];
  const progress = startProgress('Generating stocked products', products);
  try {
    await db.sql.withConnection(async (conn) => {
      await conn.exec('BEGIN');
      try {
        for (let from = 0; from < products; from += PRODUCTS_PER_BATCH) {
          await progress.step(from);
          const ids = await insertBatch(
            conn,
            organizationId,
            where,
            from,
            Math.min(products, from + PRODUCTS_PER_BATCH),
          );
          if (hot.length < HOT_PRODUCTS) hot.push(...ids.slice(0, HOT_PRODUCTS - hot.length));
        }
        await progress.step(products);
        await conn.exec('COMMIT');
      } catch (error) {
        await conn.exec('ROLLBACK').catch(() => {});
        throw error;
      }
    });
    await db.sql.exec('ANALYZE "Product", "StockLevel", "StockMove"');
    progress.finish(
      `Generated ${products} stocked products with their levels and receipts in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    progress.dispose();
  }
  return {
    warehouseCode: WAREHOUSE.code,
    locationId: encodeGlobalId('Location', where.locationId),
    productIds: hot.map((id) => encodeGlobalId('Product', id)),
    products,
    onHandEach: ON_HAND,
  };
}
