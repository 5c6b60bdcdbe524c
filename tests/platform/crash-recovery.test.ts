// Crash recovery (issue 21): the real server as a child process on PostgreSQL, killed with SIGKILL in
// the middle of a stream of concurrent writes, then started again. Whatever it acknowledged must be
// there, and what it committed must be whole: balanced entries, stock levels equal to their moves,
// reservations within stock on hand, an outbox event for every committed write.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeGlobalId } from '../../src/schema/global-id.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { orderOrg, type OrderOrg } from '../sales/orders/helpers.js';

const onPostgres = Boolean(inject('testDatabaseUrl'));

const WRITES_PER_KIND = 30;
const CONCURRENCY = 8;
/** Kill the server once this many writes were acknowledged: the rest are in flight or not sent yet. */
const KILL_AFTER_ACKS = 24;

interface Child {
  process: ChildProcess;
  url: string;
  output: string[];
}

/**
 * Starts `unison serve` on a port the OS picks and reads its URL from the log: a port probed free
 * beforehand can be taken by another test's server in between, and its /readyz would answer instead.
 */
async function startServer(databaseUrl: string): Promise<Child> {
  const child = spawn(process.execPath, ['bin/unison.js', 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      UNISON_ESCALATION_INTERVAL_SECONDS: '0',
      UNISON_DEMO: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output.join('')}`);
    // The "server listening" log line is the only one with a url.
    const url = /"url":"([^"]+)"/.exec(output.join(''))?.[1];
    if (!url) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    try {
      const ready = await fetch(`${url}/readyz`);
      if (ready.status === 200) return { process: child, url, output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not get ready:\n${output.join('')}`);
}

async function kill(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = once(child.process, 'exit');
  child.process.kill('SIGKILL');
  await exited;
}

async function gql(url: string, key: string, query: string, variables: object): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: await response.json() };
}

/** The payload of `name` if the call was acknowledged: HTTP 200, no errors at all. */
/** The first few answers that were not acknowledged, for the failure message. */
const refusals: string[] = [];

function acknowledged(result: { status: number; body: any }, name: string): any {
  const payload = result.body?.data?.[name];
  if (result.status !== 200 || result.body.errors || !payload || payload.errors?.length) {
    if (refusals.length < 5)
      refusals.push(`${name}: HTTP ${result.status} ${JSON.stringify(result.body).slice(0, 300)}`);
    return null;
  }
  return payload;
}

const rowId = (globalId: string) => decodeGlobalId(globalId).id;

describe.skipIf(!onPostgres)('a server killed in the middle of writes (PostgreSQL)', () => {
  let t: TestApp;
  let o: OrderOrg;
  let accounts: Record<string, string>;
  let journal: string;
  let child: Child | undefined;

  beforeAll(async () => {
    t = await createTestApp();
    o = await orderOrg(t, 'Crash Org', { widget: '20', gadget: '0' });
    const chart = await t.gql(
      o.org.adminKey,
      `query { accounts(first: 100) { nodes { id code type } } journals { id code } }`,
    );
    expect(chart.errors).toBeUndefined();
    accounts = Object.fromEntries(chart.data.accounts.nodes.map((a: { id: string; code: string }) => [a.code, a.id]));
    journal = chart.data.journals.find((j: { code: string }) => j.code === 'GEN').id;
  });
  afterAll(async () => {
    if (child) await kill(child);
    await t.close();
  });

  it('keeps every acknowledged write and stays consistent after SIGKILL and a restart', async () => {
    const databaseUrl = inject('testDatabaseUrl');
    child = await startServer(databaseUrl);
    const key = o.org.adminKey;
    const today = new Date().toISOString().slice(0, 10);
    const [cash, revenue] = [
      accounts['1000'] ?? Object.values(accounts)[0],
      accounts['4000'] ?? Object.values(accounts)[1],
    ];

    const acked = { stockMoves: [] as string[], entries: [] as string[], orders: [] as string[] };
    const adjust = (url: string, i: number) =>
      gql(
        url,
        key,
        `mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { stockMove { id } errors { code message } } }`,
        {
          input: {
            productId: o.widget,
            locationId: o.location,
            quantity: '2',
            reason: `crash test found ${i}`,
            idempotencyKey: `crash-adjust-${i}`,
          },
        },
      );
    const sentAdjustments = new Set<number>();
    const ackedAdjustments = new Map<number, string>();
    let ackCount = 0;
    let killed = false;
    const writes: (() => Promise<void>)[] = [];
    for (let i = 0; i < WRITES_PER_KIND; i++) {
      writes.push(async () => {
        sentAdjustments.add(i);
        const payload = acknowledged(await adjust(child!.url, i), 'stockAdjust');
        if (payload) {
          acked.stockMoves.push(rowId(payload.stockMove.id));
          ackedAdjustments.set(i, payload.stockMove.id);
        }
      });
      writes.push(async () => {
        const created = acknowledged(
          await gql(
            child!.url,
            key,
            `mutation($input: JournalEntryCreateInput!) { journalEntryCreate(input: $input) { journalEntry { id } errors { code message } } }`,
            {
              input: {
                journalId: journal,
                date: today,
                memo: `crash test ${i}`,
                idempotencyKey: `crash-entry-${i}`,
                lines: [
                  { accountId: cash, debit: `${i + 1}.25` },
                  { accountId: revenue, credit: `${i + 1}.25` },
                ],
              },
            },
          ),
          'journalEntryCreate',
        );
        if (!created) return;
        const posted = acknowledged(
          await gql(
            child!.url,
            key,
            `mutation($input: JournalEntryIdInput!) { journalEntryPost(input: $input) { journalEntry { id status } errors { code message } } }`,
            { input: { id: created.journalEntry.id } },
          ),
          'journalEntryPost',
        );
        if (posted?.journalEntry.status === 'POSTED') acked.entries.push(rowId(posted.journalEntry.id));
      });
      writes.push(async () => {
        const created = acknowledged(
          await gql(
            child!.url,
            key,
            `mutation($input: SalesOrderCreateInput!) { salesOrderCreate(input: $input) { salesOrder { id } errors { code message } } }`,
            {
              input: {
                customerId: o.acme,
                idempotencyKey: `crash-order-${i}`,
                locationId: o.location,
                lines: [{ productId: o.widget, quantity: '3' }],
              },
            },
          ),
          'salesOrderCreate',
        );
        if (!created) return;
        const confirmed = acknowledged(
          await gql(
            child!.url,
            key,
            `mutation($input: SalesOrderConfirmInput!) { salesOrderConfirm(input: $input) { salesOrder { id status } errors { code message } } }`,
            {
              input: { id: created.salesOrder.id, allowBackorder: true },
            },
          ),
          'salesOrderConfirm',
        );
        if (confirmed?.salesOrder.status === 'CONFIRMED') acked.orders.push(rowId(confirmed.salesOrder.id));
      });
    }

    const failures: string[] = [];
    let next = 0;
    let inFlight = 0;
    let inFlightAtKill = 0;
    const worker = async () => {
      while (next < writes.length && !killed) {
        const write = writes[next++]!;
        inFlight++;
        try {
          await write();
        } catch (error) {
          // connection refused or reset: the server is gone, the write is not acknowledged
          if (!killed && failures.length < 5) failures.push(String((error as Error)?.cause ?? error));
        }
        inFlight--;
        ackCount = acked.stockMoves.length + acked.entries.length + acked.orders.length;
        if (ackCount >= KILL_AFTER_ACKS && !killed) {
          killed = true;
          inFlightAtKill = inFlight;
          await kill(child!);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(
      killed,
      `the server was killed in the middle of the stream (${ackCount} acknowledged; refused: ${refusals.join('; ')}; failures: ${failures.join('; ')}; server: ${child!.output.join('').slice(-2000)})`,
    ).toBe(true);
    expect(next, 'writes were still being sent when it was killed').toBeLessThan(writes.length);
    expect(inFlightAtKill, 'writes were in flight when it was killed').toBeGreaterThan(0);
    const sent = next;

    child = await startServer(databaseUrl);
    // It serves again: one more write after the restart.
    const after = await gql(
      child.url,
      key,
      `mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { stockMove { id } errors { code message } } }`,
      {
        input: {
          productId: o.widget,
          locationId: o.location,
          quantity: '1',
          reason: 'after the restart',
          idempotencyKey: 'crash-after',
        },
      },
    );
    const afterPayload = acknowledged(after, 'stockAdjust');
    expect(afterPayload, JSON.stringify(after.body)).toBeTruthy();
    acked.stockMoves.push(rowId(afterPayload.stockMove.id));
    // Retrying every adjustment that was sent, with its idempotency key, applies each exactly once:
    // an acknowledged one answers its first move, one lost in the crash is made now.
    for (const i of sentAdjustments) {
      const retried = acknowledged(await adjust(child.url, i), 'stockAdjust');
      expect(retried, `retry of adjustment ${i}`).toBeTruthy();
      if (ackedAdjustments.has(i)) expect(retried.stockMove.id).toBe(ackedAdjustments.get(i));
      else acked.stockMoves.push(rowId(retried.stockMove.id));
    }
    await kill(child);
    child = undefined;

    const org = o.org.organizationId;
    const sql = <T>(query: string, ...params: unknown[]) => t.db.prisma.$queryRawUnsafe<T[]>(query, ...params);

    // Every acknowledged write is there.
    const moves = await sql<{ id: string }>(
      `SELECT id::text FROM "StockMove" WHERE id::text = ANY($1::text[]) AND state = 'DONE'`,
      acked.stockMoves,
    );
    expect(moves.map((m) => m.id).sort()).toEqual([...acked.stockMoves].sort());
    const entries = await sql<{ id: string }>(
      `SELECT id::text FROM "JournalEntry" WHERE id::text = ANY($1::text[]) AND status = 'POSTED'`,
      acked.entries,
    );
    expect(entries.map((e) => e.id).sort()).toEqual([...acked.entries].sort());
    const orders = await sql<{ id: string }>(
      `SELECT id::text FROM "SalesOrder" WHERE id::text = ANY($1::text[]) AND status = 'CONFIRMED'`,
      acked.orders,
    );
    expect(orders.map((e) => e.id).sort()).toEqual([...acked.orders].sort());

    const twice = await sql<{ reason: string }>(
      `SELECT reason FROM "StockMove" WHERE "organizationId"::text = $1 AND reason LIKE 'crash test found %' GROUP BY reason HAVING count(*) > 1`,
      o.org.organizationId,
    );
    expect(twice, 'adjustments applied twice').toEqual([]);

    // The ledger balances, entry by entry and overall.
    const unbalanced = await sql<{ entryId: string }>(
      `SELECT "entryId"::text FROM "JournalLine" WHERE "organizationId"::text = $1 GROUP BY "entryId" HAVING sum(debit) <> sum(credit)`,
      org,
    );
    expect(unbalanced).toEqual([]);
    const [totals] = await sql<{ debit: string; credit: string }>(
      `SELECT coalesce(sum(debit), 0)::text AS debit, coalesce(sum(credit), 0)::text AS credit FROM "JournalLine" WHERE "organizationId"::text = $1 AND posted`,
      org,
    );
    expect(totals!.debit).toBe(totals!.credit);

    // Stock on hand of every internal location equals the sum of its done moves; reservations fit in it.
    const levels = await sql<{
      productId: string;
      locationId: string;
      onHand: string;
      moved: string;
      reserved: string;
      reservations: string;
    }>(
      `WITH moved AS (
         SELECT "productId", loc AS "locationId", sum(q) AS moved FROM (
           SELECT "productId", "toLocationId" AS loc, quantity AS q FROM "StockMove" WHERE "organizationId"::text = $1 AND state = 'DONE'
           UNION ALL
           SELECT "productId", "fromLocationId", -quantity FROM "StockMove" WHERE "organizationId"::text = $1 AND state = 'DONE') m
         GROUP BY 1, 2),
       held AS (
         SELECT "productId", "locationId", sum(quantity - consumed) AS held FROM "StockReservation" WHERE "organizationId"::text = $1 GROUP BY 1, 2)
       SELECT l.id::text AS "locationId", p.id::text AS "productId",
              coalesce(s."onHand", 0)::text AS "onHand", coalesce(m.moved, 0)::text AS moved,
              coalesce(s.reserved, 0)::text AS reserved, coalesce(h.held, 0)::text AS reservations
         FROM "Location" l CROSS JOIN "Product" p
         LEFT JOIN "StockLevel" s ON s."locationId" = l.id AND s."productId" = p.id
         LEFT JOIN moved m ON m."locationId" = l.id AND m."productId" = p.id
         LEFT JOIN held h ON h."locationId" = l.id AND h."productId" = p.id
        WHERE l."organizationId"::text = $1 AND p."organizationId"::text = $1 AND l.type = 'INTERNAL'`,
      org,
    );
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) {
      const where = `product ${level.productId} at ${level.locationId}`;
      expect(Number(level.onHand), `on hand of ${where} equals its moves`).toBe(Number(level.moved));
      expect(Number(level.reserved), `reserved of ${where} equals its reservations`).toBe(Number(level.reservations));
      expect(Number(level.reserved), `reserved of ${where} is within on hand`).toBeLessThanOrEqual(
        Number(level.onHand),
      );
    }

    // Every committed write has its outbox event: adjustments, posted entries, confirmed orders.
    const missing = await sql<{ what: string; id: string }>(
      `SELECT 'stockMove' AS what, m.id::text FROM "StockMove" m WHERE m."organizationId"::text = $1 AND m.kind = 'ADJUSTMENT'
          AND NOT EXISTS (SELECT 1 FROM "OutboxEvent" e WHERE e."organizationId" = m."organizationId" AND e."aggregateType" = 'StockMove' AND e."aggregateId" = m.id::text)
       UNION ALL
       SELECT 'journalEntry.posted', j.id::text FROM "JournalEntry" j WHERE j."organizationId"::text = $1 AND j.status = 'POSTED' AND j."sourceType" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "OutboxEvent" e WHERE e."organizationId" = j."organizationId" AND e.type = 'journalEntry.posted' AND e."aggregateId" = j.id::text)
       UNION ALL
       SELECT 'salesOrder.confirmed', s.id::text FROM "SalesOrder" s WHERE s."organizationId"::text = $1 AND s.status = 'CONFIRMED'
          AND NOT EXISTS (SELECT 1 FROM "OutboxEvent" e WHERE e."organizationId" = s."organizationId" AND e.type = 'salesOrder.confirmed' AND e."aggregateId" = s.id::text)`,
      org,
    );
    expect(missing).toEqual([]);

    const [committed] = await sql<{ moves: number; entries: number; orders: number }>(
      `SELECT (SELECT count(*)::int FROM "StockMove" WHERE "organizationId"::text = $1 AND reason LIKE 'crash test%') AS moves,
              (SELECT count(*)::int FROM "JournalEntry" WHERE "organizationId"::text = $1 AND memo LIKE 'crash test%' AND status = 'POSTED') AS entries,
              (SELECT count(*)::int FROM "SalesOrder" WHERE "organizationId"::text = $1 AND status = 'CONFIRMED') AS orders`,
      org,
    );
    process.stderr.write(
      `crash test: ${sent} of ${writes.length} writes sent, ${inFlightAtKill} in flight at SIGKILL; acknowledged ${ackedAdjustments.size} adjustments (${sentAdjustments.size} sent), ` +
        `${acked.entries.length} posted entries, ${acked.orders.length} confirmed orders; in the database after the retries: ${committed!.moves} adjustments, ${committed!.entries} posted entries, ${committed!.orders} confirmed orders\n`,
    );
    expect(acked.stockMoves.length + acked.entries.length + acked.orders.length).toBeGreaterThanOrEqual(
      KILL_AFTER_ACKS,
    );
  });
});
