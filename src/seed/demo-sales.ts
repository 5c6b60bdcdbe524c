import * as sales from '../domain/sales/index.js';
import type { Actor, TenantTx } from '../platform/index.js';
import type { Progress } from '../platform/progress.js';
import { DAY_MS, isoDay } from './demo-dates.js';

// Key-account prices in EUR with quantity breaks: [sku, [from quantity, unit price]...].
const KEY_ACCOUNT_PRICES: [string, [string, string][]][] = [
  [
    'BRK-100',
    [
      ['0', '2.20'],
      ['500', '2.05'],
      ['2000', '1.90'],
    ],
  ],
  [
    'BOX-S',
    [
      ['0', '0.85'],
      ['1000', '0.78'],
    ],
  ],
  [
    'SENS-T1',
    [
      ['0', '36.00'],
      ['20', '33.50'],
    ],
  ],
];

type QuoteState = 'DRAFT' | 'SENT' | 'ACCEPTED' | 'EXPIRED';

interface DemoQuote {
  /** Index into the demo's EUR customers; 0 and 1 have the key-account price list. */
  customer: number;
  state: QuoteState;
  /** Days before today of the quote date. */
  age: number;
  notes: string;
  lines: { sku: string; quantity: string; discountPercent?: string }[];
}

const DEMO_QUOTES: DemoQuote[] = [
  {
    customer: 0,
    state: 'DRAFT',
    age: 0,
    notes: 'Spring restock; prices from the key-account list.',
    lines: [
      { sku: 'BRK-100', quantity: '600' },
      { sku: 'BOX-S', quantity: '1200' },
      { sku: 'TAPE-50', quantity: '24' },
    ],
  },
  {
    customer: 1,
    state: 'SENT',
    age: 3,
    notes: 'Sensor retrofit, phase 1.',
    lines: [
      { sku: 'SENS-T1', quantity: '25' },
      { sku: 'CBL-2M', quantity: '25', discountPercent: '10' },
    ],
  },
  {
    customer: 2,
    state: 'ACCEPTED',
    age: 10,
    notes: 'Framework order, first call-off.',
    lines: [
      { sku: 'BRK-150', quantity: '400', discountPercent: '5' },
      { sku: 'BOX-L', quantity: '500' },
    ],
  },
  {
    customer: 3,
    state: 'EXPIRED',
    age: 44,
    notes: 'Annual gasket supply; the customer never answered.',
    lines: [{ sku: 'GAS-12', quantity: '5000' }],
  },
  {
    customer: 4,
    state: 'DRAFT',
    age: 1,
    notes: 'Trial order.',
    lines: [
      { sku: 'SENS-T1', quantity: '2' },
      { sku: 'TAPE-50', quantity: '6' },
    ],
  },
];

/** Progress steps of the sales seed: the tax rates and price list, each quote, then the sales orders. */
export const DEMO_SALES_STEPS = 1 + DEMO_QUOTES.length + 1;

/**
 * Sales setup and quotes: a standard 19 % default rate, a reduced 7 % on the Packaging category, a
 * tax-included 19 % retail rate on packing tape, a key-account price list with quantity breaks for
 * the first two EUR customers, and quotes in every state. Runs through the sales domain's own
 * commands in the caller's transaction.
 */
export async function seedDemoSales(
  tx: TenantTx,
  actor: Actor,
  customers: { id: string; currency: string }[],
  progress: Progress,
  offset: number,
  today = new Date(),
): Promise<{ quotes: number; salesOrders: number }> {
  await progress.step(offset);
  const products = new Map(
    (await tx.product.findMany({ select: { id: true, sku: true } })).map((product) => [product.sku, product.id]),
  );
  const productId = (sku: string) => {
    const id = products.get(sku);
    if (!id) throw new Error(`Demo product ${sku} is missing`);
    return id;
  };
  await sales.createTaxRate(tx, actor, { code: 'VAT19', name: 'Standard rate 19 %', rate: '19', isDefault: true });
  const reduced = await sales.createTaxRate(tx, actor, { code: 'VAT7', name: 'Reduced rate 7 %', rate: '7' });
  const retail = await sales.createTaxRate(tx, actor, {
    code: 'VAT19-INCL',
    name: 'Retail price incl. 19 %',
    rate: '19',
    priceIncludesTax: true,
  });
  const packaging = await tx.productCategory.findFirstOrThrow({ where: { name: 'Packaging', parentId: null } });
  await sales.setProductTaxRate(tx, actor, { categoryId: packaging.id, taxRateId: reduced.taxRateId });
  // A product's own rate wins over its category's: the tape is sold at a consumer price.
  await sales.setProductTaxRate(tx, actor, { productId: productId('TAPE-50'), taxRateId: retail.taxRateId });

  const { priceListId } = await sales.createPriceList(tx, actor, { name: 'Key accounts EUR', currency: 'EUR' });
  await sales.setPriceListItems(tx, actor, {
    id: priceListId,
    items: KEY_ACCOUNT_PRICES.flatMap(([sku, breaks]) =>
      breaks.map(([minQuantity, unitPrice]) => ({ productId: productId(sku), minQuantity, unitPrice })),
    ),
  });
  const euroCustomers = customers.filter((customer) => customer.currency === 'EUR');
  for (const customer of euroCustomers.slice(0, 2))
    await sales.assignPriceList(tx, actor, { customerId: customer.id, priceListId });

  const day = sales.todayUtc(today);
  let acceptedQuoteId: string | undefined;
  for (const [index, quote] of DEMO_QUOTES.entries()) {
    await progress.step(offset + 1 + index);
    const quoteDate = new Date(day.getTime() - quote.age * DAY_MS);
    // The expired quote was valid through today when it was sent; its validity is then moved back below.
    const validUntil =
      quote.state === 'EXPIRED' ? day : new Date(quoteDate.getTime() + sales.DEFAULT_VALIDITY_DAYS * DAY_MS);
    const { quoteId } = await sales.createQuote(tx, actor, {
      customerId: euroCustomers[quote.customer]!.id,
      quoteDate: isoDay(quoteDate),
      validUntil: isoDay(validUntil),
      notes: quote.notes,
      lines: quote.lines.map((line) => ({
        productId: productId(line.sku),
        quantity: line.quantity,
        discountPercent: line.discountPercent,
      })),
    });
    if (quote.state === 'DRAFT') continue;
    await sales.sendQuote(tx, actor, { id: quoteId });
    if (quote.state === 'ACCEPTED') {
      await sales.acceptQuote(tx, actor, { id: quoteId });
      acceptedQuoteId = quoteId;
    }
    if (quote.state === 'EXPIRED') {
      // No command back-dates a sent quote (nor should one): this stands in for the 30 days that
      // passed since it was sent, so the demo has a quote that reads EXPIRED from the first start.
      await tx.quote.update({
        where: { id: quoteId },
        data: { validUntil: new Date(quoteDate.getTime() + sales.DEFAULT_VALIDITY_DAYS * DAY_MS) },
      });
    }
  }
  await progress.step(offset + 1 + DEMO_QUOTES.length);
  const salesOrders = await seedDemoOrders(tx, actor, euroCustomers, productId, acceptedQuoteId!);
  return { quotes: DEMO_QUOTES.length, salesOrders };
}

/**
 * Two confirmed orders reserving stock in the Hamburg warehouse: the accepted quote converted (more
 * brackets and large boxes than are on hand, so the rest is backordered), and a key-account order
 * priced from the price list, reserved in full, partly shipped, and one of its sensors returned.
 */
async function seedDemoOrders(
  tx: TenantTx,
  actor: Actor,
  euroCustomers: { id: string }[],
  productId: (sku: string) => string,
  acceptedQuoteId: string,
): Promise<number> {
  const warehouse = await tx.warehouse.findFirstOrThrow({ where: { code: 'HAM' } });
  const location = await tx.location.findFirstOrThrow({ where: { warehouseId: warehouse.id, parentId: null } });
  const converted = await sales.convertQuote(tx, actor, {
    quoteId: acceptedQuoteId,
    locationId: location.id,
    customerReference: 'PO-7781',
  });
  await sales.confirmSalesOrder(tx, actor, { id: converted.salesOrderId, allowBackorder: true });
  const direct = await sales.createSalesOrder(tx, actor, {
    customerId: euroCustomers[0]!.id,
    locationId: location.id,
    customerReference: 'KA-2026-114',
    notes: 'Key-account call-off.',
    lines: [
      { productId: productId('BRK-100'), quantity: '300' },
      { productId: productId('SENS-T1'), quantity: '4' },
    ],
  });
  await sales.confirmSalesOrder(tx, actor, { id: direct.salesOrderId });
  // The first 200 brackets and the sensors went out: the order is partially shipped, its cost posted.
  const { shipmentId } = await sales.createShipment(tx, actor, {
    salesOrderId: direct.salesOrderId,
    carrier: 'DHL Freight',
    trackingReference: 'JD014600006281',
    lines: [
      { lineNo: 1, quantity: '200' },
      { lineNo: 2, quantity: '4' },
    ],
  });
  await sales.shipShipment(tx, actor, { id: shipmentId });
  // One sensor failed calibration on site and came back into stock at its issue cost; the order was not
  // invoiced yet, so there is nothing to credit and it will invoice the 3 sensors kept.
  const { salesReturnId } = await sales.createSalesReturn(tx, actor, {
    salesOrderId: direct.salesOrderId,
    reason: 'Sensor failed calibration on site',
    lines: [{ lineNo: 2, quantity: '1' }],
  });
  await sales.receiveSalesReturn(tx, actor, { id: salesReturnId });
  return 2;
}
