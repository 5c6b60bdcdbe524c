import { decodeGlobalId } from '../../src/schema/global-id.js';
import { expectData, graphqlRequest, send } from './graphql.js';
import {
  CYCLE_PLACEHOLDER,
  PREVIOUS_PLACEHOLDER,
  UNIQUE_PLACEHOLDER,
  type BenchContext,
  type LoadRequest,
  type Scenario,
} from './scenario.js';
import { stockOf } from './stock.js';

const LINES_PER_ORDER = 5;
const QUANTITY = '1';
const UNIT_PRICE = '12.50';
const LINES_MARKER = '"__LINES__"';

const CREATE = `mutation SalesOrderCreate($input: SalesOrderCreateInput!) {
  salesOrderCreate(input: $input) { salesOrder { id number status } errors { code message field } }
}`;
const CONFIRM = `mutation SalesOrderConfirm($input: SalesOrderConfirmInput!) {
  salesOrderConfirm(input: $input) { salesOrder { id status lines { quantityReserved } } errors { code message field } }
}`;

/** Set by preflight: a customer in the base currency without a credit limit (confirms convert nothing, check no limit). */
let customerId: string | undefined;

/** Each order takes 5 of the hot products, groups in turn, so concurrent orders mostly lock different levels. */
function productGroups(ctx: BenchContext): string[] {
  const ids = stockOf(ctx).productIds;
  const groups: string[] = [];
  for (let from = 0; from + LINES_PER_ORDER <= ids.length; from += LINES_PER_ORDER) {
    groups.push(
      JSON.stringify(
        ids
          .slice(from, from + LINES_PER_ORDER)
          .map((productId) => ({ productId, quantity: QUANTITY, unitPrice: UNIT_PRICE })),
      ),
    );
  }
  return groups;
}

// The lines are spliced into the JSON text as raw JSON, so the load generator can cycle the group per request.
function createBody(ctx: BenchContext, lines: string, reference: string): string {
  if (!customerId) throw new Error('sales-order-confirm: preflight has not created its customer');
  const stock = stockOf(ctx);
  const body = JSON.stringify({
    query: CREATE,
    variables: {
      input: { customerId, locationId: stock.locationId, customerReference: reference, lines: '__LINES__' },
    },
  });
  return body.replace(LINES_MARKER, lines);
}

function confirmBody(id: string): string {
  return JSON.stringify({ query: CONFIRM, variables: { input: { id } } });
}

function post(ctx: BenchContext, body: string): LoadRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.apiKey}` },
    body,
  };
}

interface CreateData {
  salesOrderCreate: { salesOrder: { id: string; status: string } | null; errors: unknown[] };
}
interface ConfirmData {
  salesOrderConfirm: {
    salesOrder: { status: string; lines: { quantityReserved: string }[] } | null;
    errors: unknown[];
  };
}

interface OrderCheck {
  levels: string;
  wrongReserved: string;
  overReserved: string;
  wrongOnHand: string;
  confirmed: string;
  drafts: string;
  draftsHolding: string;
  confirmedLines: string;
  wrongLines: string;
  orderReservations: string;
  wrongReservations: string;
}

// Per level of the location: reserved equals its open reservations (the stock-reserve scenario's and
// these orders'), never exceeds on hand, and on hand is what was generated less what other scenarios
// shipped from it (sales-order-view ships its order). Every confirmed order of this scenario's customer
// holds exactly its lines' quantities, each in one reservation of the order's line.
const CHECK = `
  WITH open AS (
    SELECT "productId", sum("quantity") AS quantity FROM "StockReservation"
    WHERE "organizationId" = $1::uuid AND "locationId" = $2::uuid GROUP BY "productId"
  ), issued AS (
    SELECT "productId", sum("quantity") AS quantity FROM "StockMove"
    WHERE "organizationId" = $1::uuid AND "fromLocationId" = $2::uuid AND "kind" = 'ISSUE' AND "state" = 'DONE' GROUP BY "productId"
  ), lines AS (
    SELECT l.*, o."status" FROM "SalesOrderLine" l JOIN "SalesOrder" o ON o."id" = l."salesOrderId"
    WHERE o."organizationId" = $1::uuid AND o."customerId" = $4::uuid
  )
  SELECT count(*)::text AS levels,
         count(*) FILTER (WHERE lv."reserved" <> coalesce(op.quantity, 0))::text AS "wrongReserved",
         count(*) FILTER (WHERE lv."reserved" > lv."onHand")::text AS "overReserved",
         count(*) FILTER (WHERE lv."onHand" + coalesce(iss.quantity, 0) <> $3::numeric)::text AS "wrongOnHand",
         (SELECT count(*) FROM "SalesOrder" WHERE "organizationId" = $1::uuid AND "customerId" = $4::uuid AND "status" = 'CONFIRMED')::text AS confirmed,
         (SELECT count(*) FROM "SalesOrder" WHERE "organizationId" = $1::uuid AND "customerId" = $4::uuid AND "status" = 'DRAFT')::text AS drafts,
         (SELECT count(DISTINCT "salesOrderId") FROM lines WHERE "status" = 'DRAFT' AND ("quantityReserved" <> 0 OR "quantityBackordered" <> 0
           OR EXISTS (SELECT 1 FROM "StockReservation" r WHERE r."demandType" = 'SalesOrder' AND r."demandId" = lines."salesOrderId"::text)))::text AS "draftsHolding",
         (SELECT count(*) FROM lines WHERE "status" = 'CONFIRMED')::text AS "confirmedLines",
         (SELECT count(*) FROM lines WHERE "status" = 'CONFIRMED' AND ("quantityReserved" <> "quantity" OR "quantityBackordered" <> 0))::text AS "wrongLines",
         (SELECT count(*) FROM "StockReservation" r JOIN "SalesOrder" o ON o."id"::text = r."demandId"
           WHERE r."organizationId" = $1::uuid AND r."demandType" = 'SalesOrder' AND o."customerId" = $4::uuid)::text AS "orderReservations",
         (SELECT count(*) FROM "StockReservation" r JOIN lines l ON l."salesOrderId"::text = r."demandId" AND l."lineNo"::text = r."demandLine"
           WHERE r."organizationId" = $1::uuid AND r."demandType" = 'SalesOrder' AND r."quantity" <> l."quantity")::text AS "wrongReservations"
  FROM "StockLevel" lv
  LEFT JOIN open op ON op."productId" = lv."productId"
  LEFT JOIN issued iss ON iss."productId" = lv."productId"
  WHERE lv."organizationId" = $1::uuid AND lv."locationId" = $2::uuid`;

async function checkOrders(ctx: BenchContext, connections: number): Promise<string[]> {
  const stock = stockOf(ctx);
  const locationId = decodeGlobalId(stock.locationId).id;
  const [row] = await ctx.db.sql.query<OrderCheck>(CHECK, [
    ctx.organizationId,
    locationId,
    stock.onHandEach,
    decodeGlobalId(customerId!).id,
  ]);
  const problems: string[] = [];
  if (row.wrongReserved !== '0')
    problems.push(`${row.wrongReserved} levels whose reserved differs from the sum of their reservations`);
  if (row.overReserved !== '0') problems.push(`${row.overReserved} levels reserved beyond on hand (oversold)`);
  if (row.wrongOnHand !== '0')
    problems.push(`${row.wrongOnHand} levels whose on hand is not what was generated less what shipped`);
  if (row.wrongLines !== '0') problems.push(`${row.wrongLines} lines of confirmed orders not reserved in full`);
  if (row.wrongReservations !== '0')
    problems.push(`${row.wrongReservations} order reservations that differ from their line's quantity`);
  if (row.orderReservations !== row.confirmedLines)
    problems.push(`${row.orderReservations} order reservations for ${row.confirmedLines} confirmed lines`);
  // The generator stops mid-pair, so each run leaves up to one unconfirmed draft per connection; none may hold stock.
  if (row.draftsHolding !== '0') problems.push(`${row.draftsHolding} DRAFT orders holding reservations`);
  if (problems.length > 0) throw new Error(`Sales order check failed: ${problems.join('; ')}`);
  return [
    `${row.confirmed} orders confirmed with ${row.confirmedLines} lines, each reserved in full by exactly one reservation of its line (${row.orderReservations})`,
    `${row.levels} levels: reserved equals the sum of the open reservations and never exceeds on hand (no oversell); on hand is ${stock.onHandEach} less what shipped`,
    `${row.drafts} orders left DRAFT where the generator stopped between a create and its confirm (at most ${connections} per run, warm-up included), none holding stock`,
  ];
}

const CONNECTIONS = 20;

export const salesOrderConfirm: Scenario = {
  name: 'sales-order-confirm',
  description: `GraphQL: salesOrderCreate of ${LINES_PER_ORDER} stocked lines, then salesOrderConfirm of that order (reserving every line) on the same connection; both count as requests`,
  needsStock: true,
  connections: CONNECTIONS,
  request: (ctx) => ({
    ...post(ctx, createBody(ctx, CYCLE_PLACEHOLDER, `LOAD-${UNIQUE_PLACEHOLDER}`)),
    cycle: productGroups(ctx),
    followUp: { body: confirmBody(PREVIOUS_PLACEHOLDER), capture: 'data.salesOrderCreate.salesOrder.id' },
  }),
  async preflight(ctx) {
    const base = await ctx.db.sql.query<{ baseCurrency: string }>(
      `SELECT trim("baseCurrency") AS "baseCurrency" FROM "Organization" WHERE "id" = $1::uuid`,
      [ctx.organizationId],
    );
    const customer = expectData(
      await send(
        ctx,
        graphqlRequest(
          ctx,
          `mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } errors { code message } } }`,
          {
            input: { name: 'Bench sales customer', kind: 'COMPANY', currency: base[0]!.baseCurrency },
          },
        ),
      ),
      this.name,
    ) as { customerCreate: { customer: { id: string } | null; errors: unknown[] } };
    if (!customer.customerCreate.customer)
      throw new Error(`${this.name}: customerCreate failed: ${JSON.stringify(customer)}`);
    customerId = customer.customerCreate.customer.id;
    const created = expectData(
      await send(ctx, post(ctx, createBody(ctx, productGroups(ctx)[0]!, 'preflight'))),
      this.name,
    ) as CreateData;
    const order = created.salesOrderCreate.salesOrder;
    if (created.salesOrderCreate.errors.length > 0 || order?.status !== 'DRAFT')
      throw new Error(`${this.name} create failed: ${JSON.stringify(created)}`);
    const confirmed = expectData(await send(ctx, post(ctx, confirmBody(order.id))), this.name) as ConfirmData;
    const lines = confirmed.salesOrderConfirm.salesOrder?.lines ?? [];
    if (
      confirmed.salesOrderConfirm.errors.length > 0 ||
      confirmed.salesOrderConfirm.salesOrder?.status !== 'CONFIRMED' ||
      lines.length !== LINES_PER_ORDER ||
      lines.some((l) => l.quantityReserved !== QUANTITY)
    ) {
      throw new Error(`${this.name} confirm failed: ${JSON.stringify(confirmed)}`);
    }
  },
  statementProbes: (ctx) => [
    {
      label: `one salesOrderCreate of ${LINES_PER_ORDER} lines`,
      request: post(ctx, createBody(ctx, productGroups(ctx)[1]!, 'probe')),
    },
  ],
  verify: (ctx) => checkOrders(ctx, CONNECTIONS),
};
