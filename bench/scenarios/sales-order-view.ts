// The one-query sales order view of a 200-line order that was confirmed, shipped, invoiced and paid:
// preflight builds the order through the API, the load reads it.
import { expectData, graphqlRequest, send } from './graphql.js';
import type { BenchContext, LoadRequest, Scenario } from './scenario.js';
import { stockOf } from './stock.js';

const LINES = 200;
const UNIT_PRICE = '12.50';

const VIEW = `query SalesOrderView($id: ID!) {
  salesOrder(id: $id) {
    number status
    customer { name }
    lines { product { sku } availableStock reservations { quantity } }
    shipments { lines { stockMove { value } } }
    invoices { balanceDue { amount } }
    payments { amount payment { number } }
    approvalRequest { history { action } }
    journalEntries { lines { account { code } debit credit } }
  }
}`;

/** Set by preflight: the paid order. */
let orderId: string | undefined;

const viewRequest = (ctx: BenchContext): LoadRequest => {
  if (!orderId) throw new Error('sales-order-view: preflight has not built its order');
  return graphqlRequest(ctx, VIEW, { id: orderId });
};

async function run<T>(
  ctx: BenchContext,
  field: string,
  input: string,
  selection: string,
  variables: object,
): Promise<T> {
  const query = `mutation($input: ${input}!) { ${field}(input: $input) { ${selection} errors { code message field } } }`;
  const data = expectData(
    await send(ctx, graphqlRequest(ctx, query, { input: variables })),
    'sales-order-view',
  ) as Record<string, { errors: unknown[] } & T>;
  const payload = data[field]!;
  if (payload.errors.length > 0)
    throw new Error(`sales-order-view: ${field} failed: ${JSON.stringify(payload.errors)}`);
  return payload;
}

interface ViewData {
  salesOrder: {
    status: string;
    lines: unknown[];
    shipments: { lines: { stockMove: { value: string } | null }[] }[];
    payments: unknown[];
    journalEntries: unknown[];
  } | null;
}

export const salesOrderView: Scenario = {
  name: 'sales-order-view',
  description: `GraphQL: salesOrder(id:) of a ${LINES}-line order (confirmed, shipped, invoiced, paid) with customer, lines with stock and reservations, shipments with move values, invoices, payments, approval history and journal entries with lines`,
  needsStock: true,
  request: (ctx) => viewRequest(ctx),
  async preflight(ctx) {
    const stock = stockOf(ctx);
    const base = await ctx.db.sql.query<{ baseCurrency: string }>(
      `SELECT trim("baseCurrency") AS "baseCurrency" FROM "Organization" WHERE "id" = $1::uuid`,
      [ctx.organizationId],
    );
    const today = new Date().toISOString().slice(0, 10);
    const { customer } = await run<{ customer: { id: string } }>(
      ctx,
      'customerCreate',
      'CustomerCreateInput',
      'customer { id }',
      {
        name: 'Bench order view customer',
        kind: 'COMPANY',
        currency: base[0]!.baseCurrency,
      },
    );
    // The hot products in turn (100 at the default scale, so each appears on two lines).
    const lines = Array.from({ length: LINES }, (_, i) => ({
      productId: stock.productIds[i % stock.productIds.length]!,
      quantity: '1',
      unitPrice: UNIT_PRICE,
    }));
    const { salesOrder } = await run<{ salesOrder: { id: string } }>(
      ctx,
      'salesOrderCreate',
      'SalesOrderCreateInput',
      'salesOrder { id }',
      {
        customerId: customer.id,
        locationId: stock.locationId,
        customerReference: 'VIEW',
        lines,
      },
    );
    await run(ctx, 'salesOrderConfirm', 'SalesOrderConfirmInput', 'salesOrder { status }', { id: salesOrder.id });
    const { shipment } = await run<{ shipment: { id: string } }>(
      ctx,
      'shipmentCreate',
      'ShipmentCreateInput',
      'shipment { id }',
      {
        salesOrderId: salesOrder.id,
        lines: lines.map((_, i) => ({ lineNo: i + 1, quantity: '1' })),
      },
    );
    await run(ctx, 'shipmentShip', 'ShipmentStateInput', 'shipment { status }', { id: shipment.id });
    const { invoice } = await run<{ invoice: { id: string; total: { amount: string } } }>(
      ctx,
      'salesOrderInvoice',
      'SalesOrderInvoiceInput',
      'invoice { id total { amount } }',
      {
        salesOrderId: salesOrder.id,
        invoiceDate: today,
        idempotencyKey: `bench-view-${Date.now()}`,
      },
    );
    await run(ctx, 'paymentCreate', 'PaymentCreateInput', 'payment { id }', {
      customerId: customer.id,
      date: today,
      amount: invoice.total.amount,
      method: 'BANK_TRANSFER',
      allocations: [{ invoiceId: invoice.id, amount: invoice.total.amount }],
    });
    orderId = salesOrder.id;
    const view = (expectData(await send(ctx, viewRequest(ctx)), this.name) as ViewData).salesOrder;
    // One COGS entry per shipped line of non-zero value (the generated receipts cost nothing, so none at
    // the default data set), then the invoice's and the payment's.
    const valued =
      view?.shipments.flatMap((s) => s.lines).filter((l) => l.stockMove && Number(l.stockMove.value) !== 0).length ?? 0;
    if (
      view?.status !== 'PAID' ||
      view.lines.length !== LINES ||
      view.shipments[0]?.lines.length !== LINES ||
      view.payments.length !== 1 ||
      view.journalEntries.length !== valued + 2
    ) {
      throw new Error(
        `${this.name}: unexpected view: status ${view?.status}, ${view?.lines.length} lines, ${view?.shipments[0]?.lines.length} shipped, ${view?.payments.length} payments, ${view?.journalEntries.length} entries`,
      );
    }
  },
  statementProbes: (ctx) => [{ label: `salesOrder view of ${LINES} lines`, request: viewRequest(ctx) }],
};
