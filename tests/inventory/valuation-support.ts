// Helpers for the valuation tests: stock operations returning values and entries, and the ledger's side.
import { expect } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import type { TestApp } from '../support/app.js';
import { ERRORS, payload } from './helpers.js';

/** Amounts compared as fixed 2-decimal strings (the API returns Decimal without trailing zeros). */
export const eur = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : new Prisma.Decimal(value).toFixed(2);

export const VALUED_MOVE = `id kind quantity unitCost value
  product { averageCost stockValue }
  journalEntry { number date lines { account { code } debit credit } }`;

export interface ValuedMove {
  id: string;
  kind: string;
  unitCost: string;
  value: string;
  product: { averageCost: string; stockValue: string };
  journalEntry: {
    number: string;
    date: string;
    lines: { account: { code: string }; debit: string; credit: string }[];
  } | null;
}

/** Runs a stock mutation that must succeed and returns its move with value and entry. */
export async function valuedOp(
  t: TestApp,
  key: string,
  field: string,
  input: Record<string, unknown>,
): Promise<ValuedMove> {
  const inputType = `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
  const res = await t.gql(
    key,
    `mutation M($input: ${inputType}!) { ${field}(input: $input) { stockMove { ${VALUED_MOVE} } ${ERRORS} } }`,
    { input },
  );
  const result = payload<{ stockMove: ValuedMove }>(res, field);
  expect(result.errors).toEqual([]);
  return result.stockMove;
}

/** An entry's lines as [account code, debit, credit] with 2 decimals. */
export function entryLines(move: ValuedMove): [string, string | null, string | null][] | null {
  return move.journalEntry
    ? move.journalEntry.lines.map((line) => [line.account.code, eur(line.debit), eur(line.credit)])
    : null;
}

/** Balance (debit - credit) of the ledger's Inventory account 1300 for lines dated up to `asOf` (default today). */
export async function inventoryBalance(
  t: TestApp,
  key: string,
  asOf = new Date().toISOString().slice(0, 10),
): Promise<string> {
  const res = await t.gql(key, `query($asOf: Date) { trialBalance(asOf: $asOf) { rows { code balance } } }`, { asOf });
  expect(res.errors).toBeUndefined();
  const row = res.data.trialBalance.rows.find((r: { code: string }) => r.code === '1300');
  return eur(row?.balance ?? '0') as string;
}

/** inventoryValuation as { total, rows: [sku, warehouse code, quantity, value] }. */
export async function valuation(t: TestApp, key: string, variables: { asOf?: string; warehouseId?: string } = {}) {
  const res = await t.gql(
    key,
    `query($asOf: DateTime, $w: ID) { inventoryValuation(asOf: $asOf, warehouseId: $w) { totalValue rows { product { sku } warehouse { code } quantity value } } }`,
    { asOf: variables.asOf, w: variables.warehouseId },
  );
  expect(res.errors).toBeUndefined();
  const v = res.data.inventoryValuation;
  return {
    total: eur(v.totalValue) as string,
    rows: v.rows.map(
      (r: { product: { sku: string }; warehouse: { code: string }; quantity: string; value: string }) => [
        r.product.sku,
        r.warehouse.code,
        r.quantity,
        eur(r.value),
      ],
    ),
  };
}

export const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
