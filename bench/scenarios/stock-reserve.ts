import { decodeGlobalId } from '../../src/schema/global-id.js';
import { expectData, send } from './graphql.js';
import {
  CYCLE_PLACEHOLDER,
  UNIQUE_PLACEHOLDER,
  type BenchContext,
  type LoadRequest,
  type Scenario,
} from './scenario.js';
import { stockOf } from './stock.js';

const QUANTITY = '2';
const DEMAND_TYPE = 'BENCH_ORDER';

const MUTATION = `mutation StockReserve($input: StockReserveInput!) {
  stockReserve(input: $input) {
    reservation { id quantity }
    errors { code message field }
  }
}`;

// The product id is spliced into the JSON text, so the load generator can cycle it per request.
function reserveRequest(ctx: BenchContext, productId: string, demandId: string): LoadRequest {
  const stock = stockOf(ctx);
  const body = JSON.stringify({
    query: MUTATION,
    variables: {
      input: {
        productId,
        locationId: stock.locationId,
        demand: { type: DEMAND_TYPE, id: demandId },
        quantity: QUANTITY,
      },
    },
  });
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.apiKey}` },
    body,
    cycle: stock.productIds,
  };
}

interface ReserveData {
  stockReserve: { reservation: { quantity: string } | null; errors: { code: string; message: string }[] };
}

interface LevelCheck {
  levels: string;
  wrongReserved: string;
  wrongOnHand: string;
  notFromMoves: string;
  reserved: string;
  loadReservations: string;
  wrongReservations: string;
}

// Per level: reserved must equal its open reservations, and on hand the generated quantity, which is
// also the replay of its DONE moves (a reservation moves nothing). Every reservation the load made holds
// exactly one request's quantity: each request had a demand of its own. (The statement probe sends its
// request twice, so its reservation holds two.)
const CHECK = `
  WITH open AS (
    SELECT "productId", "locationId", sum("quantity") AS quantity FROM "StockReservation"
    WHERE "organizationId" = $1::uuid GROUP BY "productId", "locationId"
  ), moved AS (
    SELECT m."productId", sum(CASE WHEN m."toLocationId" = $2::uuid THEN m."quantity" ELSE -m."quantity" END) AS quantity
    FROM "StockMove" m
    WHERE m."organizationId" = $1::uuid AND m."state" = 'DONE' AND $2::uuid IN (m."toLocationId", m."fromLocationId")
    GROUP BY m."productId"
  )
  SELECT count(*)::text AS levels,
         count(*) FILTER (WHERE l."reserved" <> coalesce(o.quantity, 0))::text AS "wrongReserved",
         count(*) FILTER (WHERE l."onHand" <> $3::numeric)::text AS "wrongOnHand",
         count(*) FILTER (WHERE l."onHand" <> coalesce(mv.quantity, 0))::text AS "notFromMoves",
         coalesce(sum(l."reserved"), 0)::text AS reserved,
         (SELECT count(*) FROM "StockReservation" WHERE "organizationId" = $1::uuid AND "demandType" = $4 AND "demandId" LIKE 'LOAD-%')::text AS "loadReservations",
         (SELECT count(*) FROM "StockReservation" WHERE "organizationId" = $1::uuid AND "demandType" = $4 AND "demandId" LIKE 'LOAD-%' AND "quantity" <> $5::numeric)::text AS "wrongReservations"
  FROM "StockLevel" l
  LEFT JOIN open o ON o."productId" = l."productId" AND o."locationId" = l."locationId"
  LEFT JOIN moved mv ON mv."productId" = l."productId"
  WHERE l."organizationId" = $1::uuid AND l."locationId" = $2::uuid`;

/** Throws unless every level's reserved equals its open reservations and on hand is what it was. */
async function checkReservations(ctx: BenchContext): Promise<string[]> {
  const stock = stockOf(ctx);
  const locationId = decodeGlobalId(stock.locationId).id;
  const [row] = await ctx.db.sql.query<LevelCheck>(CHECK, [
    ctx.organizationId,
    locationId,
    stock.onHandEach,
    DEMAND_TYPE,
    QUANTITY,
  ]);
  const problems: string[] = [];
  if (row.levels !== String(stock.products))
    problems.push(`${row.levels} levels in the location, expected ${stock.products}`);
  if (row.wrongReserved !== '0')
    problems.push(`${row.wrongReserved} levels whose reserved differs from the sum of their reservations`);
  if (row.wrongOnHand !== '0') problems.push(`${row.wrongOnHand} levels whose on hand changed`);
  if (row.notFromMoves !== '0') problems.push(`${row.notFromMoves} levels whose on hand differs from their moves`);
  if (row.wrongReservations !== '0')
    problems.push(`${row.wrongReservations} reservations of the load hold other than ${QUANTITY}`);
  if (problems.length > 0) throw new Error(`Reservation check failed: ${problems.join('; ')}`);
  return [
    `${row.levels} levels: reserved equals the sum of the open reservations for every one (total ${row.reserved}), on hand unchanged at ${stock.onHandEach} and equal to the moves`,
    `${row.loadReservations} reservations of ${QUANTITY} each from the load (warm-up included), one per request, spread over ${stock.productIds.length} products`,
  ];
}

export const stockReserve: Scenario = {
  name: 'stock-reserve',
  description: `GraphQL: stockReserve of ${QUANTITY} units for a new demand per request, cycling over the first products of one warehouse location`,
  needsStock: true,
  connections: 20,
  request: (ctx) => reserveRequest(ctx, CYCLE_PLACEHOLDER, `LOAD-${UNIQUE_PLACEHOLDER}`),
  async preflight(ctx) {
    const data = expectData(
      await send(ctx, reserveRequest(ctx, stockOf(ctx).productIds[0], `preflight-${Date.now()}`)),
      this.name,
    ) as ReserveData;
    const { reservation, errors } = data.stockReserve;
    if (errors.length > 0 || reservation?.quantity !== QUANTITY)
      throw new Error(`${this.name} failed: ${JSON.stringify(data)}`);
  },
  statementProbes: (ctx) => [
    { label: 'one reservation', request: reserveRequest(ctx, stockOf(ctx).productIds[1], `probe-${Date.now()}`) },
  ],
  verify: (ctx) => checkReservations(ctx),
};
